/** A moment as a reader says it: in Thai, a Buddhist Era date (24 พฤศจิกายน 2569 เวลา 14:30). */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

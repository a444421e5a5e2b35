// Formatters are made once per locale and style: making one costs far more than using it, and a
// list of 500 progress updates would otherwise make 500.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${options.dateStyle ?? ''}|${options.timeStyle ?? ''}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, made);
  }
  return made;
}

/** A moment as a reader says it: in Thai, a Buddhist Era date (24 พฤศจิกายน 2569 เวลา 14:30). */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** A calendar day (YYYY-MM-DD) as a reader says it, on that day wherever the reader is. */
export function formatDay(iso: string, locale: string, style: 'medium' | 'long' | 'full' = 'medium'): string {
  const day = new Date(`${iso}T00:00:00`);
  // A day that is no day (2026-13-45, typed by hand) is shown as typed rather than thrown over.
  return Number.isNaN(day.getTime()) ? iso : formatter(locale, { dateStyle: style }).format(day);
}

/** A time of day (14:30). */
export function formatTime(ms: number, locale: string): string {
  return formatter(locale, { timeStyle: 'short' }).format(new Date(ms));
}

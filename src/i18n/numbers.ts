// One formatter per locale: making one costs far more than using it, and a table formats many.
const scores = new Map<string, Intl.NumberFormat>();
const lists = new Map<string, Intl.ListFormat>();

/** ITA scores are always shown with two decimals (93.95, 100.00), whatever the language. */
export function formatScore(value: number, locale: string): string {
  let format = scores.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    scores.set(locale, format);
  }
  return format.format(value);
}

export function formatList(items: readonly (string | number)[], locale: string): string {
  const language = locale.startsWith('th') ? 'th' : 'en';
  let format = lists.get(language);
  if (!format) {
    format = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
    lists.set(language, format);
  }
  return format.format(items.map(String));
}

/** ITA scores are always shown with two decimals (93.95, 100.00), whatever the language. */
export function formatScore(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

export function formatList(items: readonly (string | number)[], locale: string): string {
  return new Intl.ListFormat(locale.startsWith('th') ? 'th' : 'en', { style: 'long', type: 'conjunction' }).format(
    items.map(String),
  );
}

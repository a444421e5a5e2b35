// One formatter per locale: making one costs far more than using it, and a table formats many.
const scores = new Map<string, Intl.NumberFormat>();

// Thai and English write numbers alike (1,234.56, Arabic digits): for them a score is formatted
// here rather than by Intl, whose first NumberFormat loads ICU's locale data — about 16 ms on a
// laptop and four times that on a phone, inside the dashboard's first render.
const LATIN_SEPARATORS = /^(th|en)(-|$)/;

/**
 * Two decimals as Intl writes them: the shortest decimal form of the number (what String gives)
 * rounded half away from zero, so 1.005 → 1.01 where toFixed, rounding the binary value, says
 * 1.00. Null where Intl must decide: negative numbers and −0 (it writes −0.00 for both), exponent
 * forms, and figures too large for cents to stay exact.
 */
function twoDecimals(value: number): string | null {
  if (!(value >= 0 && value < 1e13) || Object.is(value, -0)) return null;
  const written = String(value);
  if (written.includes('e')) return null;
  const [whole = '0', fraction = ''] = written.split('.');
  const cents = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0')) + (fraction.charAt(2) >= '5' ? 1 : 0);
  return `${grouped(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, '0')}`;
}

const grouped = (whole: number) => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A count (days, records) as toLocaleString writes it: 1,234 in Thai and English alike. */
export function formatCount(value: number, locale: string): string {
  return LATIN_SEPARATORS.test(locale) && Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0) ? grouped(value) : value.toLocaleString(locale);
}

/** ITA scores are always shown with two decimals (93.95, 100.00), whatever the language. */
export function formatScore(value: number, locale: string): string {
  const fast = LATIN_SEPARATORS.test(locale) ? twoDecimals(value) : null;
  if (fast !== null) return fast;
  let format = scores.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    scores.set(locale, format);
  }
  return format.format(value);
}

/**
 * A list joined as Intl.ListFormat joins it ('ก ข และค', 'a, b, and c'), written out for Thai and
 * English: the first ListFormat loads ICU's list patterns, about 25 ms on a laptop and a hundred
 * on a phone, in the dashboard's warnings. Tested against Intl itself.
 */
export function formatList(items: readonly (string | number)[], locale: string): string {
  const words = items.map(String);
  const language = locale.startsWith('th') ? 'th' : 'en';
  const last = words.length - 1;
  if (last < 1) return words.join('');
  if (language === 'th') return last === 1 ? `${words[0]}และ${words[1]}` : `${words.slice(0, last).join(' ')} และ${words[last]}`;
  return last === 1 ? `${words[0]} and ${words[1]}` : `${words.slice(0, last).join(', ')}, and ${words[last]}`;
}

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

const lists = new Map<string, Intl.ListFormat>();
const THAI_LETTER = /[\u0E00-\u0E7F]/;

/**
 * "และ" touching a Thai word is written solid; next to a number or a Latin word it takes a space,
 * and after a list of more than two Intl spaces it anyway.
 */
function thaiAnd(before: string, after: string, many: boolean): string {
  const left = many || !THAI_LETTER.test(before.slice(-1)) ? ' ' : '';
  const right = THAI_LETTER.test(after.charAt(0)) ? '' : ' ';
  return `${before}${left}และ${right}${after}`;
}

/**
 * A list joined as the app's locales join it: English as Intl.ListFormat writes it for en-GB
 * ('a, b and c'); Thai as Intl writes it ('ก ข และค') but with a space between "และ" and a number
 * or Latin word ('ตัวชี้วัดที่ 1 2 และ 10'), as Thai prints numbers apart from words. Written out:
 * the first ListFormat loads ICU's list patterns, about 25 ms on a laptop and a hundred on a
 * phone, in the dashboard's warnings. Other locales go to Intl.
 */
export function formatList(items: readonly (string | number)[], locale: string): string {
  const words = items.map(String);
  const last = words.length - 1;
  if (last < 1) return words.join('');
  if (locale.startsWith('th')) return thaiAnd(words.slice(0, last).join(' '), words[last] as string, last > 1);
  if (locale === 'en-GB') return `${words.slice(0, last).join(', ')} and ${words[last]}`;
  let list = lists.get(locale);
  if (!list) {
    list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    lists.set(locale, list);
  }
  return list.format(words);
}

/*
 * Orderings that do not load ICU's collation. The first localeCompare or Intl.Collator of a page
 * loads it, tens of milliseconds of a phone's time in the middle of the first screen, for names
 * and dates this small code orders as the Thai collation does.
 */

/** Code-unit order: for ASCII keys (ISO dates and times, ids), the order any collation gives them. */
export function compareAscii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// เ แ โ ใ ไ are written before the consonant they are spoken after; the dictionary orders by the
// consonant first, as ICU's Thai collation does.
const LEADING_VOWEL = /([\u0E40-\u0E44])([\u0E01-\u0E2E])/g;
// Tone marks and the other signs above a letter count only between names otherwise the same.
const SIGN = /[\u0E47-\u0E4E]/;
// Spaces, punctuation and ฯ are passed over, as the Thai collation ignores punctuation.
const IGNORED = /[\s\p{P}\u0E2F]/u;

/** One letter's place at the first level: ๆ, then digits (Thai and Arabic alike), Thai, Latin, the rest. */
function weight(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp === 0x0e46) return 0x01;
  if (cp >= 0x30 && cp <= 0x39) return 0x10 + cp - 0x30;
  if (cp >= 0x0e50 && cp <= 0x0e59) return 0x10 + cp - 0x0e50;
  if (cp >= 0x0e01 && cp <= 0x0e45) return 0x100 + cp - 0x0e00;
  if (/[a-z]/i.test(ch)) return 0x1000 + ch.toLowerCase().charCodeAt(0);
  return 0x2000 + Math.min(cp, 0xdfff);
}

// ICU's order of the signs: yamakkan, thanthakhat, maitaikhu, the four tones, nikhahit.
const SIGN_ORDER = '\u0E4E\u0E4C\u0E47\u0E48\u0E49\u0E4A\u0E4B\u0E4D';

// A sort compares each name with many others (981 comparisons for 160 units): its keys are made
// once. Names are few and short; the cache is cleared rather than allowed to grow without end.
const KEY_CACHE_LIMIT = 5_000;
const cache = new Map<string, { first: string; last: string }>();

function keys(text: string): { first: string; last: string } {
  let found = cache.get(text);
  if (!found) {
    if (cache.size >= KEY_CACHE_LIMIT) cache.clear();
    found = makeKeys(text);
    cache.set(text, found);
  }
  return found;
}

function makeKeys(text: string): { first: string; last: string } {
  const reordered = text.normalize('NFC').replace(LEADING_VOWEL, '$2$1');
  let first = '';
  for (const ch of reordered) if (!IGNORED.test(ch) && !SIGN.test(ch)) first += String.fromCharCode(weight(ch));
  // Between names alike at the first level: the signs in the collation's order, and a small
  // letter before a capital.
  const last = reordered
    .replace(/[\u0E47-\u0E4E]/g, (c) => String.fromCharCode(0x0e47 + SIGN_ORDER.indexOf(c)))
    .replace(/[a-z]/gi, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));
  return { first, last };
}

/** Thai dictionary order, as `a.localeCompare(b, 'th')` orders the names of units and people. */
export function compareThai(a: string, b: string): number {
  const ka = keys(a);
  const kb = keys(b);
  return compareAscii(ka.first, kb.first) || compareAscii(ka.last, kb.last);
}

/**
 * Thai text typed two ways that look the same: a tone mark before or after an upper vowel
 * (ก + ่ + ี or ก + ี + ่), SARA AM as one letter or as NIKHAHIT + SARA AA, spaces or none
 * between words (Thai writes none), zero-width spaces pasted from Word. Unicode normalisation
 * does not reorder these marks, so the search does. Documents also write numbers in Thai digits
 * (๒๕๖๖) and shorten names (สำนักปลัดฯ), which people type either way. Full stops stay: without
 * them ก.ช. would be กช, which sits inside ภาคเอกชน; a unit's short form is matched as a whole
 * name instead (nameForm).
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const SPACES = /\s+/g;
const THAI_DIGITS = /[\u0E50-\u0E59]/g;
/**
 * PAIYANNOI (ฯ) ending a word marks the word as shortened: สำนักปลัดฯ stands for
 * สำนักปลัดเทศบาล, so it is read as the word before it, which the full name contains. Only at a
 * word's end: ฯลฯ and ฯพณฯ open with one that belongs to the word, and keep it.
 */
const PAIYANNOI_ENDING_WORD = /\u0E2F(?=$|\s|[^\u0E00-\u0E7F])/g;
/** A full stop after a Thai letter shortens a word (ก.ช., ต.ค.), and is written or left out at will. */
const ABBREVIATION_DOT = /([\u0E01-\u0E4E])\./g;
/** Marks that sit on a consonant: vowels above and below first, then tone marks, then the rest. */
const MARK_RANK: Record<string, number> = {
  '\u0E31': 1, // MAI HAN-AKAT
  '\u0E34': 1,
  '\u0E35': 1,
  '\u0E36': 1,
  '\u0E37': 1,
  '\u0E38': 1,
  '\u0E39': 1,
  '\u0E3A': 1,
  '\u0E47': 2, // MAITAIKHU
  '\u0E48': 2,
  '\u0E49': 2,
  '\u0E4A': 2,
  '\u0E4B': 2,
  '\u0E4C': 3, // THANTHAKHAT
  '\u0E4D': 3,
  '\u0E4E': 3,
};

function orderMarks(text: string): string {
  let out = '';
  let marks: [mark: string, rank: number][] = [];
  const flush = () => {
    out += marks.sort((a, b) => a[1] - b[1]).map(([mark]) => mark).join('');
    marks = [];
  };
  for (const ch of text) {
    const rank = MARK_RANK[ch];
    if (rank !== undefined) marks.push([ch, rank]);
    else {
      flush();
      out += ch;
    }
  }
  flush();
  return out;
}

/** The form text is compared in: one spelling for what a reader sees as one word. */
export function searchForm(text: string): string {
  const plain = text
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(PAIYANNOI_ENDING_WORD, '')
    .replace(SPACES, '')
    .replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50))
    .toLocaleLowerCase('th');
  return orderMarks(plain).replace(/\u0E4D\u0E32/g, '\u0E33');
}

/**
 * A name compared as a whole (a unit's name or short form): the search form without the full
 * stops that shorten a Thai word, so กช., ก.ช. and กช are one name. Only for whole names: inside
 * running text the same leniency finds กช in ภาคเอกชน.
 */
export function nameForm(text: string): string {
  return searchForm(text).replace(ABBREVIATION_DOT, '$1');
}

/**
 * The query's words in search form; none means everything matches. A query that is nothing but
 * marks the search form drops (ฯ alone) is looked for as typed: it is not an empty query.
 */
export function searchWords(query: string): string[] {
  const words = query.split(SPACES).map(searchForm).filter(Boolean);
  if (words.length > 0) return words;
  const typed = query.normalize('NFC').replace(ZERO_WIDTH, '').replace(SPACES, '');
  return typed === '' ? [] : [typed];
}

/**
 * True when every word appears in one of the texts, both already in search form: a list
 * puts its texts in that form once, not again at every key the reader types.
 */
export function matchesWords(words: readonly string[], haystack: readonly string[]): boolean {
  return words.every((word) => haystack.some((text) => text.includes(word)));
}

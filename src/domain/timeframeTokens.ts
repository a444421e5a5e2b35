import { THAI_MONTHS, normaliseThaiDigits } from './thaiDate';

/** A word the grammar knows but that carries no value of its own. */
export type WordKind =
  | 'sep' | 'fiscal' | 'be-mark' | 'ce-mark' | 'month-word' | 'day-word' | 'year-word'
  | 'since' | 'between' | 'within' | 'before' | 'end-of' | 'onward' | 'throughout' | 'annual'
  | 'quarter' | 'ordinal' | 'of' | 'and' | 'first' | 'last' | 'slash' | 'open' | 'close' | 'stop';

/** The words of a timeframe as typed (text kept for quoting); the grammar lives in timeframe*.ts. */
export type Token =
  | { kind: 'month'; month: number; text: string }
  | { kind: 'digits'; text: string }
  | { kind: WordKind; text: string }
  | { kind: 'vague'; text: string }
  | { kind: 'bad-month'; text: string }
  | { kind: 'unknown'; text: string };

/** Spoken short forms ('ตุลา 65') that officers also write; same order as THAI_MONTHS. */
const SPOKEN_MONTHS = [
  'มกรา', 'กุมภา', 'มีนา', 'เมษา', 'พฤษภา', 'มิถุนา',
  'กรกฎา', 'สิงหา', 'กันยา', 'ตุลา', 'พฤศจิกา', 'ธันวา',
];

/** Misspellings common enough in agency documents that refusing them would only annoy. */
const MISSPELT_MONTHS: readonly [RegExp, number][] = [
  [/กรกฏาคม/y, 7],
  [/พฤษจิกายน/y, 11],
  // The full name (with its final ์) is tried first; this is only what is left without it.
  [/กุมภาพันธ/y, 2],
];

/** 'มี.ค.' → also 'มี.ค', 'มีค', 'มี. ค.' — dots and spaces are typed inconsistently. */
function abbrPattern(abbr: string): string {
  const parts = abbr.split('.').filter((p) => p.length > 0);
  return `${parts.join('\\s*\\.?\\s*')}\\.?`;
}

const DASHES = '\\-\\u2010-\\u2015\\u2212';
const THAI_SYLLABLE = '[\\u0E01-\\u0E2E][\\u0E30-\\u0E3A\\u0E47-\\u0E4E]*';
const word = (kind: WordKind) => (text: string): Token => ({ kind, text });
const monthToken = (month: number) => (text: string): Token => ({ kind: 'month', month, text });

/**
 * Words that name no particular time ('ต้นปี' is whose year, which months?). 'ตลอดปี' and
 * 'ทั้งปี' must not swallow 'ตลอดปีงบประมาณ', which is exact.
 */
const VAGUE = /(?:ต้นปี|กลางปี|ปลายปี|(?:ตลอด\s*ทั้ง|ตลอด|ทั้ง)\s*ปี(?!\s*งบ)|ทุกปี|ทุกเดือน|ทุกไตรมาส|ตามความเหมาะสม|(?:ดำเนินการ)?(?:อย่าง)?ต่อเนื่อง|เมื่อมีการเปลี่ยนแปลง)/y;

/** Tried in order at each position; a null token is skipped whitespace. */
const MATCHERS: readonly { re: RegExp; token: (text: string) => Token | null }[] = [
  { re: /\s+/y, token: () => null },
  { re: VAGUE, token: (text) => ({ kind: 'vague', text }) },
  // Longest month forms first so 'ตุลาคม' is not read as 'ตุลา' followed by leftover 'คม'.
  ...THAI_MONTHS.map((m, i) => ({ re: new RegExp(m.full, 'y'), token: monthToken(i + 1) })),
  ...MISSPELT_MONTHS.map(([re, month]) => ({ re, token: monthToken(month) })),
  ...SPOKEN_MONTHS.map((name, i) => ({ re: new RegExp(name, 'y'), token: monthToken(i + 1) })),
  ...THAI_MONTHS.map((m, i) => ({ re: new RegExp(abbrPattern(m.abbr), 'y'), token: monthToken(i + 1) })),
  { re: /ปี\s*งบ(?:ประมาณ)?(?:\s*ฯ)?/y, token: word('fiscal') },
  { re: /ไตรมาส/y, token: word('quarter') },
  { re: /พ\s*\.?\s*ศ\s*\.?/y, token: word('be-mark') },
  { re: /ค\s*\.\s*ศ\s*\.?/y, token: word('ce-mark') },
  { re: /ถึงเดือน/y, token: word('sep') },
  { re: new RegExp(`(?:จนถึง|ถึง|[${DASHES}])`, 'y'), token: word('sep') },
  { re: /เดือน/y, token: word('month-word') },
  { re: /วันที่|วัน/y, token: word('day-word') },
  { re: /ปี/y, token: word('year-word') },
  { re: /ตั้งแต่/y, token: word('since') },
  { re: /ระหว่าง/y, token: word('between') },
  { re: /ภายใน/y, token: word('within') },
  { re: /ก่อน/y, token: word('before') },
  { re: /สิ้น/y, token: word('end-of') },
  { re: /เป็นต้นไป/y, token: word('onward') },
  { re: /ตลอด\s*ทั้ง|ตลอด|ทั้ง/y, token: word('throughout') },
  { re: /ประจำ/y, token: word('annual') },
  { re: /ที่/y, token: word('ordinal') },
  { re: /ของ/y, token: word('of') },
  { re: /และ/y, token: word('and') },
  { re: /แรก/y, token: word('first') },
  { re: /สุดท้าย/y, token: word('last') },
  { re: /\d+/y, token: (text) => ({ kind: 'digits', text }) },
  // Only between numbers ('1/2568'): '/ธ.ค.' is not a form anyone means and is quoted whole.
  { re: /\/(?=\s*\d)/y, token: word('slash') },
  { re: /\(/y, token: word('open') },
  { re: /\)/y, token: word('close') },
  { re: /\.(?=\s*(?:\)|$))/y, token: word('stop') },
  // Shaped like a month abbreviation but not one ('ต.ด.'): worth a more specific message.
  {
    re: new RegExp(`[\\u0E40-\\u0E44]?${THAI_SYLLABLE}\\s*\\.\\s*${THAI_SYLLABLE}\\.?`, 'y'),
    token: (text) => ({ kind: 'bad-month', text }),
  },
  { re: new RegExp(`[^\\s${DASHES}()]+`, 'y'), token: (text) => ({ kind: 'unknown', text }) },
];

const CATCH_ALL = MATCHERS[MATCHERS.length - 1];
/** Thai words the grammar knows, where an unknown Thai run of text must stop. */
const KNOWN = MATCHERS.slice(1, -2);
const THAI = /[\u0E00-\u0E7F]/;

const knownAt = (s: string, at: number): boolean => KNOWN.some(({ re }) => {
  re.lastIndex = at;
  return (re.exec(s)?.[0].length ?? 0) > 0;
});

/**
 * Thai has no spaces between words, so an unknown word runs into the known ones after it
 * ('ดำเนินการตลอดปีงบประมาณ'); it ends where a known word begins, so refusals quote only it.
 */
function unknownRun(s: string, pos: number, text: string): string {
  for (let end = 1; end < text.length; end += 1) {
    const between = THAI.test(text.charAt(end - 1)) && THAI.test(text.charAt(end));
    if (between && knownAt(s, pos + end)) return text.slice(0, end);
  }
  return text;
}

export function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  outer: while (pos < s.length) {
    for (const matcher of MATCHERS) {
      const { re, token } = matcher;
      re.lastIndex = pos;
      const matched = re.exec(s)?.[0];
      const text = matched !== undefined && matcher === CATCH_ALL ? unknownRun(s, pos, matched) : matched;
      if (text !== undefined && text.length > 0) {
        const t = token(text);
        if (t !== null) tokens.push(t);
        pos += text.length;
        continue outer;
      }
    }
    // Unreachable with the catch-all above; kept so a future edit cannot loop forever.
    tokens.push({ kind: 'unknown', text: s.slice(pos) });
    break;
  }
  return tokens;
}

export function normalise(raw: string): string {
  return normaliseThaiDigits(raw.normalize('NFC'))
    // Zero-width spaces ride along when text is pasted from Word or a PDF.
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    // PDFs spell 'ำ' as nikhahit + sara aa ('ประจํา'), which looks the same and NFC leaves alone.
    .replace(/\u0E4D([\u0E48-\u0E4B]?)\u0E32/g, '$1\u0E33')
    .replace(/\s+/g, ' ')
    .trim();
}

import { THAI_MONTHS, normaliseThaiDigits } from './thaiDate';

/** The words of a timeframe as typed; the grammar over them lives in timeframe.ts. */
export type Token =
  | { kind: 'month'; month: number }
  | { kind: 'digits'; text: string }
  | { kind: 'sep' }
  | { kind: 'fiscal' }
  | { kind: 'be-mark' }
  | { kind: 'month-word' }
  | { kind: 'since' }
  | { kind: 'bad-month'; text: string }
  | { kind: 'unknown'; text: string };

/** Spoken short forms ('ตุลา 65') that officers also write; same order as THAI_MONTHS. */
const SPOKEN_MONTHS = [
  'มกรา', 'กุมภา', 'มีนา', 'เมษา', 'พฤษภา', 'มิถุนา',
  'กรกฎา', 'สิงหา', 'กันยา', 'ตุลา', 'พฤศจิกา', 'ธันวา',
];

/** 'มี.ค.' → also 'มี.ค', 'มีค', 'มี. ค.' — dots and spaces are typed inconsistently. */
function abbrPattern(abbr: string): string {
  const parts = abbr.split('.').filter((p) => p.length > 0);
  return `${parts.join('\\s*\\.?\\s*')}\\.?`;
}

const DASHES = '\\-\\u2010-\\u2015\\u2212';
const THAI_SYLLABLE = '[\\u0E01-\\u0E2E][\\u0E30-\\u0E3A\\u0E47-\\u0E4E]*';
const monthToken = (month: number) => (): Token => ({ kind: 'month', month });

/** Tried in order at each position; a null token is skipped whitespace. */
const MATCHERS: readonly { re: RegExp; token: (text: string) => Token | null }[] = [
  { re: /\s+/y, token: () => null },
  // Longest month forms first so 'ตุลาคม' is not read as 'ตุลา' followed by leftover 'คม'.
  ...THAI_MONTHS.map((m, i) => ({ re: new RegExp(m.full, 'y'), token: monthToken(i + 1) })),
  ...SPOKEN_MONTHS.map((name, i) => ({ re: new RegExp(name, 'y'), token: monthToken(i + 1) })),
  ...THAI_MONTHS.map((m, i) => ({ re: new RegExp(abbrPattern(m.abbr), 'y'), token: monthToken(i + 1) })),
  { re: /ปี\s*งบ(?:ประมาณ)?\s*ฯ?/y, token: () => ({ kind: 'fiscal' }) },
  { re: /พ\s*\.?\s*ศ\s*\.?/y, token: () => ({ kind: 'be-mark' }) },
  { re: new RegExp(`(?:ถึงเดือน|จนถึง|ถึง|[${DASHES}])`, 'y'), token: () => ({ kind: 'sep' }) },
  { re: /เดือน/y, token: () => ({ kind: 'month-word' }) },
  { re: /ตั้งแต่/y, token: () => ({ kind: 'since' }) },
  { re: /\d+/y, token: (text) => ({ kind: 'digits', text }) },
  // Shaped like a month abbreviation but not one ('ต.ด.'): worth a more specific message.
  {
    re: new RegExp(`[\\u0E40-\\u0E44]?${THAI_SYLLABLE}\\s*\\.\\s*${THAI_SYLLABLE}\\.?`, 'y'),
    token: (text) => ({ kind: 'bad-month', text }),
  },
  { re: new RegExp(`[^\\s${DASHES}]+`, 'y'), token: (text) => ({ kind: 'unknown', text }) },
];

export function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  outer: while (pos < s.length) {
    for (const { re, token } of MATCHERS) {
      re.lastIndex = pos;
      const text = re.exec(s)?.[0];
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
    .replace(/\s+/g, ' ')
    .trim();
}

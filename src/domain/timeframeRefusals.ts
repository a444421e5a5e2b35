import { ceYear, isCeYear, readYear, warn, type TimeframeWarning } from './timeframeReading';
import type { Token } from './timeframeTokens';

/**
 * Texts refused before any grammar is tried, each with the reason a Thai reader would give:
 * a bad month name, words that name no time, words the parser does not know, a C.E. year, and
 * numbers that could mean two different things.
 */
export function refuse(tokens: Token[], q: string): TimeframeWarning[] | null {
  const badMonth = tokens.find((t) => t.kind === 'bad-month');
  if (badMonth !== undefined) {
    return warn('invalid-month', `อ่านระยะเวลา "${q}" ไม่ออก: ไม่รู้จักเดือน "${badMonth.text}"`);
  }
  const named = tokens.some((t) => t.kind === 'month' || t.kind === 'fiscal' || t.kind === 'quarter');
  const vague = tokens.filter((t) => t.kind === 'vague');
  // 'ตลอดปี 2567' does name a year, only not which kind: bareYears gives both meanings.
  const namesYear = !named && tokens.some((t) => t.kind === 'digits') && vague.every((t) => /^(?:ตลอด\s*ทั้ง|ตลอด|ทั้ง)\s*ปี$/.test(t.text));
  if (vague.length > 0 && !namesYear) {
    const words = vague.map((t) => `"${t.text}"`).join(' ');
    const message = `ระยะเวลา "${q}" ไม่ระบุเดือนหรือปีที่แน่นอน (${words}): กรุณาระบุช่วงเดือน เช่น "ต.ค. 66 - ก.ย. 67" หรือ "ปีงบประมาณ 2567"`;
    return warn('vague', message);
  }
  const unknown = tokens.filter((t) => t.kind === 'unknown').map((t) => `"${t.text}"`);
  if (unknown.length > 0) {
    return warn('unrecognised', `อ่านระยะเวลา "${q}" ไม่ออก: ไม่รู้จักข้อความ ${unknown.join(' ')}`);
  }
  const ce = ceYears(tokens, q);
  if (ce.length > 0) return ce;
  if (tokens.some((t) => t.kind === 'slash') && !tokens.some((t) => t.kind === 'quarter')) return numeric(tokens, q);
  if (!named) return bareYears(tokens, q);
  return null;
}

function ceYears(tokens: Token[], q: string): TimeframeWarning[] {
  return tokens.flatMap((t, i) => {
    if (t.kind !== 'digits') return [];
    const n = Number(t.text);
    const marked = tokens[i - 1]?.kind === 'ce-mark';
    if (marked && n >= 2400) {
      // 'ค.ศ. 2566': a B.E. number under a C.E. label; which one is wrong is the officer's call.
      return [{ code: 'ce-year', message: `ระยะเวลา "${q}" เขียน "ค.ศ." หน้าปี ${t.text} ซึ่งเป็นปี พ.ศ.: กรุณาเขียน "พ.ศ. ${t.text}" หรือแก้ปีให้ถูก` }];
    }
    return marked || (t.text.length === 4 && isCeYear(n)) ? [ceYear(t.text, q)] : [];
  });
}

/** '1-3/67' is ม.ค.–มี.ค. 67 to one reader and quarters 1–3 of ปีงบประมาณ 67 to another. */
function numeric(tokens: Token[], q: string): TimeframeWarning[] {
  // The numbers before a slash, and those joined to them by a dash, are months or quarters.
  const leading = tokens.filter((t, i) => t.kind === 'digits' && tokens[i - 1]?.kind !== 'slash').map((t) => Number(t.text));
  const slashes = tokens.filter((t) => t.kind === 'slash').length;
  if (slashes === 1 && leading.every((n) => n >= 1 && n <= 4)) {
    const message = `ระยะเวลา "${q}" เขียนเป็นตัวเลข จึงอ่านได้สองแบบ: เป็นเดือน (1 = ม.ค.) หรือเป็นไตรมาสของปีงบประมาณ (1 = ต.ค.–ธ.ค.): `
      + 'กรุณาเขียนชื่อเดือน เช่น "ม.ค.–มี.ค. 67" หรือ "ไตรมาสที่ 1/2567"';
    return warn('ambiguous', message);
  }
  return warn('unrecognised', `อ่านระยะเวลา "${q}" ไม่ออก: เขียนเดือนเป็นตัวเลข กรุณาเขียนชื่อเดือน เช่น "ต.ค. 65 - ธ.ค. 66" หรือ "1 ต.ค. 2566"`);
}

/** '2566' or '2566-67' alone: a calendar year or a fiscal year, three months apart. */
function bareYears(tokens: Token[], q: string): TimeframeWarning[] {
  const digits = tokens.filter((t) => t.kind === 'digits');
  const allowed = tokens.every((t) => ['digits', 'sep', 'be-mark', 'year-word', 'vague', 'stop', 'throughout'].includes(t.kind));
  const none = warn('unrecognised', `อ่านระยะเวลา "${q}" ไม่ออก: ไม่พบชื่อเดือน ไตรมาส หรือปีงบประมาณ`);
  if (!allowed || digits.length === 0 || digits.length > 2) return none;
  const years: number[] = [];
  for (const d of digits) {
    const read = readYear(d.text, q);
    if ('warning' in read) return [read.warning];
    years.push(read.year);
  }
  const [a = 0, b = a] = years;
  const label = a === b ? `${a}` : `${a}–${b}`;
  const message = `ระยะเวลา "${q}" อ่านได้สองแบบ: ปี พ.ศ. ${label} (ม.ค. ${a} – ธ.ค. ${b}) `
    + `หรือปีงบประมาณ ${label} (ต.ค. ${a - 1} – ก.ย. ${b}): กรุณาเขียน "ปีงบประมาณ ${label}" หรือระบุเดือน`;
  return warn('ambiguous', message);
}

import { compareYearMonth, fiscalYearOfMonth, monthsBetween } from './thaiDate';
import { readBody } from './timeframeBody';
import {
  type Outcome, type Reading, type TimeframeWarning, type YearSource,
  describe, failed, warn,
} from './timeframeReading';
import type { Token } from './timeframeTokens';

const sameMonths = (a: Reading, b: Reading): boolean =>
  compareYearMonth(a.end, b.end) === 0 &&
  (a.start === null || b.start === null ? a.start === b.start : compareYearMonth(a.start, b.start) === 0);

/** '(12 เดือน)' after a range is its length, not its dates. */
const monthCount = (inner: Token[]): number | null => {
  const [count, unit, ...rest] = inner;
  return count?.kind === 'digits' && unit?.kind === 'month-word' && rest.length === 0 ? Number(count.text) : null;
};

/** A length that disagrees with the range: which one the officer meant is not the parser's pick. */
function readWithLength(main: Token[], months: number, q: string, innerText: string, doc: YearSource | null): TimeframeWarning[] | { reading: Reading; note: null } {
  const reading = readBody(main, { q, source: doc });
  if (failed(reading)) return reading;
  const actual = reading.start === null ? months : monthsBetween(reading.start, reading.end) + 1;
  if (actual === months) return { reading, note: null };
  const message = `ระยะเวลา "${q}" ขัดกันเอง: ${describe(reading)} คือ ${actual} เดือน แต่ในวงเล็บเขียน "${innerText}": กรุณาแก้ให้ตรงกัน`;
  return warn('ambiguous', message);
}

/**
 * 'ไตรมาสที่ 1 (ต.ค.–ธ.ค. 2566)': the brackets spell the quarter out, so when the two disagree
 * the brackets are what the officer checked and they win, with a note naming both readings.
 * Either half may lend its fiscal year to the other when it names none.
 */
export function readWithBrackets(
  main: Token[], inner: Token[], q: string, doc: YearSource | null,
): TimeframeWarning[] | { reading: Reading; note: string | null } {
  const open = q.indexOf('(');
  const mainText = q.slice(0, open).trim();
  const innerText = q.slice(open + 1, q.lastIndexOf(')')).trim();
  const months = monthCount(inner);
  if (months !== null) return readWithLength(main, months, q, innerText, doc);
  let outer = readBody(main, { q, source: null });
  let bracket: Outcome;
  if (!failed(outer)) {
    bracket = readBody(inner, { q, source: { fiscalYear: fiscalYearOfMonth(outer.end), fromDocument: false } });
  } else if (outer.every((w) => w.code === 'no-year')) {
    bracket = readBody(inner, { q, source: doc });
    if (failed(bracket)) return bracket;
    outer = readBody(main, { q, source: { fiscalYear: fiscalYearOfMonth(bracket.end), fromDocument: false } });
  } else {
    return outer;
  }
  if (failed(outer)) return outer;
  if (failed(bracket)) {
    return bracket.map((w) => (w.code === 'unrecognised'
      ? { ...w, message: `อ่านระยะเวลา "${q}" ไม่ออก: ข้อความในวงเล็บ "${innerText}" ไม่ใช่ช่วงเวลาที่อ่านได้` }
      : w));
  }
  const reading = outer.start === null && bracket.single ? { ...bracket, start: null, startDay: null } : bracket;
  if (sameMonths(outer, reading)) return { reading, note: null };
  const note = `วงเล็บ "${innerText}" (${describe(reading)}) ไม่ตรงกับ "${mainText}" (${describe(outer)}): ใช้ช่วงในวงเล็บ`;
  return { reading, note };
}

/** One bracket at the end ('ไตรมาสที่ 1 (ต.ค.–ธ.ค. 66)'), or the problem with the brackets. */
export function splitBrackets(tokens: Token[]): { main: Token[]; inner: Token[] | null } | string {
  const opens = tokens.filter((t) => t.kind === 'open').length;
  const closes = tokens.filter((t) => t.kind === 'close').length;
  if (opens === 0 && closes === 0) return { main: tokens, inner: null };
  if (opens > closes) return 'วงเล็บเปิด "(" ไม่มีวงเล็บปิด';
  if (closes > opens) return 'วงเล็บปิด ")" ไม่มีวงเล็บเปิด';
  const open = tokens.findIndex((t) => t.kind === 'open');
  const last = tokens.length - 1;
  if (opens > 1 || tokens[last]?.kind !== 'close') {
    return 'อ่านได้เฉพาะวงเล็บเดียวท้ายข้อความ เช่น "ไตรมาสที่ 1 (ต.ค.–ธ.ค. 66)"';
  }
  const inner = tokens.slice(open + 1, last);
  return { main: tokens.slice(0, open), inner: inner[inner.length - 1]?.kind === 'stop' ? inner.slice(0, -1) : inner };
}

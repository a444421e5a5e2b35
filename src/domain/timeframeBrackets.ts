import { addMonths, compareYearMonth, fiscalYearOfMonth, monthsBetween } from './thaiDate';
import type { YearMonth } from './schemas/common';
import { readBody } from './timeframeBody';
import { daysInMonth } from './thaiDate';
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

/**
 * Months counted as officers count them: '15 ต.ค. 66 - 14 ต.ค. 67' is 12 months, as is
 * 'ต.ค. 66 - ก.ย. 67'; days that do not end the day before the start day count whole months.
 */
function lengthInMonths(start: YearMonth, end: YearMonth, startDay: number | null, endDay: number | null): number {
  const whole = monthsBetween(start, end) + 1;
  if (startDay === null || endDay === null || startDay === 1) return whole;
  const dayBefore = endDay + 1 === startDay || (endDay === daysInMonth(end.year, end.month) && startDay > endDay);
  return dayBefore ? whole - 1 : whole;
}

/** A length that disagrees with the range: which one the officer meant is not the parser's pick. */
function readWithLength(main: Token[], months: number, q: string, innerText: string, doc: YearSource | null): TimeframeWarning[] | { reading: Reading; note: null } {
  const reading = readBody(main, { q, source: doc });
  if (failed(reading)) return reading;
  const actual = reading.start === null ? months : lengthInMonths(reading.start, reading.end, reading.startDay, reading.endDay);
  if (actual === months) return { reading, note: null };
  const message = `ระยะเวลา "${q}" ขัดกันเอง: ${describe(reading)} คือ ${actual} เดือน แต่ในวงเล็บเขียน "${innerText}": กรุณาแก้ให้ตรงกัน`;
  return warn('ambiguous', message);
}

/** A quarter or fiscal year named as such, without months: the part the issue lets brackets overrule. */
const isLabel = (tokens: Token[]): boolean =>
  tokens.some((t) => t.kind === 'quarter' || t.kind === 'fiscal') && !tokens.some((t) => t.kind === 'month');

/** a lies within b: a deadline only by its end; a deadline label ('สิ้นปีงบประมาณ') only holds its own month. */
const within = (a: Reading, b: Reading): boolean => {
  if (b.start === null) return a.start === null && compareYearMonth(a.end, b.end) === 0;
  return compareYearMonth(a.end, b.end) <= 0 && compareYearMonth(a.end, b.start) >= 0 &&
    (a.start === null || (compareYearMonth(a.start, b.start) >= 0 && compareYearMonth(a.start, b.end) <= 0));
};

const shifted = (r: Reading, n: number): Reading => ({
  ...r, start: r.start === null ? null : addMonths(r.start, n), end: addMonths(r.end, n),
});

type Result = TimeframeWarning[] | { reading: Reading; note: string | null };

/**
 * 'ม.ค.–มี.ค. 67 (ไตรมาสที่ 1)': the months are what the officer wrote down; the label after them
 * may count quarters from ต.ค. (fiscal) or from ม.ค. (calendar), so either numbering that fits the
 * months confirms them. A label that fits neither is two answers, and choosing one would be a guess.
 */
function monthsWithLabel(outer: Reading, inner: Token[], q: string, mainText: string, innerText: string): Result {
  const fiscal = readBody(inner, { q, source: { fiscalYear: fiscalYearOfMonth(outer.end), fromDocument: false } });
  if (failed(fiscal)) return fiscal;
  if (within(outer, fiscal)) return { reading: outer, note: null };
  const quarterOnly = inner.some((t) => t.kind === 'quarter') && !inner.some((t) => t.kind === 'fiscal');
  if (quarterOnly) {
    // A calendar quarter n of year Y spans the months of fiscal quarter n of Y, three months on.
    const calendar = readBody(inner, { q, source: { fiscalYear: outer.end.year, fromDocument: false } });
    if (!failed(calendar) && within(outer, shifted(calendar, 3))) return { reading: outer, note: null };
  }
  const message = `ระยะเวลา "${q}" อ่านได้สองแบบ: "${mainText}" (${describe(outer)}) `
    + `แต่วงเล็บ "${innerText}" คือ ${describe(fiscal)}: กรุณาแก้ให้ตรงกัน`;
  return warn('ambiguous', message);
}

/** Months that name no year after a quarter label: whose year, the fiscal or the calendar one? */
function yearlessAgainstLabel(outer: Reading, bracket: Reading, inner: Token[], q: string, mainText: string, innerText: string): TimeframeWarning[] | null {
  if (sameMonths(outer, bracket)) return null;
  const alone = readBody(inner, { q, source: null });
  if (!failed(alone) || !alone.every((w) => w.code === 'no-year')) return null;
  const fy = fiscalYearOfMonth(outer.end);
  const calendar: Reading = {
    ...bracket,
    start: bracket.start === null ? null : { ...bracket.start, year: bracket.start.month >= 10 ? fy : bracket.start.year },
    end: { ...bracket.end, year: bracket.end.month >= 10 ? fy : bracket.end.year },
  };
  if (sameMonths(calendar, bracket)) return null;
  const message = `ระยะเวลา "${q}" อ่านได้สองแบบ: วงเล็บ "${innerText}" ไม่ระบุปี `
    + `อ่านตามปีงบประมาณ ${fy} ได้ ${describe(bracket)} อ่านตามปี พ.ศ. ${fy} ได้ ${describe(calendar)} `
    + `และไม่ตรงกับ "${mainText}" (${describe(outer)}): กรุณาใส่ปีในวงเล็บ`;
  return warn('ambiguous', message);
}

/**
 * 'ไตรมาสที่ 1 (ต.ค.–ธ.ค. 2566)': brackets that spell a quarter or fiscal year out are what the
 * officer checked, so they win over the label, with a note naming both readings. Months or days
 * in the main text are never overruled by a label after them. Either half may lend its fiscal
 * year to the other when it names none.
 */
export function readWithBrackets(main: Token[], inner: Token[], q: string, doc: YearSource | null): Result {
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
  const labelMain = isLabel(main);
  const labelInner = isLabel(inner);
  if (!labelMain && labelInner) return monthsWithLabel(outer, inner, q, mainText, innerText);
  const withDays = (r: Reading): boolean => r.startDay !== null || r.endDay !== null;
  if (labelMain && !labelInner) {
    const problem = yearlessAgainstLabel(outer, bracket, inner, q, mainText, innerText);
    if (problem !== null) return problem;
  }
  const deadline = outer.start === null && bracket.single ? { ...bracket, start: null, startDay: null } : bracket;
  if (sameMonths(outer, deadline)) {
    // Agreeing on the months, the half that also names days says more.
    return { reading: withDays(outer) && !withDays(deadline) ? outer : deadline, note: null };
  }
  if (labelMain && !labelInner) {
    const note = `วงเล็บ "${innerText}" (${describe(deadline)}) ไม่ตรงกับ "${mainText}" (${describe(outer)}): ใช้ช่วงในวงเล็บ`;
    return { reading: deadline, note };
  }
  // Two labels or two sets of months that differ: nothing says which one the officer checked.
  const message = `ระยะเวลา "${q}" อ่านได้สองแบบ: "${mainText}" (${describe(outer)}) `
    + `แต่วงเล็บ "${innerText}" คือ ${describe(deadline)}: กรุณาแก้ให้ตรงกัน`;
  return warn('ambiguous', message);
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

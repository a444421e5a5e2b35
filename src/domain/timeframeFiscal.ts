import type { YearMonth } from './schemas/common';
import { formatYearMonthThai } from './thaiDate';
import {
  type Cursor, type Env, type Outcome, type Reading, type TimeframeWarning,
  failed, monthInFiscalYear, readYear, structure, warn,
} from './timeframeReading';

/** [พ.ศ.] 2566 after 'ปีงบประมาณ', 'ไตรมาสที่ 1/' or 'ปี'; null when no year is written. */
export function readFiscalYear(c: Cursor, env: Env): number | null | TimeframeWarning[] {
  const be = c.take('be-mark');
  const digits = c.take('digits');
  if (digits === undefined) return be === undefined ? null : structure(env, c.peek());
  const read = readYear(digits.text, env.q);
  if ('warning' in read) return [read.warning];
  // A fiscal year starts in October of the year before, which must itself be a B.E. year.
  if (read.year - 1 < 2400 || read.year > 2800) {
    return warn('unrecognised', `อ่านระยะเวลา "${env.q}" ไม่ออก: ปีงบประมาณ ${read.year} อยู่นอกช่วงที่รับได้ (2401–2800) ควรเขียนเป็น เช่น "ปีงบประมาณ 2567"`);
  }
  return read.year;
}

const quarterStart = (fy: number, q: number): YearMonth => {
  const month = ((q - 1) * 3 + 9) % 12 + 1;
  return { year: monthInFiscalYear(month, fy), month };
};
const quarterEnd = (fy: number, q: number): YearMonth => {
  const month = ((q - 1) * 3 + 11) % 12 + 1;
  return { year: monthInFiscalYear(month, fy), month };
};

function fromSource(env: Env, missing: TimeframeWarning[]): { fy: number; documentYear: boolean } | TimeframeWarning[] {
  if (env.source === null) return missing;
  return { fy: env.source.fiscalYear, documentYear: env.source.fromDocument };
}

/**
 * 'ปีงบประมาณ 2566', 'ประจำปีงบประมาณ พ.ศ. 2568', 'ตลอดปีงบประมาณ 2567', 'ปีงบฯ 67',
 * 'ปีงบประมาณ 2566–2568', 'ปีงบประมาณ พ.ศ. 2566 - พ.ศ. 2567'.
 */
export function readFiscal(c: Cursor, env: Env): Outcome {
  if (c.take('throughout') === undefined) c.take('annual');
  c.take('fiscal');
  const first = readFiscalYear(c, env);
  if (failed(first)) return first;
  if (first === null) {
    if (!c.done) return structure(env, c.peek());
    const missing = warn('no-year', `ระยะเวลา "${env.q}" ไม่ระบุปี: กรุณาใส่ปี พ.ศ. เช่น "ปีงบประมาณ 2566"`);
    const src = fromSource(env, missing);
    if (failed(src)) return src;
    return { start: { year: src.fy - 1, month: 10 }, end: { year: src.fy, month: 9 }, startDay: null, endDay: null, single: true, documentYear: src.documentYear };
  }
  if (c.is('quarter')) {
    // 'ปีงบประมาณ 2567 ไตรมาสที่ 2': the year first, then the quarter in it.
    return readQuarter(c, { ...env, source: { fiscalYear: first, fromDocument: false } });
  }
  let last = first;
  if (c.take('sep') !== undefined) {
    c.take('fiscal');
    const second = readFiscalYear(c, env);
    if (failed(second)) return second;
    if (second === null) return structure(env, c.peek());
    last = second;
  }
  return { start: { year: first - 1, month: 10 }, end: { year: last, month: 9 }, startDay: null, endDay: null, single: last === first, documentYear: false };
}

function readQuarterNumber(c: Cursor, env: Env): number | TimeframeWarning[] {
  if (c.take('first') !== undefined) return 1;
  if (c.take('last') !== undefined) return 4;
  const digits = c.take('digits');
  if (digits === undefined && c.done) {
    return warn('unrecognised', `อ่านระยะเวลา "${env.q}" ไม่ออก: ไม่ระบุว่าไตรมาสที่เท่าใด เช่น "ไตรมาสที่ 1/2567"`);
  }
  if (digits === undefined) return structure(env, c.peek());
  const n = Number(digits.text);
  if (n < 1 || n > 4) {
    const message = `อ่านระยะเวลา "${env.q}" ไม่ออก: ไม่มีไตรมาสที่ ${digits.text} ปีงบประมาณมี 4 ไตรมาส (ไตรมาสที่ 1 คือ ต.ค.–ธ.ค.)`;
    return warn('invalid-quarter', message);
  }
  return n;
}

const span = (fy: number, q1: number, q2: number): string =>
  `${formatYearMonthThai(quarterStart(fy, q1))} – ${formatYearMonthThai(quarterEnd(fy, q2))}`;

/** 'ไตรมาส 2 ปี 2567' could be the fiscal or the calendar quarter; both are common, so ask. */
function calendarOrFiscal(env: Env, q1: number, q2: number, year: number): TimeframeWarning[] {
  const which = q1 === q2 ? `ไตรมาสที่ ${q1}` : `ไตรมาสที่ ${q1}–${q2}`;
  const calendarStart = { year, month: (q1 - 1) * 3 + 1 };
  const calendarEnd = { year, month: q2 * 3 };
  const message = `ระยะเวลา "${env.q}" อ่านได้สองแบบ: ${which} ของปีงบประมาณ ${year} (${span(year, q1, q2)}) `
    + `หรือ${which} ของปี พ.ศ. ${year} (${formatYearMonthThai(calendarStart)} – ${formatYearMonthThai(calendarEnd)}): `
    + `กรุณาเขียน "${which} ปีงบประมาณ ${year}" หรือระบุเดือน`;
  return warn('ambiguous', message);
}

/** 'ไตรมาสที่ 4/2566 - ไตรมาสที่ 1/2567': each end names its own fiscal year. */
function quarterToQuarter(c: Cursor, env: Env, q1: number): Outcome {
  c.take('slash');
  const fy1 = readFiscalYear(c, env);
  if (failed(fy1)) return fy1;
  if (fy1 === null || c.take('sep') === undefined) return structure(env, c.peek());
  c.take('quarter');
  c.take('ordinal');
  const q2 = readQuarterNumber(c, env);
  if (failed(q2)) return q2;
  if (c.take('slash') === undefined) return structure(env, c.peek());
  const fy2 = readFiscalYear(c, env);
  if (failed(fy2)) return fy2;
  if (fy2 === null || !c.done) return structure(env, c.peek());
  return { start: quarterStart(fy1, q1), end: quarterEnd(fy2, q2), startDay: null, endDay: null, single: false, documentYear: false };
}

/**
 * Quarters of a fiscal year: 'ไตรมาสที่ 1/2568', 'ไตรมาส 2 ปีงบประมาณ 2567',
 * 'ไตรมาสแรกของปีงบประมาณ 2566', 'ไตรมาสที่ 3-4 ปีงบประมาณ 2567'.
 */
export function readQuarter(c: Cursor, env: Env): Outcome {
  c.take('quarter');
  c.take('ordinal');
  const q1 = readQuarterNumber(c, env);
  if (failed(q1)) return q1;
  if (c.is('slash') && c.is('sep', 2)) return quarterToQuarter(c, env, q1);
  let q2 = q1;
  const joined = c.take('sep') ?? c.take('and');
  if (joined !== undefined) {
    c.take('quarter');
    c.take('ordinal');
    const read = readQuarterNumber(c, env);
    if (failed(read)) return read;
    // 'ไตรมาสที่ 1 และ 3' is two periods, not one range; 'ไตรมาสที่ 1 และ 2' is ไตรมาสที่ 1–2.
    if (joined.kind === 'and' && read !== q1 + 1) {
      const message = `อ่านระยะเวลา "${env.q}" ไม่ออก: ไตรมาสที่ ${q1} และ ${read} ไม่ต่อเนื่องกัน ระยะเวลาต้องเป็นช่วงเดียว`;
      return warn('unrecognised', message);
    }
    q2 = read;
  }
  let fy: number | null = null;
  let documentYear = false;
  if (c.take('slash') !== undefined) {
    const read = readFiscalYear(c, env);
    if (failed(read)) return read;
    if (read === null) return structure(env, c.peek());
    fy = read;
  } else {
    const of = c.take('of');
    if (of !== undefined && !c.is('fiscal') && !c.is('year-word')) return structure(env, c.peek() ?? of);
    if (c.take('fiscal') !== undefined) {
      const read = readFiscalYear(c, env);
      if (failed(read)) return read;
      fy = read;
    } else if (c.take('year-word') !== undefined) {
      const read = readFiscalYear(c, env);
      if (failed(read)) return read;
      if (read === null) return structure(env, c.peek());
      return calendarOrFiscal(env, q1, q2, read);
    }
  }
  if (!c.done) return structure(env, c.peek());
  if (fy === null) {
    const example = q1 === q2 ? `ไตรมาสที่ ${q1}/2567` : `ไตรมาสที่ ${q1}–${q2} ปีงบประมาณ 2567`;
    const missing = warn('no-year', `ระยะเวลา "${env.q}" ไม่ระบุปีงบประมาณของไตรมาส: กรุณาใส่ปี เช่น "${example}"`);
    const src = fromSource(env, missing);
    if (failed(src)) return src;
    fy = src.fy;
    documentYear = src.documentYear;
  }
  const reading: Reading = {
    start: quarterStart(fy, q1), end: quarterEnd(fy, q2), startDay: null, endDay: null, single: q1 === q2, documentYear,
  };
  return reading;
}

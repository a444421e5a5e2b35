import type { YearMonth } from './schemas/common';
import { THAI_MONTHS, ceFromBe, compareYearMonth, daysInMonth, thaiMonthAbbr } from './thaiDate';
import { readFiscalYear } from './timeframeFiscal';
import {
  type Cursor, type Env, type Outcome, type Reading, type TimeframeWarning,
  describe, failed, monthInFiscalYear, readYear, structure, warn,
} from './timeframeReading';

/** One side of a range as written: '1 ต.ค. 2566', 'ต.ค. 66', 'มีนาคม', or a bare day before '– 15 ต.ค. 66'. */
interface Point {
  day: number | null;
  dayText: string | null;
  month: number | null;
  monthText: string;
  year: number | null;
}

const MOST_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A number before a month is its day; say so when it cannot be one, rather than call it a bad year. */
function dayProblem(p: Point, env: Env): TimeframeWarning[] | null {
  if (p.day === null || p.month === null) return null;
  const name = THAI_MONTHS[p.month - 1]?.full ?? '';
  const most = MOST_DAYS[p.month - 1] ?? 31;
  if (p.dayText !== null && (p.dayText.length > 2 || p.day < 1 || p.day > 31)) {
    const message = `อ่านระยะเวลา "${env.q}" ไม่ออก: "${p.dayText}" หน้าเดือน "${p.monthText}" อ่านเป็นวันที่ แต่วันที่มีได้ตั้งแต่ 1 ถึง 31`;
    return warn('invalid-day', message);
  }
  if (p.day > most) {
    return warn('invalid-day', `ระยะเวลา "${env.q}" มีวันที่ที่ไม่มีจริง: เดือน${name}มีไม่เกิน ${most} วัน ไม่มีวันที่ ${p.day}`);
  }
  if (p.year !== null && p.day > daysInMonth(p.year, p.month)) {
    const when = `${p.day} ${thaiMonthAbbr(p.month)} ${p.year}`;
    const why = p.month === 2
      ? `ปี พ.ศ. ${p.year} (ค.ศ. ${ceFromBe(p.year)}) ไม่ใช่ปีอธิกสุรทิน เดือนกุมภาพันธ์มี 28 วัน`
      : `เดือน${name}มี ${daysInMonth(p.year, p.month)} วัน`;
    return warn('invalid-day', `ระยะเวลา "${env.q}" มีวันที่ที่ไม่มีจริง: ไม่มีวันที่ ${when} เพราะ${why}`);
  }
  return null;
}

function readPoint(c: Cursor, env: Env): Point | TimeframeWarning[] {
  const dayWord = c.take('day-word');
  const dayToken = c.take('digits');
  // 'วันที่ ก.พ. 29' could put the day after the month, and '15 เดือน' could be a length:
  // 'วันที่' needs its number, and 'เดือน' after a number only follows 'วันที่ 15'.
  if (dayWord !== undefined && dayToken === undefined) return structure(env, c.peek());
  const monthWord = c.take('month-word');
  if (monthWord !== undefined && dayToken !== undefined && dayWord === undefined) return structure(env, monthWord);
  const m = c.month();
  const day = dayToken === undefined ? null : Number(dayToken.text);
  if (m === undefined) {
    if (day === null) return structure(env, c.peek());
    return { day, dayText: dayToken?.text ?? null, month: null, monthText: '', year: null };
  }
  const be = c.take('be-mark');
  const yearToken = c.take('digits');
  if (be !== undefined && yearToken === undefined) return structure(env, c.peek());
  let year: number | null = null;
  if (yearToken !== undefined) {
    const read = readYear(yearToken.text, env.q);
    if ('warning' in read) return [read.warning];
    year = read.year;
  }
  const point = { day, dayText: dayToken?.text ?? null, month: m.month, monthText: m.text, year };
  return dayProblem(point, env) ?? point;
}


function noYear(env: Env): TimeframeWarning[] {
  return warn('no-year', `ระยะเวลา "${env.q}" ไม่ระบุปี: กรุณาใส่ปี พ.ศ. เช่น "ม.ค.-มี.ค. 66"`);
}

const at = (year: number, month: number): YearMonth => ({ year, month });

function resolve(a: Point & { month: number }, b: (Point & { month: number }) | null, env: Env): Outcome {
  const src = env.source;
  const last = b ?? a;
  if (a.year !== null && b !== null && b.year === null) {
    // 'ต.ค. 65 - มี.ค.' is not how the agency writes; whether it ends in 65 or 66 would be a guess.
    const message = `ระยะเวลา "${env.q}" ไม่ระบุปีของเดือนสิ้นสุด: กรุณาใส่ปีหลังเดือนสิ้นสุดด้วย เช่น "ต.ค. 65 - มี.ค. 66"`;
    return warn('no-year', message);
  }
  let start: YearMonth;
  let end: YearMonth;
  let documentYear = false;
  if (last.year !== null) {
    end = at(last.year, last.month);
    // One year after the end month covers both; a range runs forward, so a start month later in
    // the calendar than the end month ('ต.ค.–มี.ค. 66') began the year before.
    start = at(a.year ?? (a.month > last.month ? last.year - 1 : last.year), a.month);
  } else {
    if (src === null) return noYear(env);
    start = at(monthInFiscalYear(a.month, src.fiscalYear), a.month);
    end = at(monthInFiscalYear(last.month, src.fiscalYear), last.month);
    documentYear = src.fromDocument;
    if (start.year > end.year || (start.year === end.year && start.month > end.month)) {
      const message = `ระยะเวลา "${env.q}" ${src.fromDocument ? 'ไม่ระบุปี และ' : ''}ช่วงนี้ไม่อยู่ในปีงบประมาณ ${src.fiscalYear} (ต.ค. ${src.fiscalYear - 1} – ก.ย. ${src.fiscalYear}): กรุณาใส่ปี พ.ศ.`;
      return warn('no-year', message);
    }
  }
  const problem = dayProblem({ ...a, year: start.year }, env) ?? dayProblem({ ...last, year: end.year }, env);
  if (problem !== null) return problem;
  return { start, end, startDay: a.day, endDay: last.day, single: b === null, documentYear };
}

/** 'ต.ค.–ธ.ค. ปีงบประมาณ 2567': months, then the fiscal year they sit in. */
function fiscalYearAfter(c: Cursor, env: Env): number | null | TimeframeWarning[] {
  if (!(c.is('fiscal') || (c.is('of') && c.is('fiscal', 1)))) return null;
  c.take('of');
  c.take('fiscal');
  return readFiscalYear(c, env);
}

/**
 * 'ต.ค. 2566 - ก.ย. 2567 ปีงบประมาณ 2567' gives the year twice: fine when the months sit in
 * that fiscal year, two answers to one question when they do not.
 */
function inFiscalYear(r: Reading, fy: number, env: Env): Outcome {
  const first = { year: fy - 1, month: 10 };
  const last = { year: fy, month: 9 };
  const from = r.start ?? r.end;
  if (compareYearMonth(from, first) >= 0 && compareYearMonth(r.end, last) <= 0) return r;
  const message = `ระยะเวลา "${env.q}" ให้ปีไว้สองแบบที่ไม่ตรงกัน: ${describe(r)} ไม่อยู่ในปีงบประมาณ ${fy} `
    + `(ต.ค. ${fy - 1} – ก.ย. ${fy}): กรุณาเหลือไว้แบบเดียว เช่น "ต.ค. 66 - ธ.ค. 66" หรือ "ต.ค.–ธ.ค. ปีงบประมาณ 2567"`;
  return warn('ambiguous', message);
}

/**
 * Days and months, alone or as a range: '1 ต.ค. 2566 – 31 มี.ค. 2567', 'ม.ค.–30 เม.ย. 67',
 * 'วันที่ 1 ตุลาคม 2566', '1–15 ต.ค. 66'. A single day or month is a one-day or one-month range.
 */
export function readDates(c: Cursor, env: Env, between = false): Outcome {
  const a = readPoint(c, env);
  if (failed(a)) return a;
  type Dated = Point & { month: number };
  let b: Dated | null = null;
  // 'ระหว่าง ต.ค. 66 และ ธ.ค. 66': after 'ระหว่าง', 'และ' joins the two ends.
  if (c.take('sep') !== undefined || (between && c.take('and') !== undefined)) {
    const read = readPoint(c, env);
    if (failed(read)) return read;
    const { month } = read;
    if (month === null) return structure(env, c.peek());
    b = { ...read, month };
  }
  // 'ต.ค. ธ.ค. 66', 'ต.ค. 65 66': something is missing between the parts, not just a year.
  if (c.is('month') || c.is('digits')) return structure(env, c.peek());
  const fiscal = fiscalYearAfter(c, env);
  if (failed(fiscal)) return fiscal;
  const monthsHaveYear = a.year !== null || (b?.year ?? null) !== null;
  const within = fiscal === null || monthsHaveYear ? env : { ...env, source: { fiscalYear: fiscal, fromDocument: false } };
  let reading: Outcome;
  if (a.month === null) {
    // '1–15 ต.ค. 66': the bare day shares the end's month and year, so the end needs its day too.
    if (b === null || b.day === null) return structure(env, c.peek());
    reading = resolve({ ...a, month: b.month, monthText: b.monthText, year: b.year }, b, within);
  } else {
    reading = resolve({ ...a, month: a.month }, b, within);
  }
  return fiscal === null || !monthsHaveYear || failed(reading) ? reading : inFiscalYear(reading, fiscal, env);
}

import { yearMonthSchema } from './schemas/common';
import type { YearMonth } from './schemas/common';
import { beFromCe, compareYearMonth, formatYearMonthThai } from './thaiDate';
import { readBody } from './timeframeBody';
import { readWithBrackets, splitBrackets } from './timeframeBrackets';
import { type Env, type Reading, type TimeframeWarning, PLAUSIBLE_BE, describePoint, failed, warn } from './timeframeReading';
import { refuse } from './timeframeRefusals';
import { normalise, tokenize } from './timeframeTokens';

export type { TimeframeWarning, TimeframeWarningCode } from './timeframeReading';

export interface TimeframeContext {
  /** B.E. fiscal year of the plan the text sits in; only used to read text that names no year. */
  fiscalYear?: number;
}

/** A remark on a successful reading, e.g. that the plan's year filled a missing year. */
export interface TimeframeNote {
  code: 'document-year' | 'bracket-disagrees' | (string & {});
  /** Plain Thai, quoting the text. */
  message: string;
}

/**
 * end is null exactly when the text was not read, and then warnings says why; a timeframe is
 * never half-read or guessed. start null with end set is an open start ('ภายใน 30 ก.ย. 67').
 */
export interface ParsedTimeframe {
  /** Exactly as typed, so the officer's own wording is never lost. */
  raw: string;
  start: YearMonth | null;
  end: YearMonth | null;
  /** The day when the text names one ('1 ต.ค. 2566'); months alone leave it null. */
  startDay: number | null;
  endDay: number | null;
  /** Read against context.fiscalYear because the text named no year; null otherwise. */
  readAsFiscalYear: number | null;
  warnings: TimeframeWarning[];
  notes: TimeframeNote[];
}

interface Read {
  reading: Reading;
  notes: TimeframeNote[];
  readAsFiscalYear: number | null;
}

function read(raw: string, context: TimeframeContext | undefined): Read | TimeframeWarning[] {
  const text = normalise(raw);
  const q = raw.trim();
  if (text === '') return warn('empty', 'ยังไม่ได้กรอกระยะเวลาดำเนินการ');
  const all = tokenize(text);
  const refused = refuse(all, q);
  if (refused !== null) return refused;
  // Officers end the cell like a sentence ('ภายในเดือนมีนาคม 2567.'); the stop says nothing about time.
  const stopped = all[all.length - 1]?.kind === 'stop' ? all.slice(0, -1) : all;
  // '(ต.ค. 66 - ก.ย. 67)' copied from a table cell: brackets round the whole text add nothing.
  const wrapped = stopped[0]?.kind === 'open' && stopped[stopped.length - 1]?.kind === 'close'
    && stopped.filter((t) => t.kind === 'open').length === 1;
  const tokens = wrapped ? stopped.slice(1, -1) : stopped;
  const fy = context?.fiscalYear;
  const doc = fy !== undefined && Number.isInteger(fy) && fy > 2400 && fy <= 2800 ? { fiscalYear: fy, fromDocument: true } : null;
  const env: Env = { q, source: doc };
  const parts = splitBrackets(tokens);
  if (typeof parts === 'string') return warn('unrecognised', `อ่านระยะเวลา "${q}" ไม่ออก: ${parts}`);
  const notes: Read['notes'] = [];
  let reading: Reading;
  if (parts.inner === null) {
    const outcome = readBody(parts.main, env);
    if (failed(outcome)) return outcome;
    reading = outcome;
  } else {
    const outcome = readWithBrackets(parts.main, parts.inner, q, doc);
    if (failed(outcome)) return outcome;
    reading = outcome.reading;
    if (outcome.note !== null) notes.push({ code: 'bracket-disagrees', message: outcome.note });
  }
  const problem = checkYears(reading, q, doc?.fiscalYear ?? null) ?? checkOrder(reading, q, env);
  if (problem !== null) return problem;
  if (reading.documentYear && doc !== null) {
    const message = `อ่านตามปีงบประมาณ ${doc.fiscalYear} ของแผนมาตรการ เพราะ "${q}" ไม่ระบุปี`;
    notes.unshift({ code: 'document-year', message });
  }
  return { reading, notes, readAsFiscalYear: reading.documentYear && doc !== null ? doc.fiscalYear : null };
}

/**
 * Two digits after a month are read as a B.E. year, so 'ต.ค. 23' (C.E. 2023) or a day written
 * after its month ('ก.ย. 30') land decades away; such a year is asked about, not stored.
 */
const FAR = 10;

function checkYears(r: Reading, q: string, planYear: number | null): TimeframeWarning[] | null {
  // The end first: a fiscal year's start is the year before the one written.
  const years = r.start === null ? [r.end.year] : [r.end.year, r.start.year];
  const far = planYear === null
    ? years.find((y) => y < PLAUSIBLE_BE.from - 1)
    : years.find((y) => Math.abs(y - planYear) > FAR);
  if (far === undefined) return null;
  const twoDigits = far - 2500;
  const ce = far < PLAUSIBLE_BE.from ? ` หมายถึง ค.ศ. ${2000 + twoDigits} (พ.ศ. ${beFromCe(2000 + twoDigits)}) หรือพิมพ์ผิด?` : ' พิมพ์ผิดหรือไม่?';
  const day = far < PLAUSIBLE_BE.from && twoDigits >= 1 && twoDigits <= 31 ? ` ถ้า "${twoDigits}" คือวันที่ ให้เขียนหน้าเดือน` : '';
  const why = planYear === null ? 'ไม่น่าจะเป็นปีของแผนมาตรการ' : `ห่างจากปีงบประมาณของแผน ${planYear} มาก`;
  return warn('ambiguous', `ระยะเวลา "${q}": พ.ศ. ${far} ${why}:${ce}${day} กรุณาเขียนปี พ.ศ. 4 หลัก เช่น "30 ก.ย. 2567"`);
}

function checkOrder(r: Reading, q: string, env: Env): TimeframeWarning[] | null {
  const ends = r.start === null ? [r.end] : [r.start, r.end];
  if (!ends.every((ym) => yearMonthSchema.safeParse(ym).success)) {
    return warn('unrecognised', `อ่านระยะเวลา "${env.q}" ไม่ออก: ช่วงเวลาออกนอกปี พ.ศ. 2400–2800`);
  }
  if (r.start === null) return null;
  const order = compareYearMonth(r.end, r.start) || (r.endDay ?? 31) - (r.startDay ?? 1);
  if (order >= 0) return null;
  const end = describePoint(r.end, r.endDay);
  const start = describePoint(r.start, r.startDay);
  return warn('end-before-start', `ระยะเวลา "${q}" สิ้นสุด (${end}) ก่อนเริ่มต้น (${start})`);
}

/**
 * Reads what planning officers type in the ระยะเวลาดำเนินการ column: months ('ต.ค.65-ธ.ค.66'),
 * days ('1 ต.ค. 2566 – 31 มี.ค. 2567'), fiscal years ('ประจำปีงบประมาณ พ.ศ. 2568'), quarters
 * ('ไตรมาสที่ 1/2568'), deadlines ('ภายใน 30 ก.ย. 67'). Text that names no year is read against
 * context.fiscalYear, and says so in notes. Anything it cannot read with certainty comes back
 * with end null and a warning naming the problem, never a guess.
 */
export function parseTimeframe(raw: string, context?: TimeframeContext): ParsedTimeframe {
  const outcome = read(raw, context);
  if (failed(outcome)) {
    return { raw, start: null, end: null, startDay: null, endDay: null, readAsFiscalYear: null, warnings: outcome, notes: [] };
  }
  const { reading: r, notes, readAsFiscalYear } = outcome;
  return { raw, start: r.start, end: r.end, startDay: r.startDay, endDay: r.endDay, readAsFiscalYear, warnings: [], notes };
}

/** 'ต.ค. 2565 – ธ.ค. 2566', or a single month when start and end are the same. */
export function formatTimeframeThai(start: YearMonth, end: YearMonth): string {
  if (compareYearMonth(start, end) === 0) return formatYearMonthThai(start);
  return `${formatYearMonthThai(start)} – ${formatYearMonthThai(end)}`;
}

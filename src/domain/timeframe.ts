import { yearMonthSchema } from './schemas/common';
import type { YearMonth } from './schemas/common';
import { beFromCe, compareYearMonth, fiscalYearRange, formatYearMonthThai } from './thaiDate';
import { normalise, tokenize, type Token } from './timeframeTokens';

export type TimeframeWarningCode =
  'empty' | 'unrecognised' | 'no-year' | 'end-before-start' | 'ce-year' | 'invalid-month';

export interface TimeframeWarning {
  code: TimeframeWarningCode;
  /** Plain Thai for the officer: names what is wrong and quotes the text. */
  message: string;
}

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

type YearRead = { year: number } | { warning: TimeframeWarning };

function readYear(digits: string, quoted: string): YearRead {
  const n = Number(digits);
  if (digits.length === 2) return { year: 2500 + n };
  if (digits.length === 4 && n >= 2400 && n <= 2800) return { year: n };
  if (digits.length === 4 && n >= 1900 && n < 2400) {
    // Converting would be a guess about which calendar the officer meant; ask instead.
    const message = `ปี "${digits}" ใน "${quoted}" น่าจะเป็นปี ค.ศ.: กรุณาใช้ปี พ.ศ. (ค.ศ. ${digits} คือ พ.ศ. ${beFromCe(n)})`;
    return { warning: { code: 'ce-year', message } };
  }
  const message = `อ่านระยะเวลา "${quoted}" ไม่ออก: "${digits}" ไม่ใช่ปี พ.ศ. (ใช้ 2 หลัก เช่น 66 หรือ 4 หลัก เช่น 2566)`;
  return { warning: { code: 'unrecognised', message } };
}

type Item =
  | { kind: 'month'; month: number }
  | { kind: 'year'; year: number }
  | { kind: 'sep' }
  | { kind: 'fiscal' };
type Range = { start: YearMonth; end: YearMonth };
type Outcome = Range | TimeframeWarning[];

const warn = (code: TimeframeWarningCode, message: string): TimeframeWarning[] => [{ code, message }];

/** Drops fillers where they belong ('ตั้งแต่' first, 'เดือน' before a month, 'พ.ศ.' before a year); reads years. */
function toItems(
  tokens: Token[],
  q: string,
  structure: TimeframeWarning[],
): { items: Item[] } | { warnings: TimeframeWarning[] } {
  const items: Item[] = [];
  const ceWarnings: TimeframeWarning[] = [];
  for (const [i, t] of tokens.entries()) {
    const next = tokens[i + 1];
    if (t.kind === 'digits') {
      const read = readYear(t.text, q);
      if ('year' in read) items.push({ kind: 'year', year: read.year });
      else if (read.warning.code === 'ce-year') ceWarnings.push(read.warning);
      else return { warnings: [read.warning] };
    } else if (t.kind === 'month' || t.kind === 'sep' || t.kind === 'fiscal') {
      items.push(t);
    } else if (
      (t.kind === 'since' && i !== 0) ||
      (t.kind === 'month-word' && next?.kind !== 'month') ||
      (t.kind === 'be-mark' && next?.kind !== 'digits')
    ) {
      return { warnings: structure };
    }
  }
  return ceWarnings.length > 0 ? { warnings: ceWarnings } : { items };
}

function resolve(items: Item[], q: string, structure: TimeframeWarning[]): Outcome {
  const noYear = warn('no-year', `ระยะเวลา "${q}" ไม่ระบุปี: กรุณาใส่ปี พ.ศ. เช่น "ม.ค.-มี.ค. 66"`);
  const [head, second] = items;
  if (head?.kind === 'fiscal') {
    if (items.length === 1) {
      return warn('no-year', `ระยะเวลา "${q}" ไม่ระบุปี: กรุณาใส่ปี พ.ศ. เช่น "ปีงบประมาณ 2566"`);
    }
    if (items.length !== 2 || second?.kind !== 'year') return structure;
    if (!yearMonthSchema.safeParse({ year: second.year - 1, month: 10 }).success) return structure;
    return fiscalYearRange(second.year);
  }

  // Each side of the separator must be a month with an optional year after it.
  const points: { month: number; year: number | null }[] = [];
  for (const group of splitOnSep(items)) {
    const [m, y, ...rest] = group;
    if (m?.kind !== 'month' || (y !== undefined && y.kind !== 'year') || rest.length > 0) return structure;
    points.push({ month: m.month, year: y?.year ?? null });
  }
  const [a, b, ...more] = points;
  if (a === undefined || more.length > 0) return structure;
  if (b === undefined) {
    if (a.year === null) return noYear;
    const only = { year: a.year, month: a.month };
    return { start: only, end: only };
  }
  if (b.year === null && a.year !== null) {
    // 'ต.ค. 65 - มี.ค.' is not how the agency writes; whether it ends in 65 or 66 would be a guess.
    const message = `ระยะเวลา "${q}" ไม่ระบุปีของเดือนสิ้นสุด: กรุณาใส่ปีหลังเดือนสิ้นสุดด้วย เช่น "ต.ค. 65 - มี.ค. 66"`;
    return warn('no-year', message);
  }
  if (b.year === null) return noYear;
  // One year after the end month covers both; a range runs forward, so a start month later in
  // the calendar than the end month ('ต.ค.–มี.ค. 66') began the year before.
  const startYear = a.year ?? (a.month > b.month ? b.year - 1 : b.year);
  return { start: { year: startYear, month: a.month }, end: { year: b.year, month: b.month } };
}

function splitOnSep(items: Item[]): Item[][] {
  const groups: Item[][] = [[]];
  for (const item of items) {
    if (item.kind === 'sep') groups.push([]);
    else groups[groups.length - 1]?.push(item);
  }
  return groups;
}

function read(raw: string): Outcome {
  const text = normalise(raw);
  const q = raw.trim();
  if (text === '') return warn('empty', 'ยังไม่ได้กรอกระยะเวลาดำเนินการ');
  const structure = warn(
    'unrecognised',
    `อ่านระยะเวลา "${q}" ไม่ออก: ควรเขียนเป็น เดือน ปี - เดือน ปี เช่น "ต.ค. 65 - ธ.ค. 66" หรือ "ปีงบประมาณ 2566"`,
  );
  const tokens = tokenize(text);
  const badMonth = tokens.find((t) => t.kind === 'bad-month');
  if (badMonth !== undefined) {
    return warn('invalid-month', `อ่านระยะเวลา "${q}" ไม่ออก: ไม่รู้จักเดือน "${badMonth.text}"`);
  }
  if (!tokens.some((t) => t.kind === 'month' || t.kind === 'fiscal')) {
    return warn('unrecognised', `อ่านระยะเวลา "${q}" ไม่ออก: ไม่พบชื่อเดือนหรือปีงบประมาณ`);
  }
  const unknown = tokens.filter((t) => t.kind === 'unknown').map((t) => `"${t.text}"`);
  if (unknown.length > 0) {
    return warn('unrecognised', `อ่านระยะเวลา "${q}" ไม่ออก: ไม่รู้จักข้อความ ${unknown.join(' ')}`);
  }
  const itemsRead = toItems(tokens, q, structure);
  if ('warnings' in itemsRead) return itemsRead.warnings;
  const outcome = resolve(itemsRead.items, q, structure);
  if (Array.isArray(outcome)) return outcome;
  if (!yearMonthSchema.safeParse(outcome.start).success || !yearMonthSchema.safeParse(outcome.end).success) {
    return structure;
  }
  if (compareYearMonth(outcome.end, outcome.start) < 0) {
    const { start, end } = outcome;
    return warn(
      'end-before-start',
      `ระยะเวลา "${q}" สิ้นสุด (${formatYearMonthThai(end)}) ก่อนเริ่มต้น (${formatYearMonthThai(start)})`,
    );
  }
  return outcome;
}

/**
 * Reads what planning officers type in the ระยะเวลาดำเนินการ column, e.g. 'ต.ค.65-ธ.ค.66',
 * 'ม.ค.–มี.ค. 66', 'ตุลาคม 2565 ถึง ธันวาคม 2566', 'ปีงบประมาณ 2566'. Anything it cannot
 * read with certainty comes back with start/end null and a warning, never a guess.
 */
export function parseTimeframe(raw: string, _context?: TimeframeContext): ParsedTimeframe {
  const outcome = read(raw);
  const blank = { raw, startDay: null, endDay: null, readAsFiscalYear: null, notes: [] };
  if (Array.isArray(outcome)) return { ...blank, start: null, end: null, warnings: outcome };
  return { ...blank, start: outcome.start, end: outcome.end, warnings: [] };
}

/** 'ต.ค. 2565 – ธ.ค. 2566', or a single month when start and end are the same. */
export function formatTimeframeThai(start: YearMonth, end: YearMonth): string {
  if (compareYearMonth(start, end) === 0) return formatYearMonthThai(start);
  return `${formatYearMonthThai(start)} – ${formatYearMonthThai(end)}`;
}

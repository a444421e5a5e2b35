import type { YearMonth } from './schemas/common';
import { beFromCe, formatYearMonthThai } from './thaiDate';
import type { Token } from './timeframeTokens';

export type TimeframeWarningCode =
  | 'empty' | 'unrecognised' | 'no-year' | 'end-before-start' | 'ce-year' | 'invalid-month'
  | 'invalid-day' | 'invalid-quarter' | 'vague' | 'ambiguous' | 'open-end';

export interface TimeframeWarning {
  code: TimeframeWarningCode;
  /** Plain Thai for the officer: names what is wrong and quotes the text. */
  message: string;
}

/** What one part of the grammar read; start null is an open start (a deadline). */
export interface Reading {
  start: YearMonth | null;
  end: YearMonth;
  startDay: number | null;
  endDay: number | null;
  /** One day, month, quarter or fiscal year rather than a from–to range: 'ภายใน' makes it a deadline. */
  single: boolean;
  /** A year was taken from the plan's fiscal year because the text named none. */
  documentYear: boolean;
}

export type Outcome = Reading | TimeframeWarning[];

export const failed = <T>(o: T | TimeframeWarning[]): o is TimeframeWarning[] => Array.isArray(o);

/** Where a year-less text takes its year from: the plan, or the other half of 'X (Y)'. */
export interface YearSource {
  fiscalYear: number;
  fromDocument: boolean;
}

export interface Env {
  /** The officer's text, trimmed, for quoting. */
  q: string;
  source: YearSource | null;
}

/** The plan's fiscal year runs ต.ค.–ก.ย.: October to December sit in the calendar year before it. */
export const monthInFiscalYear = (month: number, fiscalYear: number): number => (month >= 10 ? fiscalYear - 1 : fiscalYear);

export const warn = (code: TimeframeWarningCode, message: string): TimeframeWarning[] => [{ code, message }];

const EXAMPLES = '"ต.ค. 65 - ธ.ค. 66", "1 ต.ค. 2566 - 31 มี.ค. 2567", "ปีงบประมาณ 2566" หรือ "ไตรมาสที่ 1/2567"';

/** Quotes the word where reading stopped, so the officer sees which part is off. */
export function structure(env: Env, at: Token | undefined): TimeframeWarning[] {
  const where = at === undefined ? 'ข้อความจบก่อนอ่านได้ครบ' : `อ่านไม่ได้ตั้งแต่ "${at.text.trim()}"`;
  return warn('unrecognised', `อ่านระยะเวลา "${env.q}" ไม่ออก: ${where} ควรเขียนเป็น เช่น ${EXAMPLES}`);
}

export type YearRead = { year: number } | { warning: TimeframeWarning };

/** Four-digit B.E. years a plan can sit in; outside them a digit is more likely mistyped. */
export const PLAUSIBLE_BE = { from: 2550, to: 2650 } as const;

/** Four-digit years that read as C.E. rather than as a typo of a B.E. year. */
export const isCeYear = (n: number): boolean => n >= 1950 && n <= 2100;

/** A year as written after a month or 'ปีงบประมาณ': 66 or 2566. */
export function readYear(digits: string, q: string): YearRead {
  const n = Number(digits);
  if (digits.length === 2) return { year: 2500 + n };
  if (digits.length === 4 && n >= PLAUSIBLE_BE.from && n <= PLAUSIBLE_BE.to) return { year: n };
  if (digits.length === 4 && isCeYear(n)) return { warning: ceYear(digits, q) };
  const range = `ปี พ.ศ. ${PLAUSIBLE_BE.from}–${PLAUSIBLE_BE.to}`;
  const message = digits.length === 4
    ? `อ่านระยะเวลา "${q}" ไม่ออก: "${digits}" ไม่ใช่ปี พ.ศ. ที่เป็นไปได้ (รับ${range}) อาจพิมพ์ผิด ควรเขียนเป็น เช่น "ปีงบประมาณ 2567"`
    : `อ่านระยะเวลา "${q}" ไม่ออก: "${digits}" ไม่ใช่ปี พ.ศ. (ใช้ 2 หลัก เช่น 66 หรือ 4 หลัก เช่น 2566)`;
  return { warning: { code: 'unrecognised', message } };
}

/** Converting would be a guess about which calendar the officer meant; ask instead. */
export function ceYear(digits: string, q: string): TimeframeWarning {
  const be = `ค.ศ. ${digits} คือ พ.ศ. ${beFromCe(Number(digits))}`;
  return { code: 'ce-year', message: `ปี "${digits}" ใน "${q}" น่าจะเป็นปี ค.ศ.: กรุณาใช้ปี พ.ศ. (${be})` };
}

/** 'ต.ค. 2566' or '1 ต.ค. 2566', for messages. */
export function describePoint(ym: YearMonth, day: number | null): string {
  return day === null ? formatYearMonthThai(ym) : `${day} ${formatYearMonthThai(ym)}`;
}

export function describe(r: Reading): string {
  const end = describePoint(r.end, r.endDay);
  return r.start === null ? `ภายใน ${end}` : `${describePoint(r.start, r.startDay)} – ${end}`;
}

/** A navigable list of tokens; parts of the grammar take what they recognise. */
export class Cursor {
  private i = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  peek(k = 0): Token | undefined {
    return this.tokens[this.i + k];
  }

  is(kind: Token['kind'], k = 0): boolean {
    return this.peek(k)?.kind === kind;
  }

  take(kind: Token['kind']): Token | undefined {
    const t = this.peek();
    if (t?.kind !== kind) return undefined;
    this.i += 1;
    return t;
  }

  month(): { month: number; text: string } | undefined {
    const t = this.peek();
    if (t?.kind !== 'month') return undefined;
    this.i += 1;
    return t;
  }

  get done(): boolean {
    return this.i >= this.tokens.length;
  }
}

import type { YearMonth } from './schemas/common';
// The names of the months and days are words, kept as data beside this file.
import * as calendar from './thaiCalendar.json';

/** Years in this app are B.E. everywhere except inside ISO dates and JS Date objects. */
export const BE_OFFSET = 543;

/**
 * Below this a year cannot be B.E. for any document the agency handles, so a smaller number
 * means someone passed a C.E. year where a B.E. one was expected (matches `beYearSchema`).
 */
const MIN_BE_YEAR = 2400;

export function beFromCe(year: number): number {
  return year + BE_OFFSET;
}

export function ceFromBe(year: number): number {
  return year - BE_OFFSET;
}

/** Day count of a B.E. month; the leap rule is the C.E. one, so B.E. − 543 decides February. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(ceFromBe(year), month, 0)).getUTCDate();
}

export interface ThaiMonth {
  readonly full: string;
  readonly abbr: string;
  readonly en: string;
  readonly enAbbr: string;
}

/** Calendar order (index 0 = January), not fiscal order. */
export const THAI_MONTHS: readonly ThaiMonth[] = Object.freeze(calendar.months);

function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`month must be an integer 1-12, got ${month}`);
  }
}

function assertBeYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_BE_YEAR) {
    throw new RangeError(`expected a B.E. year (>= ${MIN_BE_YEAR}), got ${year}`);
  }
}

function monthEntry(month: number): ThaiMonth {
  assertMonth(month);
  const entry = THAI_MONTHS[month - 1];
  if (entry === undefined) throw new RangeError(`no month ${month}`);
  return entry;
}

export function thaiMonthAbbr(month: number): string {
  return monthEntry(month).abbr;
}

export function thaiMonthName(month: number): string {
  return monthEntry(month).full;
}

/** Calendar parts in C.E., as they come from a form or an ISO date. */
export interface CeDateParts {
  year: number;
  month: number;
  /** Accepted for convenience; the fiscal year turns on a month boundary so it never matters. */
  day?: number;
}

/**
 * The Thai government fiscal year runs 1 Oct – 30 Sep and is named by the B.E. year in which
 * it ends: 1 Oct 2022 (2565) already belongs to ปีงบประมาณ 2566.
 */
export function fiscalYearOf(date: Date | CeDateParts): number {
  let year: number;
  let month: number;
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError('invalid Date');
    // Local parts: the officer's "today" is Thai local time, not UTC.
    year = date.getFullYear();
    month = date.getMonth() + 1;
  } else {
    ({ year, month } = date);
    if (!Number.isInteger(year) || year >= MIN_BE_YEAR) {
      // Catches the commonest calendar bug: handing a B.E. year to a C.E. API.
      throw new RangeError(`expected a C.E. year, got ${year}`);
    }
    if (date.day !== undefined && (!Number.isInteger(date.day) || date.day < 1 || date.day > 31)) {
      throw new RangeError(`day must be an integer 1-31, got ${date.day}`);
    }
  }
  assertMonth(month);
  const be = beFromCe(year);
  return month >= 10 ? be + 1 : be;
}

/** Same rule as `fiscalYearOf`, for a month already in B.E. */
export function fiscalYearOfMonth(ym: YearMonth): number {
  assertBeYear(ym.year);
  assertMonth(ym.month);
  return ym.month >= 10 ? ym.year + 1 : ym.year;
}

export interface FiscalYearRange {
  /** October of the previous B.E. year. */
  start: YearMonth;
  /** September of the fiscal year itself. */
  end: YearMonth;
  /** C.E. ISO date of 1 October. */
  startIso: string;
  /** C.E. ISO date of 30 September. */
  endIso: string;
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

export function fiscalYearRange(fyBE: number): FiscalYearRange {
  assertBeYear(fyBE - 1);
  return {
    start: { year: fyBE - 1, month: 10 },
    end: { year: fyBE, month: 9 },
    startIso: `${pad4(ceFromBe(fyBE - 1))}-10-01`,
    endIso: `${pad4(ceFromBe(fyBE))}-09-30`,
  };
}

const THAI_ZERO = 0x0e50;

/** Officers type ๖๖ as often as 66; everything downstream only reads Arabic digits. */
export function normaliseThaiDigits(s: string): string {
  return s.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

function monthIndex(ym: YearMonth): number {
  return ym.year * 12 + (ym.month - 1);
}

/** Negative if a is earlier, 0 if the same month, positive if later; usable as a sort comparator. */
export function compareYearMonth(a: YearMonth, b: YearMonth): number {
  return monthIndex(a) - monthIndex(b);
}

/**
 * Signed difference in months from a to b (b − a), NOT an inclusive count:
 * ต.ค. 2565 → ธ.ค. 2565 is 2, the same month is 0, and b before a is negative.
 * A timeframe covers `monthsBetween(start, end) + 1` months.
 */
export function monthsBetween(a: YearMonth, b: YearMonth): number {
  return monthIndex(b) - monthIndex(a);
}

/** Moves across year ends in B.E.; `n` may be negative. */
export function addMonths(ym: YearMonth, n: number): YearMonth {
  const index = monthIndex(ym) + n;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** The B.E. month a Date falls in, by local time. */
export function yearMonthFromDate(date: Date): YearMonth {
  if (Number.isNaN(date.getTime())) throw new RangeError('invalid Date');
  return { year: beFromCe(date.getFullYear()), month: date.getMonth() + 1 };
}

/** 'ต.ค. 2565': the form printed in the agency's own documents. */
export function formatYearMonthThai(ym: YearMonth): string {
  return `${thaiMonthAbbr(ym.month)} ${pad4(ym.year)}`;
}

/** Sunday first, as Date.getDay counts. */
export const THAI_WEEKDAYS: readonly string[] = Object.freeze(calendar.weekdays);

/**
 * An ISO (C.E.) date as Thai documents and LINE messages write it: 'วันอังคารที่ 8 ธันวาคม 2569',
 * or with `short` '8 ธ.ค. 2569'. Worked out here rather than by Intl, so the words are the same
 * on every machine and in every message the app hands out.
 */
export function formatThaiDate(iso: string, { weekday = false, short = false }: { weekday?: boolean; short?: boolean } = {}): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`expected an ISO date, got ${iso}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = `${day} ${short ? thaiMonthAbbr(month) : thaiMonthName(month)} ${beFromCe(year)}`;
  return weekday ? `วัน${THAI_WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? ''}ที่ ${date}` : date;
}

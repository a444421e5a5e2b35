import type { YearMonth } from './schemas/common';
import type { MeasureStatus, ProgressUpdate, Timeframe } from './schemas/measure';
import { ceFromBe } from './thaiDate';

export type Health = 'not-started' | 'on-track' | 'at-risk' | 'overdue' | 'done';
export const HEALTHS: readonly Health[] = ['overdue', 'at-risk', 'not-started', 'on-track', 'done'];

/** Why a measure has its health, for the explanation shown on hover and focus. */
export type HealthReason =
  | { code: 'done'; status: MeasureStatus }
  | { code: 'cancelled' }
  | { code: 'past-end'; daysLate: number }
  | { code: 'blocked' }
  | { code: 'behind'; percent: number; expected: number }
  | { code: 'no-update-yet'; expected: number }
  | { code: 'not-due-yet' }
  | { code: 'before-start' }
  | { code: 'on-pace'; percent: number; expected: number }
  | { code: 'no-timeframe'; percent: number | null }
  /** A deadline with no start ('ภายใน 30 ก.ย. 67'): whole days left after today (0 on the deadline day); percent null before any update. */
  | { code: 'deadline-ahead'; daysLeft: number; percent: number | null }
  | { code: 'deadline-near'; daysLeft: number; percent: number | null };

export interface HealthReading {
  health: Health;
  reason: HealthReason;
}

/** How far behind the time elapsed a measure may fall before it is at risk. */
export const BEHIND_BY = 20;
/** A measure with no update yet is only at risk once this share of its time has gone. */
export const GRACE = 25;

/** A deadline is near in its last this-many days: a month, the span of one meeting to the next. */
export const DEADLINE_NEAR_DAYS = 30;
/** Near a deadline, a measure this far or more from done is at risk (the pace rule's BEHIND_BY). */
const NEAR_DONE = 100 - BEHIND_BY;

const DAY = 86_400_000;

/** Midnight (UTC) of a calendar day, so day counts never depend on the reader's clock zone. */
function dayOf(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
}

function dayIn(year: number, month: number, day: number): number {
  return Date.UTC(ceFromBe(year), month - 1, day);
}

/** The first day of the timeframe: its named day, or the first of its first month. */
function firstDay(start: YearMonth, day: number | undefined): number {
  return dayIn(start.year, start.month, day ?? 1);
}

/** The first day after the timeframe: the day after its named last day, or the first of the next month. */
function dayAfter(end: YearMonth, day: number | undefined): number {
  return day === undefined ? dayIn(end.year, end.month + 1, 1) : dayIn(end.year, end.month, day + 1);
}

/**
 * The health of a measure today, derived and never stored: done when its last update says so,
 * overdue once its timeframe's last day has passed (its named day, else the end of its last month),
 * at risk when blocked or when its progress lags the time elapsed since its first day by more than
 * BEHIND_BY points, not started before it has any update. A timeframe the parser could not read
 * gives no basis for lateness, and says so.
 *
 * A deadline with no start ('ภายใน 30 ก.ย. 67') gives no time elapsed to pace against, so only the
 * deadline counts: overdue after it, as any timeframe; at risk when blocked, or in its last
 * DEADLINE_NEAR_DAYS days with no update yet or progress still short of NEAR_DONE (a month before
 * the deadline is when the meeting can still act); otherwise on track, or not started before any
 * update, with the days left as the reason.
 */
export function healthOf(timeframe: Timeframe, latest: Pick<ProgressUpdate, 'status' | 'percent'> | null, today: Date): HealthReading {
  if (latest?.status === 'cancelled') return { health: 'done', reason: { code: 'cancelled' } };
  if (latest && (latest.status === 'done' || latest.percent === 100)) {
    return { health: 'done', reason: { code: 'done', status: latest.status } };
  }
  const { start, end } = timeframe;
  if (!end) {
    return { health: latest ? 'on-track' : 'not-started', reason: { code: 'no-timeframe', percent: latest?.percent ?? null } };
  }
  const now = dayOf(today);
  const until = dayAfter(end, timeframe.endDay);
  if (now >= until) return { health: 'overdue', reason: { code: 'past-end', daysLate: Math.floor((now - until) / DAY) + 1 } };
  if (latest?.status === 'blocked') return { health: 'at-risk', reason: { code: 'blocked' } };
  // Days left after today: 0 on the deadline day itself, which is due today, not in a day.
  if (!start) return deadlineHealth(Math.round((until - now) / DAY) - 1, latest);
  const from = firstDay(start, timeframe.startDay);
  if (now < from) return { health: latest ? 'on-track' : 'not-started', reason: { code: 'before-start' } };
  const expected = Math.round(((now - from) / (until - from)) * 100);
  if (!latest) {
    return expected > GRACE
      ? { health: 'at-risk', reason: { code: 'no-update-yet', expected } }
      : { health: 'not-started', reason: { code: 'not-due-yet' } };
  }
  return latest.percent + BEHIND_BY < expected
    ? { health: 'at-risk', reason: { code: 'behind', percent: latest.percent, expected } }
    : { health: 'on-track', reason: { code: 'on-pace', percent: latest.percent, expected } };
}

function deadlineHealth(daysLeft: number, latest: Pick<ProgressUpdate, 'percent'> | null): HealthReading {
  const percent = latest?.percent ?? null;
  if (daysLeft < DEADLINE_NEAR_DAYS && (percent === null || percent < NEAR_DONE)) {
    return { health: 'at-risk', reason: { code: 'deadline-near', daysLeft, percent } };
  }
  return { health: latest ? 'on-track' : 'not-started', reason: { code: 'deadline-ahead', daysLeft, percent } };
}

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
  | { code: 'no-timeframe'; percent: number | null };

export interface HealthReading {
  health: Health;
  reason: HealthReason;
}

/** How far behind the time elapsed a measure may fall before it is at risk. */
export const BEHIND_BY = 20;
/** A measure with no update yet is only at risk once this share of its time has gone. */
export const GRACE = 25;

const DAY = 86_400_000;

/** Midnight (UTC) of a calendar day, so day counts never depend on the reader's clock zone. */
function dayOf(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
}

function monthStart(year: number, month: number): number {
  return Date.UTC(ceFromBe(year), month - 1, 1);
}

/**
 * The health of a measure today, derived and never stored: done when its last update says so,
 * overdue once its timeframe's last month has passed, at risk when blocked or when its progress
 * lags the time elapsed by more than BEHIND_BY points, not started before it has any update.
 * A timeframe the parser could not read gives no basis for lateness, and says so.
 */
export function healthOf(timeframe: Timeframe, latest: Pick<ProgressUpdate, 'status' | 'percent'> | null, today: Date): HealthReading {
  if (latest?.status === 'cancelled') return { health: 'done', reason: { code: 'cancelled' } };
  if (latest && (latest.status === 'done' || latest.percent === 100)) {
    return { health: 'done', reason: { code: 'done', status: latest.status } };
  }
  const { start, end } = timeframe;
  if (!start || !end) {
    return { health: latest ? 'on-track' : 'not-started', reason: { code: 'no-timeframe', percent: latest?.percent ?? null } };
  }
  const now = dayOf(today);
  const from = monthStart(start.year, start.month);
  const until = monthStart(end.month === 12 ? end.year + 1 : end.year, (end.month % 12) + 1); // first day after the end month
  if (now >= until) return { health: 'overdue', reason: { code: 'past-end', daysLate: Math.floor((now - until) / DAY) + 1 } };
  if (latest?.status === 'blocked') return { health: 'at-risk', reason: { code: 'blocked' } };
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

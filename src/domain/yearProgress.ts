import { healthOf, type Health } from './measureHealth';
import { byNewest } from './measureWrites';
import type { YearMonth } from './schemas/common';
import type { Measure, ProgressUpdate } from './schemas/measure';
import { addMonths, ceFromBe, monthsBetween, yearMonthFromDate } from './thaiDate';

export interface MonthPoint {
  /** 1–12. */
  month: number;
  /** The B.E. year of that month. */
  year: number;
  /** % (0–100) of the measures whose timeframe says they should be done by the end of this month. */
  expectedDone: number;
  /** % done (or cancelled) by their updates as of this month's end; null for months after today's. */
  done: number | null;
  /** % on track (not done) as of this month's end; null after today's month. */
  onTrack: number | null;
}

export interface YearProgress {
  fiscalYear: number;
  /** Measures counted: the ones passed in that are not archived. */
  total: number;
  /** 12 months, ต.ค. of fiscalYear−1 … ก.ย. of fiscalYear. */
  months: MonthPoint[];
  /** Index of today's month in months, −1 when today is outside the year. */
  current: number;
  /** Counts today; late is at risk and overdue together. */
  now: { done: number; onTrack: number; late: number; notStarted: number };
}

const MONTHS_IN_YEAR = 12;
/** Past the last month's index: the measure is not expected done within the year. */
const NEVER = MONTHS_IN_YEAR;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The local calendar day as an ISO date, the form update dates are written in. */
function isoDay(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

/** The last day of a B.E. month, at local midnight, as healthOf reads its "today". */
function lastDayOf(ym: YearMonth): Date {
  return new Date(ceFromBe(ym.year), ym.month, 0);
}

/** The first month of the year (0–11) by whose end the measure should be done, or NEVER. */
function expectedIndex(measure: Measure, first: YearMonth): number {
  const { end } = measure.timeframe;
  // A plan covers its fiscal year: a measure whose end could not be read is due by its last month.
  if (!end) return MONTHS_IN_YEAR - 1;
  const index = monthsBetween(first, end);
  if (index < 0) return 0;
  return index < MONTHS_IN_YEAR ? index : NEVER;
}

const share = (count: number, total: number) => (total === 0 ? 0 : (count / total) * 100);

/**
 * How a year's measures went month by month against their plan, for the progress chart.
 *
 * Expected: a measure is expected done by the end of its timeframe's last month (planned
 * ต.ค.–มี.ค., expected done by the end of มี.ค.; a deadline with no start, 'ภายใน 15 มี.ค. 67', by
 * the end of มี.ค. too, since the chart counts months). One ending before the year began is expected
 * from the first month; one ending after the year is never expected within it; one whose end the
 * parser could not read is expected by ก.ย., the end of the fiscal year, since the plan covers
 * the year.
 *
 * Done and on track: each measure's health (healthOf) as of the month's last day, or as of today
 * for today's month, read from its newest update dated on or before that day (ties go to the one
 * recorded last). Months after today's are null, so the line stops at today. `now` reads today the
 * same way, so it agrees with today's month.
 *
 * Archived measures are not counted. With none counted every share is 0, never NaN. Shares are
 * unrounded; round them for display.
 */
export function yearProgress(fiscalYear: number, measures: readonly Measure[], updates: readonly ProgressUpdate[], today: Date): YearProgress {
  const counted = measures.filter((m) => !m.archived);
  const total = counted.length;
  const first: YearMonth = { year: fiscalYear - 1, month: 10 };
  const todayMonth = yearMonthFromDate(today);
  const todayIndex = monthsBetween(first, todayMonth);
  const current = todayIndex >= 0 && todayIndex < MONTHS_IN_YEAR ? todayIndex : -1;
  // Months whose state is known: up to today's month, all twelve once the year is over.
  const known = Math.min(todayIndex + 1, MONTHS_IN_YEAR);

  const ids = new Set(counted.map((m) => m.id));
  const history = new Map<string, ProgressUpdate[]>();
  for (const update of updates) {
    if (!ids.has(update.measureId)) continue;
    const list = history.get(update.measureId);
    if (list) list.push(update);
    else history.set(update.measureId, [update]);
  }

  const slots = Array.from({ length: MONTHS_IN_YEAR }, (_, i) => {
    const ym = addMonths(first, i);
    const day = i === current ? today : lastDayOf(ym);
    return { ym, day, cutoff: isoDay(day), known: i < known, expected: 0, done: 0, onTrack: 0 };
  });
  const todayIso = isoDay(today);
  const now = { done: 0, onTrack: 0, late: 0, notStarted: 0 };

  for (const measure of counted) {
    const due = slots[expectedIndex(measure, first)];
    if (due) due.expected += 1;

    // Oldest first: walking the months forward, the last update passed is the latest as of then.
    const own = history.get(measure.id)?.sort((a, b) => byNewest(b, a)) ?? [];
    const pending = own.values();
    let next = pending.next();
    let latest: ProgressUpdate | null = null;
    for (const slot of slots) {
      if (!slot.known) break;
      while (!next.done && next.value.date <= slot.cutoff) {
        latest = next.value;
        next = pending.next();
      }
      const health = healthOf(measure.timeframe, latest, slot.day).health;
      if (health === 'done') slot.done += 1;
      else if (health === 'on-track') slot.onTrack += 1;
    }

    tally(now, healthOf(measure.timeframe, own.findLast((u) => u.date <= todayIso) ?? null, today).health);
  }

  let expectedSoFar = 0;
  return {
    fiscalYear,
    total,
    months: slots.map((slot) => {
      expectedSoFar += slot.expected;
      return {
        month: slot.ym.month,
        year: slot.ym.year,
        expectedDone: share(expectedSoFar, total),
        done: slot.known ? share(slot.done, total) : null,
        onTrack: slot.known ? share(slot.onTrack, total) : null,
      };
    }),
    current,
    now,
  };
}

function tally(now: YearProgress['now'], health: Health): void {
  if (health === 'done') now.done += 1;
  else if (health === 'on-track') now.onTrack += 1;
  else if (health === 'not-started') now.notStarted += 1;
  else now.late += 1;
}

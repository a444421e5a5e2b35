import { healthOf } from './measureHealth';
import { previousMeeting, nextMeeting, thaiDateOf } from './meetingCalendar';
import type { Measure, ProgressUpdate } from './schemas/measure';
import type { MeetingCalendar } from './schemas/meetingCalendar';

/**
 * fresh: something was recorded for the measure on or after the last meeting's day (even with
 * the same percent: the update says why); stale: nothing since; not-expected: nothing is asked of
 * it now (done, cancelled, archived, or its timeframe has not begun); no-meeting: there has been
 * no meeting yet to count from.
 */
export type Freshness = 'fresh' | 'stale' | 'not-expected' | 'no-meeting';

export interface UnitFreshness {
  /** '' for measures no unit is responsible for. */
  unitId: string;
  /** Measures asked to report, in the order given. */
  expected: number;
  stale: Measure[];
}

export interface FreshnessReport {
  lastMeeting: string | null;
  nextMeeting: string | null;
  byMeasure: Map<string, Freshness>;
  /** Units with measures asked to report, most stale first, then by id; a measure with two units counts for both. */
  byUnit: UnitFreshness[];
  stale: Measure[];
}

/**
 * Who has updated since the last meeting. `updates` may be every update or only each measure's
 * newest: the newest recording counts, and a measure's state (done, cancelled) is its newest by date.
 */
export function freshnessOf(measures: readonly Measure[], updates: readonly ProgressUpdate[], calendar: MeetingCalendar, now: Date): FreshnessReport {
  const today = thaiDateOf(now);
  const last = previousMeeting(calendar, today);
  const lastRecorded = new Map<string, string>();
  const newest = new Map<string, ProgressUpdate>();
  for (const update of updates) {
    const recorded = thaiDateOf(update.createdAt);
    if ((lastRecorded.get(update.measureId) ?? '') < recorded) lastRecorded.set(update.measureId, recorded);
    const current = newest.get(update.measureId);
    if (!current || update.date > current.date || (update.date === current.date && update.createdAt > current.createdAt)) newest.set(update.measureId, update);
  }
  const byMeasure = new Map<string, Freshness>();
  const units = new Map<string, UnitFreshness>();
  const stale: Measure[] = [];
  for (const measure of measures) {
    const freshness = freshnessOfOne(measure, newest.get(measure.id) ?? null, lastRecorded.get(measure.id) ?? null, last, now);
    byMeasure.set(measure.id, freshness);
    if (freshness === 'not-expected') continue;
    if (freshness === 'stale') stale.push(measure);
    for (const unitId of measure.unitIds.length ? measure.unitIds : ['']) {
      const unit = units.get(unitId) ?? { unitId, expected: 0, stale: [] };
      unit.expected += 1;
      if (freshness === 'stale') unit.stale.push(measure);
      units.set(unitId, unit);
    }
  }
  const byUnit = [...units.values()].sort((a, b) => b.stale.length - a.stale.length || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
  return { lastMeeting: last, nextMeeting: nextMeeting(calendar, today), byMeasure, byUnit, stale };
}

function freshnessOfOne(measure: Measure, newest: ProgressUpdate | null, lastRecorded: string | null, lastMeeting: string | null, now: Date): Freshness {
  if (measure.archived) return 'not-expected';
  const { health, reason } = healthOf(measure.timeframe, newest, now);
  if (health === 'done' || reason.code === 'before-start') return 'not-expected';
  if (lastMeeting === null) return 'no-meeting';
  return lastRecorded !== null && lastRecorded >= lastMeeting ? 'fresh' : 'stale';
}

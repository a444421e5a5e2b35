import { HEALTHS, healthOf, type Health, type HealthReading } from './measureHealth';
import type { Measure, ProgressUpdate } from './schemas/measure';
import { compareAscii } from './textOrder';

export type HealthCounts = Record<Health, number>;

export interface LateMeasure {
  measure: Measure;
  health: HealthReading;
  /** Days past the end of its timeframe; null for a measure at risk but not yet past its end. */
  daysLate: number | null;
}

export interface MeasureOverview {
  total: number;
  byHealth: HealthCounts;
  /** Per responsible unit; a measure with two units counts for each, one with none under ''. */
  byUnit: Map<string, HealthCounts>;
  /** Overdue first, longest late first, then at risk in document order. */
  late: LateMeasure[];
  /** The newest update of each measure, newest first. */
  recent: ProgressUpdate[];
}

const emptyCounts = (): HealthCounts => Object.fromEntries(HEALTHS.map((h) => [h, 0])) as HealthCounts;

/**
 * Where the measures stand today, for an executive: counts by health and by unit, what is late
 * and by how much, and what was reported last. Archived measures are left out.
 */
export function measureOverview(measures: readonly Measure[], latest: readonly ProgressUpdate[], today: Date): MeasureOverview {
  const newest = new Map(latest.map((u) => [u.measureId, u]));
  const byHealth = emptyCounts();
  const byUnit = new Map<string, HealthCounts>();
  const late: LateMeasure[] = [];
  const active = measures.filter((m) => !m.archived);
  for (const measure of active) {
    const health = healthOf(measure.timeframe, newest.get(measure.id) ?? null, today);
    byHealth[health.health] += 1;
    for (const unitId of measure.unitIds.length ? measure.unitIds : ['']) {
      const counts = byUnit.get(unitId) ?? emptyCounts();
      counts[health.health] += 1;
      byUnit.set(unitId, counts);
    }
    if (health.health === 'overdue' || health.health === 'at-risk') {
      late.push({ measure, health, daysLate: health.reason.code === 'past-end' ? health.reason.daysLate : null });
    }
  }
  late.sort((a, b) => (b.daysLate ?? -1) - (a.daysLate ?? -1));
  const ids = new Set(active.map((m) => m.id));
  const recent = latest
    .filter((u) => ids.has(u.measureId))
    .sort((a, b) => compareAscii(b.date, a.date) || compareAscii(b.createdAt, a.createdAt));
  return { total: active.length, byHealth, byUnit, late, recent };
}

import { byNewest } from '../measureWrites';
import type { Measure, ProgressUpdate } from '../schemas/measure';

/**
 * The newest update of each of `measures` dated on or after `since` (YYYY-MM-DD), newest first:
 * what the "progress since…" slide reports. A measure finished since then is news too, so done
 * and cancelled ones are kept; `latest` may hold several updates of one measure (lists joined
 * from more than one read), and only its newest counts.
 */
export function newsSince(measures: readonly Pick<Measure, 'id' | 'archived'>[], latest: readonly ProgressUpdate[], since: string): ProgressUpdate[] {
  const ids = new Set(measures.filter((m) => !m.archived).map((m) => m.id));
  const newest = new Map<string, ProgressUpdate>();
  for (const update of latest) {
    if (!ids.has(update.measureId)) continue;
    const seen = newest.get(update.measureId);
    if (!seen || byNewest(update, seen) < 0) newest.set(update.measureId, update);
  }
  return [...newest.values()].filter((u) => u.date >= since).sort(byNewest);
}

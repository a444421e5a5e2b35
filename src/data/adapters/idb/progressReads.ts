import type { IDBPDatabase } from 'idb';
import { byNewest } from '../../../domain/measureWrites';
import { auditEntrySchema } from '../../../domain/schemas/audit';
import { progressUpdateSchema, type ProgressUpdate } from '../../../domain/schemas/measure';
import type { DataProblem, Store } from '../../store';
import type { IdbAccess } from './idbAccess';
import { parseAll, parseRecord, quarantine } from './records';
import { AUDIT_BY_MEASURE, PROGRESS_BY_MEASURE_DATE, STORES } from './schema';
import { guarded } from './storageErrors';

type ProgressReads = Pick<Store, 'listProgress' | 'listLatestProgress' | 'listYearProgress' | 'listAudit'>;

/** A measure's updates and trail, read newest first straight from their indexes. */
export function progressReads(db: IDBPDatabase<unknown>, readAll: IdbAccess['readAll']): ProgressReads {
  return {
  listProgress: (measureId) =>
    guarded(async () => {
      const range = IDBKeyRange.bound([measureId], [measureId, []]);
      const updates = await readAll(progressUpdateSchema, STORES.progressUpdates, {
        name: PROGRESS_BY_MEASURE_DATE,
        query: range,
      });
      return updates.sort(byNewest);
    }),
  listLatestProgress: (assessmentId) =>
    guarded(async () => {
      // Only the ids: the measures themselves are read (and checked) by listMeasures.
      const measureIds = await db.getAllKeysFromIndex(STORES.measures, 'assessmentId', assessmentId);
      const tx = db.transaction(STORES.progressUpdates, 'readonly');
      const index = tx.store.index(PROGRESS_BY_MEASURE_DATE);
      const problems: DataProblem[] = [];
      // Every measure's cursor is asked for at once in the one transaction, not one after the
      // other's answer: the database works through them without waiting on this page between.
      const found = await Promise.all(
        measureIds.map(async (id) => {
          // Newest first straight from the index; the first record that reads is the latest.
          let cursor = await index.openCursor(IDBKeyRange.bound([id], [id, []]), 'prev');
          while (cursor) {
            const parsed = parseRecord(progressUpdateSchema, STORES.progressUpdates, cursor.primaryKey, cursor.value);
            if (parsed.ok) return parsed.record;
            problems.push(parsed.problem);
            cursor = await cursor.continue();
          }
          return null;
        }),
      );
      const latest = found.filter((u): u is ProgressUpdate => u !== null);
      await tx.done;
      await quarantine(db, problems);
      return latest;
    }),
  listYearProgress: (assessmentId) =>
    guarded(async () => {
      // One transaction over both stores, so a measure moved or added meanwhile cannot leave
      // the ids and the updates read from two different moments.
      const tx = db.transaction([STORES.measures, STORES.progressUpdates], 'readonly');
      const measureIds = await tx.objectStore(STORES.measures).index('assessmentId').getAllKeys(assessmentId);
      const index = tx.objectStore(STORES.progressUpdates).index(PROGRESS_BY_MEASURE_DATE);
      // Every measure's range is asked for at once, as listLatestProgress does.
      const found = await Promise.all(
        measureIds.map(async (id) => {
          const range = IDBKeyRange.bound([id], [id, []]);
          const [keys, values] = await Promise.all([index.getAllKeys(range), index.getAll(range)]);
          return keys.map((key, i) => ({ key, value: values[i] }));
        }),
      );
      await tx.done;
      const parsed = parseAll(progressUpdateSchema, STORES.progressUpdates, found.flat());
      await quarantine(db, parsed.problems);
      return parsed.records.sort(byNewest);
    }),
  listAudit: (measureId) =>
    guarded(async () => {
      const range = IDBKeyRange.bound([measureId], [measureId, []]);
      const entries = await readAll(auditEntrySchema, STORES.audit, { name: AUDIT_BY_MEASURE, query: range });
      return entries.reverse();
    }),
  };
}

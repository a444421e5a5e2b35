import type { Pool } from 'pg';
import { progressRefusal, withdrawalRefusal } from '../../src/domain/access';
import { auditEntry, progressChanges } from '../../src/domain/audit';
import { byNewest, newProgress, type WriteContext } from '../../src/domain/measureWrites';
import type { Actor } from '../../src/domain/schemas/actor';
import { measureSchema, progressUpdateSchema, type ProgressUpdate } from '../../src/domain/schemas/measure';
import { progressInputSchema } from '../../src/domain/schemas/measureInput';
import { newId } from '../../src/data/ids';
import { parseRecord } from '../../src/data/parseRecords';
import { stamp } from '../../src/data/stamp';
import type { Store } from '../../src/data/store';
import { notFound, parseInput, refuse, uploadCancelled } from '../../src/data/storeError';
import { inTransaction } from './pgAccess';
import { addAudit, measureOrThrow } from './pgMeasureRows';
import { quarantine, readAll, readOne } from './pgRecords';
import { keepFiles, refuseBadUpload, refuseUnkeepable } from './pgEvidence';

type Progress = Pick<Store, 'listProgress' | 'listLatestProgress' | 'listYearProgress' | 'appendProgress' | 'withdrawProgress'>;

/** A department's progress updates with their files: the lists read from them, the report, and the undo of one just saved. */
export function pgProgress(pool: Pool, actor: () => Actor, now: () => Date, quotaBytes: number): Progress {
  const ctx = (): WriteContext => ({ now: stamp(now()), newId });
  return {
    listProgress: async (measureId) =>
      (await readAll(pool, progressUpdateSchema, 'progressUpdates', 'SELECT id AS key, doc FROM progress_updates WHERE measure_id = $1', [measureId])).sort(byNewest),
    listLatestProgress: async (assessmentId) => {
      // Each measure's updates newest first; the first that reads is its latest.
      const { rows } = await pool.query<{ key: string; measure_id: string; doc: unknown }>(
        `SELECT p.id AS key, p.measure_id, p.doc FROM progress_updates p JOIN measures m ON m.id = p.measure_id
         WHERE m.assessment_id = $1 ORDER BY p.measure_id, p.date DESC, p.created_at DESC`,
        [assessmentId],
      );
      const latest = new Map<string, ProgressUpdate>();
      const problems = [];
      for (const row of rows) {
        if (latest.has(row.measure_id)) continue;
        const parsed = parseRecord(progressUpdateSchema, 'progressUpdates', row.key, row.doc);
        if (parsed.ok) latest.set(row.measure_id, parsed.record);
        else problems.push(parsed.problem);
      }
      await quarantine(pool, problems);
      return [...latest.values()];
    },
    listYearProgress: async (assessmentId) =>
      // Archived measures' updates too: the year's course counts every measure the year had.
      readAll(
        pool,
        progressUpdateSchema,
        'progressUpdates',
        `SELECT p.id AS key, p.doc FROM progress_updates p JOIN measures m ON m.id = p.measure_id
         WHERE m.assessment_id = $1 ORDER BY p.date DESC, p.created_at DESC, p.id`,
        [assessmentId],
      ),
    appendProgress: async (measureId, input, upload) => {
      const valid = parseInput(progressInputSchema, input);
      const refs = valid.files ?? [];
      const blobs = upload?.files ?? [];
      await refuseBadUpload(refs, blobs);
      // Asked once, before anything is written: past this point the update lands whole or not at all.
      if (upload?.signal?.aborted) throw uploadCancelled();
      const who = actor();
      return inTransaction(pool, async (client) => {
        // Shared lock: the check of who may report and the write cannot be split by a change of units.
        const measure = await readOne(client, measureSchema, 'measures', 'SELECT id AS key, doc FROM measures WHERE id = $1 FOR SHARE', [measureId], pool);
        if (!measure) throw notFound(`ไม่พบมาตรการรหัส "${measureId}" อาจถูกลบหรือยังไม่ได้บันทึก`);
        refuse(progressRefusal(who, measure));
        if (refs.length > 0) await refuseUnkeepable(client, quotaBytes, refs);
        const context = ctx();
        const update = newProgress(measure, valid, who, context);
        await client.query('INSERT INTO progress_updates (id, measure_id, date, created_at, doc) VALUES ($1, $2, $3, $4, $5)', [
          update.id,
          update.measureId,
          update.date,
          update.createdAt,
          JSON.stringify(update),
        ]);
        await keepFiles(client, refs.map((file, i) => ({ updateId: update.id, file, blob: blobs[i] as Blob })));
        await addAudit(client, auditEntry(measureId, 'progress-added', progressChanges(update, false), who, context));
        return update;
      });
    },
    withdrawProgress: async (updateId) =>
      inTransaction(pool, async (client) => {
        const update = await readOne(client, progressUpdateSchema, 'progressUpdates', 'SELECT id AS key, doc FROM progress_updates WHERE id = $1 FOR UPDATE', [updateId], pool);
        if (!update) throw notFound(`ไม่พบรายงานความคืบหน้ารหัส "${updateId}" อาจถูกถอนไปแล้ว`);
        const measure = await measureOrThrow(client, update.measureId, pool);
        const who = actor();
        refuse(withdrawalRefusal(who, measure, update, now()));
        // The update's files go with it: evidence_files cascades from progress_updates.
        await client.query('DELETE FROM progress_updates WHERE id = $1', [updateId]);
        await addAudit(client, auditEntry(update.measureId, 'progress-withdrawn', progressChanges(update, true), who, ctx()));
        return update;
      }),
  };
}

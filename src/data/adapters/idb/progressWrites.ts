import { progressRefusal, withdrawalRefusal } from '../../../domain/access';
import { auditEntry, progressChanges } from '../../../domain/audit';
import { newProgress, type WriteContext } from '../../../domain/measureWrites';
import type { Actor } from '../../../domain/schemas/actor';
import { measureSchema, progressUpdateSchema } from '../../../domain/schemas/measure';
import { progressInputSchema } from '../../../domain/schemas/measureInput';
import type { Store } from '../../store';
import { notFound, parseInput, uploadCancelled, validationError } from '../../storeError';
import { refuse, type IdbAccess } from './idbAccess';
import { parseRecord, quarantine } from './records';
import { EVIDENCE_BY_UPDATE, STORES } from './schema';
import { guarded, storageError } from './storageErrors';

type ProgressWrites = Pick<Store, 'appendProgress' | 'withdrawProgress'>;

const WRITES = [STORES.measures, STORES.progressUpdates, STORES.evidenceFiles, STORES.audit];

/** A department head's updates: each kept with its files, and taken back with them. */
export function progressWrites({ db }: IdbAccess, actor: () => Actor, ctx: () => WriteContext, now: () => Date): ProgressWrites {
  return {
    appendProgress: (measureId, input, upload) =>
      // Kept at once, so only a signal already aborted has anything to stop.
      upload?.signal?.aborted
        ? Promise.reject(uploadCancelled())
        : guarded(async () => {
            const valid = parseInput(progressInputSchema, input);
            const refs = valid.files ?? [];
            const blobs = upload?.files ?? [];
            const files = refs.length > 0 || blobs.length > 0 ? await (await import('./evidenceChecks')).checkedBytes({ updateId: '' }, refs, blobs) : [];
            const who = actor();
            // The measure is read in the transaction that adds the update, so the check of who may
            // report on it and the write cannot be split by another tab's change.
            const tx = db.transaction(WRITES, 'readwrite');
            const raw: unknown = await tx.objectStore(STORES.measures).get(measureId);
            if (raw === undefined) throw notFound(`ไม่พบมาตรการรหัส "${measureId}" อาจถูกลบหรือยังไม่ได้บันทึก`);
            const parsed = parseRecord(measureSchema, STORES.measures, measureId, raw);
            if (!parsed.ok) {
              await quarantine(db, [parsed.problem]);
              throw storageError('unreadable', parsed.problem.message);
            }
            refuse(progressRefusal(who, parsed.record));
            const kept = tx.objectStore(STORES.evidenceFiles);
            // Another update's file is never written over: an id already kept is refused.
            const taken = await Promise.all(files.map((f) => kept.count(f.id)));
            const twice = taken.findIndex((count) => count > 0);
            if (twice >= 0) throw validationError([{ path: `files.${twice}`, code: 'evidence-duplicate-id', message: 'มีไฟล์หลักฐานรหัสนี้อยู่แล้ว' }]);
            const context = ctx();
            const update = newProgress(parsed.record, valid, who, context);
            await tx.objectStore(STORES.progressUpdates).add(update);
            await Promise.all(files.map((f) => kept.add({ ...f, updateId: update.id })));
            await tx.objectStore(STORES.audit).add(auditEntry(measureId, 'progress-added', progressChanges(update, false), who, context));
            await tx.done;
            return update;
          }),
    withdrawProgress: (updateId) =>
      guarded(async () => {
        const tx = db.transaction(WRITES, 'readwrite');
        const raw: unknown = await tx.objectStore(STORES.progressUpdates).get(updateId);
        if (raw === undefined) throw notFound(`ไม่พบรายงานความคืบหน้ารหัส "${updateId}" อาจถูกถอนไปแล้ว`);
        const update = parseRecord(progressUpdateSchema, STORES.progressUpdates, updateId, raw);
        if (!update.ok) throw storageError('unreadable', update.problem.message);
        const measure = parseRecord(measureSchema, STORES.measures, update.record.measureId, await tx.objectStore(STORES.measures).get(update.record.measureId));
        if (!measure.ok) throw storageError('unreadable', measure.problem.message);
        const who = actor();
        refuse(withdrawalRefusal(who, measure.record, update.record, now()));
        await tx.objectStore(STORES.progressUpdates).delete(updateId);
        const kept = tx.objectStore(STORES.evidenceFiles);
        const fileIds = await kept.index(EVIDENCE_BY_UPDATE).getAllKeys(updateId);
        await Promise.all(fileIds.map((id) => kept.delete(id)));
        const entry = auditEntry(update.record.measureId, 'progress-withdrawn', progressChanges(update.record, true), who, ctx());
        await tx.objectStore(STORES.audit).add(entry);
        await tx.done;
        return update.record;
      }),
  };
}

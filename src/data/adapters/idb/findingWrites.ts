import { planningOnlyRefusal } from '../../../domain/access';
import type { Actor } from '../../../domain/schemas/actor';
import { findingSchema } from '../../../domain/schemas/finding';
import type { Store } from '../../store';
import { notFound, parseInput, uploadCancelled } from '../../storeError';
import { refuse, type IdbAccess } from './idbAccess';
import { EVIDENCE_BY_FINDING, STORES } from './schema';
import { guarded } from './storageErrors';

const WRITES = [STORES.assessments, STORES.findings, STORES.evidenceFiles];

/**
 * The planning officer's findings, each kept with its files in one transaction: `finding.files`
 * lists every file it keeps after the save, so one save adds, keeps and deletes files.
 */
export function findingWrites({ db, refuseUnknownUnits }: IdbAccess, actor: () => Actor): Pick<Store, 'saveFinding'> {
  return {
    saveFinding: (finding, upload) =>
      // Kept at once, so only a signal aborted before the transaction has anything to stop.
      upload?.signal?.aborted
        ? Promise.reject(uploadCancelled())
        : guarded(async () => {
            refuse(planningOnlyRefusal(actor()));
            const valid = parseInput(findingSchema, finding);
            await refuseUnknownUnits(valid.unitIds);
            const blobs = upload?.files ?? [];
            // The checks and the type reader load only for a finding that has or gets files.
            const withFiles =
              (valid.files?.length ?? 0) > 0 || blobs.length > 0 || (await db.countFromIndex(STORES.evidenceFiles, EVIDENCE_BY_FINDING, valid.id)) > 0;
            const files = withFiles ? await import('./findingFiles') : null;
            // Checked and read before the transaction opens: it would close on an await of anything else.
            const plan = files ? await files.planFiles(db, valid, blobs) : null;
            if (upload?.signal?.aborted) throw uploadCancelled();
            const tx = db.transaction(WRITES, 'readwrite');
            if ((await tx.objectStore(STORES.assessments).count(valid.assessmentId)) === 0) {
              throw notFound(`ไม่พบผลการประเมินรหัส "${valid.assessmentId}" ที่ข้อบกพร่องนี้จะสังกัด`);
            }
            const kept = tx.objectStore(STORES.evidenceFiles);
            const owned = new Set((await kept.index(EVIDENCE_BY_FINDING).getAllKeys(valid.id)).map(String));
            if (files && plan) await files.addPlanned(kept, owned, plan);
            // A file the finding keeps but no longer lists goes with this save.
            const listed = new Set((valid.files ?? []).map((f) => f.id));
            await Promise.all([...owned].filter((id) => !listed.has(id)).map((id) => kept.delete(id)));
            await tx.objectStore(STORES.findings).put(valid);
            await tx.done;
            return valid;
          }),
  };
}

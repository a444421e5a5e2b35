import { planningOnlyRefusal } from '../../../domain/access';
import { assessmentSchema } from '../../../domain/schemas/assessment';
import type { Actor } from '../../../domain/schemas/actor';
import { auditEntrySchema } from '../../../domain/schemas/audit';
import type { DataSet } from '../../../domain/schemas/dataSet';
import { findingSchema } from '../../../domain/schemas/finding';
import { frameworkSchema } from '../../../domain/schemas/framework';
import { measureSchema, progressUpdateSchema } from '../../../domain/schemas/measure';
import { organisationSchema, unitSchema } from '../../../domain/schemas/organisation';
import { alreadySetUp, type ReplaceOptions, type Store } from '../../store';
import { checkDataSet } from './checkDataSet';
import { refuse, type IdbAccess } from './idbAccess';
import { listQuarantined, type parseAll } from './records';
import { DATA_STORES, STORES } from './schema';
import { readSnapshot } from './snapshot';
import { guarded } from './storageErrors';
import { restoreWriteFailed, writeDataSetInBatches } from './restoreInBatches';
import { SINGLETON_KEYS } from './writeDataSet';

type WholeDataSet = Pick<Store, 'exportData' | 'replaceData' | 'listProblems'>;

/**
 * The data set as a whole: exported for a backup, replaced by a restore or reset, and checked
 * record by record. The settings are read through their own module, not the handed-out store,
 * so a wrapper around that cannot change these.
 */
export function wholeDataSet({ db, checkAll, readOne }: IdbAccess, actor: () => Actor, settings: Pick<Store, 'getSettings'>): WholeDataSet {
  const listProblems: Store['listProblems'] = () =>
    guarded(async () => {
      const scans: [string, Parameters<typeof parseAll>[0]][] = [
        [STORES.units, unitSchema],
        [STORES.frameworks, frameworkSchema],
        [STORES.assessments, assessmentSchema],
        [STORES.findings, findingSchema],
        [STORES.measures, measureSchema],
        [STORES.progressUpdates, progressUpdateSchema],
        [STORES.audit, auditEntrySchema],
      ];
      for (const [name, schema] of scans) await checkAll(schema, name);
      await readOne(organisationSchema, STORES.singletons, SINGLETON_KEYS.organisation).catch(() => undefined);
      await settings.getSettings();
      return listQuarantined(db);
    });
  return {
    exportData: () => guarded(() => readSnapshot(db)),
    replaceData: (data: DataSet, options?: ReplaceOptions) =>
      guarded(async () => {
        refuse(planningOnlyRefusal(actor()));
        const valid = await checkDataSet(data);
        const named = [...valid.progressUpdates, ...valid.findings].some((owner) => (owner.files?.length ?? 0) > 0);
        const files = named ? await (await import('./evidenceChecks')).restoredFiles(valid, options?.files) : [];
        // Whatever cannot be read goes to the quarantine before the stores are cleared.
        await listProblems();
        const tx = db.transaction([...DATA_STORES], 'readwrite');
        // Counted inside the transaction that replaces, so nothing can be set up in between.
        if (options?.onlyIfEmpty && (await tx.objectStore(STORES.assessments).count()) > 0) {
          tx.abort();
          await tx.done.catch(() => undefined);
          throw alreadySetUp();
        }
        await Promise.all(DATA_STORES.map((name) => tx.objectStore(name).clear()));
        await writeDataSetInBatches(tx, valid, options?.onProgress, options?.signal, files);
        await tx.done.catch((error: unknown) => {
          throw restoreWriteFailed(error);
        });
      }),
    listProblems,
  };
}

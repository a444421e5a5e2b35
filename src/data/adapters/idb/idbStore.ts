import type { IDBPDatabase } from 'idb';
import { planningOnlyRefusal } from '../../../domain/access';
import { auditEntry, measureChanges } from '../../../domain/audit';
import { byDocumentOrder, byNewest, newMeasure } from '../../../domain/measureWrites';
import { byFindingOrder } from '../../../domain/findingWrites';
import type { Actor } from '../../../domain/schemas/actor';
import { assessmentSchema } from '../../../domain/schemas/assessment';
import { auditEntrySchema } from '../../../domain/schemas/audit';
import type { DataSet } from '../../../domain/schemas/dataSet';
import { findingSchema } from '../../../domain/schemas/finding';
import { frameworkSchema } from '../../../domain/schemas/framework';
import { measureSchema, progressUpdateSchema, type ProgressUpdate } from '../../../domain/schemas/measure';
import { measureChangesSchema, measureInputSchema } from '../../../domain/schemas/measureInput';
import { organisationSchema, unitSchema } from '../../../domain/schemas/organisation';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../domain/schemas/settings';
import { newId } from '../../ids';
import { archivingOfMeasure, editOfMeasure } from '../../measureEdits';
import { stamp } from '../../stamp';
import { alreadySetUp, type DataProblem, type ReplaceOptions, type Store } from '../../store';
import { notFound, parseInput, StoreError } from '../../storeError';
import { listQuarantined, parseAll, parseRecord, quarantine } from './records';
import { AUDIT_BY_MEASURE, DATA_STORES, PROGRESS_BY_MEASURE_DATE, STORES } from './schema';
import { agencyWrites } from './agencyWrites';
import { createIdbAccess, refuse } from './idbAccess';
import { guarded } from './storageErrors';
import { evidenceReads, restoredFiles } from './evidenceFiles';
import { progressWrites } from './progressWrites';
import { checkDataSet } from './checkDataSet';
import { restoreWriteFailed, SINGLETON_KEYS, writeDataSetInBatches } from './writeDataSet';
import { compareThai } from '../../../domain/textOrder';
import { loadTimeframeReader } from '../../timeframeReader';

type Db = IDBPDatabase<unknown>;

export interface IdbStoreOptions {
  db: Db;
  /** Asked at every write, so changing who uses the app in settings takes effect at once. */
  actor: () => Actor;
  now?: () => Date;
}


/** The browser-storage adapter: IndexedDB, every record parsed on read, unreadable ones kept aside. */
export function createIdbStore({ db, actor, now = () => new Date() }: IdbStoreOptions): Store {
  const ctx = () => ({ now: stamp(now()), newId });

  const access = createIdbAccess(db);
  const { readAll, checkAll, readOne, measureOrThrow, writeMeasure, planOfNewMeasure, refuseUnknownUnits } = access;

  // The store's own methods call each other through `self`, never through the object handed out,
  // so a wrapper around one method (the change feed, a test) cannot change what another does.
  const self = {} as Store;
  const store: Store = {
    getOrganisation: () =>
      guarded(async () => {
        const organisation = await readOne(organisationSchema, STORES.singletons, SINGLETON_KEYS.organisation);
        if (!organisation) throw notFound('ยังไม่มีข้อมูลหน่วยงาน');
        return organisation;
      }),
    listUnits: () =>
      guarded(async () => (await readAll(unitSchema, STORES.units)).sort((a, b) => compareThai(a.name, b.name))),
    listFrameworks: () =>
      guarded(async () => (await readAll(frameworkSchema, STORES.frameworks)).sort((a, b) => a.fiscalYear - b.fiscalYear)),
    listAssessments: () =>
      guarded(async () => (await readAll(assessmentSchema, STORES.assessments)).sort((a, b) => b.fiscalYear - a.fiscalYear)),
    getAssessment: (fiscalYear) =>
      guarded(async () => {
        const [found] = await readAll(assessmentSchema, STORES.assessments, { name: 'fiscalYear', query: fiscalYear });
        if (!found) throw notFound(`ไม่พบผลการประเมิน ITA ของปีงบประมาณ ${fiscalYear}`);
        return found;
      }),
    listFindings: (assessmentId) =>
      guarded(async () =>
        (await readAll(findingSchema, STORES.findings, { name: 'assessmentId', query: assessmentId })).sort(byFindingOrder),
      ),
    listMeasures: (assessmentId, options = {}) =>
      guarded(async () =>
        (await readAll(measureSchema, STORES.measures, { name: 'assessmentId', query: assessmentId }))
          .filter((m) => options.includeArchived || !m.archived)
          .sort(byDocumentOrder),
      ),
    getMeasure: (id) => guarded(() => measureOrThrow(id)),
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
    getSettings: () =>
      guarded(async () => {
        try {
          return (await readOne(settingsSchema, STORES.singletons, SINGLETON_KEYS.settings)) ?? DEFAULT_SETTINGS;
        } catch (error) {
          // An unreadable record is already quarantined and reported; the defaults let every
          // screen still open. A database that fails is another matter, and is said.
          if (error instanceof StoreError) return DEFAULT_SETTINGS;
          throw error;
        }
      }),

    createMeasure: (input) =>
      guarded(async () => {
        refuse(planningOnlyRefusal(actor()));
        const valid = parseInput(measureInputSchema, input);
        await refuseUnknownUnits(valid.unitIds);
        const readTimeframe = await loadTimeframeReader();
        const tx = db.transaction([STORES.measures, STORES.assessments, STORES.audit], 'readwrite');
        const { fiscalYear, siblings } = await planOfNewMeasure(tx, valid.assessmentId);
        const context = { ...ctx(), fiscalYear, readTimeframe };
        const measure = newMeasure(valid, siblings, context);
        await tx.objectStore(STORES.measures).add(measure);
        await tx.objectStore(STORES.audit).add(auditEntry(measure.id, 'created', measureChanges(null, measure), actor(), context));
        await tx.done;
        return measure;
      }),
    updateMeasure: (id, expectedVersion, changes) =>
      guarded(async () => {
        const valid = parseInput(measureChangesSchema, changes);
        await refuseUnknownUnits(valid.unitIds);
        const context = valid.timeframe === undefined ? ctx() : { ...ctx(), readTimeframe: await loadTimeframeReader() };
        const { change, audit } = editOfMeasure(id, actor(), valid, context);
        return writeMeasure(id, expectedVersion, change, audit, valid.timeframe !== undefined);
      }),
    setMeasureArchived: (id, expectedVersion, archived) =>
      guarded(async () => {
        const who = actor();
        refuse(planningOnlyRefusal(who));
        const { change, audit } = archivingOfMeasure(id, who, archived, ctx());
        return writeMeasure(id, expectedVersion, change, audit);
      }),
    updateSettings: (changes) =>
      guarded(async () => {
        refuse(planningOnlyRefusal(actor()));
        const current = await self.getSettings();
        const next = parseInput(settingsSchema, { ...current, ...changes });
        await db.put(STORES.singletons, next, SINGLETON_KEYS.settings);
        return next;
      }),

    ...agencyWrites(access, actor),
    ...progressWrites(access, actor, ctx, now),
    ...evidenceReads(db),
    exportData: () =>
      guarded(async () => {
        const [organisation, units, frameworks, assessments, settings] = await Promise.all([
          self.getOrganisation(),
          self.listUnits(),
          self.listFrameworks(),
          self.listAssessments(),
          self.getSettings(),
        ]);
        const findings = await readAll(findingSchema, STORES.findings);
        const measures = await readAll(measureSchema, STORES.measures);
        const progressUpdates = await readAll(progressUpdateSchema, STORES.progressUpdates);
        const audit = await readAll(auditEntrySchema, STORES.audit);
        return { organisation, units, frameworks, assessments, findings, measures, progressUpdates, settings, audit };
      }),
    replaceData: (data: DataSet, options?: ReplaceOptions) =>
      guarded(async () => {
        refuse(planningOnlyRefusal(actor()));
        const valid = await checkDataSet(data);
        const files = await restoredFiles(valid, options?.files);
        // Whatever cannot be read goes to the quarantine before the stores are cleared.
        await self.listProblems();
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
    listProblems: () =>
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
        await self.getSettings();
        return listQuarantined(db);
      }),
  };
  Object.assign(self, store);
  return store;
}

export type { DataProblem };

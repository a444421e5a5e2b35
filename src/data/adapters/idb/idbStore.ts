import type { IDBPDatabase } from 'idb';
import { planningOnlyRefusal } from '../../../domain/access';
import { auditEntry, measureChanges } from '../../../domain/audit';
import { byDocumentOrder, newMeasure } from '../../../domain/measureWrites';
import { byFindingOrder } from '../../../domain/findingWrites';
import type { Actor } from '../../../domain/schemas/actor';
import { assessmentSchema } from '../../../domain/schemas/assessment';
import { findingSchema } from '../../../domain/schemas/finding';
import { frameworkSchema } from '../../../domain/schemas/framework';
import { measureSchema } from '../../../domain/schemas/measure';
import { measureChangesSchema, measureInputSchema } from '../../../domain/schemas/measureInput';
import { organisationSchema, unitSchema } from '../../../domain/schemas/organisation';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../domain/schemas/settings';
import { newId } from '../../ids';
import { archivingOfMeasure, editOfMeasure } from '../../measureEdits';
import { stamp } from '../../stamp';
import type { DataProblem, Store } from '../../store';
import { notFound, parseInput, StoreError } from '../../storeError';
import { STORES } from './schema';
import { createIdbAccess, refuse } from './idbAccess';
import { guarded } from './storageErrors';
import { progressReads } from './progressReads';
import { SINGLETON_KEYS } from './writeDataSet';
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
  const { readAll, readOne, measureOrThrow, writeMeasure, planOfNewMeasure, refuseUnknownUnits } = access;

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
    ...progressReads(db, readAll),
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

    // The agency's records, reporting progress, backups, restores, the check of every record and
    // the files load when first asked for: opening the app needs none of them, and they would
    // weigh on its first screen.
    saveOrganisation: async (organisation) => (await agency()).saveOrganisation(organisation),
    saveUnit: async (unit) => (await agency()).saveUnit(unit),
    saveFramework: async (framework) => (await agency()).saveFramework(framework),
    saveAssessment: async (assessment) => (await agency()).saveAssessment(assessment),
    saveFinding: async (finding) => (await agency()).saveFinding(finding),
    appendProgress: async (measureId, input, upload) => (await progress()).appendProgress(measureId, input, upload),
    withdrawProgress: async (updateId) => (await progress()).withdrawProgress(updateId),
    exportData: async () => (await whole()).exportData(),
    replaceData: async (data, options) => (await whole()).replaceData(data, options),
    listProblems: async () => (await whole()).listProblems(),
    readEvidence: async (fileId) => (await files()).readEvidence(fileId),
    evidenceUrl: () => null,
    evidenceUsage: async () => (await files()).evidenceUsage(),
  };
  const agency = () => import('./agencyWrites').then(({ agencyWrites }) => agencyWrites(access, actor));
  const progress = () => import('./progressWrites').then(({ progressWrites }) => progressWrites(access, actor, ctx, now));
  const whole = () => import('./wholeDataSet').then(({ wholeDataSet }) => wholeDataSet(access, actor, self));
  const files = () => import('./evidenceFiles').then(({ evidenceReads }) => evidenceReads(db));
  Object.assign(self, store);
  return store;
}

export type { DataProblem };

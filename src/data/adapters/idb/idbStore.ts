import type { IDBPDatabase } from 'idb';
import type { Actor } from '../../../domain/schemas/actor';
import { newId } from '../../ids';
import { stamp } from '../../stamp';
import type { DataProblem, Store } from '../../store';
import { agencyReads } from './agencyReads';
import { createIdbAccess } from './idbAccess';
import { measureReads } from './measureReads';
import { measureWrites } from './measureWrites';
import { progressReads } from './progressReads';
import { settingsAccess } from './settings';

type Db = IDBPDatabase<unknown>;

export interface IdbStoreOptions {
  db: Db;
  /** Asked at every write, so changing who uses the app in settings takes effect at once. */
  actor: () => Actor;
  now?: () => Date;
}

/**
 * The browser-storage adapter: IndexedDB, every record parsed on read, unreadable ones kept aside.
 * Composed of one module per collection; each calls its own functions, never the store handed
 * out, so a wrapper around one method (the change feed, a test) cannot change what another does.
 */
export function createIdbStore({ db, actor, now = () => new Date() }: IdbStoreOptions): Store {
  const ctx = () => ({ now: stamp(now()), newId });
  const access = createIdbAccess(db);
  const settings = settingsAccess(access, actor);

  // The agency's records, findings and their files, reporting progress, backups, restores, the check of every record and
  // the files load when first asked for: opening the app needs none of them, and they would
  // weigh on its first screen.
  const agency = () => import('./agencyWrites').then(({ agencyWrites }) => agencyWrites(access, actor));
  const findings = () => import('./findingWrites').then(({ findingWrites }) => findingWrites(access, actor));
  const progress = () => import('./progressWrites').then(({ progressWrites }) => progressWrites(access, actor, ctx, now));
  const whole = () => import('./wholeDataSet').then(({ wholeDataSet }) => wholeDataSet(access, actor, settings));
  const files = () => import('./evidenceFiles').then(({ evidenceReads }) => evidenceReads(db));

  return {
    ...agencyReads(access),
    ...measureReads(access),
    ...progressReads(db, access.readAll),
    ...settings,
    ...measureWrites(access, actor, ctx),
    saveOrganisation: async (organisation) => (await agency()).saveOrganisation(organisation),
    saveUnit: async (unit) => (await agency()).saveUnit(unit),
    saveFramework: async (framework) => (await agency()).saveFramework(framework),
    saveAssessment: async (assessment) => (await agency()).saveAssessment(assessment),
    saveFinding: async (finding, upload) => (await findings()).saveFinding(finding, upload),
    appendProgress: async (measureId, input, upload) => (await progress()).appendProgress(measureId, input, upload),
    withdrawProgress: async (updateId) => (await progress()).withdrawProgress(updateId),
    exportData: async () => (await whole()).exportData(),
    replaceData: async (data, options) => (await whole()).replaceData(data, options),
    listProblems: async () => (await whole()).listProblems(),
    readEvidence: async (fileId) => (await files()).readEvidence(fileId),
    evidenceUrl: () => null,
    evidenceUsage: async () => (await files()).evidenceUsage(),
  };
}

export type { DataProblem };

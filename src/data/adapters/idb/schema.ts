import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

/** The browser database. Bump DB_VERSION only together with a new entry in MIGRATIONS. */
export const DB_NAME = 'ita-measures';
export const DB_VERSION = 5;

export const STORES = {
  singletons: 'singletons',
  units: 'units',
  frameworks: 'frameworks',
  assessments: 'assessments',
  findings: 'findings',
  measures: 'measures',
  progressUpdates: 'progressUpdates',
  audit: 'audit',
  evidenceFiles: 'evidenceFiles',
  quarantine: 'quarantine',
} as const;

/** The stores that hold the agency's records; the quarantine is never cleared with them. */
export const DATA_STORES = [
  STORES.singletons,
  STORES.units,
  STORES.frameworks,
  STORES.assessments,
  STORES.findings,
  STORES.measures,
  STORES.progressUpdates,
  STORES.audit,
  STORES.evidenceFiles,
] as const;

export const PROGRESS_BY_MEASURE_DATE = 'byMeasureDate';
export const AUDIT_BY_MEASURE = 'byMeasure';
export const EVIDENCE_BY_UPDATE = 'updateId';
export const EVIDENCE_BY_FINDING = 'findingId';
export const EVIDENCE_BY_SIZE = 'size';

type Db = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>;

/**
 * Forward migrations: MIGRATIONS[v] takes a database at version v - 1 to version v. Each runs
 * inside the one upgrade transaction, so a failed migration leaves the old data as it was.
 */
export const MIGRATIONS: Record<number, (db: Db, tx: UpgradeTx) => void> = {
  1: (db) => {
    db.createObjectStore(STORES.singletons);
    db.createObjectStore(STORES.units, { keyPath: 'id' });
    db.createObjectStore(STORES.frameworks, { keyPath: 'fiscalYear' });
    db.createObjectStore(STORES.assessments, { keyPath: 'id' }).createIndex('fiscalYear', 'fiscalYear');
    db.createObjectStore(STORES.findings, { keyPath: 'id' }).createIndex('assessmentId', 'assessmentId');
    db.createObjectStore(STORES.measures, { keyPath: 'id' }).createIndex('assessmentId', 'assessmentId');
    db.createObjectStore(STORES.progressUpdates, { keyPath: 'id' }).createIndex('measureId', 'measureId');
    db.createObjectStore(STORES.quarantine, { keyPath: 'id' });
  },
  // A measure with 500 updates is read newest first straight from the index, not sorted in memory.
  2: (_db, tx) => {
    const progress = tx.objectStore(STORES.progressUpdates);
    progress.createIndex(PROGRESS_BY_MEASURE_DATE, ['measureId', 'date', 'createdAt']);
    progress.deleteIndex('measureId');
  },
  // Every change to a measure leaves an entry: who, when, what.
  3: (db) => {
    db.createObjectStore(STORES.audit, { keyPath: 'id' }).createIndex(AUDIT_BY_MEASURE, ['measureId', 'at']);
  },
  // An update's files, bytes and all (issue 25). By update, for a withdrawal to take them with it;
  // by size, so the space used is summed from the index's keys without reading a file's bytes.
  4: (db) => {
    const files = db.createObjectStore(STORES.evidenceFiles, { keyPath: 'id' });
    files.createIndex(EVIDENCE_BY_UPDATE, 'updateId');
    files.createIndex(EVIDENCE_BY_SIZE, 'file.size');
  },
  // A finding's files too (issue 25), kept as `{ id, findingId, file, bytes }`: by finding, for a
  // save to find the ones it no longer lists. An update's record has no findingId, so it is not
  // in this index, and nothing already kept needs rewriting.
  5: (_db, tx) => {
    tx.objectStore(STORES.evidenceFiles).createIndex(EVIDENCE_BY_FINDING, 'findingId');
  },
};

export function migrate(db: Db, tx: UpgradeTx, oldVersion: number, newVersion: number): void {
  for (let v = oldVersion + 1; v <= newVersion; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration to database version ${v}`);
    step(db, tx);
  }
}

import type { Pool } from 'pg';
import { planningOnlyRefusal } from '../../src/domain/access';
import type { Actor } from '../../src/domain/schemas/actor';
import { assessmentSchema } from '../../src/domain/schemas/assessment';
import { auditEntrySchema } from '../../src/domain/schemas/audit';
import { dataSetSchema, type DataSet } from '../../src/domain/schemas/dataSet';
import { findingSchema } from '../../src/domain/schemas/finding';
import { frameworkSchema } from '../../src/domain/schemas/framework';
import { measureSchema, progressUpdateSchema } from '../../src/domain/schemas/measure';
import { organisationSchema, unitSchema } from '../../src/domain/schemas/organisation';
import { DEFAULT_SETTINGS, settingsSchema } from '../../src/domain/schemas/settings';
import { alreadySetUp, type Store } from '../../src/data/store';
import { notFound, parseInput, refuse } from '../../src/data/storeError';
import { inTransaction, type Queryable } from './pgAccess';
import { listQuarantined, readAll, readOne } from './pgRecords';
import { blobSource, keepRestoredFiles, restorableFiles, type RestoreSource } from './pgRestoreFiles';

// Each collection as its table's rows: the key columns taken from the record itself, in SQL.
const BULK_INSERTS: [keyof DataSet, string][] = [
  ['units', "INSERT INTO units (id, doc) SELECT x->>'id', x FROM jsonb_array_elements($1::jsonb) AS x"],
  ['frameworks', "INSERT INTO frameworks (fiscal_year, doc) SELECT (x->>'fiscalYear')::int, x FROM jsonb_array_elements($1::jsonb) AS x"],
  ['assessments', "INSERT INTO assessments (id, fiscal_year, doc) SELECT x->>'id', (x->>'fiscalYear')::int, x FROM jsonb_array_elements($1::jsonb) AS x"],
  ['findings', "INSERT INTO findings (id, assessment_id, doc) SELECT x->>'id', x->>'assessmentId', x FROM jsonb_array_elements($1::jsonb) AS x"],
  [
    'measures',
    "INSERT INTO measures (id, assessment_id, version, doc) SELECT x->>'id', x->>'assessmentId', (x->>'version')::int, x FROM jsonb_array_elements($1::jsonb) AS x",
  ],
  [
    'progressUpdates',
    "INSERT INTO progress_updates (id, measure_id, date, created_at, doc) SELECT x->>'id', x->>'measureId', x->>'date', x->>'createdAt', x FROM jsonb_array_elements($1::jsonb) AS x",
  ],
  ['audit', "INSERT INTO measure_audit (id, measure_id, at, doc) SELECT x->>'id', x->>'measureId', x->>'at', x FROM jsonb_array_elements($1::jsonb) AS x"],
];
// evidence_files last: it hangs on progress_updates and findings, and all are emptied in one TRUNCATE.
const DATA_TABLES = ['singletons', 'units', 'frameworks', 'assessments', 'findings', 'measures', 'progress_updates', 'measure_audit', 'evidence_files'];

const SCANS = [
  [unitSchema, 'units', 'SELECT id AS key, doc FROM units'],
  [frameworkSchema, 'frameworks', 'SELECT fiscal_year::text AS key, doc FROM frameworks'],
  [assessmentSchema, 'assessments', 'SELECT id AS key, doc FROM assessments'],
  [findingSchema, 'findings', 'SELECT id AS key, doc FROM findings'],
  [measureSchema, 'measures', 'SELECT id AS key, doc FROM measures'],
  [progressUpdateSchema, 'progressUpdates', 'SELECT id AS key, doc FROM progress_updates'],
  [auditEntrySchema, 'audit', 'SELECT id AS key, doc FROM measure_audit'],
] as const;

async function scanAll(q: Queryable, keep: Queryable = q): Promise<void> {
  for (const [schema, collection, sql] of SCANS) await readAll(q, schema, collection, sql, [], keep);
  // A refusal of an unreadable singleton is a plain exception, which leaves a transaction usable.
  await readOne(q, organisationSchema, 'singletons', "SELECT key, doc FROM singletons WHERE key = 'organisation'", [], keep).catch(() => undefined);
  await readOne(q, settingsSchema, 'singletons', "SELECT key, doc FROM singletons WHERE key = 'settings'", [], keep).catch(() => undefined);
}

export interface RestoreOptions {
  onlyIfEmpty?: boolean | undefined;
  /** Where the bytes of the file with this id wait, or undefined when the backup lacks it. */
  sourceOf: (fileId: string) => RestoreSource | undefined;
}

/**
 * A restore: the data set replaced, with every file its updates and findings name, in one
 * transaction. Store.replaceData hands it blobs; the server's restore route (server/routes/
 * restoreRoute.ts) files it spooled to disk, so a backup as large as the quota is never in memory.
 */
export function pgRestore(pool: Pool, actor: () => Actor, quotaBytes: number) {
  return async (data: unknown, { onlyIfEmpty, sourceOf }: RestoreOptions): Promise<void> => {
    refuse(planningOnlyRefusal(actor()));
    const valid = parseInput(dataSetSchema, data);
    // Checked before the transaction: a refusal changes nothing and holds no lock.
    const files = await restorableFiles(valid, sourceOf, quotaBytes);
    await inTransaction(pool, async (client) => {
      // Nobody writes while the data set is replaced, and what cannot be read is copied to
      // the quarantine before the tables are emptied.
      await client.query(`LOCK TABLE ${DATA_TABLES.join(', ')} IN ACCESS EXCLUSIVE MODE`);
      // Asked under the lock: a first run cannot replace what someone set up meanwhile.
      if (onlyIfEmpty && (await client.query('SELECT 1 FROM assessments LIMIT 1')).rowCount) throw alreadySetUp();
      await scanAll(client, pool);
      await client.query(`TRUNCATE ${DATA_TABLES.join(', ')}`);
      await client.query("INSERT INTO singletons (key, doc) VALUES ('organisation', $1), ('settings', $2)", [
        JSON.stringify(valid.organisation),
        JSON.stringify(valid.settings),
      ]);
      for (const [collection, sql] of BULK_INSERTS) {
        const records = valid[collection];
        if (Array.isArray(records) && records.length > 0) await client.query(sql, [JSON.stringify(records)]);
      }
      await keepRestoredFiles(client, files);
    });
  };
}

/** The whole data set at once: the backup, the restore, and the check of every record for damage. */
export function pgDataSet(pool: Pool, actor: () => Actor, quotaBytes: number): Pick<Store, 'exportData' | 'replaceData' | 'listProblems'> {
  const restore = pgRestore(pool, actor, quotaBytes);
  return {
    exportData: async () =>
      // One snapshot: a backup taken while others write is still a data set that restores.
      inTransaction(pool, async (client) => {
        // Not READ ONLY: nothing here writes, but what cannot be read is copied to the quarantine (on the pool).
        await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
        const organisation = await readOne(client, organisationSchema, 'singletons', "SELECT key, doc FROM singletons WHERE key = 'organisation'", [], pool);
        if (!organisation) throw notFound('ยังไม่มีข้อมูลหน่วยงาน');
        const settings =
          (await readOne(client, settingsSchema, 'singletons', "SELECT key, doc FROM singletons WHERE key = 'settings'", [], pool).catch(() => undefined)) ?? DEFAULT_SETTINGS;
        const [units, frameworks, assessments, findings, measures, progressUpdates, audit] = [
          await readAll(client, unitSchema, 'units', 'SELECT id AS key, doc FROM units ORDER BY id', [], pool),
          await readAll(client, frameworkSchema, 'frameworks', 'SELECT fiscal_year::text AS key, doc FROM frameworks ORDER BY fiscal_year', [], pool),
          await readAll(client, assessmentSchema, 'assessments', 'SELECT id AS key, doc FROM assessments ORDER BY fiscal_year DESC', [], pool),
          await readAll(client, findingSchema, 'findings', 'SELECT id AS key, doc FROM findings ORDER BY id', [], pool),
          await readAll(client, measureSchema, 'measures', 'SELECT id AS key, doc FROM measures ORDER BY id', [], pool),
          await readAll(client, progressUpdateSchema, 'progressUpdates', 'SELECT id AS key, doc FROM progress_updates ORDER BY id', [], pool),
          await readAll(client, auditEntrySchema, 'audit', 'SELECT id AS key, doc FROM measure_audit ORDER BY measure_id, at', [], pool),
        ];
        return { organisation, units, frameworks, assessments, findings, measures, progressUpdates, settings, audit };
      }),
    replaceData: (data, options) => {
      const blobs = options?.files;
      const sourceOf = (id: string) => {
        const blob = blobs?.get(id);
        return blob ? blobSource(blob) : undefined;
      };
      return restore(data, { onlyIfEmpty: options?.onlyIfEmpty, sourceOf });
    },
    listProblems: async () => {
      await scanAll(pool);
      return listQuarantined(pool);
    },
  };
}

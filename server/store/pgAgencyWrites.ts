import type { Pool } from 'pg';
import { planningOnlyRefusal } from '../../src/domain/access';
import { frameworkOrphans } from '../../src/domain/frameworkFit';
import { frameworkFieldErrors, frameworkProblems } from '../../src/domain/frameworkRules';
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
import { notFound, parseInput, refuse, validationError } from '../../src/data/storeError';
import { filesToRestore, keepFiles } from './pgEvidence';
import { inTransaction, type Queryable } from './pgAccess';
import { refuseUnknownUnits } from './pgOrganisation';
import { listQuarantined, readAll, readOne } from './pgRecords';

type AgencyWrites = Pick<
  Store,
  'saveOrganisation' | 'saveUnit' | 'saveFramework' | 'saveAssessment' | 'saveFinding' | 'exportData' | 'replaceData' | 'listProblems'
>;

const yearTaken = (fiscalYear: number) => validationError([{ path: 'fiscalYear', message: `มีผลการประเมินของปีงบประมาณ ${fiscalYear} อยู่แล้ว` }]);
const isUniqueViolation = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

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
// evidence_files last: it hangs on progress_updates, and the two are emptied in one TRUNCATE.
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

/** The planning officer's writes of the agency's own records (whole records, last save wins), and the backup. */
export function pgAgencyWrites(pool: Pool, actor: () => Actor, quotaBytes: number): AgencyWrites {
  return {
    saveOrganisation: async (organisation) => {
      refuse(planningOnlyRefusal(actor()));
      const valid = parseInput(organisationSchema, organisation);
      await pool.query("INSERT INTO singletons (key, doc) VALUES ('organisation', $1) ON CONFLICT (key) DO UPDATE SET doc = EXCLUDED.doc", [JSON.stringify(valid)]);
      return valid;
    },
    saveUnit: async (unit) => {
      refuse(planningOnlyRefusal(actor()));
      const valid = parseInput(unitSchema, unit);
      await pool.query('INSERT INTO units (id, doc) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc', [valid.id, JSON.stringify(valid)]);
      return valid;
    },
    saveFramework: async (framework) => {
      refuse(planningOnlyRefusal(actor()));
      const valid = parseInput(frameworkSchema, framework);
      const problems = frameworkProblems(valid);
      if (problems.length > 0) throw validationError(frameworkFieldErrors(problems));
      return inTransaction(pool, async (client) => {
        // Scores, findings and measures written meanwhile wait for this save, and this save for
        // them: nothing can come to name what the new framework drops between the check and the write.
        // frameworks first, in the order a restore locks the tables: taken after the others, the
        // write below could wait on a restore that waits on this save.
        await client.query('LOCK TABLE frameworks IN ROW EXCLUSIVE MODE');
        await client.query('LOCK TABLE assessments, findings, measures IN SHARE MODE');
        const parsedOrNone = <T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }, rows: { doc: unknown }[]) =>
          rows.flatMap((r) => {
            const parsed = schema.safeParse(r.doc);
            return parsed.success ? [parsed.data] : [];
          });
        const assessment = parsedOrNone(assessmentSchema, (await client.query('SELECT doc FROM assessments WHERE fiscal_year = $1', [valid.fiscalYear])).rows)[0];
        const [findings, measures] = assessment
          ? await Promise.all([
              client.query('SELECT doc FROM findings WHERE assessment_id = $1', [assessment.id]),
              client.query('SELECT doc FROM measures WHERE assessment_id = $1', [assessment.id]),
            ]).then(([f, m]) => [parsedOrNone(findingSchema, f.rows), parsedOrNone(measureSchema, m.rows)] as const)
          : ([[], []] as const);
        const orphans = frameworkOrphans(valid, { assessment, findings, measures });
        if (orphans.length > 0) throw validationError(frameworkFieldErrors(orphans));
        await client.query('INSERT INTO frameworks (fiscal_year, doc) VALUES ($1, $2) ON CONFLICT (fiscal_year) DO UPDATE SET doc = EXCLUDED.doc', [
          valid.fiscalYear,
          JSON.stringify(valid),
        ]);
        return valid;
      });
    },
    saveAssessment: async (assessment) => {
      refuse(planningOnlyRefusal(actor()));
      const valid = parseInput(assessmentSchema, assessment);
      try {
        const { rowCount } = await pool.query(
          `INSERT INTO assessments (id, fiscal_year, doc) VALUES ($1, $2, $3)
           ON CONFLICT (id) DO UPDATE SET fiscal_year = EXCLUDED.fiscal_year, doc = EXCLUDED.doc`,
          [valid.id, valid.fiscalYear, JSON.stringify(valid)],
        );
        if (rowCount !== 1) throw yearTaken(valid.fiscalYear);
      } catch (error) {
        // The year is unique in the table: another assessment holding it is refused by the database.
        if (isUniqueViolation(error)) throw yearTaken(valid.fiscalYear);
        throw error;
      }
      return valid;
    },
    saveFinding: async (finding) => {
      refuse(planningOnlyRefusal(actor()));
      const valid = parseInput(findingSchema, finding);
      await refuseUnknownUnits(pool, valid.unitIds);
      const { rowCount } = await pool.query('SELECT 1 FROM assessments WHERE id = $1', [valid.assessmentId]);
      if (rowCount === 0) throw notFound(`ไม่พบผลการประเมินรหัส "${valid.assessmentId}" ที่ข้อบกพร่องนี้จะสังกัด`);
      await pool.query('INSERT INTO findings (id, assessment_id, doc) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET assessment_id = EXCLUDED.assessment_id, doc = EXCLUDED.doc', [
        valid.id,
        valid.assessmentId,
        JSON.stringify(valid),
      ]);
      return valid;
    },
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
    replaceData: async (data, options) => {
      refuse(planningOnlyRefusal(actor()));
      const valid = parseInput(dataSetSchema, data);
      // Hashed before the transaction: a refusal changes nothing and holds no lock.
      const files = await filesToRestore(valid.progressUpdates, options?.files, quotaBytes);
      await inTransaction(pool, async (client) => {
        // Nobody writes while the data set is replaced, and what cannot be read is copied to
        // the quarantine before the tables are emptied.
        await client.query(`LOCK TABLE ${DATA_TABLES.join(', ')} IN ACCESS EXCLUSIVE MODE`);
        // Asked under the lock: a first run cannot replace what someone set up meanwhile.
        if (options?.onlyIfEmpty && (await client.query('SELECT 1 FROM assessments LIMIT 1')).rowCount) throw alreadySetUp();
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
        await keepFiles(client, files);
      });
    },
    listProblems: async () => {
      await scanAll(pool);
      return listQuarantined(pool);
    },
  };
}

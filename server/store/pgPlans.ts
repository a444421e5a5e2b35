import type { Pool } from 'pg';
import { planningOnlyRefusal } from '../../src/domain/access';
import { EVIDENCE_LIMITS } from '../../src/domain/evidence/limits';
import { byFindingOrder } from '../../src/domain/findingWrites';
import { frameworkOrphans } from '../../src/domain/frameworkFit';
import { frameworkFieldErrors, frameworkProblems } from '../../src/domain/frameworkRules';
import type { Actor } from '../../src/domain/schemas/actor';
import { assessmentSchema } from '../../src/domain/schemas/assessment';
import { findingSchema } from '../../src/domain/schemas/finding';
import { frameworkSchema } from '../../src/domain/schemas/framework';
import { measureSchema } from '../../src/domain/schemas/measure';
import type { Store } from '../../src/data/store';
import { notFound, parseInput, refuse, validationError } from '../../src/data/storeError';
import { inTransaction } from './pgAccess';
import { saveWithFiles } from './pgFindingFiles';
import { refuseUnknownUnits } from './pgOrganisation';
import { readAll, readOne } from './pgRecords';

type Plans = Pick<
  Store,
  'listFrameworks' | 'listAssessments' | 'getAssessment' | 'listFindings' | 'saveFramework' | 'saveAssessment' | 'saveFinding'
>;

const yearTaken = (fiscalYear: number) => validationError([{ path: 'fiscalYear', message: `มีผลการประเมินของปีงบประมาณ ${fiscalYear} อยู่แล้ว` }]);
const isUniqueViolation = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/** A year's plan as the planning officer keeps it: the framework, the assessment's scores, and its findings with their files. */
export function pgPlans(pool: Pool, actor: () => Actor, quotaBytes: number = EVIDENCE_LIMITS.agencyQuotaBytes): Plans {
  return {
    listFrameworks: async () =>
      (await readAll(pool, frameworkSchema, 'frameworks', 'SELECT fiscal_year::text AS key, doc FROM frameworks')).sort((a, b) => a.fiscalYear - b.fiscalYear),
    listAssessments: async () =>
      (await readAll(pool, assessmentSchema, 'assessments', 'SELECT id AS key, doc FROM assessments')).sort((a, b) => b.fiscalYear - a.fiscalYear),
    getAssessment: async (fiscalYear) => {
      const found = await readOne(pool, assessmentSchema, 'assessments', 'SELECT id AS key, doc FROM assessments WHERE fiscal_year = $1', [fiscalYear]);
      if (!found) throw notFound(`ไม่พบผลการประเมิน ITA ของปีงบประมาณ ${fiscalYear}`);
      return found;
    },
    listFindings: async (assessmentId) =>
      (await readAll(pool, findingSchema, 'findings', 'SELECT id AS key, doc FROM findings WHERE assessment_id = $1', [assessmentId])).sort(byFindingOrder),
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
    saveFinding: async (finding, upload) => {
      refuse(planningOnlyRefusal(actor()));
      const valid = parseInput(findingSchema, finding);
      await refuseUnknownUnits(pool, valid.unitIds);
      const { rowCount } = await pool.query('SELECT 1 FROM assessments WHERE id = $1', [valid.assessmentId]);
      if (rowCount === 0) throw notFound(`ไม่พบผลการประเมินรหัส "${valid.assessmentId}" ที่ข้อบกพร่องนี้จะสังกัด`);
      await saveWithFiles(pool, quotaBytes, valid, upload, async (client) => {
        await client.query('INSERT INTO findings (id, assessment_id, doc) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET assessment_id = EXCLUDED.assessment_id, doc = EXCLUDED.doc', [
          valid.id,
          valid.assessmentId,
          JSON.stringify(valid),
        ]);
      });
      return valid;
    },
  };
}

import type { PoolClient } from 'pg';
import { planYear } from '../../src/domain/measureWrites';
import type { AuditEntry } from '../../src/domain/schemas/audit';
import { measureSchema, type Measure } from '../../src/domain/schemas/measure';
import { notFound } from '../../src/data/storeError';
import type { Queryable } from './pgAccess';
import { readOne } from './pgRecords';

// The statements on a measure's rows, kept apart from pgMeasures so that file stays short; a
// progress update checks its measure and records its audit entry with the same statements.

const missingMeasure = (id: string) => notFound(`ไม่พบมาตรการรหัส "${id}" อาจถูกลบหรือยังไม่ได้บันทึก`);

export async function measureOrThrow(q: Queryable, id: string, keep: Queryable = q): Promise<Measure> {
  const measure = await readOne(q, measureSchema, 'measures', 'SELECT id AS key, doc FROM measures WHERE id = $1', [id], keep);
  if (!measure) throw missingMeasure(id);
  return measure;
}

/** The measure, locked until the transaction ends: the check of its version and the write cannot be split. */
export async function measureForUpdate(client: PoolClient, id: string, keep: Queryable): Promise<Measure> {
  const measure = await readOne(client, measureSchema, 'measures', 'SELECT id AS key, doc FROM measures WHERE id = $1 FOR UPDATE', [id], keep);
  if (!measure) throw missingMeasure(id);
  return measure;
}

export async function writeMeasureRow(q: Queryable, measure: Measure): Promise<void> {
  await q.query(
    `INSERT INTO measures (id, assessment_id, version, doc) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET assessment_id = EXCLUDED.assessment_id, version = EXCLUDED.version, doc = EXCLUDED.doc`,
    [measure.id, measure.assessmentId, measure.version, JSON.stringify(measure)],
  );
}

export async function addAudit(q: Queryable, entry: AuditEntry): Promise<void> {
  await q.query('INSERT INTO measure_audit (id, measure_id, at, doc) VALUES ($1, $2, $3, $4)', [entry.id, entry.measureId, entry.at, JSON.stringify(entry)]);
}

/** An assessment's measures as they stand in the transaction; unreadable ones are left out, as the lists leave them out. */
export async function siblingsOf(q: Queryable, assessmentId: string): Promise<Measure[]> {
  const { rows } = await q.query<{ doc: unknown }>('SELECT doc FROM measures WHERE assessment_id = $1', [assessmentId]);
  return rows.flatMap((r) => {
    const parsed = measureSchema.safeParse(r.doc);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The fiscal year of the plan a measure belongs to, which its year-less timeframe is read against. */
export async function planYearIn(q: Queryable, assessmentId: string, measureId: string): Promise<number | undefined> {
  const { rows } = await q.query<{ fiscal_year: number }>('SELECT fiscal_year FROM assessments WHERE id = $1', [assessmentId]);
  const [assessment] = rows;
  return assessment ? planYear(assessment.fiscal_year, await siblingsOf(q, assessmentId), measureId) : undefined;
}

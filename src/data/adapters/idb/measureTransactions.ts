import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { planYear } from '../../../domain/measureWrites';
import { assessmentSchema } from '../../../domain/schemas/assessment';
import { measureSchema, type Measure } from '../../../domain/schemas/measure';
import type { MeasureEdit } from '../../measureEdits';
import { conflict, notFound } from '../../storeError';
import { parseAll, parseRecord, quarantine } from './records';
import { STORES } from './schema';
import { storageError } from './storageErrors';

// The transactions a measure's writes run in: the version check, the plan the measure belongs to
// and the audit entry all inside the one transaction that writes it.

type Db = IDBPDatabase<unknown>;

/**
 * Reads the measure, checks its version, and writes the result and its audit entry in one
 * transaction: there is never a change without its entry, nor an entry without its change.
 * With `readsPlan`, for a change that reads a timeframe, the plan's fiscal year is read in the
 * same transaction and passed to `change`.
 */
export async function writeMeasure(
  db: Db,
  id: string,
  expectedVersion: number,
  change: MeasureEdit['change'],
  audit: MeasureEdit['audit'],
  readsPlan = false,
) {
  // The assessment is read only to find the plan's year, and only when a timeframe is read.
  const tx = db.transaction(readsPlan ? [STORES.measures, STORES.audit, STORES.assessments] : [STORES.measures, STORES.audit], 'readwrite');
  const measures = tx.objectStore(STORES.measures);
  const raw: unknown = await measures.get(id);
  if (raw === undefined) throw notFound(`ไม่พบมาตรการรหัส "${id}" อาจถูกลบหรือยังไม่ได้บันทึก`);
  const parsed = parseRecord(measureSchema, STORES.measures, id, raw);
  if (!parsed.ok) {
    // Nothing was written, so the transaction ends harmlessly; the record stays as it was.
    await quarantine(db, [parsed.problem]);
    throw storageError('unreadable', parsed.problem.message);
  }
  if (parsed.record.version !== expectedVersion) throw conflict(parsed.record);
  const fiscalYear = readsPlan ? await planYearIn(tx, parsed.record) : undefined;
  const next = change(parsed.record, fiscalYear === undefined ? {} : { fiscalYear });
  await measures.put(next);
  await tx.objectStore(STORES.audit).add(audit(parsed.record, next));
  await tx.done;
  return next;
}

/**
 * The fiscal year of the plan `measure` belongs to, from its assessment and sibling measures as
 * they stand in `tx`; unreadable siblings are left out of the count, as the lists leave them out.
 */
async function planYearIn(tx: IDBPTransaction<unknown, string[], 'readwrite'>, measure: Measure): Promise<number | undefined> {
  const assessment = assessmentSchema.safeParse(await tx.objectStore(STORES.assessments).get(measure.assessmentId));
  const siblings = (await tx.objectStore(STORES.measures).index('assessmentId').getAll(measure.assessmentId)).flatMap((value) => {
    const read = measureSchema.safeParse(value);
    return read.success ? [read.data] : [];
  });
  // Without a readable assessment there is no plan year to read against: a year-less text stays raw.
  return assessment.success ? planYear(assessment.data.fiscalYear, siblings, measure.id) : undefined;
}

/**
 * The assessment a new measure joins, read in `tx` with its measures: the new one's order comes
 * from them and so does the plan year its timeframe is read against. An unreadable assessment is
 * quarantined and the write refused.
 */
export async function planOfNewMeasure(db: Db, tx: IDBPTransaction<unknown, string[], 'readwrite'>, assessmentId: string): Promise<{ fiscalYear: number; siblings: Measure[] }> {
  const raw: unknown = await tx.objectStore(STORES.assessments).get(assessmentId);
  if (raw === undefined) throw notFound(`ไม่พบผลการประเมินรหัส "${assessmentId}" ที่มาตรการนี้จะสังกัด`);
  const assessment = parseRecord(assessmentSchema, STORES.assessments, assessmentId, raw);
  if (!assessment.ok) {
    await quarantine(db, [assessment.problem]);
    throw storageError('unreadable', assessment.problem.message);
  }
  const values = await tx.objectStore(STORES.measures).index('assessmentId').getAll(assessmentId);
  const siblings = parseAll(measureSchema, STORES.measures, values.map((value, i) => ({ key: i, value }))).records;
  return { fiscalYear: planYear(assessment.record.fiscalYear, siblings), siblings };
}

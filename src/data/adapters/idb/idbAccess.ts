import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { planYear } from '../../../domain/measureWrites';
import { assessmentSchema } from '../../../domain/schemas/assessment';
import { measureSchema, type Measure } from '../../../domain/schemas/measure';
import { unitSchema } from '../../../domain/schemas/organisation';
import type { MeasureEdit } from '../../measureEdits';
import { conflict, notFound, validationError } from '../../storeError';
import { parseAll, parseRecord, quarantine } from './records';
import { STORES } from './schema';
import { storageError } from './storageErrors';
import { yieldToPage } from './yieldToPage';

// About 20 ms of parsing on a mid-range phone.
const CHECK_SLICE = 500;

export { refuse } from '../../storeError';

/**
 * Reading and writing records the way the browser store promises: every record parsed, the
 * unreadable ones quarantined and never written over, versions checked in the writing transaction.
 */
export function createIdbAccess(db: IDBPDatabase<unknown>) {
  async function readAll<S extends Parameters<typeof parseAll>[0]>(
    schema: S,
    storeName: string,
    index?: { name: string; query: IDBKeyRange | IDBValidKey },
  ) {
    const tx = db.transaction(storeName, 'readonly');
    const source = index ? tx.store.index(index.name) : tx.store;
    const [keys, values] = await Promise.all([source.getAllKeys(index?.query), source.getAll(index?.query)]);
    await tx.done;
    const parsed = parseAll(schema, storeName, keys.map((key, i) => ({ key, value: values[i] })));
    await quarantine(db, parsed.problems);
    return parsed.records;
  }

  /**
   * Every record of a store checked, the unreadable ones quarantined, without holding the page:
   * read a page of records at a time and parsed with a pause between, so 320,000 progress updates
   * never make one long task (reading them all at once costs the page a second just to receive).
   */
  async function checkAll<S extends Parameters<typeof parseAll>[0]>(schema: S, storeName: string): Promise<void> {
    let after: IDBValidKey | undefined;
    for (;;) {
      const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
      const tx = db.transaction(storeName, 'readonly');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(range, CHECK_SLICE), tx.store.getAll(range, CHECK_SLICE)]);
      await tx.done;
      await quarantine(db, parseAll(schema, storeName, keys.map((key, i) => ({ key, value: values[i] }))).problems);
      if (keys.length < CHECK_SLICE) return;
      after = keys.at(-1);
      await yieldToPage();
    }
  }

  async function readOne<S extends Parameters<typeof parseRecord>[0]>(schema: S, storeName: string, key: IDBValidKey) {
    const raw: unknown = await db.get(storeName, key);
    if (raw === undefined) return undefined;
    const parsed = parseRecord(schema, storeName, key, raw);
    if (parsed.ok) return parsed.record;
    await quarantine(db, [parsed.problem]);
    throw storageError('unreadable', parsed.problem.message);
  }

  async function measureOrThrow(id: string): Promise<Measure> {
    const measure = await readOne(measureSchema, STORES.measures, id);
    if (!measure) throw notFound(`ไม่พบมาตรการรหัส "${id}" อาจถูกลบหรือยังไม่ได้บันทึก`);
    return measure;
  }

  /**
   * Reads the measure, checks its version, and writes the result and its audit entry in one
   * transaction: there is never a change without its entry, nor an entry without its change.
   * With `readsPlan`, for a change that reads a timeframe, the plan's fiscal year is read in the
   * same transaction and passed to `change`.
   */
  async function writeMeasure(
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
  async function planOfNewMeasure(tx: IDBPTransaction<unknown, string[], 'readwrite'>, assessmentId: string): Promise<{ fiscalYear: number; siblings: Measure[] }> {
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

  /** A measure may name only units the agency has, or its own backup would later be refused. */
  async function refuseUnknownUnits(unitIds: string[] | undefined): Promise<void> {
    if (!unitIds?.length) return;
    const known = new Set((await readAll(unitSchema, STORES.units)).map((u) => u.id));
    const unknown = unitIds.filter((id) => !known.has(id));
    if (unknown.length) {
      throw validationError(unknown.map((id) => ({ path: 'unitIds', message: `ไม่รู้จักส่วนราชการรหัส "${id}"` })));
    }
  }

  return { db, readAll, checkAll, readOne, measureOrThrow, writeMeasure, planOfNewMeasure, refuseUnknownUnits };
}

export type IdbAccess = ReturnType<typeof createIdbAccess>;

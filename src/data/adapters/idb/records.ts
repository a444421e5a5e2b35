import type { IDBPDatabase } from 'idb';
import * as z from 'zod/mini';
import type { DataProblem } from '../../store';
import { fieldErrorsOf } from '../../storeError';
import { STORES } from './schema';

export interface Parsed<T> {
  records: T[];
  problems: DataProblem[];
}

const COLLECTION_NAMES: Record<string, string> = {
  singletons: 'ข้อมูลหน่วยงานและการตั้งค่า',
  units: 'ส่วนราชการ',
  frameworks: 'เกณฑ์การประเมิน',
  assessments: 'ผลการประเมิน',
  findings: 'ข้อบกพร่อง',
  measures: 'มาตรการ',
  progressUpdates: 'ความคืบหน้า',
};

export function collectionName(collection: string): string {
  return COLLECTION_NAMES[collection] ?? collection;
}

/** Parses one stored value; what does not parse becomes a problem that quotes the fields. */
export function parseRecord<S extends z.ZodMiniType>(
  schema: S,
  collection: string,
  key: IDBValidKey,
  raw: unknown,
): { ok: true; record: z.infer<S> } | { ok: false; problem: DataProblem } {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, record: parsed.data };
  const fields = fieldErrorsOf(parsed.error)
    .slice(0, 5)
    .map((f) => (f.path ? `${f.path}: ${f.message}` : f.message))
    .join('; ');
  const message = `อ่านข้อมูล${collectionName(collection)} รหัส "${String(key)}" ไม่ได้ (${fields})`;
  return { ok: false, problem: { collection, key: String(key), raw, message } };
}

export function parseAll<S extends z.ZodMiniType>(
  schema: S,
  collection: string,
  entries: { key: IDBValidKey; value: unknown }[],
): Parsed<z.infer<S>> {
  const result: Parsed<z.infer<S>> = { records: [], problems: [] };
  for (const { key, value } of entries) {
    const parsed = parseRecord(schema, collection, key, value);
    if (parsed.ok) result.records.push(parsed.record);
    else result.problems.push(parsed.problem);
  }
  return result;
}

const quarantinedSchema = z.object({
  id: z.string(),
  collection: z.string(),
  key: z.string(),
  raw: z.unknown(),
  message: z.string(),
  foundAt: z.string(),
});
type Quarantined = z.infer<typeof quarantinedSchema>;

/**
 * Keeps a copy of each unreadable record in the quarantine store, where a restore or reset never
 * reaches. The record itself is left where it was; nothing here writes to the data stores.
 */
export async function quarantine(db: IDBPDatabase<unknown>, problems: DataProblem[]): Promise<void> {
  if (problems.length === 0) return;
  const tx = db.transaction(STORES.quarantine, 'readwrite');
  const foundAt = new Date().toISOString();
  for (const problem of problems) {
    const id = `${problem.collection}/${problem.key}`;
    const existing = quarantinedSchema.safeParse(await tx.store.get(id));
    if (existing.success && JSON.stringify(existing.data.raw) === JSON.stringify(problem.raw)) continue;
    // A different damage at the same key must not replace the copy of the first one.
    const entry: Quarantined = { ...problem, id: existing.success ? `${id}@${foundAt}` : id, foundAt };
    await tx.store.put(entry);
  }
  await tx.done;
}

export async function listQuarantined(db: IDBPDatabase<unknown>): Promise<DataProblem[]> {
  const all = await db.getAll(STORES.quarantine);
  return all.flatMap((value) => {
    const parsed = quarantinedSchema.safeParse(value);
    if (!parsed.success) return [];
    const { collection, key, raw, message } = parsed.data;
    return [{ collection, key, raw, message }];
  });
}

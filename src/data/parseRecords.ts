import type * as z from 'zod/mini';
import { DATA_NAMES } from '../domain/backup/problems';
import type { DataProblem } from './store';
import { fieldErrorsOf } from './storeError';

// Every adapter reads its records the same way: parsed with the app's schemas, and what does not
// parse reported in the same Thai words, whichever database it was found in.

export interface Parsed<T> {
  records: T[];
  problems: DataProblem[];
}

// The backup's names for its collections, and the stores' one for the records kept singly.
const COLLECTION_NAMES: Record<string, string> = { ...DATA_NAMES, singletons: 'ข้อมูลหน่วยงานและการตั้งค่า' };

export function collectionName(collection: string): string {
  return COLLECTION_NAMES[collection] ?? collection;
}

/** Parses one stored value; what does not parse becomes a problem that quotes the fields. */
export function parseRecord<S extends z.ZodMiniType>(
  schema: S,
  collection: string,
  key: unknown,
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
  entries: { key: unknown; value: unknown }[],
): Parsed<z.infer<S>> {
  const result: Parsed<z.infer<S>> = { records: [], problems: [] };
  for (const { key, value } of entries) {
    const parsed = parseRecord(schema, collection, key, value);
    if (parsed.ok) result.records.push(parsed.record);
    else result.problems.push(parsed.problem);
  }
  return result;
}

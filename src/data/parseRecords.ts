import type * as z from 'zod/mini';
import { damagedInThai, recordsInThai } from '../domain/backup/records';
import type { DataProblem } from './store';
import { fieldErrorsOf } from './storeError';

// Every adapter reads its records the same way: parsed with the app's schemas, and what does not
// parse reported in the same words, whichever database it was found in.

export interface Parsed<T> {
  records: T[];
  problems: DataProblem[];
}

/** The faults a notice names: enough to find the record and start mending it. */
const SHOWN_FIELDS = 5;

export function collectionName(collection: string): string {
  return recordsInThai(collection);
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
  const fields = fieldErrorsOf(parsed.error).slice(0, SHOWN_FIELDS);
  const message = damagedInThai(collection, String(key), fields);
  return { ok: false, problem: { collection, key: String(key), raw, message, fields } };
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

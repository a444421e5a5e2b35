import type { IDBPDatabase } from 'idb';
import * as z from 'zod/mini';
import type { DataProblem } from '../../store';
import { STORES } from './schema';

export { collectionName, parseAll, parseRecord, type Parsed } from '../../parseRecords';

const quarantinedSchema = z.object({
  id: z.string(),
  collection: z.string(),
  key: z.string(),
  raw: z.unknown(),
  message: z.string(),
  // Kept since DataProblem carried them: each field's code and values, for a screen to word.
  fields: z.optional(z.array(z.object({ path: z.string(), message: z.string(), code: z.optional(z.string()), values: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))) }))),
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
    const { collection, key, raw, message, fields } = parsed.data;
    return [{ collection, key, raw, message, ...(fields ? { fields } : {}) }];
  });
}

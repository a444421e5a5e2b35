import type { IDBPDatabase } from 'idb';
import { unitSchema } from '../../../domain/schemas/organisation';
import { validationError } from '../../storeError';
import { parseAll, parseRecord, quarantine } from './records';
import { STORES } from './schema';
import { storageError } from './storageErrors';
import { yieldToPage } from './yieldToPage';

// About 20 ms of parsing on a mid-range phone.
const CHECK_SLICE = 500;

export { refuse } from '../../storeError';

/**
 * Reading records the way the browser store promises: every record parsed, the unreadable ones
 * quarantined and never written over. A measure's versioned write is in measureTransactions.
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

  /** A measure may name only units the agency has, or its own backup would later be refused. */
  async function refuseUnknownUnits(unitIds: string[] | undefined): Promise<void> {
    if (!unitIds?.length) return;
    const known = new Set((await readAll(unitSchema, STORES.units)).map((u) => u.id));
    const unknown = unitIds.filter((id) => !known.has(id));
    if (unknown.length) {
      throw validationError(unknown.map((id) => ({ path: 'unitIds', message: `ไม่รู้จักส่วนราชการรหัส "${id}"` })));
    }
  }

  return { db, readAll, checkAll, readOne, refuseUnknownUnits };
}

export type IdbAccess = ReturnType<typeof createIdbAccess>;

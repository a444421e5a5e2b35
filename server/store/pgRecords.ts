import type * as z from 'zod/mini';
import type { DataProblem } from '../../src/data/store';
import { parseAll, parseRecord } from '../../src/data/parseRecords';
import { StoreError } from '../../src/data/storeError';
import type { Queryable } from './pgAccess';

// Every record is parsed on read: what does not parse is kept aside in the quarantine table and
// reported, never passed on to a screen nor deleted.

/**
 * Keeps a copy of each unreadable record in the quarantine table, where a restore never reaches;
 * the record itself stays where it was. The same damage found again is not copied twice.
 */
export async function quarantine(q: Queryable, problems: DataProblem[]): Promise<void> {
  for (const p of problems) {
    await q.query('INSERT INTO quarantine (collection, key, raw, message) VALUES ($1, $2, $3, $4) ON CONFLICT (collection, key, raw_hash) DO NOTHING', [
      p.collection,
      p.key,
      JSON.stringify(p.raw ?? null),
      p.message,
    ]);
  }
}

export async function listQuarantined(q: Queryable): Promise<DataProblem[]> {
  const { rows } = await q.query<{ collection: string; key: string; raw: unknown; message: string }>(
    'SELECT collection, key, raw, message FROM quarantine ORDER BY id',
  );
  return rows;
}

/**
 * Every row `sql` selects as (key, doc), parsed; what does not parse is quarantined and left out.
 * `keep` is where the quarantine copy goes: the pool, not a transaction that may yet roll back.
 */
export async function readAll<S extends z.ZodMiniType>(q: Queryable, schema: S, collection: string, sql: string, params: unknown[] = [], keep: Queryable = q) {
  const { rows } = await q.query<{ key: string; doc: unknown }>(sql, params);
  const parsed = parseAll(schema, collection, rows.map((r) => ({ key: r.key, value: r.doc })));
  await quarantine(keep, parsed.problems);
  return parsed.records;
}

/** One row, parsed; none is undefined, an unreadable one is quarantined and refused. */
export async function readOne<S extends z.ZodMiniType>(
  q: Queryable,
  schema: S,
  collection: string,
  sql: string,
  params: unknown[],
  keep: Queryable = q,
): Promise<z.infer<S> | undefined> {
  const { rows } = await q.query<{ key: string; doc: unknown }>(sql, params);
  const row = rows[0];
  if (!row) return undefined;
  const parsed = parseRecord(schema, collection, row.key, row.doc);
  if (parsed.ok) return parsed.record;
  await quarantine(keep, [parsed.problem]);
  throw unreadable(parsed.problem.message);
}

export function unreadable(detail: string): StoreError {
  return new StoreError({ kind: 'storage', reason: 'unreadable' }, `อ่านข้อมูลในฐานข้อมูลของเซิร์ฟเวอร์ไม่ได้ ข้อมูลเดิมยังไม่ถูกแก้ไขหรือลบ (${detail})`);
}

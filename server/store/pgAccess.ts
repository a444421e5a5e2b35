import type { Pool, PoolClient } from 'pg';
import type * as z from 'zod/mini';
import type { AuditEntry } from '../../src/domain/schemas/audit';
import { measureSchema, type Measure } from '../../src/domain/schemas/measure';
import { unitSchema } from '../../src/domain/schemas/organisation';
import type { DataProblem } from '../../src/data/store';
import { parseAll, parseRecord } from '../../src/data/parseRecords';
import { notFound, StoreError, validationError } from '../../src/data/storeError';
import { commitOutcome, UnknownOutcome } from '../db/commitOutcome';
import { isConnectionError } from '../db/dbErrors';

/** A pool for a single statement, a client inside a transaction: both answer `query`. */
export type Queryable = Pick<Pool | PoolClient, 'query'>;

/** Deadlock detected, serialization failure: PostgreSQL undid the transaction, and it may simply be run again. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

/**
 * Runs `work` in one transaction: all of it is written, or none of it. One that PostgreSQL
 * aborted to break a deadlock (a restore's table locks meeting a framework save's, say) is run
 * again, up to three times, after a short random pause: the person's save then lands instead of
 * failing with a server error.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>, outcomeWaitMs?: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await once(pool, work, outcomeWaitMs);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
    }
  }
}

/**
 * A lost connection before COMMIT was sent rolled the transaction back: refused, rightly. One
 * lost while COMMIT was under way leaves the write's fate unknown, and answering it as refused
 * would be wrong if it committed. So the transaction's id is taken just before COMMIT
 * (txid_current_if_assigned: none when nothing was written, and nothing is then at stake), and
 * when COMMIT fails with a connection error the database is asked, on a new connection once it
 * is back, whether that transaction committed: if it did, the write is answered as done; if it
 * was aborted, as refused; if the database does not come back in time, as UnknownOutcome.
 */
async function once<T>(pool: Pool, work: (client: PoolClient) => Promise<T>, outcomeWaitMs?: number): Promise<T> {
  const client = await pool.connect();
  let broken: unknown;
  let released = false;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    const xid = (await client.query<{ xid: string | null }>('SELECT txid_current_if_assigned() AS xid')).rows[0]?.xid ?? null;
    try {
      await client.query('COMMIT');
    } catch (error) {
      if (xid === null || !isConnectionError(error)) throw error;
      broken = error;
      // The dead connection goes back first: it holds a place in the pool, and asking what
      // became of the COMMIT needs one (a burst of lost COMMITs would otherwise fill the pool
      // with dead connections and answer writes that landed as unknown).
      client.release(error instanceof Error ? error : true);
      released = true;
      const outcome = await commitOutcome(pool, xid, outcomeWaitMs);
      if (outcome === 'committed') return result;
      throw outcome === 'aborted' ? error : new UnknownOutcome(xid, error);
    }
    return result;
  } catch (error) {
    if (broken === undefined) {
      // A connection that cannot even roll back is not given back to the pool.
      await client.query('ROLLBACK').catch((rollbackError: unknown) => (broken = rollbackError));
    }
    throw error;
  } finally {
    if (!released) client.release(broken instanceof Error ? broken : undefined);
  }
}

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

/** A record may name only units the agency has, or its own backup would later be refused. */
export async function refuseUnknownUnits(q: Queryable, unitIds: string[] | undefined): Promise<void> {
  if (!unitIds?.length) return;
  const known = new Set((await readAll(q, unitSchema, 'units', 'SELECT id AS key, doc FROM units')).map((u) => u.id));
  const unknown = unitIds.filter((id) => !known.has(id));
  if (unknown.length) {
    throw validationError(unknown.map((id) => ({ path: 'unitIds', message: `ไม่รู้จักส่วนราชการรหัส "${id}"` })));
  }
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

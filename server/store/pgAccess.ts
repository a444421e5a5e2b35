import type { Pool, PoolClient } from 'pg';
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

import type { Pool } from 'pg';

/** How long a write whose COMMIT lost its answer waits for the database to say what became of it. */
export const OUTCOME_WAIT_MS = 20_000;
const POLL_MS = 250;

/**
 * A write whose COMMIT was sent but whose answer was lost with the connection: it may have been
 * written or not, and the database could not be asked in time. It is neither acknowledged nor
 * refused: the person is told to look before saving again.
 */
export class UnknownOutcome extends Error {
  constructor(
    readonly xid: string,
    cause: unknown,
  ) {
    super(`the outcome of transaction ${xid} is unknown: its COMMIT lost its connection and the database did not come back in time`, { cause });
  }
}

export type Outcome = 'committed' | 'aborted' | 'unknown';

/**
 * What became of transaction `xid`, asked on a new connection with txid_status(): committed or
 * aborted once the database answers (after a restart, a transaction that had not committed is
 * aborted); 'in progress' means its old backend still runs (the connection was lost on our side
 * only), so it is asked again. Gives up after `waitMs` with 'unknown'.
 */
export async function commitOutcome(pool: Pool, xid: string, waitMs = OUTCOME_WAIT_MS): Promise<Outcome> {
  const until = Date.now() + waitMs;
  for (;;) {
    try {
      // Each ask is bounded by the time left: a connection to a frozen database would otherwise
      // hold it for the pool's whole query timeout.
      const { rows } = await pool.query<{ status: string | null }>({
        text: 'SELECT txid_status($1::bigint) AS status',
        values: [xid],
        query_timeout: Math.max(until - Date.now(), POLL_MS),
      } as never);
      const status = rows[0]?.status;
      if (status === 'committed' || status === 'aborted') return status;
      // null: too old for the database to remember, which a transaction of a moment ago is not.
      if (status === null || status === undefined) return 'unknown';
    } catch {
      // The database is still away: wait for it.
    }
    if (Date.now() + POLL_MS >= until) return 'unknown';
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

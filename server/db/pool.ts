import pg from 'pg';

/** How long to wait for a connection (new, or a turn in a full pool) before answering 503. */
export const CONNECT_TIMEOUT_MS = 5_000;
/**
 * PostgreSQL cancels a statement that runs longer (a whole data set's restore on a busy machine
 * takes seconds, not this), and the client gives up a little later still, for a database that
 * stopped answering without closing the connection (its machine frozen, its network gone).
 */
export const STATEMENT_TIMEOUT_MS = 60_000;
const QUERY_TIMEOUT_MS = STATEMENT_TIMEOUT_MS + 5_000;

export interface PoolOptions {
  max?: number;
  /** Told once per lost connection, in one line (never the URL, which holds the password). */
  log?: (message: string) => void;
}

/**
 * Every pool of the server, the account command and the tests comes from here, because pg
 * crashes the process when a connection's backend dies and nobody listens: the pool listens to
 * its idle connections (`error` on the pool), and every connection, from the moment it is made,
 * has a listener of its own for while it is checked out (inside a transaction, during
 * migrations). The query under way fails with the error and its caller answers 503; the pool
 * drops the dead connection when it is released and makes new ones once PostgreSQL is back.
 */
export function createPool(connectionString: string, { max = 10, log = (m) => console.error(m) }: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    // A transaction a bug left open must not hold its locks for ever.
    idle_in_transaction_session_timeout: STATEMENT_TIMEOUT_MS,
    keepAlive: true,
  });
  // The pool passes on an idle connection's error after the connection's own listener told it.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', (error) => log(`[db] lost a connection to PostgreSQL: ${oneLine(error)}`)));
  return pool;
}

/** The code and first line of an error, for one log line: no stack, no SQL. */
export function oneLine(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = (typeof message === 'string' ? message : String(error)).split('\n')[0] ?? '';
  return typeof code === 'string' ? `${code} ${text}` : text;
}

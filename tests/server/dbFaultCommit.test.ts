import { Hono } from 'hono';
import type { Pool, PoolClient } from 'pg';
import { answering } from '../../server/app';
import { UnknownOutcome } from '../../server/db/commitOutcome';
import { isConnectionError } from '../../server/db/dbErrors';
import { inTransaction } from '../../server/store/pgAccess';
import { testPool } from './database';
import { startCluster, type Cluster } from './pgCluster';

// The writes whose COMMIT loses its connection, on a cluster of this file's own: it is stopped
// here, and the run's shared cluster must stay up for the other files.
let cluster: Cluster;
let pool: Pool;

beforeAll(async () => {
  cluster = await startCluster();
  pool = testPool(cluster.url);
  await pool.query(`
    CREATE TABLE writes (id text PRIMARY KEY);
    CREATE TABLE slow (id text PRIMARY KEY);
    CREATE FUNCTION sleepy() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(30); RETURN NULL; END $$;
    CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON slow DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sleepy();
  `);
});
afterAll(async () => {
  await pool?.end();
  cluster?.stop();
});

const has = async (table: string, id: string) => (await pool.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rowCount === 1;

async function waitFor(condition: () => Promise<boolean> | boolean, what: string, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * The next transaction's COMMIT really runs, then `afterCommit` happens and its answer is lost
 * as a dead connection loses it: the server cannot tell from the answer whether it committed.
 */
function loseNextCommitAnswer(afterCommit: (client: PoolClient) => Promise<void> | void): void {
  const connect = pool.connect.bind(pool);
  pool.connect = (async () => {
    pool.connect = connect;
    const client = await connect();
    const query = client.query.bind(client) as (text: string, values?: unknown[]) => Promise<unknown>;
    (client as unknown as { query: typeof query }).query = async (text, values) => {
      if (text !== 'COMMIT') return query(text, values);
      await query('COMMIT');
      await afterCommit(client);
      (client as unknown as { connection: { stream: { destroy: () => void } } }).connection.stream.destroy();
      throw new Error('Connection terminated unexpectedly');
    };
    return client;
  }) as typeof pool.connect;
}

const insert = (table: string, id: string) => (client: PoolClient) => client.query(`INSERT INTO ${table} (id) VALUES ($1)`, [id]).then(() => id);

it('answers a write as done when its COMMIT landed but the answer was lost', async () => {
  loseNextCommitAnswer(() => undefined);
  await expect(inTransaction(pool, insert('writes', 'landed'))).resolves.toBe('landed');
  expect(await has('writes', 'landed')).toBe(true);
});

it('answers a write as refused when PostgreSQL ended it during COMMIT, and it was not written', async () => {
  const writing = inTransaction(pool, insert('slow', 'cut-short'));
  const settled = writing.catch((error: unknown) => error);
  // The COMMIT runs the deferred trigger's sleep: end that backend, as a stop of the service does.
  await waitFor(async () => (await pool.query("SELECT 1 FROM pg_stat_activity WHERE query = 'COMMIT' AND wait_event = 'PgSleep'")).rowCount === 1, 'the COMMIT to run');
  await pool.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'COMMIT' AND wait_event = 'PgSleep'");
  const error = await settled;
  expect(isConnectionError(error)).toBe(true);
  expect(error).not.toBeInstanceOf(UnknownOutcome);
  expect(await has('slow', 'cut-short')).toBe(false);
});

it('waits for the database to come back to learn that a write committed', async () => {
  loseNextCommitAnswer(() => {
    cluster.pause();
    setTimeout(() => cluster.resume(), 1500);
  });
  await expect(inTransaction(pool, insert('writes', 'asked-after-restart'))).resolves.toBe('asked-after-restart');
  expect(await has('writes', 'asked-after-restart')).toBe(true);
});

it('says the outcome is unknown when the database stays away, and answers 503 saying so', async () => {
  loseNextCommitAnswer(() => cluster.pause());
  try {
    const error = await inTransaction(pool, insert('writes', 'unknown'), 1000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownOutcome);
    const app = new Hono().get('/x', answering(() => undefined, () => Promise.reject(error)));
    const response = await app.request('/x');
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('5');
    expect(await response.json()).toEqual({ error: { kind: 'unknown-outcome', message: expect.stringContaining('ยังไม่ทราบว่าบันทึกแล้วหรือไม่') } });
  } finally {
    cluster.resume();
  }
  // It did commit: an unknown outcome must never have been answered as refused.
  await waitFor(() => has('writes', 'unknown').catch(() => false), 'the database to answer');
});

it('keeps running when a checked-out connection loses its backend, and answers such a request 503', async () => {
  const client = await pool.connect();
  await client.query('BEGIN');
  await pool.query('SELECT pg_terminate_backend($1)', [(client as unknown as { processID: number }).processID]);
  // pg marks the client dead when its 'error' fires: with no listener, that crashed the process.
  await waitFor(() => !(client as unknown as { _queryable: boolean })._queryable, 'the connection to end');
  const error = await client.query('SELECT 1').catch((e: unknown) => e);
  client.release(error as Error);
  const response = await new Hono().get('/x', answering(() => undefined, () => Promise.reject(error))).request('/x');
  expect(response.status).toBe(503);
  expect((await response.json()).error.kind).toBe('unavailable');
  expect((await pool.query<{ n: number }>('SELECT 1 AS n')).rows[0]?.n).toBe(1);
});

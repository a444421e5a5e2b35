import pg from 'pg';
import { inject } from 'vitest';
import { migrate } from '../../server/db/migrate';
import { createPool } from '../../server/db/pool';

/**
 * A pool for a test, as the server makes them: it survives its connections being ended (DROP
 * DATABASE … WITH (FORCE), a paused cluster), which a bare pg.Pool answers by crashing the run
 * with an unhandled 'error' event (57P01).
 */
export const testPool = (url: string, max = 10) => createPool(url, { max, log: () => undefined });

/** A single connection for administration, with a listener for its end, as the pool's have. */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A new, migrated database of its own in the run's cluster: test files never share data. */
export async function freshDatabase(base: string = inject('pgUrl')): Promise<{ pool: pg.Pool; url: string; drop: () => Promise<void> }> {
  const name = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(base, `CREATE DATABASE ${name}`);
  const url = base.replace(/\/postgres$/, `/${name}`);
  const pool = testPool(url);
  await migrate(pool);
  return {
    pool,
    url,
    drop: async () => {
      await pool.end();
      await adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

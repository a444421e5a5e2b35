// npm run server: the shared data set's server. DATABASE_URL names the PostgreSQL database;
// PORT (8080) and HOST (127.0.0.1; 0.0.0.0 to serve the office network) where it listens;
// ITA_STATIC_DIR (dist) the app's production build; ITA_SECURE_COOKIES=1 behind https;
// ITA_TRUST_PROXY=1 behind the agency's own reverse proxy (client addresses from X-Forwarded-For).
import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { createAccounts } from './auth/accounts';
import { migrate } from './db/migrate';
import { createServerApp } from './serverApp';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set: DATABASE_URL=postgres://user:password@host:5432/database npm run server');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8080);
const hostname = process.env.HOST ?? '127.0.0.1';
const staticRoot = process.env.ITA_STATIC_DIR ?? 'dist';

const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PG_POOL_SIZE ?? 10) });
pool.on('error', (error) => console.error('PostgreSQL connection error', error));

const applied = await migrate(pool);
if (applied.length) console.log(`[server] database migrated: ${applied.join(', ')}`);
if (!existsSync(join(staticRoot, 'index.html'))) {
  console.error(`No app build in ${staticRoot}/: run npm run build first (or set ITA_STATIC_DIR)`);
  process.exit(1);
}
if ((await createAccounts(pool).count()) === 0) {
  console.log('[server] no accounts yet: create the first planning officer with npm run server:account -- --username … --name … --role planning-officer');
}

let draining = false;
const app = createServerApp({
  pool,
  staticRoot,
  secureCookies: process.env.ITA_SECURE_COOKIES === '1',
  trustProxy: process.env.ITA_TRUST_PROXY === '1',
  draining: () => draining,
});
const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`[server] listening on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${info.port}`);
});

// A stop lets requests under way finish and their transactions commit before the pool closes.
// Busy clients keep their connections open with one request after another, so each answer now
// says the connection closes, and connections between two requests are closed as they idle.
function stop(signal: string) {
  console.log(`[server] ${signal}: stopping`);
  draining = true;
  server.close(() => void pool.end().then(() => process.exit(0)));
  const closing = setInterval(() => (server as unknown as { closeIdleConnections: () => void }).closeIdleConnections(), 20);
  closing.unref();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

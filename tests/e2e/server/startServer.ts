// The agency's server for the end-to-end tests (playwright.config.ts starts it): a throwaway
// PostgreSQL cluster, the seed's data, two accounts, and the production build from dist/.
// node --import tsx tests/e2e/server/startServer.ts PORT
import { serve } from '@hono/node-server';
import { createAccounts } from '../../../server/auth/accounts';
import { migrate } from '../../../server/db/migrate';
import { createPool } from '../../../server/db/pool';
import { createServerApp } from '../../../server/serverApp';
import { createPgStore } from '../../../server/store/pgStore';
import { seedDataSet } from '../../../mocks/seedDataSet';
import { startCluster } from '../../server/pgCluster';

export const E2E_PASSWORD = 'รหัสผ่านทดสอบ-2565';

const port = Number(process.argv[2] ?? 4174);
// Password hashes at the tests' cost (2^10), as the server's own tests make them: at production's
// 2^17 every sign-in was most of a second of a core and 128 MiB. The cost is not what these check.
process.env.ITA_SCRYPT_LOG_N ??= '10';
const cluster = await startCluster();
// The server's own pool: a bare pg.Pool crashes the process when a connection's backend dies.
const pool = createPool(cluster.url, { max: 5 });
let stopped = false;
async function stop() {
  if (stopped) return;
  stopped = true;
  await pool.end().catch(() => undefined);
  cluster.stop();
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

try {
  await migrate(pool);
  const seeded = seedDataSet();
  if (!seeded.ok) throw new Error('the seed does not parse');
  await createPgStore({ pool, actor: () => ({ name: 'ระบบ', role: 'planning-officer', unitId: null }) }).replaceData(seeded.data);
  const accounts = createAccounts(pool);
  await accounts.create({ username: 'planner', name: 'นางสาววางแผน ดีเสมอ', role: 'planning-officer', unitId: null, password: E2E_PASSWORD });
  await accounts.create({ username: 'finance', name: 'ผู้อำนวยการกองคลัง', role: 'department-head', unitId: 'unit-finance', password: E2E_PASSWORD });
  // ITA_STATIC_DIR: a build of one's own (the CSP spec is run against one while dist/ is in use).
  const app = createServerApp({ pool, staticRoot: process.env.ITA_STATIC_DIR ?? 'dist', log: (message, error) => console.error(message, error), logRequest: () => undefined });
  serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => console.log(`[e2e server] on ${port}`));
} catch (error) {
  console.error(error);
  await stop();
}

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, readMigrations } from '../../server/db/migrate';
import { createAccounts } from '../../server/auth/accounts';
import { createPgStore } from '../../server/store/pgStore';
import { PLANNER } from '../contract/storeContract';
import { seedData } from '../support/seed';
import { freshDatabase, testPool } from './database';

// `npm run server` as an agency runs it: its own process, migrations on start, the app's page
// from the same origin, and a stop that loses nothing it acknowledged.
let db: Awaited<ReturnType<typeof freshDatabase>>;
let staticDir: string;
let child: ChildProcess | null = null;
// The port the server found free (PORT=0), read from what it prints; the same one on its restart.
let port = 0;
let base = '';

async function start(): Promise<void> {
  // Node itself, not npx: the signal must reach the server, not a wrapper around it.
  child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), ITA_STATIC_DIR: staticDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  for (let i = 0; i < 200; i++) {
    const listening = /listening on http:\/\/[^:]+:(\d+)/.exec(output);
    if (listening) {
      port = Number(listening[1]);
      base = `http://127.0.0.1:${port}`;
      return;
    }
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start: ${output}`);
}

function stop(): Promise<void> {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

beforeAll(async () => {
  db = await freshDatabase();
  // Empty as a new agency's database is, whatever tables later migrations add.
  await db.pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  staticDir = mkdtempSync(join(tmpdir(), 'ita-static-'));
  writeFileSync(
    join(staticDir, 'index.html'),
    '<!doctype html><html lang="th"><head><title>ITA</title>\n    <link rel="modulepreload" crossorigin href="/assets/app.js">\n    <link rel="modulepreload" crossorigin href="/assets/seedDataSet.js" data-first-visit>\n</head><body></body></html>',
  );
  await start();
}, 60_000);
afterAll(async () => {
  await stop();
  await db.drop();
  rmSync(staticDir, { recursive: true, force: true });
});

it('migrates an empty database on start, and serves the app marked as talking to this server', async () => {
  const { rows } = await db.pool.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
  // Every migration the server ships, in order: the files are the list.
  expect(rows.map((r) => r.version)).toEqual(readMigrations().map((m) => m.version));
  expect(rows.map((r) => r.version).slice(0, 3)).toEqual(['001_records', '002_accounts', '003_unknown_sign_ins']);
  const page = await fetch(`${base}/`);
  expect(page.headers.get('content-type')).toContain('text/html');
  const html = await page.text();
  expect(html).toContain('<meta name="ita-data-source" content="server">');
  // The seed is preloaded for a first visit in browser storage; a server never seeds.
  expect(html).toContain('href="/assets/app.js"');
  expect(html).not.toContain('seedDataSet');
  expect((await fetch(`${base}/api/v1/session`)).status).toBe(401);
  expect((await fetch(`${base}/api/v1/nothing-here`)).status).toBe(404);
});

it('keeps every update it acknowledged across a restart', async () => {
  await createPgStore({ pool: db.pool, actor: () => PLANNER }).replaceData(seedData());
  await createAccounts(db.pool).create({ username: 'planner', name: PLANNER.name, role: 'planning-officer', unitId: null, password: 'ลมหนาวพัดผ่านทุ่ง-2565' });
  const signIn = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base },
    body: JSON.stringify({ username: 'planner', password: 'ลมหนาวพัดผ่านทุ่ง-2565' }),
  });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
  const acknowledged: string[] = [];
  const send = (i: number) =>
    fetch(`${base}/api/v1/measures/msr-plan-1/progress`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: base, Cookie: cookie },
      body: JSON.stringify({ date: '2023-01-15', status: 'in-progress', percent: i % 100, note: `ก่อนเริ่มใหม่ ${i}`, evidenceUrl: '' }),
    })
      .then((r) => (r.status === 201 ? acknowledged.push(`ก่อนเริ่มใหม่ ${i}`) : undefined))
      .catch(() => undefined);
  // Updates still arriving while the server is told to stop: it stops once the first is answered.
  const sending = Array.from({ length: 40 }, (_, i) => send(i));
  for (let i = 0; i < 500 && acknowledged.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
  await stop();
  await Promise.all(sending);
  await start();
  const session = await fetch(`${base}/api/v1/session`, { headers: { Cookie: cookie } });
  expect(session.status).toBe(200);
  const pool = testPool(db.url);
  await migrate(pool);
  const kept = (await createPgStore({ pool, actor: () => PLANNER }).listProgress('msr-plan-1')).map((u) => u.note);
  await pool.end();
  expect(acknowledged.length).toBeGreaterThan(0);
  for (const note of acknowledged) expect(kept).toContain(note);
});

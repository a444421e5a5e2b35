import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import pg from 'pg';
import { staticSite } from './dbFaultHarness';
import { startCluster, type Cluster } from './pgCluster';

// What the IT person reads when the server (or server:account) starts: where to open it, and
// one plain sentence, no stack trace, when the database cannot be used. A cluster of this
// file's own, with a password-checked role added to its pg_hba.conf (the run's cluster trusts everyone).
let cluster: Cluster;
let staticDir: string;
const urlAs = (user: string, database: string, password = '') => `postgres://${user}${password ? `:${password}` : ''}@127.0.0.1:${cluster.port}/${database}`;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: cluster.url });
  client.on('error', () => undefined);
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

beforeAll(async () => {
  cluster = await startCluster();
  staticDir = staticSite();
  // PostgreSQL 15: a role that does not own its database may not create tables in it.
  await admin("CREATE ROLE pw_user LOGIN PASSWORD 'the-right-one'");
  await admin('CREATE ROLE not_owner LOGIN');
  await admin('CREATE DATABASE owned_by_other');
  await admin('CREATE DATABASE agency OWNER pw_user');
  cluster.allowFirst(['host all pw_user 127.0.0.1/32 scram-sha-256']);
  // The reload takes a moment: wait until the role is asked for its password.
  for (let i = 0; ; i++) {
    const client = new pg.Client({ connectionString: urlAs('pw_user', 'agency', 'wrong') });
    const refused = await client.connect().then(
      () => client.end().then(() => false),
      () => true,
    );
    if (refused) break;
    if (i > 200) throw new Error('pg_hba.conf was not reloaded');
    await new Promise((r) => setTimeout(r, 25));
  }
}, 120_000);
afterAll(() => {
  cluster?.stop();
  rmSync(staticDir, { recursive: true, force: true });
});

/** Runs a command of the server with `env` until it exits, or until `until` is printed (then stops it). */
function start(script: string, env: Record<string, string | undefined>, until?: RegExp) {
  let output = '';
  const done = new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...(script.includes('createAccount') ? ['--username', 'somchai', '--name', 'นายสมชาย ใจดี', '--role', 'planning-officer'] : [])], {
      env: { ...process.env, ITA_STATIC_DIR: staticDir, PORT: '0', ITA_DB_WAIT_SECONDS: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const take = (d: Buffer) => {
      output += d.toString();
      if (until?.test(output) && child.exitCode === null) child.kill('SIGTERM');
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.once('exit', (code) => resolve({ code, output }));
  });
  return { done, output: () => output };
}
const run = (script: string, env: Record<string, string | undefined>) => start(script, env).done;

const NO_STACK = /^\s+at .+[:(]/m;

it.each([
  ['a wrong password', () => urlAs('pw_user', 'agency', 'wrong'), ['รหัสผ่านของผู้ใช้ "pw_user" ใน DATABASE_URL ไม่ถูกต้อง', 'The password for role "pw_user" in DATABASE_URL is wrong']],
  ['a database that does not exist', () => urlAs('ita', 'no_such_db'), ['ไม่มีฐานข้อมูล "no_such_db"', 'createdb --owner ita no_such_db']],
  ['a role that does not exist', () => urlAs('nobody_here', 'agency'), ['ไม่มีผู้ใช้ (role) "nobody_here"', 'has no role "nobody_here"']],
  ['a role that does not own its database', () => urlAs('not_owner', 'owned_by_other'), ['ผู้ใช้นี้ต้องเป็นเจ้าของฐานข้อมูล', 'the role must own the database']],
  ['nothing listening', () => 'postgres://ita@127.0.0.1:1/ita', ['ติดต่อ PostgreSQL ที่ 127.0.0.1:1 ไม่ได้', 'Cannot reach PostgreSQL at 127.0.0.1:1']],
])('the server and server:account say plainly what is wrong: %s', async (_, url, sentences) => {
  for (const script of ['server/main.ts', 'server/cli/createAccount.ts']) {
    const { code, output } = await run(script, { DATABASE_URL: url(), ITA_PASSWORD: 'ดอกคูนบานสะพรั่ง-42' });
    expect(code, output).toBe(1);
    for (const sentence of sentences) expect(output).toContain(sentence);
    expect(output).not.toMatch(NO_STACK);
    expect(output).not.toContain('the-right-one');
  }
}, 60_000);

it('server:account with no terminal and no ITA_PASSWORD says what to do', async () => {
  const { code, output } = await run('server/cli/createAccount.ts', { DATABASE_URL: urlAs('pw_user', 'agency', 'the-right-one'), ITA_PASSWORD: undefined });
  expect(code).toBe(1);
  expect(output).toContain('ตั้ง ITA_PASSWORD');
  expect(output).toContain('set ITA_PASSWORD');
});

it('waits for a PostgreSQL that is not up yet, then says where the office can open it', async () => {
  await cluster.pauseAsync();
  const starting = start('server/main.ts', { DATABASE_URL: urlAs('pw_user', 'agency', 'the-right-one'), HOST: '0.0.0.0', ITA_DB_WAIT_SECONDS: '60' }, /listening on[\s\S]*(\[server\]\s+http|no network IPv4)/);
  // It says it waits, and for what, before the database is back.
  for (let i = 0; !starting.output().includes('Waiting…'); i++) {
    if (i > 1200) throw new Error(`the server did not say it waits: ${starting.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(starting.output()).toContain('ติดต่อ PostgreSQL ที่ 127.0.0.1:');
  await cluster.resumeAsync();
  const { output } = await starting.done;
  expect(output).toContain('ติดต่อฐานข้อมูลได้ · database reachable: pw_user@127.0.0.1:');
  expect(output).toMatch(/listening on http:\/\/localhost:\d+/);
  const lan = Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal);
  for (const { address } of lan) expect(output).toMatch(new RegExp(`http://${address.replace(/\./g, '\\.')}:\\d+`));
  if (lan.length) expect(output).toContain('เครื่องอื่นในสำนักงานเปิดแอปได้ที่');
  expect(output).not.toContain('the-right-one');
}, 90_000);

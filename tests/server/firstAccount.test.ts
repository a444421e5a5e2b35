import { serve, type ServerType } from '@hono/node-server';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createAccounts } from '../../server/auth/accounts';
import { createSetupCode, SETUP_CODE_TRIES, type SetupCode } from '../../server/auth/setupCode';
import { ACCOUNTS_EXIST, CODE_VOID, codeWrong } from '../../server/routes/firstAccountRoutes';
import { createServerApp, SESSION_COOKIE } from '../../server/serverApp';
import { freshDatabase, testPool } from './database';
import { staticSite } from './dbFaultHarness';

// The first planning officer made from a browser with the code the server printed, on an empty
// server of each test's own, over real HTTP.
const PASSWORD = 'ตะวันลับฟ้า-ที่โพธิ์น้อย';
const open: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (open.length) await open.pop()?.();
});

type Db = Awaited<ReturnType<typeof freshDatabase>>;

/** A server on a new empty database, or a second one on another's (`shared`), as two processes would be. */
async function emptyServer(code: SetupCode | null = createSetupCode(), shared?: Db) {
  const setupCode = code ?? undefined;
  const db = shared ?? (await freshDatabase());
  const app = createServerApp({ pool: db.pool, log: () => undefined, logRequest: () => undefined, setupCode });
  let server: ServerType | undefined;
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  const base = `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
  open.push(async () => {
    await new Promise((resolve) => server?.close(resolve));
    if (!shared) await db.drop();
  });
  const post = (path: string, body: unknown) =>
    fetch(`${base}/api/v1${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: base }, body: JSON.stringify(body) });
  const make = (body: Record<string, unknown> = {}) =>
    post('/setup/first-account', { setupCode: setupCode?.code, username: 'somchai', name: 'นายสมชาย ใจดี', password: PASSWORD, ...body });
  const state = async () => (await (await fetch(`${base}/api/v1/setup`)).json()) as unknown;
  const audit = async () => (await db.pool.query<{ action: string; account_id: string | null }>('SELECT action, account_id FROM audit_log ORDER BY id')).rows;
  return { db, base, post, make, state, audit, accounts: createAccounts(db.pool) };
}
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { kind: string; message: string; code?: string; values?: Record<string, unknown>; fields?: { path: string; message: string }[] } }).error;

it('says an empty server waits for its first account, and nothing more; one without a code does not', async () => {
  const server = await emptyServer();
  expect(await server.state()).toEqual({ firstAccount: true });
  const noCode = await emptyServer(null);
  expect(await noCode.state()).toEqual({ firstAccount: false });
  const refused = await noCode.make({ setupCode: '1234-5678-9012' });
  expect(refused.status).toBe(403);
  expect(await errorOf(refused)).toMatchObject({ code: 'setup.noCode', values: {} });
  expect(await noCode.accounts.count()).toBe(0);
});

it('makes a planning officer with the printed code, who then signs in as anyone does; the code is then spent', async () => {
  const server = await emptyServer();
  const response = await server.make({ role: 'executive', unitId: 'u-finance' });
  expect(response.status).toBe(201);
  const { account } = (await response.json()) as { account: { id: string; role: string; unitId: string | null; username: string } };
  // What the body says about a role is ignored: the first account is always the planning officer.
  expect(account).toMatchObject({ username: 'somchai', role: 'planning-officer', unitId: null });
  const signIn = await server.post('/session', { username: 'somchai', password: PASSWORD });
  expect(signIn.status).toBe(200);
  expect(signIn.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
  expect(await server.state()).toEqual({ firstAccount: false });
  const again = await server.make({ username: 'another', name: 'คนที่สอง' });
  expect(again.status).toBe(403);
  expect(await errorOf(again)).toEqual({ kind: 'forbidden', message: ACCOUNTS_EXIST, code: 'setup.accountsExist', values: {} });
  expect(await server.accounts.count()).toBe(1);
  expect(await server.audit()).toEqual(expect.arrayContaining([{ action: 'first-account', account_id: account.id }]));
});

it('takes the code as read off a log: spaces, no dashes, Thai digits', async () => {
  const code = createSetupCode();
  const server = await emptyServer(code);
  const thai = code.code.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)] ?? d).replace(/-/g, ' ');
  expect((await server.make({ setupCode: ` ${thai} ` })).status).toBe(201);
});

it('refuses a wrong code, says how many tries are left, and writes each to the audit log', async () => {
  const server = await emptyServer();
  const wrong = await server.make({ setupCode: '0000-0000-000x' });
  expect(wrong.status).toBe(403);
  expect(await errorOf(wrong)).toEqual({ kind: 'forbidden', message: codeWrong(SETUP_CODE_TRIES - 1), code: 'setup.codeWrong', values: { triesLeft: SETUP_CODE_TRIES - 1 } });
  expect((await errorOf(await server.make({ setupCode: 'abc' }))).message).toBe(codeWrong(SETUP_CODE_TRIES - 2));
  expect((await server.audit()).map((r) => r.action)).toEqual(['first-account-code-wrong', 'first-account-code-wrong']);
  expect(await server.accounts.count()).toBe(0);
  // The right one still works after a few wrong ones.
  expect((await server.make()).status).toBe(201);
});

it(`voids the code after ${SETUP_CODE_TRIES} wrong ones, the right one included, until a restart`, async () => {
  const server = await emptyServer();
  const answers: string[] = [];
  for (let i = 0; i < SETUP_CODE_TRIES; i++) answers.push((await errorOf(await server.make({ setupCode: `9999-9999-${String(i).padStart(4, '0')}x` }))).message);
  expect(answers.at(-2)).toBe(codeWrong(1));
  expect(answers.at(-1)).toBe(CODE_VOID);
  expect(CODE_VOID).toContain('เริ่มเซิร์ฟเวอร์ใหม่');
  const right = await server.make();
  expect(right.status).toBe(403);
  expect(await errorOf(right)).toEqual({ kind: 'forbidden', message: CODE_VOID, code: 'setup.codeVoid', values: { tries: SETUP_CODE_TRIES } });
  expect(await server.accounts.count()).toBe(0);
});

it('refuses a weak password naming the field, and the code stays good for the next try', async () => {
  const server = await emptyServer();
  for (const password of ['1234567890', 'qwertyuiop', 'somchai2530']) {
    const weak = await server.make({ password });
    expect(weak.status, password).toBe(400);
    expect((await errorOf(weak)).fields?.map((f) => f.path), password).toEqual(['password']);
    // The rule's code too, so the form words it in the reader's language.
    expect((await errorOf(await server.make({ password }))).fields?.[0], password).toMatchObject({ code: expect.stringMatching(/^password\./) });
  }
  const badName = await server.make({ username: 'ส ม ช า ย' });
  expect((await errorOf(badName)).fields?.map((f) => f.path)).toEqual(['username']);
  expect(await server.accounts.count()).toBe(0);
  expect((await server.make()).status).toBe(201);
});

it('refuses a write from another site and a body that is not JSON, before the code is tried', async () => {
  const server = await emptyServer();
  const body = JSON.stringify({ setupCode: '0000-0000-0000', username: 'somchai', name: 'นายสมชาย ใจดี', password: PASSWORD });
  const crossSite = await fetch(`${server.base}/api/v1/setup/first-account`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://elsewhere.example' }, body });
  expect(crossSite.status).toBe(403);
  const form = await fetch(`${server.base}/api/v1/setup/first-account`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.base }, body: 'setupCode=1' });
  expect(form.status).toBe(415);
  // Neither counted as a wrong code: the tenth would void it for the person holding the real one.
  expect(await server.audit()).toEqual([]);
  expect((await server.make()).status).toBe(201);
});

it('makes one account when two are sent at once with the right code', async () => {
  const server = await emptyServer();
  const both = await Promise.all([server.make({ username: 'first', name: 'คนแรก' }), server.make({ username: 'second', name: 'คนที่สอง' })]);
  expect(both.map((r) => r.status).sort()).toEqual([201, 403]);
  const refused = both.find((r) => r.status === 403);
  expect((await errorOf(refused as Response)).message).toBe(ACCOUNTS_EXIST);
  expect(await server.accounts.count()).toBe(1);
});

it('makes one account when two servers on one database are each sent their right code at once', async () => {
  const first = await emptyServer();
  const second = await emptyServer(createSetupCode(), first.db);
  const both = await Promise.all([first.make({ username: 'first', name: 'คนแรก' }), second.make({ username: 'second', name: 'คนที่สอง' })]);
  expect(both.map((r) => r.status).sort()).toEqual([201, 403]);
  expect((await errorOf(both.find((r) => r.status === 403) as Response)).message).toBe(ACCOUNTS_EXIST);
  expect(await first.accounts.count()).toBe(1);
});

it('takes a burst of tries one at a time, so a small pool is not all held waiting for the lock', async () => {
  const db = await freshDatabase();
  const small = testPool(db.url, 2);
  open.push(async () => {
    await small.end();
    await db.drop();
  });
  const server = await emptyServer(createSetupCode(), { ...db, pool: small });
  const wrong = Array.from({ length: 6 }, (_, i) => server.make({ setupCode: `0000-0000-000${i}x` }));
  const answers = await Promise.all([...wrong, server.make()]);
  expect(answers.map((r) => r.status).sort()).toEqual([201, 403, 403, 403, 403, 403, 403]);
});

it('prints a new code at each start while there is no account, in Thai and English, and none once there is one', async () => {
  const db = await freshDatabase();
  const site = staticSite();
  open.push(async () => {
    rmSync(site, { recursive: true, force: true });
    await db.drop();
  });
  const startOnce = () =>
    new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        env: { ...process.env, DATABASE_URL: db.url, ITA_STATIC_DIR: site, PORT: '0', ITA_DB_WAIT_SECONDS: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const take = (d: Buffer) => {
        output += d.toString();
        if (/listening on http:\/\//.test(output) && child.exitCode === null) child.kill('SIGTERM');
      };
      child.stdout.on('data', take);
      child.stderr.on('data', take);
      child.once('exit', () => (/listening on/.test(output) ? resolve(output) : reject(new Error(output))));
    });
  const codeIn = (output: string) => /create the first planning officer with the setup code: (\d{4}-\d{4}-\d{4})$/m.exec(output)?.[1];
  const first = await startOnce();
  expect(first).toMatch(/รหัสตั้งค่า: \d{4}-\d{4}-\d{4}$/m);
  expect(first).toContain('docker compose logs app');
  expect(first).toContain('journalctl -u ita-dashboard');
  const second = await startOnce();
  expect(codeIn(first)).toBeTruthy();
  expect(codeIn(second)).toBeTruthy();
  expect(codeIn(second)).not.toBe(codeIn(first));
  await createAccounts(db.pool).create({ username: 'somchai', name: 'นายสมชาย ใจดี', role: 'planning-officer', unitId: null, password: PASSWORD });
  const third = await startOnce();
  expect(third).not.toMatch(/setup code|รหัสตั้งค่า/);
}, 60_000);

import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createAccounts } from '../../server/auth/accounts';
import { errorLogLine, logLine, type RequestLine } from '../../server/http/requestLog';
import { createServerApp, SESSION_COOKIE } from '../../server/serverApp';
import { createPgStore } from '../../server/store/pgStore';
import { PLANNER } from '../contract/storeContract';
import { seedData } from '../support/seed';
import { freshDatabase } from './database';
import { PASSWORD } from './testServer';

// Each request is one line of JSON in the log — method, route, path, status, time taken, the
// account — and nothing a request carries can forge a line, or put a password or cookie there.
let db: Awaited<ReturnType<typeof freshDatabase>>;
let server: ServerType | undefined;
let base = '';
const lines: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  db = await freshDatabase();
  await createPgStore({ pool: db.pool, actor: () => PLANNER }).replaceData(seedData());
  await createAccounts(db.pool).create({ username: 'planner', name: PLANNER.name, role: 'planning-officer', unitId: null, password: PASSWORD });
  const app = createServerApp({ pool: db.pool, logRequest: (line) => lines.push(line), log: (message, error) => errors.push(errorLogLine(message, error)) });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  base = `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await db.drop();
});

/** The lines logged while `work` ran, each parsed (a line that is not one JSON object fails here). */
async function logged(work: () => Promise<unknown>): Promise<RequestLine[]> {
  const from = lines.length;
  await work();
  const added = lines.slice(from);
  for (const line of added) expect(line).not.toMatch(/[\n\r\u2028\u2029]/);
  return added.map((line) => JSON.parse(line) as RequestLine);
}

const signIn = () =>
  fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base },
    body: JSON.stringify({ username: 'planner', password: PASSWORD }),
  });

it('logs a request as one line: time, method, route, path, status, ms, and the account when signed in', async () => {
  let cookie = '';
  const [signedIn, read] = await logged(async () => {
    const response = await signIn();
    cookie = response.headers.get('set-cookie')?.match(new RegExp(`${SESSION_COOKIE}=[^;]+`))?.[0] ?? '';
    await fetch(`${base}/api/v1/measures/msr-plan-1`, { headers: { Cookie: cookie } });
  });
  expect(Object.keys(read ?? {}).sort()).toEqual(['account', 'method', 'ms', 'path', 'route', 'status', 'time']);
  expect(read).toMatchObject({ method: 'GET', route: '/api/v1/measures/:id', path: '/api/v1/measures/msr-plan-1', status: 200 });
  expect(read?.account).toMatch(/\S/);
  expect(Date.parse(read?.time ?? '')).not.toBeNaN();
  expect(read?.ms).toBeGreaterThanOrEqual(0);
  // The sign-in itself has no account yet when it is found; its line tells neither the password nor the cookie.
  expect(signedIn).toMatchObject({ method: 'POST', route: '/api/v1/session', status: 200 });
  const all = lines.join('\n');
  expect(all).not.toContain(PASSWORD);
  expect(all).not.toContain(cookie.split('=')[1]);
});

it('logs nobody’s account for a request with no session, and the static and unknown routes too', async () => {
  const [refused, unknown] = await logged(async () => {
    await fetch(`${base}/api/v1/measures?assessmentId=asm-2565&secret=hunter2`);
    await fetch(`${base}/api/v1/nothing-here`);
  });
  expect(refused).toMatchObject({ route: '/api/v1/measures', path: '/api/v1/measures', status: 401 });
  expect(refused).not.toHaveProperty('account');
  expect(JSON.stringify(refused)).not.toContain('hunter2');
  expect(unknown).toMatchObject({ status: 404, path: '/api/v1/nothing-here' });
});

it('cannot be made to write a forged line: newlines, control characters and line separators stay escaped', async () => {
  const forged = '%0A%7B%22time%22%3A%22forged%22%7D%0D%E2%80%A8%E2%80%A9%1B[31m';
  const entries = await logged(async () => {
    await fetch(`${base}/api/v1/measures/x${forged}`);
    await fetch(`${base}/page${forged}`);
  });
  expect(entries).toHaveLength(2);
  for (const entry of entries) {
    expect(entry.time).not.toBe('forged');
    expect(entry.path).toContain('%0A');
  }
});

it('cuts a long path short', async () => {
  const [entry] = await logged(() => fetch(`${base}/api/v1/${'x'.repeat(5_000)}`));
  expect(entry?.path.length).toBeLessThanOrEqual(201);
  expect(entry?.path.endsWith('…')).toBe(true);
});

it('writes any text as one line, whatever it holds', () => {
  const line = logLine({ message: 'a\nb\r\u2028\u2029\u0000\ud800' });
  for (const c of ['\n', '\r', '\u2028', '\u2029', '\u0000', '\ud800']) expect(line).not.toContain(c);
  expect(JSON.parse(line)).toEqual({ message: 'a\nb\r\u2028\u2029\u0000\ud800' });
  const error = errorLogLine('GET /x\nforged failed', new Error('boom\nline two'), new Date('2026-12-05T00:00:00Z'));
  expect(error).not.toContain('\n');
  expect(JSON.parse(error)).toMatchObject({ time: '2026-12-05T00:00:00.000Z', level: 'error', message: 'GET /x\nforged failed' });
  expect(errors).toEqual([]);
});

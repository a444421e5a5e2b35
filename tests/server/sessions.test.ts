import { createAccounts, SESSION_HOURS, SESSION_MAX_DAYS } from '../../server/auth/accounts';
import { createServerApp } from '../../server/serverApp';
import { freshDatabase } from './database';

// The session cookie's name and a session's two lifetimes, on a clock the test moves.
let db: Awaited<ReturnType<typeof freshDatabase>>;
let clock = new Date('2026-12-01T08:00:00Z');
const PASSWORD = 'ยาวพอและไม่ซ้ำใคร-2569';
const HOUR = 3_600_000;

beforeAll(async () => {
  db = await freshDatabase();
  await createAccounts(db.pool).create({ username: 'mayor', name: 'นายกเทศมนตรี ตำบลโพกน้อย', role: 'executive', unitId: null, password: PASSWORD });
});
afterAll(() => db.drop());

// Through app.request, so the address comes from X-Forwarded-For (there is no socket).
const appWith = (secureCookies: boolean) => createServerApp({ pool: db.pool, log: () => undefined, logRequest: () => undefined, now: () => clock, secureCookies, trustProxy: true });

async function signIn(app: ReturnType<typeof appWith>, cookie?: string) {
  const response = await app.request('/api/v1/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.10', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify({ username: 'mayor', password: PASSWORD }),
  });
  expect(response.status).toBe(200);
  const header = response.headers.get('set-cookie') ?? '';
  return { header, cookie: header.split(';')[0] ?? '' };
}
const whoIs = async (app: ReturnType<typeof appWith>, cookie: string) => (await app.request('/api/v1/session', { headers: { Cookie: cookie } })).status;

describe('the session cookie', () => {
  it('is a __Host- cookie with secure cookies on: Secure, Path=/, no Domain, and only that name is read', async () => {
    const app = appWith(true);
    const { header, cookie } = await signIn(app);
    expect(header).toMatch(/^__Host-ita_session=[A-Za-z0-9_-]{43};/);
    expect(header).toContain('Secure');
    expect(header).toContain('Path=/');
    expect(header).not.toMatch(/domain=/i);
    expect(await whoIs(app, cookie)).toBe(200);
    // The same token under the plain name is not the session: a cookie planted over http cannot stand in.
    expect(await whoIs(app, cookie.replace('__Host-', ''))).toBe(401);
  });

  it('is cleared and ended under the name it was given', async () => {
    const app = appWith(true);
    const { cookie } = await signIn(app);
    const out = await app.request('/api/v1/session', { method: 'DELETE', headers: { Cookie: cookie } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^__Host-ita_session=;.*Max-Age=0.*Secure/);
    expect(await whoIs(app, cookie)).toBe(401);
  });

  it('keeps the plain name, without Secure, over plain http', async () => {
    const app = appWith(false);
    const { header, cookie } = await signIn(app);
    expect(header).toMatch(/^ita_session=/);
    expect(header).not.toContain('Secure');
    expect(await whoIs(app, cookie)).toBe(200);
    expect(await whoIs(app, `__Host-${cookie}`)).toBe(401);
  });
});

describe('a session’s lifetime', () => {
  it(`ends ${SESSION_MAX_DAYS} days after sign-in however much it is used, though each use renews its ${SESSION_HOURS} idle hours`, async () => {
    const app = appWith(false);
    const start = clock.getTime();
    const { cookie } = await signIn(app);
    // Used every ten hours: each use keeps it past the idle limit…
    for (let at = 10 * HOUR; at < SESSION_MAX_DAYS * 24 * HOUR; at += 10 * HOUR) {
      clock = new Date(start + at);
      expect(await whoIs(app, cookie)).toBe(200);
    }
    const { rows } = await db.pool.query<{ longest: boolean }>('SELECT bool_and(expires_at <= created_at + interval \'7 days\') AS longest FROM sessions');
    expect(rows[0]?.longest).toBe(true);
    // …but not past its absolute end.
    clock = new Date(start + SESSION_MAX_DAYS * 24 * HOUR + 60_000);
    expect(await whoIs(app, cookie)).toBe(401);
  });

  it(`ends once left alone for ${SESSION_HOURS} hours`, async () => {
    const app = appWith(false);
    const { cookie } = await signIn(app);
    clock = new Date(clock.getTime() + (SESSION_HOURS - 1) * HOUR);
    expect(await whoIs(app, cookie)).toBe(200);
    clock = new Date(clock.getTime() + SESSION_HOURS * HOUR + 60_000);
    expect(await whoIs(app, cookie)).toBe(401);
  });
});

describe('signing in again', () => {
  it('issues a new session id and ends the one the browser brought (no fixation)', async () => {
    const app = appWith(false);
    const first = await signIn(app);
    const second = await signIn(app, first.cookie);
    expect(second.cookie).not.toBe(first.cookie);
    expect(await whoIs(app, second.cookie)).toBe(200);
    expect(await whoIs(app, first.cookie)).toBe(401);
  });

  it('leaves the account’s sessions on other devices alone', async () => {
    const app = appWith(false);
    const phone = await signIn(app);
    const desk = await signIn(app);
    expect(desk.cookie).not.toBe(phone.cookie);
    expect(await whoIs(app, phone.cookie)).toBe(200);
  });
});

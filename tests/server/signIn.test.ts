import { actorHeaders } from '../../src/data/adapters/http/actorHeaders';
import { PLANNER } from '../contract/storeContract';
import { createAccounts } from '../../server/auth/accounts';
import { createServerApp } from '../../server/serverApp';
import { PASSWORD, startTestServer, type ApiInit } from './testServer';

// Sign-in, sessions and accounts on the real server: who is acting is the session's account,
// never what a request says about itself.
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const api = (path: string, init?: ApiInit) => server.api(path, init);
const errorOf = async (response: Response) => ((await response.json()) as { error: { kind: string; message: string } }).error;

it('answers nobody who is not signed in, whatever the request says about itself', async () => {
  const response = await api('/measures?assessmentId=asm-2565', { headers: actorHeaders(PLANNER) });
  expect(response.status).toBe(401);
  expect((await errorOf(response)).message).toBe('กรุณาลงชื่อเข้าใช้ก่อน (หรือการเข้าใช้หมดเวลาแล้ว)');
});

it('signs in with an HttpOnly, SameSite=Strict cookie, and says who is signed in', async () => {
  const response = await fetch(`${server.base}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.base },
    body: JSON.stringify({ username: '  Planner ', password: PASSWORD }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/^ita_session=[A-Za-z0-9_-]{43};/);
  expect(cookie).toContain('HttpOnly');
  expect(cookie).toContain('SameSite=Strict');
  const session = await api('/session', { cookie: cookie.split(';')[0] });
  expect(((await session.json()) as { account: { name: string; role: string } }).account).toMatchObject({ name: PLANNER.name, role: 'planning-officer' });
});

it('gives the same answer for an unknown name and a wrong password', async () => {
  const wrong = await server.signIn('finance', 'not the password');
  const unknown = await server.signIn('nobody-here', 'not the password');
  expect([wrong.status, unknown.status]).toEqual([401, 401]);
  expect(wrong.body).toEqual(unknown.body);
  expect(wrong.body).toEqual({ error: { kind: 'unauthorized', message: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง', code: 'signIn.wrong', values: {} } });
});

it('locks an account after five wrong passwords in a row, even to the right one, and says until when', async () => {
  const { cookie } = await server.signIn('planner');
  await api('/accounts', { method: 'POST', cookie, body: JSON.stringify({ username: 'guessed', name: 'ผู้ถูกเดารหัส', role: 'executive', unitId: null, password: PASSWORD }) });
  for (let i = 0; i < 5; i++) await server.signIn('guessed', `wrong ${i}`);
  const right = await server.signIn('guessed');
  expect(right.status).toBe(429);
  expect(right.cookie).toBeNull();
  const { error } = right.body as { error: { message: string; code: string; values: { time: string; minutes: number } } };
  expect(error.message).toMatch(/^ใส่รหัสผ่านผิดหลายครั้ง บัญชีนี้ถูกพักการลงชื่อเข้าใช้ถึงเวลา \d\d:\d\d น\.$/);
  // The code and values say the same for a screen in another language: the clock time, and how long that is.
  expect(error).toMatchObject({ code: 'signIn.locked', values: { time: expect.stringMatching(/^\d\d:\d\d$/), minutes: 15 } });
  expect(error.message).toContain(error.values.time);
});

it('says a disabled account is disabled, with its code', async () => {
  const { cookie } = await server.signIn('planner');
  const made = await api('/accounts', { method: 'POST', cookie, body: JSON.stringify({ username: 'gone-away', name: 'ผู้ย้ายไปแล้ว', role: 'executive', unitId: null, password: PASSWORD }) });
  const { id } = (await made.json()) as { id: string };
  expect((await api(`/accounts/${id}`, { method: 'PATCH', cookie, body: JSON.stringify({ disabled: true }) })).status).toBe(200);
  const refused = await server.signIn('gone-away');
  expect(refused.status).toBe(401);
  expect(refused.body).toEqual({ error: { kind: 'unauthorized', message: 'บัญชีนี้ถูกปิดการใช้งาน กรุณาติดต่อเจ้าหน้าที่วิเคราะห์นโยบายและแผน', code: 'signIn.disabled', values: {} } });
});

it('refuses a write another site makes the browser send, and a body that is not JSON', async () => {
  const { cookie } = await server.signIn('planner');
  const body = JSON.stringify({ improvementMark: 80 });
  expect((await api('/settings', { method: 'PATCH', cookie, body, headers: { Origin: 'https://evil.example' } })).status).toBe(403);
  expect((await api('/settings', { method: 'PATCH', cookie, body, headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
  expect((await api('/settings', { method: 'PATCH', cookie, body: 'improvementMark=80', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })).status).toBe(415);
  expect((await api('/settings', { method: 'PATCH', cookie, body })).status).toBe(200);
});

it('enforces the session’s role, not the one the headers claim: a department head is refused settings with 403', async () => {
  const { cookie } = await server.signIn('finance');
  const response = await api('/settings', { method: 'PATCH', cookie, body: JSON.stringify({ improvementMark: 70 }), headers: actorHeaders(PLANNER) });
  expect(response.status).toBe(403);
  expect((await errorOf(response)).message).toBe('เฉพาะเจ้าหน้าที่วิเคราะห์นโยบายและแผนเท่านั้นที่ทำรายการนี้ได้');
});

it('lets the planning officer, and no one else, manage accounts; a disabled account’s session ends at once', async () => {
  const planner = (await server.signIn('planner')).cookie;
  const head = (await server.signIn('finance')).cookie;
  expect((await api('/accounts', { cookie: head })).status).toBe(403);
  const weak = await api('/accounts', { method: 'POST', cookie: planner, body: JSON.stringify({ username: 'works', name: 'ผู้อำนวยการกองช่าง', role: 'department-head', unitId: 'unit-finance', password: 'short' }) });
  expect(weak.status).toBe(400);
  expect((await errorOf(weak)).message).toContain('รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร');
  const created = await api('/accounts', { method: 'POST', cookie: planner, body: JSON.stringify({ username: 'works', name: 'ผู้อำนวยการกองช่าง', role: 'department-head', unitId: 'unit-finance', password: PASSWORD }) });
  expect(created.status).toBe(201);
  const account = (await created.json()) as { id: string; username: string };
  expect(account).not.toHaveProperty('passwordHash');
  expect((await api('/accounts', { method: 'POST', cookie: planner, body: JSON.stringify({ username: 'works', name: 'ซ้ำ', role: 'executive', unitId: null, password: PASSWORD }) })).status).toBe(400);
  const theirs = (await server.signIn('works')).cookie;
  expect((await api('/session', { cookie: theirs })).status).toBe(200);
  expect((await api(`/accounts/${account.id}`, { method: 'PATCH', cookie: planner, body: JSON.stringify({ disabled: true }) })).status).toBe(200);
  expect((await api('/session', { cookie: theirs })).status).toBe(401);
  expect((await server.signIn('works')).status).toBe(401);
});

it('keeps its own audit log of writes and sign-ins, for the planning officer to read', async () => {
  const planner = (await server.signIn('planner')).cookie;
  await server.signIn('office', 'wrong password');
  await api('/settings', { method: 'PATCH', cookie: planner, body: JSON.stringify({ improvementMark: 85 }) });
  const log = (await (await api('/audit-log?limit=20', { cookie: planner })).json()) as { actorName: string | null; action: string; status: number }[];
  expect(log[0]).toMatchObject({ actorName: PLANNER.name, action: 'PATCH /api/v1/settings', status: 200 });
  expect(log.map((e) => e.action)).toContain('sign-in-wrong');
  expect(log.map((e) => e.action)).toContain('sign-in');
  expect((await api('/audit-log', { cookie: (await server.signIn('executive')).cookie })).status).toBe(403);
});

it('signs out: the cookie is cleared and the session no longer works', async () => {
  const { cookie } = await server.signIn('executive');
  const out = await api('/session', { method: 'DELETE', cookie });
  expect(out.status).toBe(204);
  expect(out.headers.get('set-cookie')).toMatch(/ita_session=;/);
  expect((await api('/session', { cookie })).status).toBe(401);
});

it('refuses a body over the limit with 413 before reading it whole', async () => {
  const { cookie } = await server.signIn('planner');
  const huge = JSON.stringify({ improvementMark: 80, padding: 'ก'.repeat(20 * 1024 * 1024) });
  expect((await api('/settings', { method: 'PATCH', cookie, body: huge })).status).toBe(413);
});

/** A sign-in straight to an app of the test's own, each from an address of its own (so the per-address limit stays out of it). */
let addresses = 0;
const signInTo = async (app: ReturnType<typeof createServerApp>, username: string, password: string) => {
  addresses += 1;
  const response = await app.request('/api/v1/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `192.0.2.${addresses}` },
    body: JSON.stringify({ username, password }),
  });
  return { response, status: response.status, error: (await response.clone().json()) as { error: { kind: string; message: string } } };
};

it('locks a name that has no account exactly as it locks a real one, so the lockout does not tell which names exist', async () => {
  const app = createServerApp({ pool: server.db.pool, log: () => undefined, logRequest: () => undefined, trustProxy: true });
  const real = 'finance-twin';
  const { cookie } = await server.signIn('planner');
  await api('/accounts', { method: 'POST', cookie, body: JSON.stringify({ username: real, name: 'บัญชีจริง', role: 'executive', unitId: null, password: PASSWORD }) });
  const answers: Record<string, unknown[]> = { [real]: [], 'no-such-person': [] };
  for (const name of Object.keys(answers)) {
    for (let i = 0; i < 7; i++) {
      const { status, error } = await signInTo(app, name, `wrong ${i}`);
      answers[name]?.push([status, error.error.message.replace(/\d\d:\d\d/, 'hh:mm')]);
    }
  }
  expect(answers['no-such-person']).toEqual(answers[real]);
  expect(answers[real]?.slice(4)).toEqual(Array(3).fill([429, 'ใส่รหัสผ่านผิดหลายครั้ง บัญชีนี้ถูกพักการลงชื่อเข้าใช้ถึงเวลา hh:mm น.']));
  expect(answers[real]?.slice(0, 4)).toEqual(Array(4).fill([401, 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง']));
});

it('refuses a sign-in with 503 and Retry-After, uncounted, when the password checks’ waiting room is full', async () => {
  const full = createServerApp({ pool: server.db.pool, log: () => undefined, logRequest: () => undefined, trustProxy: true, passwordChecks: { running: 0, waiting: 0 } });
  const failures = async () =>
    (await server.db.pool.query<{ failed_sign_ins: number }>("SELECT failed_sign_ins FROM accounts WHERE username = 'office'")).rows[0]?.failed_sign_ins;
  const before = await failures();
  const { response, error } = await signInTo(full, 'office', PASSWORD);
  expect(response.status).toBe(503);
  expect(response.headers.get('Retry-After')).toBe('5');
  expect(error.error).toEqual({ kind: 'busy', message: 'ระบบกำลังตรวจรหัสผ่านของผู้ลงชื่อเข้าใช้จำนวนมาก กรุณาลองใหม่ในอีกสักครู่', code: 'signIn.busy', values: {} });
  expect(await failures()).toBe(before);
  // Nor against the address: thirty busy refusals from one office leave its next try counted as the first.
  for (let i = 0; i < 30; i++) {
    const again = await full.request('/api/v1/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.7' },
      body: JSON.stringify({ username: 'office', password: 'wrong' }),
    });
    expect(again.status).toBe(503);
  }
});

it('counts a sign-in against the address its proxy added, not one the browser put in front of it', async () => {
  const behindProxy = createServerApp({ pool: server.db.pool, log: () => undefined, logRequest: () => undefined, trustProxy: true });
  // A proxy that appends (nginx) keeps what the browser sent: each try claims a new address first.
  const attempt = (i: number) =>
    behindProxy.request('/api/v1/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.9.${i}.1, 203.0.113.77` },
      body: JSON.stringify({ username: `nobody-${i}`, password: 'wrong password here' }),
    });
  for (let i = 0; i < 20; i++) expect((await attempt(i)).status).toBe(401);
  const blocked = await attempt(20);
  expect(blocked.status).toBe(429);
  expect(((await blocked.json()) as { error: unknown }).error).toEqual({
    kind: 'rate-limited',
    message: 'ลงชื่อเข้าใช้ไม่สำเร็จหลายครั้งเกินไปจากเครื่องนี้ กรุณารอ 15 นาทีแล้วลองใหม่',
    code: 'signIn.tooManyTries',
    values: { minutes: 15 },
  });
});

it('refuses a tab that signed in as another account than the cookie now holds (two tabs, one cookie)', async () => {
  const { cookie: plannerCookie } = await server.signIn('planner');
  const planner = ((await (await api('/session', { cookie: plannerCookie })).json()) as { account: { id: string } }).account;
  // Later, in another tab of the same browser, the executive signs in: the cookie is now theirs.
  const { cookie } = await server.signIn('executive');
  const executive = ((await (await api('/session', { cookie })).json()) as { account: { id: string } }).account;
  expect((await api('/measures?assessmentId=asm-2565', { cookie, headers: { 'X-ITA-Account': executive.id } })).status).toBe(200);
  const olderTab = await api('/settings', { method: 'PATCH', cookie, body: JSON.stringify({ improvementMark: 75 }), headers: { 'X-ITA-Account': planner.id } });
  expect(olderTab.status).toBe(401);
  expect((await api('/measures?assessmentId=asm-2565', { cookie, headers: { 'X-ITA-Account': planner.id } })).status).toBe(401);
  // The older tab signing out leaves the executive's session alone.
  expect((await api('/session', { method: 'DELETE', cookie, headers: { 'X-ITA-Account': planner.id } })).status).toBe(204);
  expect((await api('/session', { cookie })).status).toBe(200);
  expect((await api('/session', { method: 'DELETE', cookie, headers: { 'X-ITA-Account': executive.id } })).status).toBe(204);
  expect((await api('/session', { cookie })).status).toBe(401);
});

it('keeps the agency from losing its last planning officer: not themselves, and not the last one by another’s hand', async () => {
  const { cookie } = await server.signIn('planner');
  const me = ((await (await api('/session', { cookie })).json()) as { account: { id: string } }).account;
  const own = await api(`/accounts/${me.id}`, { method: 'PATCH', cookie, body: JSON.stringify({ disabled: true }) });
  expect(own.status).toBe(403);
  expect((await errorOf(own)).message).toBe('ปิดการใช้งานบัญชีของตนเองไม่ได้');
  const demoted = await api(`/accounts/${me.id}`, { method: 'PATCH', cookie, body: JSON.stringify({ role: 'executive', unitId: null }) });
  expect((await errorOf(demoted)).message).toBe('เปลี่ยนบทบาทเจ้าหน้าที่วิเคราะห์นโยบายและแผนของตนเองไม่ได้');
  // A second planning officer may be disabled while the first remains; the first may not, by the second.
  const second = (await (await api('/accounts', { method: 'POST', cookie, body: JSON.stringify({ username: 'planner-two', name: 'นักวิเคราะห์ฯ คนที่สอง', role: 'planning-officer', unitId: null, password: PASSWORD }) })).json()) as { id: string };
  const theirs = (await server.signIn('planner-two')).cookie;
  expect((await api(`/accounts/${second.id}`, { method: 'PATCH', cookie, body: JSON.stringify({ disabled: true }) })).status).toBe(200);
  expect((await api(`/accounts/${second.id}`, { method: 'PATCH', cookie, body: JSON.stringify({ disabled: false }) })).status).toBe(200);
  const again = (await server.signIn('planner-two')).cookie;
  expect(theirs).not.toBeNull();
  // With the first disabled by the second, the second is the last: the first cannot then be spared by anyone.
  expect((await api(`/accounts/${me.id}`, { method: 'PATCH', cookie: again, body: JSON.stringify({ disabled: true }) })).status).toBe(200);
  expect((await errorOf(await api(`/accounts/${second.id}`, { method: 'PATCH', cookie: again, body: JSON.stringify({ disabled: true }) }))).message).toBe('ปิดการใช้งานบัญชีของตนเองไม่ได้');
  // Through the API the one asking always remains; anything else that changes accounts (a script
  // on the server) still cannot take away the last one.
  await expect(createAccounts(server.db.pool).update(second.id, { role: 'executive', unitId: null })).rejects.toThrow(
    'ต้องมีเจ้าหน้าที่วิเคราะห์นโยบายและแผนที่ใช้งานได้อย่างน้อยหนึ่งบัญชี จึงปิดการใช้งานหรือเปลี่ยนบทบาทบัญชีนี้ไม่ได้',
  );
  const { rows } = await server.db.pool.query<{ n: string }>("SELECT count(*) AS n FROM accounts WHERE role = 'planning-officer' AND NOT disabled");
  expect(Number(rows[0]?.n)).toBe(1);
  await server.db.pool.query("UPDATE accounts SET disabled = false WHERE username = 'planner'");
});

it('sends each refusal of an account with its code and values, for a screen in another language', async () => {
  const { cookie } = await server.signIn('planner');
  const me = ((await (await api('/session', { cookie })).json()) as { account: { id: string; name: string } }).account;
  const make = (account: Record<string, unknown>) =>
    api('/accounts', { method: 'POST', cookie, body: JSON.stringify({ username: 'coded', name: 'ผู้ทดสอบรหัส', role: 'executive', unitId: null, password: PASSWORD, ...account }) });
  const fieldsOf = async (response: Response) => ((await response.json()) as { error: { fields: { path: string; code?: string; values?: unknown }[] } }).error.fields;
  expect(await fieldsOf(await make({ username: 'finance' }))).toMatchObject([{ path: 'username', code: 'username-taken', values: { username: 'finance' } }]);
  expect(await fieldsOf(await make({ name: ` ${me.name} ` }))).toMatchObject([{ path: 'name', code: 'name-taken', values: { name: me.name } }]);
  expect(await fieldsOf(await make({ role: 'department-head', unitId: 'unit-nowhere' }))).toMatchObject([{ path: 'unitId', code: 'unknown-unit', values: { unitId: 'unit-nowhere' } }]);
  const own = (changes: Record<string, unknown>) => api(`/accounts/${me.id}`, { method: 'PATCH', cookie, body: JSON.stringify(changes) });
  expect(await fieldsOf(await own({ password: 'ใหม่และยาวพอ-ของฉัน' }))).toMatchObject([{ path: 'currentPassword', code: 'current-password-missing' }]);
  expect(await fieldsOf(await own({ password: 'ใหม่และยาวพอ-ของฉัน', currentPassword: 'not it at all' }))).toMatchObject([{ path: 'currentPassword', code: 'current-password-wrong' }]);
});

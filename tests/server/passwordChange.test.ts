import { LOCK_AFTER_FAILURES } from '../../server/auth/accounts';
import { COMMON_PASSWORD } from '../../server/auth/commonPasswords';
import { PASSWORD_PROBLEMS } from '../../src/domain/passwordRule';
import { PASSWORD, startTestServer, type ApiInit } from './testServer';

// Changing one's own password: the current one first (counted like a sign-in), the new one
// checked as any other, and every other session of the account ended.
let server: Awaited<ReturnType<typeof startTestServer>>;
let planner: string | null;
beforeAll(async () => {
  server = await startTestServer();
  planner = (await server.signIn('planner')).cookie;
});
afterAll(() => server.close());

const api = (path: string, init?: ApiInit) => server.api(path, init);
const change = (cookie: string | null, currentPassword: string, newPassword: string) =>
  api('/session/password', { method: 'PUT', cookie, body: JSON.stringify({ currentPassword, newPassword }) });
const fieldsOf = async (response: Response) => ((await response.json()) as { error: { fields?: { path: string; message: string }[] } }).error.fields;
const status = async (cookie: string | null) => (await api('/session', { cookie })).status;
const failures = async (username: string) =>
  (await server.db.pool.query<{ failed_sign_ins: number }>('SELECT failed_sign_ins FROM accounts WHERE username = $1', [username])).rows[0]?.failed_sign_ins;

/** An account of the test's own, made by the planning officer, with one session open per device named. */
async function person(username: string, role = 'executive', ...devices: string[]) {
  const made = await api('/accounts', { method: 'POST', cookie: planner, body: JSON.stringify({ username, name: `ผู้ทดสอบ ${username}`, role, unitId: null, password: PASSWORD }) });
  expect(made.status).toBe(201);
  const { id } = (await made.json()) as { id: string };
  const sessions: Record<string, string | null> = {};
  for (const device of devices) sessions[device] = (await server.signIn(username)).cookie;
  return { id, sessions };
}

it('changes one’s own password given the current one: the other sessions end, this one stays, and the log says so', async () => {
  const { id, sessions } = await person('mayor', 'executive', 'phone', 'desk');
  const response = await change(sessions.desk ?? null, PASSWORD, 'ใหม่และยาวพอ-ของนายก');
  expect(response.status).toBe(200);
  expect(((await response.json()) as { account: { id: string } }).account.id).toBe(id);
  expect(await status(sessions.desk ?? null)).toBe(200);
  expect(await status(sessions.phone ?? null)).toBe(401);
  expect((await server.signIn('mayor')).status).toBe(401);
  expect((await server.signIn('mayor', 'ใหม่และยาวพอ-ของนายก')).status).toBe(200);
  const log = (await (await api('/audit-log?limit=50', { cookie: planner })).json()) as { accountId: string; action: string; status: number }[];
  expect(log).toContainEqual(expect.objectContaining({ accountId: id, action: 'PUT /api/v1/session/password', status: 200 }));
});

it('refuses a wrong current password with 400 naming currentPassword, counted towards the lock like a wrong sign-in', async () => {
  const { sessions } = await person('guess', 'executive', 'desk');
  const cookie = sessions.desk ?? null;
  const wrong = await change(cookie, 'not my password', 'ใหม่และยาวพอ-ของฉัน');
  expect(wrong.status).toBe(400);
  expect(await fieldsOf(wrong)).toEqual([{ path: 'currentPassword', message: 'รหัสผ่านปัจจุบันไม่ถูกต้อง', code: 'current-password-wrong' }]);
  expect(await failures('guess')).toBe(1);
  for (let i = 1; i < LOCK_AFTER_FAILURES; i++) await change(cookie, `wrong ${i}`, 'ใหม่และยาวพอ-ของฉัน');
  const locked = await change(cookie, PASSWORD, 'ใหม่และยาวพอ-ของฉัน');
  expect(locked.status).toBe(429);
  expect(((await locked.json()) as { error: unknown }).error).toMatchObject({ kind: 'rate-limited', code: 'signIn.locked', values: { minutes: 15 } });
  expect((await server.signIn('guess')).status).toBe(429);
  expect((await server.signIn('guess', 'ใหม่และยาวพอ-ของฉัน')).status).toBe(429);
});

it.each([
  ['1234567890', { message: PASSWORD_PROBLEMS.digitRun, code: 'password.digitRun', values: {} }],
  ['0812345678', { message: PASSWORD_PROBLEMS.phone, code: 'password.phone', values: {} }],
  ['qwertyuiop', { message: PASSWORD_PROBLEMS.keyboard, code: 'password.keyboard', values: {} }],
  ['sunshine123', { message: COMMON_PASSWORD, code: 'password.common', values: {} }],
  ['1qaz2wsx3edc', { message: COMMON_PASSWORD, code: 'password.common', values: {} }],
  ['short', { message: 'รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร', code: 'password.tooShort', values: { min: 10 } }],
  [PASSWORD, { message: 'รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านปัจจุบัน' }],
])('refuses the new password %s with 400 naming newPassword and the rule’s code, before the current one is checked', async (weak, fault) => {
  const cookie = (await server.signIn('office')).cookie;
  const before = await failures('office');
  const response = await change(cookie, PASSWORD === weak ? PASSWORD : 'not checked', weak);
  expect(response.status).toBe(400);
  expect(await fieldsOf(response)).toEqual([{ path: 'newPassword', ...fault }]);
  expect(await failures('office')).toBe(before);
});

it('refuses the username with a number as a new password, and asks who is changing', async () => {
  const cookie = (await server.signIn('finance')).cookie;
  expect(await fieldsOf(await change(cookie, PASSWORD, 'Finance2569!'))).toEqual([{ path: 'newPassword', message: PASSWORD_PROBLEMS.username, code: 'password.username', values: {} }]);
  expect((await change(null, PASSWORD, 'ใหม่และยาวพอ-ของฉัน')).status).toBe(401);
  expect((await api('/session/password', { method: 'PUT', cookie, body: JSON.stringify({ newPassword: 'ใหม่และยาวพอ-ของฉัน' }) })).status).toBe(400);
});

describe('the planning officer on the accounts screen', () => {
  it('gives the current password to set their own, and keeps this session while the others end', async () => {
    const { id, sessions } = await person('second-planner', 'planning-officer', 'desk', 'laptop');
    const patch = (body: object) => api(`/accounts/${id}`, { method: 'PATCH', cookie: sessions.desk ?? null, body: JSON.stringify(body) });
    const without = await patch({ password: 'แผนงานปีใหม่-ของฉัน' });
    expect(without.status).toBe(400);
    expect((await fieldsOf(without))?.map((f) => f.path)).toEqual(['currentPassword']);
    const wrong = await patch({ password: 'แผนงานปีใหม่-ของฉัน', currentPassword: 'not my password' });
    expect((await fieldsOf(wrong))?.map((f) => f.path)).toEqual(['currentPassword']);
    expect((await server.signIn('second-planner')).status).toBe(200);
    const right = await patch({ password: 'แผนงานปีใหม่-ของฉัน', currentPassword: PASSWORD });
    expect(right.status).toBe(200);
    expect(await status(sessions.desk ?? null)).toBe(200);
    expect(await status(sessions.laptop ?? null)).toBe(401);
    expect((await server.signIn('second-planner', 'แผนงานปีใหม่-ของฉัน')).status).toBe(200);
  });

  it('resets someone else’s without it, and that ends every session of theirs', async () => {
    const { id, sessions } = await person('forgetful', 'executive', 'phone', 'desk');
    const reset = await api(`/accounts/${id}`, { method: 'PATCH', cookie: planner, body: JSON.stringify({ password: 'ตั้งให้ใหม่-โดยงานแผน' }) });
    expect(reset.status).toBe(200);
    expect(await status(sessions.phone ?? null)).toBe(401);
    expect(await status(sessions.desk ?? null)).toBe(401);
    expect(await status(planner)).toBe(200);
    expect((await server.signIn('forgetful', 'ตั้งให้ใหม่-โดยงานแผน')).status).toBe(200);
  });
});

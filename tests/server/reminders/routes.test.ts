import type pg from 'pg';
import { createReminders } from '../../../server/reminders/reminders';
import { TEST_SUBJECT, TEST_TEXT } from '../../../server/reminders/reminders';
import { DEFAULT_REMINDER_SETTINGS } from '../../../src/domain/reminders/settings';
import { startFakeLine, type FakeLine } from './fakeLine';
import { IN_WINDOW, KEY, PLANNER_LINE, remindersOn, seededDatabase, serverWith, settingsFor } from './harness';
import { bodyOf, headerOf, startSmtpSink, type SmtpSink } from './smtpSink';

// The planning officer's routes over real HTTP, on one database and one server for the file.
let db: Awaited<ReturnType<typeof seededDatabase>>;
let pool: pg.Pool;
let line: FakeLine;
let sink: SmtpSink;
let server: Awaited<ReturnType<typeof serverWith>>;
beforeAll(async () => {
  [db, line, sink] = await Promise.all([seededDatabase(), startFakeLine(), startSmtpSink()]);
  pool = db.pool;
  server = await serverWith(pool, remindersOn(pool, line, () => IN_WINDOW));
});
afterAll(async () => {
  await server.close();
  await Promise.all([line.close(), sink.close(), db.drop()]);
});
beforeEach(() => {
  line.delivered.length = 0;
  sink.received.length = 0;
});

const json = async (response: Response) => (await response.json()) as Record<string, unknown>;
const put = (body: unknown, who: 'planner' | 'finance' | 'executive' = 'planner') => server.api(who, '/reminders/settings', { method: 'PUT', body: JSON.stringify(body) });

describe('who may', () => {
  it.each<[string, string, string]>([
    ['GET', '/reminders/settings', ''],
    ['PUT', '/reminders/settings', JSON.stringify(DEFAULT_REMINDER_SETTINGS)],
    ['GET', '/reminders/outlook', ''],
    ['GET', '/reminders/sends', ''],
    ['POST', '/reminders/test/line', '{}'],
    ['POST', '/reminders/test/email', '{}'],
  ])('%s %s: the planning officer only', async (method, path, body) => {
    const init = { method, ...(body ? { body } : {}) };
    expect((await server.api(null, path, init)).status).toBe(401);
    for (const who of ['finance', 'executive'] as const) {
      const refused = await server.api(who, path, init);
      expect(refused.status).toBe(403);
      expect(await json(refused)).toEqual({ error: expect.objectContaining({ kind: 'forbidden', code: 'planning-only', message: 'เฉพาะเจ้าหน้าที่วิเคราะห์นโยบายและแผนเท่านั้นที่ทำรายการนี้ได้' }) });
    }
    expect([line.delivered.length, sink.received.length]).toEqual([0, 0]);
  });
});

describe('settings', () => {
  it('starts switched off, with no secret set', async () => {
    const response = await server.api('planner', '/reminders/settings');
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ ...DEFAULT_REMINDER_SETTINGS, hasLineToken: false, hasSmtpPassword: false, secretKeyReady: true, unreadableSecrets: [] });
  });

  it('keeps the secrets sealed, never answers them, keeps them when not sent, clears them with null', async () => {
    const saved = await put(settingsFor(line, sink));
    expect(saved.status).toBe(200);
    const text = await saved.text();
    expect(text).not.toContain(line.token);
    expect(text).not.toContain(sink.pass);
    expect(JSON.parse(text)).toMatchObject({ enabled: true, hasLineToken: true, hasSmtpPassword: true });
    const stored = (await pool.query<{ line_token_sealed: string; smtp_password_sealed: string; doc: unknown }>('SELECT * FROM reminder_settings')).rows[0];
    expect(JSON.stringify(stored)).not.toContain(line.token);
    expect(JSON.stringify(stored)).not.toContain(sink.pass);
    expect(stored?.line_token_sealed).toMatch(/^v1\./);
    // The screen sends the settings back without the secrets: they stay.
    // undefined: left out of the JSON.
    const withoutSecrets = { ...settingsFor(line, sink), lineToken: undefined, smtpPassword: undefined };
    expect(await json(await put({ ...withoutSecrets, daysBefore: 5 }))).toMatchObject({ daysBefore: 5, hasLineToken: true, hasSmtpPassword: true });
    expect(await json(await put({ ...withoutSecrets, smtpPassword: null }))).toMatchObject({ hasLineToken: true, hasSmtpPassword: false });
    // Nor is a secret in the audit log.
    const audit = await pool.query('SELECT * FROM audit_log');
    expect(JSON.stringify(audit.rows)).not.toContain(line.token);
    expect(audit.rows.some((r: { action: string }) => r.action === 'PUT /api/v1/reminders/settings')).toBe(true);
  });

  it('refuses what does not parse, naming the field', async () => {
    const response = await put({ ...DEFAULT_REMINDER_SETTINGS, planner: { line: ['@somchai'], email: [] } });
    expect(response.status).toBe(400);
    expect(await json(response)).toMatchObject({ error: { kind: 'validation', fields: [expect.objectContaining({ path: 'planner.line.0' })] } });
  });

  it('refuses a secret when the server has no key to seal it with, and says what to do', async () => {
    const keyless = await serverWith(pool, createReminders({ pool, key: null }));
    try {
      const view = await json(await keyless.api('planner', '/reminders/settings'));
      expect(view.secretKeyReady).toBe(false);
      const response = await keyless.api('planner', '/reminders/settings', { method: 'PUT', body: JSON.stringify({ ...DEFAULT_REMINDER_SETTINGS, lineToken: 'token' }) });
      expect(response.status).toBe(400);
      expect(await json(response)).toMatchObject({ error: { fields: [{ path: 'lineToken', code: 'no-secret-key', message: expect.stringContaining('ITA_SECRET_KEY') }] } });
    } finally {
      await keyless.close();
    }
    expect(KEY).toHaveLength(32);
  });
});

describe('the test buttons and the log', () => {
  it('sends one LINE test to the planning officer, and one e-mail, Thai intact', async () => {
    await put(settingsFor(line, sink));
    const lineTest = await json(await server.api('planner', '/reminders/test/line', { method: 'POST' }));
    expect(lineTest).toMatchObject({ ok: true, entry: { kind: 'test', channel: 'line', to: PLANNER_LINE, status: 'sent' } });
    expect(line.delivered).toEqual([{ to: PLANNER_LINE, text: TEST_TEXT }]);
    const mailTest = await json(await server.api('planner', '/reminders/test/email', { method: 'POST', body: JSON.stringify({ to: 'someone@example.go.th' }) }));
    expect(mailTest).toMatchObject({ ok: true, entry: { channel: 'email', to: 'someone@example.go.th', status: 'sent' } });
    expect(sink.received).toHaveLength(1);
    expect(headerOf(sink.received[0]?.raw ?? Buffer.alloc(0), 'Subject')).toBe(TEST_SUBJECT);
    expect(bodyOf(sink.received[0]?.raw ?? Buffer.alloc(0))).toBe(TEST_TEXT);
  });

  it('says a wrong token clearly, with a code for the screen', async () => {
    await put({ ...settingsFor(line, sink), lineToken: 'not-the-token' });
    const response = await server.api('planner', '/reminders/test/line', { method: 'POST' });
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({
      ok: false,
      error: { code: 'line-unauthorized', values: { status: 401, channel: 'line' }, message: expect.stringMatching(/^LINE ไม่ยอมรับ Channel access token \(401\)/) },
      entry: { status: 'gave-up', attempts: 1 },
    });
    expect(line.delivered).toEqual([]);
  });

  it('says what is missing when there is nobody to send the test to, or no SMTP server', async () => {
    await put({ ...settingsFor(line, sink), planner: { line: [], email: [] }, email: { ...DEFAULT_REMINDER_SETTINGS.email } });
    expect(await json(await server.api('planner', '/reminders/test/line', { method: 'POST' }))).toMatchObject({ ok: false, error: { code: 'not-configured', values: { detail: 'recipient id' } }, entry: null });
    expect(await json(await server.api('planner', '/reminders/test/email', { method: 'POST', body: JSON.stringify({ to: 'a@example.go.th' }) }))).toMatchObject({
      ok: false,
      error: { code: 'not-configured', values: { channel: 'email', detail: 'SMTP host' } },
    });
    expect((await server.api('planner', '/reminders/test/email', { method: 'POST', body: JSON.stringify({ to: 'not an address' }) })).status).toBe(400);
  });

  it('shows what was sent, to whom, when, and what failed with why, newest first', async () => {
    const sends = (await json(await server.api('planner', '/reminders/sends?limit=2'))) as unknown as { status: string; to: string; errorText: string | null }[];
    expect(sends).toHaveLength(2);
    const all = (await (await server.api('planner', '/reminders/sends')).json()) as { status: string; errorText: string | null; createdAt: string }[];
    expect(all.map((s) => s.status)).toEqual(expect.arrayContaining(['sent', 'gave-up']));
    expect(all.filter((s) => s.status === 'gave-up').map((s) => s.errorText)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^LINE ไม่ยอมรับ Channel access token \(401\)/), 'ยังตั้งค่าการส่งทางอีเมลไม่ครบ (SMTP host)']),
    );
    expect([...all].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((s) => s.createdAt)).toEqual(all.map((s) => s.createdAt));
  });

  it('tells the screen when the next reminders go and who has no address', async () => {
    await put({ ...settingsFor(line, sink), units: settingsFor(line, sink).units.slice(0, 1) });
    const outlook = await json(await server.api('planner', '/reminders/outlook'));
    expect(outlook).toMatchObject({ state: 'due', meeting: '2026-12-08', opensAt: '2026-12-05T01:00:00.000Z', unaddressed: ['unit-finance'], ready: { line: true, email: true } });
    expect(outlook.due).toEqual(expect.arrayContaining([{ key: expect.any(String), recipient: 'unit-palad', channel: 'line', to: expect.any(String) }]));
    expect([line.delivered.length, sink.received.length]).toEqual([0, 0]);
  });
});

it('never tells a secret in the logs, the backup or the sends log', async () => {
  await put(settingsFor(line, sink));
  await server.api('planner', '/reminders/test/line', { method: 'POST' });
  await put({ ...settingsFor(line, sink), smtpPassword: 'ผิดแน่นอน-123' });
  await server.api('planner', '/reminders/test/email', { method: 'POST' });
  const backup = await (await server.api('planner', '/data')).text();
  const sends = await (await server.api('planner', '/reminders/sends')).text();
  expect(server.logs.length).toBeGreaterThan(0);
  const sealed = (await pool.query<{ line_token_sealed: string }>('SELECT line_token_sealed FROM reminder_settings')).rows[0]?.line_token_sealed ?? '';
  expect(sealed).toMatch(/^v1\./);
  for (const secret of [line.token, sink.pass, 'ผิดแน่นอน-123', sealed]) {
    expect(server.logs.filter((l) => l.includes(secret))).toEqual([]);
    expect(backup).not.toContain(secret);
    expect(sends).not.toContain(secret);
  }
  expect(sends).toContain('smtp-auth');
});

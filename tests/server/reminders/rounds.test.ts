import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { createPgStore } from '../../../server/store/pgStore';
import { PLANNER } from '../../contract/storeContract';
import { startFakeLine, type FakeLine } from './fakeLine';
import { CALENDAR, IN_WINDOW, PALAD_GROUP, PLANNER_LINE, remindersOn, seededDatabase, settingsFor } from './harness';
import { bodyOf, headerOf, startSmtpSink, type SmtpSink } from './smtpSink';

// Rounds of sending against a fake LINE API and an SMTP sink on loopback, on one database for the
// file; the clock is a function, retries record their waits instead of waiting.
let db: Awaited<ReturnType<typeof seededDatabase>>;
let pool: pg.Pool;
let line: FakeLine;
let sink: SmtpSink;
beforeAll(async () => {
  [db, line, sink] = await Promise.all([seededDatabase(), startFakeLine(), startSmtpSink()]);
  pool = db.pool;
});
afterAll(async () => {
  await Promise.all([line.close(), sink.close(), db.drop()]);
});
beforeEach(async () => {
  line.requests.length = 0;
  line.delivered.length = 0;
  sink.received.length = 0;
  await pool.query('DELETE FROM reminder_sends');
  await remindersOn(pool, line, () => IN_WINDOW).settings.save(settingsFor(line, sink), 'test');
});

const mailTo = (address: string) => sink.received.filter((m) => m.to.includes(address));
const statuses = async () => (await pool.query<{ key: string; status: string; attempts: number }>('SELECT key, status, attempts FROM reminder_sends ORDER BY key')).rows;

it('sends each unit head and the planning officer their reminder once, Thai intact', async () => {
  const reminders = remindersOn(pool, line, () => IN_WINDOW);
  const entries = await reminders.round();
  // Units in Thai alphabetical order, as the app lists them.
  expect(entries.map((e) => [e.recipient, e.channel, e.status])).toEqual([
    ['unit-finance', 'email', 'sent'],
    ['unit-palad', 'line', 'sent'],
    ['unit-palad', 'email', 'sent'],
    ['planner', 'line', 'sent'],
    ['planner', 'email', 'sent'],
  ]);
  expect(line.delivered.map((m) => m.to)).toEqual([PALAD_GROUP, PLANNER_LINE]);
  const palad = line.delivered[0]?.text ?? '';
  expect(palad.split('\n').slice(0, 2)).toEqual(['เรียน สำนักปลัดเทศบาล', 'มาตรการ ITA ที่ยังไม่ได้บันทึกความคืบหน้าตั้งแต่การประชุมครั้งก่อน (10 พ.ย. 2569) มี 5 มาตรการ']);
  expect(palad).toContain('เปิดรายการ: https://ita.example.go.th/#/measures?year=2565&unit=unit-palad&fresh=stale');
  const [finance] = mailTo('finance@example.go.th');
  expect(finance).toBeDefined();
  expect(headerOf(finance?.raw ?? Buffer.alloc(0), 'Subject')).toBe('มาตรการ ITA ของกองคลังที่ยังไม่ได้บันทึกความคืบหน้า ก่อนการประชุม 8 ธ.ค. 2569');
  expect(bodyOf(finance?.raw ?? Buffer.alloc(0))).toContain('1. การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง');
  expect(sink.received).toHaveLength(3);

  // Again, and as a restarted server would: nothing more.
  expect(await reminders.round()).toEqual([]);
  expect(await remindersOn(pool, line, () => new Date(IN_WINDOW.getTime() + 3_600_000)).round()).toEqual([]);
  expect([line.delivered.length, sink.received.length]).toEqual([2, 3]);
});

it('sends nothing to a unit whose measures are up to date', async () => {
  await createPgStore({ pool, actor: () => PLANNER }).appendProgress('msr-plan-3', { date: '2026-11-20', status: 'in-progress', percent: 40, note: 'ประชุมคณะกรรมการแล้ว', evidenceUrl: '' });
  try {
    await remindersOn(pool, line, () => IN_WINDOW).round();
    expect(mailTo('finance@example.go.th')).toEqual([]);
    expect(mailTo('palad@example.go.th')).toHaveLength(1);
    expect(bodyOf(mailTo('plan@example.go.th')[0]?.raw ?? Buffer.alloc(0))).not.toContain('กองคลัง');
  } finally {
    await pool.query("DELETE FROM progress_updates WHERE measure_id = 'msr-plan-3'");
  }
});

it('sends nothing before the window, on the meeting day, or with reminders off', async () => {
  const before = remindersOn(pool, line, () => new Date('2026-12-05T00:59:00.000Z'));
  expect(await before.round()).toEqual([]);
  expect((await before.outlook()).state).toBe('not-yet');
  expect(await remindersOn(pool, line, () => new Date('2026-12-08T01:00:00.000Z')).round()).toEqual([]);
  const off = remindersOn(pool, line, () => IN_WINDOW);
  await off.settings.save({ ...settingsFor(line, sink), enabled: false }, 'test');
  expect(await off.round()).toEqual([]);
  expect([line.requests.length, sink.received.length]).toEqual([0, 0]);
});

it('sends on start a reminder missed while the server was stopped, while still of use', async () => {
  // The window opened on Saturday morning; the server comes back on Monday evening.
  const monday = remindersOn(pool, line, () => new Date('2026-12-07T12:00:00.000Z'));
  expect(await monday.round()).toHaveLength(5);
  expect(line.delivered).toHaveLength(2);
});

it('tries again on 429 and 5xx, waiting as asked, and the message arrives once', async () => {
  line.answer({ status: 429, headers: { 'Retry-After': '3' } }, { status: 503 });
  const reminders = remindersOn(pool, line, () => IN_WINDOW);
  const entries = await reminders.round();
  expect(entries.find((e) => e.to === PALAD_GROUP)).toMatchObject({ status: 'sent', attempts: 3, error: null });
  expect(reminders.waits).toEqual([3000, 4000]);
  expect(line.delivered.filter((m) => m.to === PALAD_GROUP)).toHaveLength(1);
});

it('keeps a send that kept failing for a later round, and sends it then, once', async () => {
  line.answer({ status: 500 }, { status: 500 }, { status: 500 });
  const first = (await remindersOn(pool, line, () => IN_WINDOW).round()).find((e) => e.to === PALAD_GROUP);
  expect(first).toMatchObject({ status: 'failed', attempts: 3, error: { code: 'server-error', values: { status: 500 } } });
  expect(first?.errorText).toMatch(/^เซิร์ฟเวอร์ของLINEขัดข้อง 500/);
  expect(first?.nextTryAt).toBe('2026-12-05T02:10:00.000Z');
  // Too soon: nothing; its time come: sent.
  expect(await remindersOn(pool, line, () => new Date('2026-12-05T02:05:00.000Z')).round()).toEqual([]);
  const later = await remindersOn(pool, line, () => new Date('2026-12-05T02:11:00.000Z')).round();
  expect(later.map((e) => [e.to, e.status, e.attempts])).toEqual([[PALAD_GROUP, 'sent', 4]]);
  expect(line.delivered.filter((m) => m.to === PALAD_GROUP)).toHaveLength(1);
});

it('gives up at once on a wrong token, saying so clearly, and still sends the e-mails', async () => {
  const reminders = remindersOn(pool, line, () => IN_WINDOW);
  await reminders.settings.save({ ...settingsFor(line, sink), lineToken: 'revoked-token' }, 'test');
  const entries = await reminders.round();
  const lines = entries.filter((e) => e.channel === 'line');
  expect(lines.map((e) => [e.status, e.attempts, e.error?.code])).toEqual([
    ['gave-up', 1, 'line-unauthorized'],
    ['gave-up', 1, 'line-unauthorized'],
  ]);
  expect(lines[0]?.errorText).toMatch(/^LINE ไม่ยอมรับ Channel access token \(401\)/);
  expect(sink.received).toHaveLength(3);
  expect(await remindersOn(pool, line, () => new Date('2026-12-06T02:00:00.000Z')).round()).toEqual([]);
});

it('two servers at once send each reminder once', async () => {
  const [a, b] = await Promise.all([remindersOn(pool, line, () => IN_WINDOW).round(), remindersOn(pool, line, () => IN_WINDOW).round()]);
  expect(a.length + b.length).toBe(5);
  expect([line.delivered.length, sink.received.length]).toEqual([2, 3]);
  expect((await statuses()).every((s) => s.status === 'sent' && s.attempts === 1)).toBe(true);
});

it('sends a LINE reminder cut off by a crash again with its retry key, so it still arrives once', async () => {
  const reminders = remindersOn(pool, line, () => IN_WINDOW);
  await reminders.round();
  // As if the server had died after LINE took the message but before the log said so.
  await pool.query("UPDATE reminder_sends SET status = 'sending', sent_at = NULL WHERE channel = 'line'");
  await pool.query("UPDATE reminder_sends SET status = 'sending', sent_at = NULL WHERE to_address = 'finance@example.go.th'");
  const soon = await remindersOn(pool, line, () => new Date(IN_WINDOW.getTime() + 60_000)).round();
  expect(soon).toEqual([]);
  const after = await remindersOn(pool, line, () => new Date(IN_WINDOW.getTime() + 11 * 60_000)).round();
  expect(after.map((e) => [e.channel, e.status])).toEqual([
    ['line', 'sent'],
    ['line', 'sent'],
  ]);
  // LINE answered 409 to the retry keys it had taken: no second message on anyone's phone, and no second e-mail.
  expect(line.requests.filter((r) => r.body.to === PALAD_GROUP)).toHaveLength(2);
  expect([line.delivered.length, sink.received.length]).toEqual([2, 3]);
});

it('gives up an e-mail cut off by a crash at the next start, with the reason, and never sends it twice', async () => {
  await remindersOn(pool, line, () => IN_WINDOW).round();
  // As if the server had died mid-send: the message may or may not have reached the mail server.
  await pool.query("UPDATE reminder_sends SET status = 'sending', sent_at = NULL, claimed_at = $1 WHERE to_address = 'finance@example.go.th'", [IN_WINDOW]);
  // A test message and a LINE reminder of a meeting now past, cut off too: nothing would ever try them again.
  const claimed = new Date(IN_WINDOW.getTime() - 86_400_000);
  await pool.query(
    `INSERT INTO reminder_sends (key, kind, meeting, recipient, channel, to_address, status, retry_key, claimed_at) VALUES
       ('test|cut', 'test', NULL, 'planner', 'line', $1, 'sending', gen_random_uuid(), $2),
       ('2026-11-10|planner|line|cut', 'reminder', '2026-11-10', 'planner', 'line', $1, 'sending', gen_random_uuid(), $2)`,
    [PLANNER_LINE, claimed],
  );
  const entry = async (key: string) => (await remindersOn(pool, line, () => IN_WINDOW).sends.list()).find((e) => e.key === key);
  const finance = (await pool.query<{ key: string }>("SELECT key FROM reminder_sends WHERE to_address = 'finance@example.go.th'")).rows[0]?.key ?? '';

  // A start within ten minutes leaves it: it may be another server's send still under way.
  expect(await remindersOn(pool, line, () => new Date(IN_WINDOW.getTime() + 60_000)).round()).toEqual([]);
  expect((await entry(finance))?.status).toBe('sending');

  expect(await remindersOn(pool, line, () => new Date(IN_WINDOW.getTime() + 11 * 60_000)).round()).toEqual([]);
  expect(await entry(finance)).toMatchObject({
    status: 'gave-up',
    attempts: 2,
    nextTryAt: null,
    error: { code: 'interrupted', values: { channel: 'email' } },
    errorText: 'การส่งทางอีเมลถูกตัดกลางคันเพราะเซิร์ฟเวอร์หยุดทำงาน ไม่ทราบว่าถึงผู้รับหรือไม่ จึงไม่ส่งซ้ำ หากจำเป็นให้ตรวจสอบกับผู้รับ',
  });
  expect(await entry('test|cut')).toMatchObject({ status: 'gave-up', error: { code: 'interrupted', values: { channel: 'line' } } });
  expect(await entry('2026-11-10|planner|line|cut')).toMatchObject({ status: 'gave-up', error: { code: 'interrupted' } });
  // Later rounds leave it given up: the one e-mail the sink took is all there is.
  expect(await remindersOn(pool, line, () => new Date(IN_WINDOW.getTime() + 3_600_000)).round()).toEqual([]);
  expect((await entry(finance))?.status).toBe('gave-up');
  expect([line.delivered.length, mailTo('finance@example.go.th').length]).toEqual([2, 1]);
});

it('reads the calendar as the planning officer set it: a meeting cancelled sends nothing for it', async () => {
  const store = createPgStore({ pool, actor: () => PLANNER });
  await store.updateSettings({ meetings: { ...CALENDAR, cancelledDates: ['2026-12-08'] } });
  try {
    expect(await remindersOn(pool, line, () => IN_WINDOW).round()).toEqual([]);
  } finally {
    await store.updateSettings({ meetings: CALENDAR });
  }
});

it('says the secrets must be typed again when ITA_SECRET_KEY has changed, and sends nothing with them', async () => {
  const rekeyed = remindersOn(pool, line, () => IN_WINDOW, { key: randomBytes(32) });
  expect(await rekeyed.settings.view()).toMatchObject({ hasLineToken: true, hasSmtpPassword: true, unreadableSecrets: ['lineToken', 'smtpPassword'] });
  expect((await rekeyed.outlook()).state).toBe('off');
  expect(await rekeyed.round()).toEqual([]);
  const test = await rekeyed.sendTest('line');
  expect(test).toMatchObject({ ok: false, error: { code: 'secret-unreadable', message: expect.stringContaining('ITA_SECRET_KEY ถูกเปลี่ยน') } });
  expect(await rekeyed.sendTest('email')).toMatchObject({ ok: false, error: { code: 'secret-unreadable', values: { channel: 'email' } } });
  // With no key at all, the same.
  expect((await remindersOn(pool, line, () => IN_WINDOW, { key: null }).settings.view()).unreadableSecrets).toEqual(['lineToken', 'smtpPassword']);
  expect([line.requests.length, sink.received.length]).toEqual([0, 0]);
});

it('sends no e-mail when the SMTP account has a user name but no password', async () => {
  const reminders = remindersOn(pool, line, () => IN_WINDOW);
  await reminders.settings.save({ ...settingsFor(line, sink), smtpPassword: null }, 'test');
  expect((await reminders.outlook()).due.every((d) => d.channel === 'line')).toBe(true);
  expect(await reminders.sendTest('email')).toMatchObject({ ok: false, error: { code: 'not-configured', values: { detail: 'SMTP password' } } });
});

it('stops claiming and waiting when the server stops; what was left goes in the next round', async () => {
  const stopping = new AbortController();
  expect(await remindersOn(pool, line, () => IN_WINDOW).round(AbortSignal.abort())).toEqual([]);
  // กองคลัง's e-mail goes first, then สำนักปลัดเทศบาล's LINE fails and the server stops during the wait.
  line.answer({ status: 503 });
  const reminders = remindersOn(pool, line, () => IN_WINDOW, {
    retry: {
      sleep: () => {
        stopping.abort();
        return new Promise<void>(() => undefined);
      },
    },
  });
  const stopped = await reminders.round(stopping.signal);
  expect(stopped.map((e) => [e.to, e.status, e.attempts])).toEqual([
    ['finance@example.go.th', 'sent', 1],
    [PALAD_GROUP, 'failed', 1],
  ]);
  expect(await statuses()).toHaveLength(2);
  const next = await remindersOn(pool, line, () => IN_WINDOW).round();
  expect(next.map((e) => e.to)).toEqual(['palad@example.go.th', PLANNER_LINE, 'plan@example.go.th']);
  expect(line.delivered.map((m) => m.to)).toEqual([PLANNER_LINE]);
});

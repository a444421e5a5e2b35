import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPgStore } from '../../../server/store/pgStore';
import { thaiDateOf } from '../../../src/domain/meetingCalendar';
import { PLANNER } from '../../contract/storeContract';
import { startFakeLine, type FakeLine } from './fakeLine';
import { KEY, remindersOn, seededDatabase, settingsFor } from './harness';
import { startSmtpSink, type SmtpSink } from './smtpSink';

// `npm run server` as an agency runs it, with reminders due: what a stopped server missed goes
// on start, a restart sends nothing twice, and a missing key is said at start.
let db: Awaited<ReturnType<typeof seededDatabase>>;
let line: FakeLine;
let sink: SmtpSink;
let staticDir: string;

const DAY_MS = 86_400_000;
const dayFromToday = (days: number) => thaiDateOf(new Date(Date.now() + days * DAY_MS));

beforeAll(async () => {
  [db, line, sink] = await Promise.all([seededDatabase(), startFakeLine(), startSmtpSink()]);
  // Today's clock, not a test's: the last meeting three weeks ago, the next in two days; the
  // window (three days before, from midnight) is open.
  await createPgStore({ pool: db.pool, actor: () => PLANNER }).updateSettings({ meetings: { rule: null, extraDates: [dayFromToday(-21), dayFromToday(2)], cancelledDates: [] } });
  await remindersOn(db.pool, line, () => new Date()).settings.save({ ...settingsFor(line, sink), sendHour: 0 }, 'test');
  staticDir = mkdtempSync(join(tmpdir(), 'ita-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html lang="th"><head><title>ITA</title></head><body></body></html>');
});
afterAll(async () => {
  rmSync(staticDir, { recursive: true, force: true });
  await Promise.all([line.close(), sink.close(), db.drop()]);
});

/** The server in its own process until `until` shows in what it printed; then stopped with SIGTERM. Returns what it printed. */
async function runServer(env: Record<string, string>, until: RegExp): Promise<string> {
  // Node itself, not npx: the signal must reach the server, not a wrapper around it.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, DATABASE_URL: db.url, PORT: '0', ITA_STATIC_DIR: staticDir, ITA_LINE_API_URL: line.baseUrl, ITA_SECRET_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await vi.waitFor(
      () => {
        if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
        if (!until.test(output)) throw new Error(`waiting for ${until} in: ${output}`);
      },
      { timeout: 20_000, interval: 50 },
    );
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
  return output;
}

it('sends on start what is due, once; a restart sends nothing again', async () => {
  const first = await runServer({ ITA_SECRET_KEY: KEY.toString('base64') }, /reminders: \d+ sent/);
  expect(first).toMatch(/reminders: 5 sent, 0 not sent/);
  expect(first).not.toContain(line.token);
  const messages = [line.delivered.length, sink.received.length];
  expect(messages).toEqual([2, 3]);
  expect(new Set(line.delivered.map((m) => m.to)).size).toBe(2);

  const second = await runServer({ ITA_SECRET_KEY: KEY.toString('base64') }, /listening on/);
  // The first round starts before the server listens, and a stop waits for it: it has run, and sent nothing.
  expect(second).not.toMatch(/reminders: \d+ sent/);
  expect([line.delivered.length, sink.received.length]).toEqual(messages);
});

it('says at start that the key is missing while reminders are on, in Thai and English, and sends nothing', async () => {
  line.requests.length = 0;
  const output = await runServer({}, /listening on/);
  expect(output).toContain('ยังไม่ได้ตั้ง ITA_SECRET_KEY');
  expect(output).toContain('ITA_SECRET_KEY is not set');
  expect(output).toContain('openssl rand -base64 32');
  expect(line.requests).toEqual([]);
});

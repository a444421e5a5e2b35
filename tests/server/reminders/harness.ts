import { serve, type ServerType } from '@hono/node-server';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Pool } from 'pg';
import { createAccounts } from '../../../server/auth/accounts';
import { createReminders, type RemindersOptions } from '../../../server/reminders/reminders';
import { createServerApp, SESSION_COOKIE } from '../../../server/serverApp';
import { createPgStore } from '../../../server/store/pgStore';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../../../src/domain/reminders/settings';
import type { MeetingCalendar } from '../../../src/domain/schemas/meetingCalendar';
import { PLANNER } from '../../contract/storeContract';
import { seedData } from '../../support/seed';
import { freshDatabase } from '../database';
import type { FakeLine } from './fakeLine';
import type { SmtpSink } from './smtpSink';

// Meetings on the second Tuesday: 10 November and 8 December 2026. Reminders 3 days before at
// 08:00 Thai time open on Saturday 5 December, 01:00 UTC.
export const CALENDAR: MeetingCalendar = { rule: { kind: 'weekday-of-month', week: 2, weekday: 2 }, extraDates: [], cancelledDates: [] };
export const IN_WINDOW = new Date('2026-12-05T02:00:00.000Z');
export const PALAD_GROUP = `C${'a1'.repeat(16)}`;
export const PLANNER_LINE = `U${'b2'.repeat(16)}`;
export const KEY = randomBytes(32);

/** Settings that remind สำนักปลัดเทศบาล by LINE and e-mail, กองคลัง by e-mail, the planning officer by both. */
export function settingsFor(line: FakeLine, sink: SmtpSink, over: Partial<ReminderSettings> = {}) {
  const settings: ReminderSettings = {
    ...DEFAULT_REMINDER_SETTINGS,
    enabled: true,
    appUrl: 'https://ita.example.go.th/',
    line: { enabled: true },
    email: { enabled: true, smtp: { host: '127.0.0.1', port: sink.port, security: 'none', username: sink.user, from: 'ita@example.go.th' } },
    planner: { line: [PLANNER_LINE], email: ['plan@example.go.th'] },
    units: [
      { unitId: 'unit-palad', line: [PALAD_GROUP], email: ['palad@example.go.th'] },
      { unitId: 'unit-finance', line: [], email: ['finance@example.go.th'] },
    ],
    ...over,
  };
  return { ...settings, lineToken: line.token, smtpPassword: sink.pass };
}

/** A database of the file's own with the seed's data and the meeting calendar. */
export async function seededDatabase() {
  const db = await freshDatabase();
  const store = createPgStore({ pool: db.pool, actor: () => PLANNER });
  await store.replaceData(seedData());
  await store.updateSettings({ meetings: CALENDAR });
  return db;
}

/** Reminders as a server process makes them: on the fake LINE, with a clock, and retries that record their waits instead of waiting. */
export function remindersOn(pool: Pool, line: FakeLine, clock: () => Date, over: Partial<RemindersOptions> = {}) {
  const waits: number[] = [];
  const reminders = createReminders({
    pool,
    key: KEY,
    now: clock,
    line: { baseUrl: line.baseUrl },
    mail: { timeoutMs: 5_000 },
    retry: {
      sleep: async (ms) => {
        waits.push(ms);
      },
    },
    ...over,
  });
  return Object.assign(reminders, { waits });
}

const PASSWORD = 'รหัสผ่านทดสอบ-2565';
export const PEOPLE = {
  planner: PLANNER,
  finance: { name: 'ผู้อำนวยการกองคลัง', role: 'department-head', unitId: 'unit-finance' },
  executive: { name: 'นายกเทศมนตรี', role: 'executive', unitId: null },
} as const;

/** The whole server on `pool` with these reminders, on a loopback port, each of PEOPLE signed in. */
export async function serverWith(pool: Pool, reminders: ReturnType<typeof createReminders>) {
  const accounts = createAccounts(pool);
  /** Every line the server logged: errors and requests alike. */
  const logs: string[] = [];
  const app = createServerApp({
    pool,
    log: (message, error) => logs.push(`${message} ${error instanceof Error ? `${error.message} ${error.stack ?? ''}` : String(error ?? '')}`),
    logRequest: (line) => logs.push(line),
    reminders,
  });
  let server: ServerType | undefined;
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  const base = `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
  const cookies = new Map<string, string>();
  for (const [username, person] of Object.entries(PEOPLE)) {
    if (!(await accounts.list()).some((a) => a.username === username)) {
      await accounts.create({ username, name: person.name, role: person.role, unitId: person.unitId, password: PASSWORD });
    }
    const response = await fetch(`${base}/api/v1/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: base },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    const cookie = response.headers.get('set-cookie')?.match(new RegExp(`${SESSION_COOKIE}=[^;]+`))?.[0];
    if (!cookie) throw new Error(`${username} could not sign in`);
    cookies.set(username, cookie);
  }
  /** A request to /api/v1 from this site as `who` (nobody: no cookie), the body as JSON. */
  const api = (who: keyof typeof PEOPLE | null, path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Origin', base);
    const cookie = who ? cookies.get(who) : undefined;
    if (cookie) headers.set('Cookie', cookie);
    if (init.body !== undefined) headers.set('Content-Type', 'application/json');
    return fetch(`${base}/api/v1${path}`, { ...init, headers });
  };
  return { api, logs, close: () => new Promise<void>((resolve) => server?.close(() => resolve())) };
}

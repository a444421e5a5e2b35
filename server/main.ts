// npm run server: the shared data set's server. DATABASE_URL names the PostgreSQL database;
// PORT (8080) and HOST (127.0.0.1; 0.0.0.0 to serve the office network) where it listens;
// ITA_STATIC_DIR (dist) the app's production build; ITA_SECURE_COOKIES=1 behind https;
// ITA_TRUST_PROXY=1 behind the agency's own reverse proxy (client addresses from X-Forwarded-For);
// PG_POOL_SIZE (10) connections to PostgreSQL; ITA_DB_WAIT_SECONDS (30) how long a start waits
// for a PostgreSQL that is not up yet before it exits 1 for systemd or compose to start it again;
// ITA_SECRET_KEY (32 random bytes, base64) seals the reminders' LINE token and SMTP password;
// ITA_LINE_API_URL (https://api.line.me) where LINE's Messaging API is: a proxy's, or a test's fake;
// ITA_EVIDENCE_QUOTA_MB (2048) the space the agency's evidence files may take, read once here.
import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createAccounts } from './auth/accounts';
import { targetOf } from './db/dbErrors';
import { createPool } from './db/pool';
import { logLine } from './http/requestLog';
import { createSetupCode, setupCodeLines } from './auth/setupCode';
import { createReminders } from './reminders/reminders';
import { startReminderScheduler } from './reminders/scheduler';
import { SECRET_KEY_ENV, secretKeyFrom, secretKeyWarning } from './reminders/secretBox';
import { createServerApp } from './serverApp';
import { databaseLine, listeningLines } from './startup/announce';
import { evidenceQuotaFrom } from './startup/evidenceQuota';
import { openDatabase } from './startup/openDatabase';
import { sweepStaleSpools } from './startup/sweepSpools';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('[server] ยังไม่ได้ตั้ง DATABASE_URL · DATABASE_URL is not set: DATABASE_URL=postgres://user:password@host:5432/database npm run server');
  process.exit(1);
}
// A quota it cannot read stops the start, before the database is asked: a typo must not
// quietly become 2 GB, nor no limit at all.
const quota = evidenceQuotaFrom(process.env.ITA_EVIDENCE_QUOTA_MB);
if (!quota.ok) {
  console.error(`[server] ${quota.th}`);
  console.error(`[server] ${quota.en}`);
  console.error('[server] หยุดทำงาน (exit 1) · stopped (exit 1)');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8080);
const hostname = process.env.HOST ?? '127.0.0.1';
const staticRoot = process.env.ITA_STATIC_DIR ?? 'dist';

// A lost connection is one line of the error log, as the requests' errors are.
const pool = createPool(url, {
  max: Number(process.env.PG_POOL_SIZE ?? 10),
  log: (message) => console.error(logLine({ time: new Date().toISOString(), level: 'warn', message })),
});
const target = targetOf(url);
// A database it cannot use is one sentence and exit 1: a restart by systemd or compose says it
// again in the log until the settings are put right (or PostgreSQL is up).
const opened = await openDatabase(pool, target, { waitMs: Number(process.env.ITA_DB_WAIT_SECONDS ?? 30) * 1000 });
if (!opened.ok) {
  console.error(`[server] ${opened.problem.th}`);
  console.error(`[server] ${opened.problem.en}`);
  console.error('[server] หยุดทำงาน (exit 1) · stopped (exit 1)');
  process.exit(1);
}
console.log(databaseLine(target));
if (opened.applied.length) console.log(`[server] ปรับโครงสร้างฐานข้อมูลแล้ว · database migrated: ${opened.applied.join(', ')}`);
// A server killed mid-restore left its folder behind, as large as the backup it was reading.
for (const dir of await sweepStaleSpools()) console.log(`[server] ลบไฟล์ชั่วคราวของการกู้คืนที่ค้างอยู่ · removed a stale restore folder: ${dir}`);
if (!existsSync(join(staticRoot, 'index.html'))) {
  console.error(`[server] ไม่พบแอปที่ build แล้วใน ${staticRoot}/ · No app build in ${staticRoot}/: run npm run build first (or set ITA_STATIC_DIR)`);
  process.exit(1);
}
// With no account yet, the first is made from a browser with a code only this log shows: on the
// office network, whoever opens the page first must not become the planning officer.
const setupCode = (await createAccounts(pool).count()) === 0 ? createSetupCode() : undefined;
if (setupCode) for (const line of setupCodeLines(setupCode.code)) console.log(line);

// Reminders without a key send nothing; the rest of the server runs as ever. Said at start when
// the key is wrong, or missing while reminders are switched on.
const secretKey = secretKeyFrom(process.env[SECRET_KEY_ENV]);
const reminders = createReminders({ pool, key: secretKey.ok ? secretKey.key : null, line: { baseUrl: process.env.ITA_LINE_API_URL || undefined } });
for (const line of secretKeyWarning(secretKey, !secretKey.ok && (await reminders.settings.view()).enabled)) console.error(line);

let draining = false;
const app = createServerApp({
  pool,
  staticRoot,
  secureCookies: process.env.ITA_SECURE_COOKIES === '1',
  trustProxy: process.env.ITA_TRUST_PROXY === '1',
  draining: () => draining,
  setupCode,
  reminders,
  evidenceQuotaBytes: quota.bytes,
});
// Node's default of 5 minutes for a whole request would cut off 200 MB of files on a slow line;
// the upload's client gives up by itself after 30 s without progress.
const server = serve({ fetch: app.fetch, port, hostname, serverOptions: { requestTimeout: 30 * 60_000 } }, (info) => {
  for (const line of listeningLines(hostname, info.port)) console.log(line);
});
// One line per round that sent or tried something: how many went and how many did not (the
// sends log says to whom and why; no message text, no address, no secret here).
const schedule = startReminderScheduler({
  round: async (signal) => {
    const done = await reminders.round(signal);
    const sent = done.filter((e) => e.status === 'sent').length;
    if (done.length) console.log(logLine({ time: new Date().toISOString(), level: 'info', message: `reminders: ${sent} sent, ${done.length - sent} not sent` }));
  },
  onError: (error) => console.error(logLine({ time: new Date().toISOString(), level: 'warn', message: `reminders: round failed (${error instanceof Error ? error.message : String(error)})` })),
});

// A stop lets requests under way finish and their transactions commit before the pool closes.
// Busy clients keep their connections open with one request after another, so each answer now
// says the connection closes, and connections between two requests are closed as they idle.
function stop(signal: string) {
  console.log(`[server] ${signal}: stopping`);
  draining = true;
  // No round starts from now on; one under way finishes recording what it sent before the pool closes.
  const rounds = schedule.stop();
  server.close(() => void rounds.then(() => pool.end()).then(() => process.exit(0)));
  const closing = setInterval(() => (server as unknown as { closeIdleConnections: () => void }).closeIdleConnections(), 20);
  closing.unref();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

// npm run server:load: fifty clients updating measures on the server for a minute (LOAD_SECONDS),
// the server stopped and started again half-way, then requests that must be refused. Loopback
// only, on a throwaway PostgreSQL with durability on. Prints requests per second, latency
// percentiles and every status seen; exits 1 if an acknowledged update is missing, any answer
// was a 5xx, or a bad request got the wrong status. Figures go to bench-results/server-load.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDataSet } from '../../mocks/seedDataSet';
import { createAccounts } from '../../server/auth/accounts';
import { migrate } from '../../server/db/migrate';
import { createPool } from '../../server/db/pool';
import { createPgStore } from '../../server/store/pgStore';
import type { Actor } from '../../src/domain/schemas/actor';
import { startCluster } from '../server/pgCluster';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50);
const PORT = 20_000 + Math.floor(Math.random() * 20_000);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'รหัสผ่านทดสอบโหลด-2565';
const PLANNER: Actor = { name: 'เจ้าหน้าที่วิเคราะห์นโยบายและแผน', role: 'planning-officer', unitId: null };

const seeded = seedDataSet();
if (!seeded.ok) throw new Error('the seed does not parse');
const data = seeded.data;
const unitsWithMeasures = data.units.filter((u) => data.measures.some((m) => m.unitIds.includes(u.id)));

const cluster = await startCluster({ fast: false });
const pool = createPool(cluster.url, { max: 4 });
const staticDir = mkdtempSync(join(tmpdir(), 'ita-load-static-'));
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html lang="th"><head><title>ITA</title></head><body></body></html>');
let server: ChildProcess | null = null;

async function startServer(): Promise<void> {
  server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, DATABASE_URL: cluster.url, PORT: String(PORT), ITA_STATIC_DIR: staticDir, PG_POOL_SIZE: '20' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    server?.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('listening on')) resolve();
    });
    server?.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}
function stopServer(): Promise<void> {
  return new Promise((resolve) => {
    if (!server || server.exitCode !== null) return resolve();
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });
}

interface Sample {
  ms: number;
  status: number;
}
const samples: Sample[] = [];
const acknowledgedNotes = new Set<string>();
const acknowledgedEdits = new Map<string, number>();
let connectionErrors = 0;

async function call(cookie: string, method: string, path: string, body?: unknown): Promise<Response | null> {
  const started = performance.now();
  try {
    const response = await fetch(`${BASE}/api/v1${path}`, {
      method,
      headers: { Cookie: cookie, Origin: BASE, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    samples.push({ ms: performance.now() - started, status: response.status });
    return response;
  } catch {
    // The server is restarting: nothing was acknowledged, so nothing can be lost; try again shortly.
    connectionErrors += 1;
    await new Promise((r) => setTimeout(r, 100));
    return null;
  }
}

async function signIn(username: string): Promise<string> {
  const response = await fetch(`${BASE}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: BASE },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`${username} could not sign in: ${response.status}`);
  return cookie;
}

/** A department head: reports progress on their unit's measures and ticks steps, as fast as answers come. */
async function headClient(index: number, unitId: string, cookie: string, until: number): Promise<void> {
  const mine = data.measures.filter((m) => m.unitIds.includes(unitId));
  for (let n = 0; Date.now() < until; n++) {
    const measure = mine[n % mine.length];
    if (!measure) return;
    if (n % 3 === 2) {
      // A step tick: read the version, write with it; a 409 means another client was first.
      const read = await call(cookie, 'GET', `/measures/${measure.id}`);
      if (!read?.ok) continue;
      const current = (await read.json()) as { version: number; steps: { id: string; text: string; done: boolean }[] };
      const steps = current.steps.map((s, i) => (i === n % current.steps.length ? { ...s, done: !s.done } : s));
      const written = await call(cookie, 'PATCH', `/measures/${measure.id}`, { expectedVersion: current.version, changes: { steps } });
      if (written?.status === 200) acknowledgedEdits.set(measure.id, (acknowledgedEdits.get(measure.id) ?? 0) + 1);
    } else {
      const note = `โหลด ลูกข่าย ${index} ครั้งที่ ${n}`;
      const response = await call(cookie, 'POST', `/measures/${measure.id}/progress`, { date: '2023-03-01', status: 'in-progress', percent: n % 101, note, evidenceUrl: '' });
      if (response?.status === 201) acknowledgedNotes.add(note);
    }
  }
}

/** The planning officer: reads the list and the dashboard's data. */
async function readerClient(cookie: string, until: number): Promise<void> {
  while (Date.now() < until) {
    await call(cookie, 'GET', '/measures?assessmentId=asm-2565');
    await call(cookie, 'GET', '/progress/latest?assessmentId=asm-2565');
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

let failed = false;
try {
  await migrate(pool);
  await createPgStore({ pool, actor: () => PLANNER }).replaceData(data);
  const accounts = createAccounts(pool);
  await accounts.create({ username: 'planner', name: PLANNER.name, role: 'planning-officer', unitId: null, password: PASSWORD });
  for (const unit of unitsWithMeasures) {
    await accounts.create({ username: `head-${unit.id}`, name: `หัวหน้า${unit.name}`, role: 'department-head', unitId: unit.id, password: PASSWORD });
  }
  await startServer();

  // Everyone signs in first (scrypt at its real cost), then the minute starts.
  const plan = Array.from({ length: CLIENTS }, (_, i) => {
    const unit = unitsWithMeasures[i % unitsWithMeasures.length];
    return i % 10 === 9 || !unit ? { username: 'planner', unitId: null } : { username: `head-${unit.id}`, unitId: unit.id };
  });
  const signInStarted = Date.now();
  // One after another: the same account signing in many times at once is what a password
  // guesser does, and the lockout would take it for one.
  const cookies: string[] = [];
  for (const p of plan) cookies.push(await signIn(p.username));
  const signInSeconds = (Date.now() - signInStarted) / 1000;
  const started = Date.now();
  const until = started + SECONDS * 1000;
  const clients = plan.map((p, i) => (p.unitId === null ? readerClient(cookies[i] ?? '', until) : headClient(i, p.unitId, cookies[i] ?? '', until)));
  // Half-way, the server is stopped and started again, as an update or a reboot would.
  const restart = (async () => {
    await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 2));
    const down = Date.now();
    await stopServer();
    await startServer();
    return Date.now() - down;
  })();
  await Promise.all(clients);
  const downtimeMs = await restart;
  const elapsed = (Date.now() - started) / 1000;

  // What the database holds now, read directly.
  const store = createPgStore({ pool, actor: () => PLANNER });
  const kept = new Set<string>();
  for (const m of data.measures) for (const u of await store.listProgress(m.id)) kept.add(u.note);
  const lostNotes = [...acknowledgedNotes].filter((n) => !kept.has(n));
  const lostEdits: string[] = [];
  for (const [id, edits] of acknowledgedEdits) {
    const version = (await store.getMeasure(id)).version;
    const before = data.measures.find((m) => m.id === id)?.version ?? 1;
    if (version !== before + edits) lostEdits.push(`${id}: version ${version}, expected ${before + edits}`);
  }

  // Requests that must be refused, each with the status the contract names.
  const head = await signIn(`head-${unitsWithMeasures[0]?.id}`);
  const others = data.measures.find((m) => !m.unitIds.includes(unitsWithMeasures[0]?.id ?? ''));
  const raw = (path: string, init: RequestInit) => fetch(`${BASE}/api/v1${path}`, init).then((r) => r.status);
  const json = { 'Content-Type': 'application/json', Origin: BASE, Cookie: head };
  const faults: [string, number, number][] = [
    ['a body that is not JSON', 400, await raw('/measures/msr-plan-1/progress', { method: 'POST', headers: json, body: '{"date": ' })],
    ['a percent that is text', 400, await raw('/measures/msr-plan-1/progress', { method: 'POST', headers: json, body: JSON.stringify({ date: '2023-03-01', status: 'in-progress', percent: 'ห้าสิบ', note: '', evidenceUrl: '' }) })],
    ['a status that does not exist', 400, await raw('/measures/msr-plan-1/progress', { method: 'POST', headers: json, body: JSON.stringify({ date: '2023-03-01', status: 'finished-ish', percent: 50, note: '', evidenceUrl: '' }) })],
    ['another unit’s measure', 403, await raw(`/measures/${others?.id}/progress`, { method: 'POST', headers: json, body: JSON.stringify({ date: '2023-03-01', status: 'in-progress', percent: 50, note: '', evidenceUrl: '' }) })],
    ['a measure that does not exist', 404, await raw('/measures/no-such-measure', { headers: json })],
    ['a 60 MB body', 413, await raw('/measures/msr-plan-1/progress', { method: 'POST', headers: json, body: JSON.stringify({ note: 'ก'.repeat(20 * 1024 * 1024) }) })],
    ['no session', 401, await raw('/measures/msr-plan-1', { headers: { Origin: BASE } })],
    ['a write from another site', 403, await raw('/settings', { method: 'PATCH', headers: { ...json, Origin: 'https://evil.example' }, body: '{}' })],
    ['a form post', 415, await raw('/settings', { method: 'PATCH', headers: { ...json, 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1' })],
  ];

  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const s of samples) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
  const serverErrors = samples.filter((s) => s.status >= 500).length;
  const result = {
    date: new Date().toISOString(),
    clients: CLIENTS,
    signInSecondsForAll: +signInSeconds.toFixed(1),
    seconds: Math.round(elapsed),
    requests: samples.length,
    requestsPerSecond: Math.round(samples.length / elapsed),
    latencyMs: { p50: +percentile(ms, 50).toFixed(1), p95: +percentile(ms, 95).toFixed(1), p99: +percentile(ms, 99).toFixed(1), max: +(ms.at(-1) ?? 0).toFixed(1) },
    statuses,
    serverErrors,
    connectionErrorsDuringRestart: connectionErrors,
    restartDowntimeMs: downtimeMs,
    acknowledgedProgress: acknowledgedNotes.size,
    lostProgress: lostNotes.length,
    acknowledgedEdits: [...acknowledgedEdits.values()].reduce((a, b) => a + b, 0),
    lostEdits,
    faults: faults.map(([what, expected, got]) => ({ what, expected, got })),
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/server-load.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  const wrongFaults = faults.filter(([, expected, got]) => expected !== got);
  failed = lostNotes.length > 0 || lostEdits.length > 0 || serverErrors > 0 || wrongFaults.length > 0 || acknowledgedNotes.size === 0;
  console.log(failed ? '[load] FAILED: see lostProgress, lostEdits, serverErrors and faults above' : '[load] nothing acknowledged was lost, no 5xx, every bad request refused as it should be');
} finally {
  await stopServer();
  await pool.end();
  cluster.stop();
  rmSync(staticDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

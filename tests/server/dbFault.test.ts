import { rmSync } from 'node:fs';
import { freshDatabase } from './database';
import { check, newLedger, notesInDatabase, setUpAgency, signIn, startServerProcess, staticSite, writeProgress, type ServerProcess } from './dbFaultHarness';
import { startCluster, type Cluster } from './pgCluster';

// PostgreSQL stopped and started while twenty signed-in people write, twice: the server process
// must never exit, must answer 503 with Retry-After while the database is away, serve again
// within 5 s of its return without a restart, and keep every write it acknowledged and none it
// refused. A cluster of this file's own: stopping the run's shared one would fail other files.
const CLIENTS = 20;
const CYCLES = 2;
const RECOVERY_LIMIT_S = 5;

let cluster: Cluster;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let server: ServerProcess;
let staticDir: string;
const exits: string[] = [];

beforeAll(async () => {
  cluster = await startCluster();
  db = await freshDatabase(cluster.url);
  staticDir = staticSite();
}, 120_000);
afterAll(async () => {
  if (server?.child.exitCode === null) {
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
  }
  await db?.drop();
  cluster?.stop();
  rmSync(staticDir, { recursive: true, force: true });
});

async function waitFor(condition: () => boolean, what: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (exits.length) throw new Error(`the server exited (${exits.join('; ')}) while waiting for ${what}:\n${server.output().slice(-3000)}`);
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

it('stays up through PostgreSQL stopping and starting under twenty writers, and loses nothing', async () => {
  const writers = await setUpAgency(db.pool, CLIENTS);
  server = await startServerProcess(db.url, staticDir);
  server.child.once('exit', (code, signal) => exits.push(`code ${code}, signal ${signal}`));
  const cookies: string[] = [];
  for (const w of writers) cookies.push(await signIn(server.base, w.username));

  const ledger = newLedger();
  let writing = true;
  const clients = writers.map(async (w, i) => {
    for (let n = 0; writing; n++) {
      const status = await writeProgress(server.base, cookies[i] ?? '', w.measureIds[n % w.measureIds.length] ?? '', `fault c${i} n${n}`, ledger);
      // Tried again soon, not after Retry-After's 5 s: how fast it serves again is what is measured.
      if (status !== 201) await new Promise((r) => setTimeout(r, 100));
    }
  });

  const health = async () => {
    const response = await fetch(`${server.base}/api/v1/health`);
    return { status: response.status, body: (await response.json()) as unknown, retryAfter: response.headers.get('retry-after') };
  };
  const recoveries: number[] = [];
  const healthAway: unknown[] = [];
  try {
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const acked = ledger.acknowledged.size;
      await waitFor(() => ledger.acknowledged.size >= acked + 40, 'writes before the stop', 20_000);
      // Stopped with writes in flight, as `systemctl stop postgresql` (fast shutdown) does.
      await cluster.pauseAsync();
      const away = ledger.answers.length;
      await waitFor(() => ledger.answers.slice(away).filter((a) => a.status === 503).length >= CLIENTS, '503s while the database is away', 20_000);
      healthAway.push(await health());
      await cluster.resumeAsync();
      const back = Date.now();
      await waitFor(() => ledger.answers.some((a) => a.at >= back && a.status === 201), 'a write acknowledged after the return', 15_000);
      recoveries.push((ledger.answers.find((a) => a.at >= back && a.status === 201)?.at ?? back) - back);
      const after = ledger.acknowledged.size;
      await waitFor(() => ledger.acknowledged.size >= after + 40, 'writes after the return', 20_000);
    }
  } finally {
    writing = false;
    await Promise.all(clients);
  }
  const healthBack = await health();

  const kept = await notesInDatabase(db.pool);
  const { lost, refusedButWritten } = check(ledger, kept);
  const statuses: Record<number, number> = {};
  for (const a of ledger.answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
  const figures = {
    clients: CLIENTS,
    stops: CYCLES,
    writes: ledger.answers.length + ledger.unknown.size,
    acknowledged: ledger.acknowledged.size,
    refused: ledger.refused.size,
    unknownOutcome: ledger.unknown.size,
    lost: lost.length,
    refusedButWritten: refusedButWritten.length,
    secondsToRecover: recoveries.map((ms) => +(ms / 1000).toFixed(2)),
    statuses,
    serverExited: exits.length > 0,
  };
  console.log(`[fault] ${JSON.stringify(figures)}`);

  expect(exits).toEqual([]);
  expect(server.child.exitCode).toBeNull();
  expect(server.output()).not.toMatch(/Unhandled 'error' event|uncaught/i);
  expect(lost).toEqual([]);
  expect(refusedButWritten).toEqual([]);
  // Each stop was seen as 503s with Retry-After, never a 500 or another refusal.
  expect(statuses[503]).toBeGreaterThanOrEqual(CLIENTS * CYCLES);
  expect(Object.keys(statuses).sort()).toEqual(['201', '503']);
  for (const a of ledger.answers.filter((x) => x.status === 503)) expect(a.retryAfter).toBe('5');
  for (const seconds of figures.secondsToRecover) expect(seconds).toBeLessThanOrEqual(RECOVERY_LIMIT_S);
  for (const h of healthAway) expect(h).toEqual({ status: 503, body: { database: 'unavailable' }, retryAfter: '5' });
  expect(healthBack).toMatchObject({ status: 200, body: { database: 'ok' } });
}, 90_000);

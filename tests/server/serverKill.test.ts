import { rmSync } from 'node:fs';
import { freshDatabase } from './database';
import { check, newLedger, notesInDatabase, setUpAgency, signIn, startServerProcess, staticSite, writeProgress, type ServerProcess } from './dbFaultHarness';

// The server killed outright (SIGKILL: the kernel's out-of-memory killer, a power cut of the
// process) while twenty people write, then started again as systemd's Restart=always or
// compose's restart policy would: every write it acknowledged is kept, none it refused is.
const CLIENTS = 20;

let db: Awaited<ReturnType<typeof freshDatabase>>;
let server: ServerProcess | null = null;
let staticDir: string;

beforeAll(async () => {
  db = await freshDatabase();
  staticDir = staticSite();
});
afterAll(async () => {
  if (server && server.child.exitCode === null) {
    const exited = new Promise((resolve) => server?.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
  }
  await db?.drop();
  rmSync(staticDir, { recursive: true, force: true });
});

async function waitFor(condition: () => boolean, what: string, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

it('keeps every acknowledged write when the server is killed mid-write and started again', async () => {
  const writers = await setUpAgency(db.pool, CLIENTS);
  const first = await startServerProcess(db.url, staticDir);
  server = first;
  const cookies: string[] = [];
  for (const w of writers) cookies.push(await signIn(first.base, w.username));

  const ledger = newLedger();
  let writing = true;
  const clients = writers.map(async (w, i) => {
    for (let n = 0; writing; n++) {
      const status = await writeProgress(first.base, cookies[i] ?? '', w.measureIds[n % w.measureIds.length] ?? '', `kill c${i} n${n}`, ledger);
      if (status !== 201) await new Promise((r) => setTimeout(r, 100));
    }
  });
  let killedAt = 0;
  let listeningAgainAt = 0;
  try {
    await waitFor(() => ledger.acknowledged.size >= 60, 'writes before the kill');
    const exited = new Promise<NodeJS.Signals | null>((resolve) => first.child.once('exit', (_, signal) => resolve(signal)));
    killedAt = Date.now();
    first.child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // The same address, as the service manager starts it again; sessions live in the database.
    server = await startServerProcess(db.url, staticDir, first.port);
    listeningAgainAt = Date.now();
    const back = ledger.acknowledged.size;
    await waitFor(() => ledger.acknowledged.size >= back + 60, 'writes after the restart');
  } finally {
    writing = false;
    await Promise.all(clients);
  }

  const kept = await notesInDatabase(db.pool);
  const { lost, refusedButWritten } = check(ledger, kept);
  const servingAgain = (ledger.answers.find((a) => a.at >= listeningAgainAt && a.status === 201)?.at ?? NaN) - killedAt;
  const statuses: Record<number, number> = {};
  for (const a of ledger.answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
  console.log(
    `[kill] ${JSON.stringify({ clients: CLIENTS, acknowledged: ledger.acknowledged.size, refused: ledger.refused.size, noAnswer: ledger.unknown.size, noAnswerButWritten: [...ledger.unknown].filter((n) => kept.has(n)).length, lost: lost.length, refusedButWritten: refusedButWritten.length, secondsFromKillToServing: +(servingAgain / 1000).toFixed(2), statuses })}`,
  );
  // Writes were under way when it was killed: their answers never came.
  expect(ledger.unknown.size).toBeGreaterThan(0);
  expect(lost).toEqual([]);
  expect(refusedButWritten).toEqual([]);
  expect(Object.keys(statuses)).toEqual(['201']);
}, 90_000);

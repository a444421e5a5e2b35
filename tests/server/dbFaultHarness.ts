import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { createAccounts } from '../../server/auth/accounts';
import { createPgStore } from '../../server/store/pgStore';
import { PLANNER } from '../contract/storeContract';
import { seedData } from '../support/seed';

// What the fault tests share: the server as its own process (as systemd or compose runs it),
// an agency with signed-in writers, and a ledger of every write's answer to check the database against.

export const PASSWORD = 'ลมหนาวพัดผ่านทุ่ง-2565';

export function staticSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ita-static-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="th"><head><title>ITA</title></head><body></body></html>');
  return dir;
}

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  port: number;
  output: () => string;
}

/** `node --import tsx server/main.ts`: Node itself, so a signal reaches the server and not a wrapper. */
export async function startServerProcess(url: string, staticDir: string, port = 0): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', ITA_STATIC_DIR: staticDir, PG_POOL_SIZE: '10' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const until = Date.now() + 60_000;
  for (;;) {
    const listening = /listening on http:\/\/[^:]+:(\d+)/.exec(output);
    if (listening) {
      const found = Number(listening[1]);
      return { child, port: found, base: `http://127.0.0.1:${found}`, output: () => output };
    }
    if (child.exitCode !== null || Date.now() > until) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The seed's agency and `count` department heads, spread over the units that have measures. */
export async function setUpAgency(pool: Pool, count: number): Promise<{ username: string; measureIds: string[] }[]> {
  const data = seedData();
  await createPgStore({ pool, actor: () => PLANNER }).replaceData(data);
  const units = data.units.filter((u) => data.measures.some((m) => m.unitIds.includes(u.id)));
  const accounts = createAccounts(pool);
  const writers = [];
  for (let i = 0; i < count; i++) {
    const unit = units[i % units.length];
    if (!unit) throw new Error('the seed has no unit with measures');
    const username = `writer${i}`;
    await accounts.create({ username, name: `หัวหน้าลำดับที่ ${i}`, role: 'department-head', unitId: unit.id, password: PASSWORD });
    writers.push({ username, measureIds: data.measures.filter((m) => m.unitIds.includes(unit.id)).map((m) => m.id) });
  }
  return writers;
}

export async function signIn(base: string, username: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`${username} could not sign in: ${response.status} ${await response.text()}`);
  return cookie;
}

/** Every write's note, sorted by what its answer said. */
export interface Ledger {
  acknowledged: Set<string>;
  refused: Set<string>;
  /** 503 unknown-outcome, or no answer at all (the server killed): either may have been written. */
  unknown: Set<string>;
  /** Each answer's status and the moment it came, for the timeline. */
  answers: { at: number; status: number; retryAfter: string | null; kind?: string }[];
}

export const newLedger = (): Ledger => ({ acknowledged: new Set(), refused: new Set(), unknown: new Set(), answers: [] });

/** One progress update whose note names it, and its answer written into the ledger. */
export async function writeProgress(base: string, cookie: string, measureId: string, note: string, ledger: Ledger): Promise<number> {
  let response: Response;
  try {
    response = await fetch(`${base}/api/v1/measures/${measureId}/progress`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: base, Cookie: cookie },
      body: JSON.stringify({ date: '2023-03-01', status: 'in-progress', percent: 50, note, evidenceUrl: '' }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    ledger.unknown.add(note);
    return 0;
  }
  const body = (await response.json().catch(() => null)) as { error?: { kind?: string } } | null;
  const kind = body?.error?.kind;
  ledger.answers.push({ at: Date.now(), status: response.status, retryAfter: response.headers.get('retry-after'), kind });
  if (response.ok) ledger.acknowledged.add(note);
  else if (kind === 'unknown-outcome') ledger.unknown.add(note);
  else ledger.refused.add(note);
  return response.status;
}

/** The notes of every progress update the database holds, read directly. */
export async function notesInDatabase(pool: Pool): Promise<Set<string>> {
  const { rows } = await pool.query<{ note: string }>("SELECT doc->>'note' AS note FROM progress_updates");
  return new Set(rows.map((r) => r.note));
}

/** Acknowledged writes the database lacks, and refused ones it holds: both must be none. */
export function check(ledger: Ledger, kept: Set<string>) {
  return { lost: [...ledger.acknowledged].filter((n) => !kept.has(n)), refusedButWritten: [...ledger.refused].filter((n) => kept.has(n)) };
}

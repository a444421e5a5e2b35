import type { Pool } from 'pg';
import { describeDatabaseProblem, TRANSIENT, type DatabaseProblem, type DatabaseTarget } from '../db/dbErrors';
import { migrate } from '../db/migrate';

export type Opened = { ok: true; applied: string[] } | { ok: false; problem: DatabaseProblem };

export interface OpenOptions {
  /** How long to wait for a PostgreSQL that is not up yet (booting with the machine). */
  waitMs?: number;
  retryMs?: number;
  /** Told each plain sentence (Thai, then English). */
  say?: (line: string) => void;
}

/**
 * Reaches the database and brings it up to date. A PostgreSQL not running yet is waited for (the
 * machine may be starting both); one that refuses (wrong role, password or database, no right to
 * create tables) is not, since only a change of settings helps: its sentence is returned at once.
 */
export async function openDatabase(pool: Pool, target: DatabaseTarget, { waitMs = 30_000, retryMs = 2_000, say = console.error }: OpenOptions = {}): Promise<Opened> {
  const until = Date.now() + waitMs;
  let told = '';
  for (;;) {
    try {
      return { ok: true, applied: await migrate(pool) };
    } catch (error) {
      const problem = describeDatabaseProblem(error, target);
      if (!TRANSIENT.has(problem.kind) || Date.now() + retryMs > until) return { ok: false, problem };
      if (problem.th !== told) {
        say(`[server] ${problem.th} กำลังรอ…`);
        say(`[server] ${problem.en} Waiting…`);
        told = problem.th;
      }
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  }
}

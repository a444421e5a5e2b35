import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SPOOL_PREFIX } from '../http/restoreSpool';

/**
 * Past this long without a write, a restore's folder belongs to no request: a body must arrive
 * within 30 minutes (main.ts) and the transaction that reads it back takes minutes, not hours.
 */
export const STALE_SPOOL_MS = 2 * 60 * 60_000;

/** The newest write in a restore's folder: the folder itself, or any file it holds. */
async function lastWrite(dir: string): Promise<number> {
  let newest = (await stat(dir)).mtimeMs;
  for (const name of await readdir(dir)) {
    const info = await stat(join(dir, name)).catch(() => undefined);
    if (info && info.mtimeMs > newest) newest = info.mtimeMs;
  }
  return newest;
}

/**
 * Removes the restore folders a killed server left in the temporary folder (up to the size of a
 * backup each), and says which. A folder written to lately is left: another server on the same
 * machine may be restoring into it. Never throws: a start must not fail over leftovers.
 */
export async function sweepStaleSpools({ dir = tmpdir(), now = Date.now(), olderThanMs = STALE_SPOOL_MS } = {}): Promise<string[]> {
  const removed: string[] = [];
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(SPOOL_PREFIX))) {
    const path = join(dir, name);
    try {
      if (now - (await lastWrite(path)) < olderThanMs) continue;
      await rm(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Gone already, or not ours to read: the next start looks again.
    }
  }
  return removed;
}

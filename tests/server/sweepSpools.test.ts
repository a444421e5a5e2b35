import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SPOOL_PREFIX } from '../../server/http/restoreSpool';
import { STALE_SPOOL_MS, sweepStaleSpools } from '../../server/startup/sweepSpools';

// A server killed during a restore leaves its folder in the temporary folder; the next start
// removes it, and leaves alone one that another server may still be writing.
const root = mkdtempSync(join(tmpdir(), 'sweep-spools-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const now = Date.parse('2026-12-06T12:00:00Z');
const at = (ms: number) => new Date(ms);

function folder(name: string, writtenAt: number, fileWrittenAt = writtenAt): string {
  const dir = join(root, name);
  mkdirSync(dir);
  const file = join(dir, 'evidence-1');
  writeFileSync(file, 'bytes');
  utimesSync(file, at(fileWrittenAt), at(fileWrittenAt));
  utimesSync(dir, at(writtenAt), at(writtenAt));
  return dir;
}

it('removes a restore folder no one has written to for two hours, and only that', async () => {
  const dead = folder(`${SPOOL_PREFIX}dead`, now - STALE_SPOOL_MS - 1000);
  const fresh = folder(`${SPOOL_PREFIX}fresh`, now - 60_000);
  // Its folder is old, but a file in it is still being written: a long upload under way.
  const writing = folder(`${SPOOL_PREFIX}writing`, now - STALE_SPOOL_MS - 1000, now - 5_000);
  const other = folder('not-a-restore', now - 10 * STALE_SPOOL_MS);

  expect(await sweepStaleSpools({ dir: root, now })).toEqual([dead]);
  expect(existsSync(dead)).toBe(false);
  for (const kept of [fresh, writing, other]) expect(existsSync(kept)).toBe(true);
});

it('says nothing and throws nothing when the temporary folder cannot be read', async () => {
  expect(await sweepStaleSpools({ dir: join(root, 'no-such-folder'), now })).toEqual([]);
});

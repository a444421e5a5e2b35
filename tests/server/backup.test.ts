import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAccounts } from '../../server/auth/accounts';
import { freshDatabase } from './database';

// deploy/backup.sh (compose's backup service and the systemd timer both run it) and
// deploy/restore.sh, which docs/deploy.md gives for its dumps, on this run's cluster.
let db: Awaited<ReturnType<typeof freshDatabase>>;
let dir: string;
const backup = (env: Record<string, string>) => spawnSync('bash', ['deploy/backup.sh'], { encoding: 'utf8', env: { ...process.env, BACKUP_DIR: dir, BACKUP_KEEP: '14', ...env } });
const dumps = () => readdirSync(dir).filter((f) => /^ita-.*\.dump$/.test(f)).sort();

beforeAll(async () => {
  db = await freshDatabase();
  dir = mkdtempSync(join(tmpdir(), 'ita-backups-'));
});
afterAll(async () => {
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

it('dumps in custom format, keeps the newest 14, and its dump restores over a changed database', async () => {
  const accounts = createAccounts(db.pool);
  await accounts.create({ username: 'planner', name: 'นางสาววางแผน ดีเสมอ', role: 'planning-officer', unitId: null, password: 'สำรองข้อมูลทุกคืน-2569' });
  // Fifteen nights already kept, and a file of the IT person's own that is no dump.
  for (let day = 1; day <= 15; day++) writeFileSync(join(dir, `ita-2026-01-${String(day).padStart(2, '0')}_020000.dump`), 'old');
  writeFileSync(join(dir, 'notes.txt'), 'mine');

  const made = backup({ DATABASE_URL: db.url });
  expect(made.status, made.stderr).toBe(0);
  const kept = dumps();
  expect(kept).toHaveLength(14);
  const newest = kept.at(-1) ?? '';
  expect(newest).toMatch(/^ita-\d{4}-\d\d-\d\d_\d{6}\.dump$/);
  expect(kept[0]).toBe('ita-2026-01-03_020000.dump');
  expect(readdirSync(dir)).toContain('notes.txt');
  expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  // It holds password hashes: its owner's only.
  expect(statSync(join(dir, newest)).mode & 0o077).toBe(0);
  expect(spawnSync('pg_restore', ['--list', join(dir, newest)], { encoding: 'utf8' }).stdout).toContain('TABLE public accounts');

  // What the restore must undo: the first account gone.
  await db.pool.query("DELETE FROM accounts WHERE username = 'planner'");
  // deploy/restore.sh, as docs/deploy.md runs it, with a password in the URL (this cluster trusts
  // loopback, so only its reading is tested): the URL's parts reach pg_restore, not the URL.
  const withPassword = db.url.replace('postgres://ita@', 'postgres://ita:no-secret-here@');
  expect(withPassword).toContain(':no-secret-here@');
  const restore = spawnSync('bash', ['deploy/restore.sh', join(dir, newest)], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: withPassword } });
  expect(restore.status, restore.stderr).toBe(0);
  expect(restore.stdout).toContain('กู้คืนแล้ว');
  const noFile = spawnSync('bash', ['deploy/restore.sh', join(dir, 'missing.dump')], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: db.url } });
  expect([noFile.status, noFile.stderr]).toEqual([2, expect.stringContaining('ระบุไฟล์สำรองข้อมูลที่อ่านได้')]);
  expect((await accounts.list()).map((a) => a.username)).toEqual(['planner']);
});

it('keeps every earlier dump when a backup fails', () => {
  const before = dumps();
  const failed = backup({ DATABASE_URL: db.url.replace(/\/[^/]+$/, '/no_such_database') });
  expect(failed.status).not.toBe(0);
  expect(dumps()).toEqual(before);
  expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  expect(backup({ DATABASE_URL: db.url, BACKUP_KEEP: '0' }).status).toBe(2);
});

it("compose's loop dumps at once into an empty folder, then waits for the night and stops on SIGTERM", async () => {
  const empty = mkdtempSync(join(tmpdir(), 'ita-backups-loop-'));
  const loop = spawn('bash', ['deploy/backup-loop.sh'], { env: { ...process.env, BACKUP_DIR: empty, DATABASE_URL: db.url, BACKUP_AT: '02:00' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  loop.stdout.on('data', (d: Buffer) => (output += d.toString()));
  loop.stderr.on('data', (d: Buffer) => (output += d.toString()));
  try {
    for (let i = 0; i < 300 && !output.includes('next backup:'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(output).toContain('next backup:');
    expect(readdirSync(empty).filter((f) => f.endsWith('.dump'))).toHaveLength(1);
    const exited = new Promise<number | null>((r) => loop.once('exit', (code) => r(code)));
    loop.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    loop.kill('SIGKILL');
    rmSync(empty, { recursive: true, force: true });
  }
});

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { findPostgresBin, freePort, startCluster, type Cluster } from './pgCluster';

// The README's server steps, taken from the README at run time and run as written, in order, in
// one shell, against a cluster made like Debian's (superuser postgres, reached on its socket;
// passwords asked for over TCP, as Debian's pg_hba.conf does). What differs from a clean Debian 12:
// - the lines in NOT_RUN_HERE are not run (CI installed PostgreSQL and built; beforeAll builds
//   the server as `npm run build` would);
// - `sudo` is a shim: `sudo -u postgres CMD` runs CMD as postgres (runuser as root);
// - the URL's port 5432 becomes the throwaway cluster's, and the start line's PORT=8080 a port
//   free on this machine: the only changes to any line;
// - the lines run in a folder laid out like the project's (its package.json, its node_modules,
//   the server built into it), so the project's own dist-server/ is left alone;
// - the environment adds PGHOST/PGPORT (the cluster), ITA_PASSWORD (the account's password, which
//   the README's command asks for on a terminal) and ITA_STATIC_DIR (a page of one line).
// The start line is the last, run in the background and stopped by the test.
const NOT_RUN_HERE = ['sudo apt-get install -y postgresql', 'npm ci && npm run build'];
const PASSWORD = 'ทดลองตามคู่มือ-README-2569';
const README_URL_PORT = ':5432/';
const README_START_PORT = /\bPORT=8080\b/;

function readmeBlock(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf("## เซิร์ฟเวอร์ของหน่วยงาน · The agency's server"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("no ```sh block in the README's server section");
  return block.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
}
const withoutComment = (line: string) => line.replace(/\s+#.*$/, '').trim();

let cluster: Cluster;
let work: string;
let appDir: string;
let shell: ChildProcess | null = null;
let output = '';


beforeAll(async () => {
  cluster = await startCluster({ superuser: 'postgres' });
  // Debian's rules: the socket for the postgres account, a password over TCP.
  writeFileSync(join(cluster.dir, 'data', 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\nhost all all ::1/128 scram-sha-256\n');
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('SELECT pg_reload_conf()');
  await admin.end();

  work = mkdtempSync(join(tmpdir(), 'ita-readme-'));
  chmodSync(work, 0o755);
  const bin = join(work, 'bin');
  mkdirSync(bin);
  const asPostgres = userInfo().uid === 0 ? 'exec runuser -u postgres -- "$@"' : 'PGUSER=postgres exec "$@"';
  writeFileSync(join(bin, 'sudo'), `#!/bin/sh\n[ "$1" = -u ] && [ "$2" = postgres ] || { echo "sudo shim: only sudo -u postgres" >&2; exit 64; }\nshift 2\n${asPostgres}\n`, { mode: 0o755 });
  mkdirSync(join(work, 'static'));
  writeFileSync(join(work, 'static', 'index.html'), '<!doctype html><html lang="th"><head><title>ITA</title></head><body></body></html>');

  appDir = join(work, 'app');
  mkdirSync(appDir);
  copyFileSync('package.json', join(appDir, 'package.json'));
  symlinkSync(join(process.cwd(), 'node_modules'), join(appDir, 'node_modules'));
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'build/serverBuild.ts', '--outDir', join(appDir, 'dist-server')], {
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`npm run build:server failed:\n${build.stdout}${build.stderr}`);
}, 120_000);

afterAll(async () => {
  if (shell?.pid && shell.exitCode === null) {
    const exited = new Promise((r) => shell?.once('exit', r));
    process.kill(-shell.pid, 'SIGTERM');
    await exited;
  }
  cluster?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

it('runs every line of the README on a Debian-like cluster: the role migrates, the first account signs in', async () => {
  const lines = readmeBlock();
  const commands = lines.map(withoutComment);
  for (const skipped of NOT_RUN_HERE) expect(commands, `NOT_RUN_HERE lists "${skipped}", which the README no longer has`).toContain(skipped);
  const run = lines.filter((line) => !NOT_RUN_HERE.includes(withoutComment(line)));
  const start = run.at(-1) ?? '';
  expect(withoutComment(start)).toMatch(/npm run server$/);
  // Every other line is run as written; a line this test could not run is a failure below.
  const urlLines = run.filter((line) => line.includes(README_URL_PORT));
  expect(urlLines).toHaveLength(1);
  expect(start).toMatch(README_START_PORT);
  const port = await freePort();
  const script = [
    'set -euo pipefail',
    ...run.map((line) =>
      line.includes(README_URL_PORT) ? line.replace(README_URL_PORT, `:${cluster.port}/`) : line === start ? line.replace(README_START_PORT, `PORT=${port}`) : line,
    ),
  ].join('\n');
  const postgresBin = findPostgresBin();
  shell = spawn('bash', ['-c', script], {
    cwd: appDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PATH: `${join(work, 'bin')}:${process.env.PATH}${postgresBin ? `:${postgresBin}` : ''}`,
      PGHOST: cluster.dir,
      PGPORT: String(cluster.port),
      ITA_PASSWORD: PASSWORD,
      ITA_STATIC_DIR: join(work, 'static'),
      DATABASE_URL: '',
    },
  });
  shell.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  shell.stderr?.on('data', (d: Buffer) => (output += d.toString()));

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  let health: Response | undefined;
  while (!health) {
    health = await fetch(`${base}/api/v1/health`).catch(() => undefined);
    if (shell.exitCode !== null) throw new Error(`the README's steps stopped (exit ${shell.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`the README's server did not answer within 90 s:\n${output}`);
    if (!health) await new Promise((r) => setTimeout(r, 200));
  }
  // The role owns the database it migrated: the server is up and its database answers.
  expect(health.status, output).toBe(200);
  expect(await health.json()).toEqual({ database: 'ok' });
  const username = /--username (\S+)/.exec(run.join('\n'))?.[1];
  const signIn = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(signIn.status, await signIn.clone().text()).toBe(200);
  expect(await signIn.json()).toMatchObject({ account: { username, role: 'planning-officer', name: 'นายสมชาย ใจดี' } });
  expect(output).toContain('สร้างบัญชี');
}, 150_000);

import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL for the server's tests: a cluster of its own in a temporary folder
 * (initdb), on a free loopback port, stopped and deleted afterwards. Nothing of the machine's
 * own PostgreSQL, if it has one, is used or touched.
 */
export interface Cluster {
  /** postgres://… to the cluster's `postgres` database. */
  url: string;
  port: number;
  dir: string;
  stop: () => void;
  /** Stops and starts the server on the same data, as a restart of the machine's service would. */
  restart: () => void;
  /** Stops the server and leaves its data (fast shutdown: sessions are ended, as a service stop does). */
  pause: () => void;
  /** Starts the paused server again on the same data and port. */
  resume: () => void;
  /** pause and resume without blocking the test's own event loop: its clients go on sending meanwhile. */
  pauseAsync: () => Promise<void>;
  resumeAsync: () => Promise<void>;
  /** Puts `lines` first in pg_hba.conf (they win over the trust for everyone) and reloads it. */
  allowFirst: (lines: string[]) => void;
}

function run(command: string, args: string[], asUser: string | null): void {
  const [cmd, argv] = asUser ? ['runuser', ['-u', asUser, '--', command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
}

function runAsync(command: string, args: string[], asUser: string | null): Promise<void> {
  const [cmd, argv] = asUser ? ['runuser', ['-u', asUser, '--', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${output}`))));
  });
}

/** initdb and pg_ctl: PG_BIN, then the newest Debian PostgreSQL, then PATH. */
export function findPostgresBin(): string | null {
  const candidates = [process.env.PG_BIN];
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  for (const dir of candidates) if (dir && existsSync(join(dir, 'initdb'))) return dir;
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  return which.status === 0 ? join(which.stdout.trim(), '..') : null;
}

/** Installs PostgreSQL from apt where it is missing and we are root, as the e2e runner does for Chromium. */
export function ensurePostgres(): string {
  let bin = findPostgresBin();
  if (!bin && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('[pg] PostgreSQL not found: installing it with apt-get');
    const apt = ['-o', 'DPkg::Lock::Timeout=600', '-q'];
    spawnSync('apt-get', [...apt, 'update'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    spawnSync('apt-get', [...apt, 'install', '-y', 'postgresql'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    bin = findPostgresBin();
  }
  if (!bin) throw new Error('PostgreSQL (initdb, pg_ctl) is not installed: apt-get install postgresql, or set PG_BIN');
  return bin;
}

/** A loopback port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const PREFIX = 'ita-pg-';
const OWNER_FILE = 'owner.pid';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Clusters whose test run was killed outright (SIGKILL, a CI timeout) never ran their stop: they
 * keep a postgres running and a folder in /tmp. Each run clears those of runs no longer alive
 * (and, from before runs named their owner, folders over a day old).
 */
export function sweepAbandonedClusters(bin: string): string[] {
  const swept: string[] = [];
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = join(tmpdir(), name);
    try {
      const ownerFile = join(dir, OWNER_FILE);
      const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8')) : null;
      const abandoned = owner !== null ? !alive(owner) : Date.now() - statSync(dir).mtimeMs > 86_400_000;
      if (!abandoned) continue;
      const data = join(dir, 'data');
      if (existsSync(join(data, 'postmaster.pid'))) {
        const asUser = userInfo().uid === 0 ? 'postgres' : null;
        try {
          run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], asUser);
        } catch {
          // Already gone with its machine's restart: only the folder is left.
        }
      }
      rmSync(dir, { recursive: true, force: true });
      swept.push(dir);
    } catch {
      // Another run is sweeping or using it: leave it.
    }
  }
  return swept;
}

/**
 * `superuser` names the cluster's first role: `ita` by default; `postgres` makes it look like
 * Debian's own cluster, for commands written for one (the README's).
 */
export async function startCluster({ fast = true, superuser = 'ita' }: { fast?: boolean; superuser?: string } = {}): Promise<Cluster> {
  const bin = ensurePostgres();
  for (const dir of sweepAbandonedClusters(bin)) console.log(`[pg] removed a cluster its killed test run left behind: ${dir}`);
  const dir = mkdtempSync(join(tmpdir(), PREFIX));
  writeFileSync(join(dir, OWNER_FILE), String(process.pid));
  // PostgreSQL will not run as root: the cluster belongs to the postgres account the package made.
  const asUser = userInfo().uid === 0 ? 'postgres' : null;
  if (asUser) {
    const { uid, gid } = accountIds(asUser);
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run(join(bin, 'initdb'), ['-D', data, '-U', superuser, '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'], asUser);
  // Durability switched off for speed where a test never pulls the plug (a clean stop still writes everything).
  const options = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses='127.0.0.1'", ...(fast ? ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'] : [])].join(' ');
  const startArgs = ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start'];
  const stopArgs = ['-D', data, '-m', 'fast', '-w', 'stop'];
  const start = () => run(join(bin, 'pg_ctl'), startArgs, asUser);
  const stopServer = () => run(join(bin, 'pg_ctl'), stopArgs, asUser);
  start();
  return {
    url: `postgres://${superuser}@127.0.0.1:${port}/postgres`,
    port,
    dir,
    restart: () => {
      stopServer();
      start();
    },
    pause: stopServer,
    resume: start,
    allowFirst: (lines) => {
      const hba = join(data, 'pg_hba.conf');
      writeFileSync(hba, `${lines.join('\n')}\n${readFileSync(hba, 'utf8')}`);
      run(join(bin, 'pg_ctl'), ['-D', data, 'reload'], asUser);
    },
    pauseAsync: () => runAsync(join(bin, 'pg_ctl'), stopArgs, asUser),
    resumeAsync: () => runAsync(join(bin, 'pg_ctl'), startArgs, asUser),
    stop: () => {
      try {
        stopServer();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function accountIds(name: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync('id', [flag, name], { encoding: 'utf8' }).stdout.trim());
  const uid = id('-u');
  const gid = id('-g');
  if (!Number.isInteger(uid) || !Number.isInteger(gid) || uid === 0) throw new Error(`No account "${name}" to run PostgreSQL as (it comes with apt-get install postgresql)`);
  return { uid, gid };
}

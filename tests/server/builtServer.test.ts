import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { readMigrations } from '../../server/db/migrate';
import { freshDatabase } from './database';
import { freePort } from './pgCluster';
import { interpolate, readCompose, readDockerfile, readEnvFile, type ImageSpec } from './deployFiles';

// The image as docker would run it, without docker: the BUILT server (a fresh npm run
// build:server) in a folder laid out as the image's /app, started with the Dockerfile's CMD, in
// the Dockerfile's ENV plus compose's environment for the app (from .env.example) and nothing of
// this machine's but PATH; then the Dockerfile's HEALTHCHECK run against it. Two values differ
// from the container, and only these: DATABASE_URL names this run's test database (compose's
// host "db" does not exist here) and PORT a free port (8080 may be in use on a shared machine).
const ROOT = resolve('.');
let db: Awaited<ReturnType<typeof freshDatabase>>;
let appDir: string;
let image: ImageSpec;
let env: Record<string, string>;
let server: ChildProcess | null = null;
let output = '';


const health = () => `http://127.0.0.1:${env.PORT}/api/v1/health`;

/** The HEALTHCHECK's command in the image's working directory and environment: its exit code. */
function healthcheck(): number | null {
  const [command = '', ...args] = image.healthcheck;
  return spawnSync(command, args, { cwd: appDir, env, encoding: 'utf8', timeout: 20_000 }).status;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, seconds = 30): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (server?.exitCode !== null && server?.exitCode !== undefined) throw new Error(`the server exited (${server.exitCode}) before ${what}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`no ${what} within ${seconds} s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: inject('pgUrl') });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

beforeAll(async () => {
  image = readDockerfile();
  const compose = await readCompose();
  db = await freshDatabase();
  // Empty as a new agency's database is: the built server must find and run its migrations.
  await db.pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');

  appDir = mkdtempSync(join(tmpdir(), 'ita-image-'));
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'build/serverBuild.ts', '--outDir', join(appDir, 'dist-server')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:server failed:\n${build.stdout}${build.stderr}`);
  // The image's /app: package.json (its "type": "module" makes the .js files ES modules), the
  // packages, and an app build in dist/ (a page of one line: the app itself is not under test).
  copyFileSync(join(ROOT, 'package.json'), join(appDir, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(appDir, 'node_modules'), 'dir');
  mkdirSync(join(appDir, 'dist'));
  writeFileSync(join(appDir, 'dist', 'index.html'), '<!doctype html><html lang="th"><head><title>ITA</title></head><body></body></html>');

  const dotEnv = { ...readEnvFile('.env.example'), POSTGRES_PASSWORD: 'test-only-password' };
  const composeEnv = Object.fromEntries(Object.entries(compose.services.app?.environment ?? {}).map(([k, v]) => [k, interpolate(String(v), dotEnv)]));
  env = { PATH: process.env.PATH ?? '', ...image.env, ...composeEnv, DATABASE_URL: db.url, PORT: String(await freePort()) };

  const [command = '', ...args] = image.cmd;
  server = spawn(command, args, { cwd: appDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await until('health answer', async () => ((await fetch(health())).status === 200 ? true : undefined), 60);
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server?.once('exit', r));
    server.kill('SIGKILL');
    await exited;
  }
  await adminQuery(`ALTER DATABASE ${new URL(db.url).pathname.slice(1)} ALLOW_CONNECTIONS true`).catch(() => undefined);
  await db.drop();
  rmSync(appDir, { recursive: true, force: true });
});

it('starts from the built JavaScript alone, migrates an empty database and serves the app', async () => {
  expect(image.cmd.slice(-1)).toEqual(['dist-server/main.js']);
  expect(env.HOST).toBe('0.0.0.0');
  const { rows } = await db.pool.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
  // The migrations were copied beside the bundle: every one the server ships ran.
  expect(rows.map((r) => r.version)).toEqual(readMigrations().map((m) => m.version));
  expect(await (await fetch(health())).json()).toEqual({ database: 'ok' });
  const page = await fetch(`http://127.0.0.1:${env.PORT}/`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('lang="th"');
  expect(healthcheck()).toBe(0);
});

it('imports at run time only packages that npm ci --omit=dev installs', () => {
  // node_modules here holds the dev packages too: a bundle reaching for one would pass above and
  // fail in the image, so every package the built files import must be a runtime dependency.
  const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
  const built = readdirSync(join(appDir, 'dist-server')).filter((f) => f.endsWith('.js'));
  const imported = new Set<string>();
  for (const file of built) {
    const code = readFileSync(join(appDir, 'dist-server', file), 'utf8');
    // import … from 'x', export … from 'x', import 'x', import('x')
    for (const match of code.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? '';
      if (spec.startsWith('.') || spec.startsWith('node:') || builtinModules.includes(spec)) continue;
      imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec));
    }
  }
  expect([...imported].sort()).toEqual(expect.arrayContaining(['@hono/node-server', 'hono', 'pg', 'zod']));
  for (const name of imported) expect(dependencies, `${name} is imported by dist-server/ but is not in "dependencies"`).toHaveProperty([name]);
});

it('fails the health check while the database refuses connections, and passes again once it is back', async () => {
  const name = new URL(db.url).pathname.slice(1);
  // This file's own connections to it are ended too: theirs is an expected error.
  db.pool.on('error', () => undefined);
  // The database away for this server only: other test files share the cluster.
  await adminQuery(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
  await until('503 from the health route', async () => ((await fetch(health())).status === 503 ? true : undefined));
  expect(healthcheck()).not.toBe(0);
  await adminQuery(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
  await until('200 from the health route again', async () => ((await fetch(health())).status === 200 ? true : undefined));
  expect(healthcheck()).toBe(0);
  expect(server?.exitCode).toBeNull();
});

it('fails the health check once the server is down', async () => {
  const exited = new Promise<number | null>((r) => server?.once('exit', (code) => r(code)));
  server?.kill('SIGTERM');
  // A stop on docker's SIGTERM is a clean one.
  expect(await exited).toBe(0);
  expect(healthcheck()).not.toBe(0);
});

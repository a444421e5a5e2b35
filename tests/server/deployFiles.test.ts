import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCompose, readDockerfile, readEnvFile, settingsTheServerReads, type ComposeFile } from './deployFiles';

// What docker and compose would do with the files, checked without docker (it cannot pull images
// here). That the image's command, environment and health check work is builtServer.test.ts.
let compose: ComposeFile;
beforeAll(async () => {
  compose = await readCompose();
});

const serverSources = (dir = 'server'): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? serverSources(path) : /\.ts$/.test(name) ? [path] : [];
  });

it('builds in one stage and runs the built server in a slim one, as a user other than root', () => {
  const image = readDockerfile();
  expect(image.from).toMatch(/^node:2\d[.\w-]*slim$/);
  expect(image.runs.some((r) => /npm ci\b.*--omit=dev/.test(r))).toBe(true);
  expect(image.runs.join(' ')).not.toMatch(/tsx/);
  expect(image.user).toBeTruthy();
  expect(image.user).not.toMatch(/^(root|0)(:|$)/);
  expect(image.cmd[0]).toBe('node');
  expect(image.cmd.at(-1)).toBe('dist-server/main.js');
  expect(image.env).toMatchObject({ HOST: '0.0.0.0', PORT: '8080' });
  const dockerfile = readFileSync('Dockerfile', 'utf8');
  expect(dockerfile).toMatch(/^FROM .* AS build$/m);
  expect(dockerfile).toMatch(/COPY --from=build \/app\/dist-server/);
  // Secrets and dumps on the host stay out of the image.
  expect(readFileSync('.dockerignore', 'utf8').split('\n')).toEqual(expect.arrayContaining(['node_modules', '.env', 'backups', 'dist-server']));
});

it('runs the app, PostgreSQL 16 and the nightly backup, each restarted and health-checked', () => {
  const { db, app, backup } = compose.services;
  for (const service of [db, app, backup]) {
    expect(service?.restart).toBe('unless-stopped');
    expect(service?.healthcheck?.test.length).toBeGreaterThan(1);
  }
  expect(db?.image).toBe('postgres:16');
  expect(db?.healthcheck?.test).toContain('pg_isready');
  expect(db?.volumes).toContain('pgdata:/var/lib/postgresql/data');
  expect(compose.volumes).toHaveProperty('pgdata');
  // compose's health check of the app is the image's own, the one builtServer.test.ts runs.
  expect(app?.healthcheck?.test).toEqual(['CMD', ...readDockerfile().healthcheck]);
  expect(app?.depends_on?.db?.condition).toBe('service_healthy');
  expect(app?.ports).toEqual(['${ITA_PORT:-8080}:8080']);
  expect(app?.build).toBe('.');
  expect(backup?.depends_on?.db?.condition).toBe('service_healthy');
  expect(backup?.volumes).toEqual(expect.arrayContaining(['./backups:/backups', './deploy:/deploy:ro']));
  expect(backup?.entrypoint).toEqual(['bash', '/deploy/backup-loop.sh']);
  expect(backup?.environment).toMatchObject({ BACKUP_DIR: '/backups', BACKUP_KEEP: '14' });
  expect(readFileSync('deploy/backup.sh', 'utf8')).toMatch(/pg_dump -Fc/);
});

it('documents every setting the server reads, and passes each to the container', () => {
  const settings = settingsTheServerReads(serverSources());
  // A list that found nothing would pass everything below.
  expect(settings).toEqual(expect.arrayContaining(['DATABASE_URL', 'ITA_TRUST_PROXY', 'ITA_SECURE_COOKIES']));
  const example = readFileSync('.env.example', 'utf8');
  const readme = readFileSync('README.md', 'utf8');
  const guide = readFileSync('docs/deploy.md', 'utf8');
  const image = readDockerfile();
  const app = compose.services.app?.environment ?? {};
  for (const name of settings) {
    expect(example, `.env.example: ${name}`).toMatch(new RegExp(`^#?${name}=`, 'm'));
    expect(readme, `README: ${name}`).toContain(`\`${name}`);
    expect(guide, `docs/deploy.md: ${name}`).toContain(name);
    // The image fixes some (HOST, PORT, the app's folder); compose passes the others, or says why not.
    const passed = name in image.env || name in app || ['ITA_SCRYPT_LOG_N', 'ITA_PASSWORD'].includes(name);
    expect(passed, `compose.yaml or the Dockerfile: ${name}`).toBe(true);
  }
});

it('is a compose file docker-compose accepts, with no .env at all or with a password of its own', (context) => {
  // Without docker-compose, the same interpolation rules still give each service the one password.
  const composeText = readFileSync('compose.yaml', 'utf8');
  const passwords = [...composeText.matchAll(/\$\{POSTGRES_PASSWORD([^}]*)\}/g)].map((m) => m[1]);
  expect(passwords).toHaveLength(3);
  expect(new Set(passwords).size, 'db, app and backup fall back to the same password').toBe(1);
  expect(passwords[0]).toMatch(/^:-[A-Za-z0-9-]+$/);
  // The default is only acceptable while nothing outside the compose network reaches the database.
  expect(compose.services.db).not.toHaveProperty('ports');
  expect(readEnvFile('.env.example').POSTGRES_PASSWORD).toBe('');
  if (spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status !== 0) {
    context.skip('docker-compose is not installed here (apt-get install docker-compose); the checks above still ran');
  }
  const dir = mkdtempSync(join(tmpdir(), 'ita-compose-'));
  try {
    // --project-directory elsewhere: a .env beside compose.yaml on this machine must not count.
    const check = (...envFile: string[]) =>
      spawnSync('docker-compose', ['--project-directory', dir, ...envFile, '-f', join(process.cwd(), 'compose.yaml'), 'config'], { encoding: 'utf8' });
    const withPassword = join(dir, 'own.env');
    writeFileSync(withPassword, readFileSync('.env.example', 'utf8').replace(/^POSTGRES_PASSWORD=$/m, 'POSTGRES_PASSWORD=abc123'));
    const own = check('--env-file', withPassword);
    expect(own.status, own.stderr).toBe(0);
    expect(own.stdout).toContain('DATABASE_URL: postgres://ita:abc123@db:5432/ita');
    expect(own.stdout).toContain('PGPASSWORD: abc123');
    const fallback = passwords[0]?.slice(2) ?? '';
    for (const result of [check(), check('--env-file', '.env.example')]) {
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain(`DATABASE_URL: postgres://ita:${fallback}@db:5432/ita`);
      expect(result.stdout).toContain(`POSTGRES_PASSWORD: ${fallback}`);
      expect(result.stdout).toContain(`PGPASSWORD: ${fallback}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it("starts the same built server under systemd, restarted whatever stops it, and backs up with the same script", (context) => {
  const unit = readFileSync('deploy/ita-dashboard.service', 'utf8');
  const setting = (text: string, name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(text)?.[1];
  const [node, ...args] = (setting(unit, 'ExecStart') ?? '').split(/\s+/);
  expect(node).toMatch(/\/node$/);
  expect(args).toEqual(readDockerfile().cmd.slice(1));
  expect(setting(unit, 'Restart')).toBe('always');
  expect(setting(unit, 'EnvironmentFile')).toBe('/etc/ita-dashboard.env');
  expect(setting(unit, 'User')).toBe('ita');
  const backupUnit = readFileSync('deploy/ita-dashboard-backup.service', 'utf8');
  expect(setting(backupUnit, 'ExecStart')).toBe('/bin/bash /opt/ita-dashboard/deploy/backup.sh');
  expect(setting(backupUnit, 'Environment')).toContain('BACKUP_KEEP=14');
  expect(readFileSync('deploy/ita-dashboard-backup.timer', 'utf8')).toMatch(/^OnCalendar=\*-\*-\* 02:00:00 Asia\/Bangkok$/m);
  if (spawnSync('systemd-analyze', ['--version']).status !== 0) context.skip('systemd-analyze is not installed here');
  const units = ['ita-dashboard.service', 'ita-dashboard-backup.service', 'ita-dashboard-backup.timer'].map((f) => join(process.cwd(), 'deploy', f));
  const verify = spawnSync('systemd-analyze', ['verify', '--man=no', ...units], { encoding: 'utf8' });
  // Warnings about this machine (no such user, folder or binary here) are not the units' fault.
  const problems = verify.stderr.split('\n').filter((l) => l.trim() && !/does not exist|No such file|not executable|Failed to resolve user/i.test(l));
  expect(problems).toEqual([]);
});

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import pg from 'pg';
import { inject } from 'vitest';
import { ensurePostgres, sweepAbandonedClusters } from './pgCluster';

// A test run killed outright leaves its cluster running; the next run must clear it away.
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

it('stops and removes the cluster of a run that was killed with SIGKILL, and leaves a living run’s alone', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', "import('./tests/server/pgCluster.ts').then((m) => m.startCluster()).then((c) => console.log(JSON.stringify({ dir: c.dir, port: c.port })))"], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const started = await new Promise<{ dir: string; port: number }>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line) as { dir: string; port: number });
    });
    child.once('exit', (code) => reject(new Error(`the cluster's process ended first (${code})`)));
  });
  expect(await accepts(started.port)).toBe(true);
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  // Killed: nothing stopped its cluster.
  expect(await accepts(started.port)).toBe(true);

  const swept = sweepAbandonedClusters(ensurePostgres());
  expect(swept).toContain(started.dir);
  expect(existsSync(started.dir)).toBe(false);
  expect(await accepts(started.port)).toBe(false);
  // This run's own cluster (globalSetup's, its owner alive) was left running.
  const client = new pg.Client({ connectionString: inject('pgUrl') });
  await client.connect();
  expect((await client.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  await client.end();
}, 60_000);

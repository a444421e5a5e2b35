// `npm test`: every runner, each one even when another fails, so a failing unit test never
// hides the end-to-end results. Exit codes go to test-results/exit-codes.json because a runner
// can fail with no failing test (vitest below its coverage threshold, a crashed web server),
// and the closing summary must count that too.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const runners = [
  ['vitest', ['run', 'test:unit']],
  // The server on a throwaway PostgreSQL cluster that the run starts and deletes.
  ['vitest-server', ['run', 'test:server']],
  ['playwright', ['run', 'e2e']],
];
// Reports of an earlier run must not stand in for a runner that fails to start this time.
for (const report of ['vitest.json', 'vitest-server.json', 'playwright.json', 'exit-codes.json']) rmSync(`test-results/${report}`, { force: true });
const exitCodes = {};
const seconds = [];
for (const [name, args] of runners) {
  const start = performance.now();
  const result = spawnSync('npm', args, { stdio: 'inherit' });
  exitCodes[name] = result.status ?? 1;
  seconds.push(`${name} ${Math.round((performance.now() - start) / 1000)} s`);
}
// Each runner's wall time, for the README's figures and for telling a slow runner from a hang.
console.log(`[test] took: ${seconds.join(', ')}`);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/exit-codes.json', JSON.stringify(exitCodes, null, 2));
const failed = Object.entries(exitCodes).filter(([, code]) => code !== 0);
if (failed.length) console.error(`[test] failed: ${failed.map(([name, code]) => `${name} (exit ${code})`).join(', ')}`);
process.exit(failed.length ? 1 : 0);

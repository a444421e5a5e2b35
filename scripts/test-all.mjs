// `npm test`: every runner, each one even when another fails, so a failing unit test never
// hides the end-to-end results. Exit codes go to test-results/exit-codes.json because a runner
// can fail with no failing test (vitest below its coverage threshold, a crashed web server),
// and the closing summary must count that too.
//
// Two lanes run at the same time: the end-to-end tests in one, the server's and then the unit
// tests in the other. The end-to-end tests keep two cores only a third busy (Chromium waits on
// frames, pages and the app's own timers: about 280 CPU-seconds in 420 s), and the vitest
// runners fill the rest; one after another the three took 742 s on a quiet 2-core machine.
// Not three lanes: the two vitest runners together keep both cores full already.
// TEST_SERIAL=1 runs them one after another, each printing straight to the terminal.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const lanes = [
  [['playwright', ['run', 'e2e']]],
  [
    // The server on a throwaway PostgreSQL cluster that the run starts and deletes.
    ['vitest-server', ['run', 'test:server']],
    ['vitest', ['run', 'test:unit']],
  ],
];
const serial = process.env.TEST_SERIAL === '1';
// Reports of an earlier run must not stand in for a runner that fails to start this time.
for (const report of ['vitest.json', 'vitest-server.json', 'playwright.json', 'exit-codes.json']) rmSync(`test-results/${report}`, { force: true });
mkdirSync('test-results', { recursive: true });

/**
 * Runs one runner. Beside the other lane, each line it prints goes out whole with the runner's name
 * in front, so two runners' lines interleave but never mix; its whole output, as printed, is
 * also kept in test-results/<name>.log to be read in one piece.
 */
function run(name, args) {
  return new Promise((resolve) => {
    const start = performance.now();
    // Piped output loses the terminal's colours; a person at one keeps them.
    const env = serial || !process.stdout.isTTY ? process.env : { FORCE_COLOR: '1', ...process.env };
    const child = spawn('npm', args, { env, stdio: serial ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const done = (code) => resolve({ name, code, seconds: Math.round((performance.now() - start) / 1000) });
    child.once('error', (error) => {
      console.error(`[${name}] could not start: ${error.message}`);
      done(1);
    });
    child.once('close', (code) => done(code ?? 1));
    if (serial) return;
    const log = createWriteStream(`test-results/${name}.log`);
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      let rest = '';
      // Whole characters only: a Thai letter is three bytes, and a chunk may end inside one.
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        log.write(chunk);
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        if (lines.length) out.write(lines.map((line) => `[${name}] ${line}\n`).join(''));
      });
      stream.on('end', () => rest && out.write(`[${name}] ${rest}\n`));
    }
  });
}

const begun = performance.now();
const results = [];
const runLane = async (lane) => {
  for (const [name, args] of lane) results.push(await run(name, args));
};
if (serial) await runLane(lanes.flat());
else await Promise.all(lanes.map(runLane));

const exitCodes = Object.fromEntries(results.map((r) => [r.name, r.code]));
// Each runner's wall time, for the README's figures and for telling a slow runner from a hang.
const total = Math.round((performance.now() - begun) / 1000);
console.log(`[test] took ${total} s: ${results.map((r) => `${r.name} ${r.seconds} s`).join(', ')}${serial ? ', one after another' : ', in two lanes at once'}`);
writeFileSync('test-results/exit-codes.json', JSON.stringify(exitCodes, null, 2));
const failed = results.filter((r) => r.code !== 0);
if (failed.length) console.error(`[test] failed: ${failed.map((r) => `${r.name} (exit ${r.code})${serial ? '' : `, its output in test-results/${r.name}.log`}`).join('; ')}`);
process.exit(failed.length ? 1 : 0);

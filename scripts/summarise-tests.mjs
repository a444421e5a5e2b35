// Adds up the JSON reports of vitest (the app's tests and the server's) and Playwright into one closing line,
// `N passed, N failed`, which CI reads; so it must be the last line printed.
// A missing report means that runner never finished: it counts as 1 failed.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Paths are relative to the project root, wherever this is run from.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const VITEST = 'test-results/vitest.json';
const VITEST_SERVER = 'test-results/vitest-server.json';
const PLAYWRIGHT = 'test-results/playwright.json';
const EXIT_CODES = 'test-results/exit-codes.json';
const total = { passed: 0, failed: 0, skipped: 0 };
// Written by scripts/test-all.mjs; absent when the runners were started some other way.
const exitCodes = existsSync(EXIT_CODES) ? JSON.parse(readFileSync(EXIT_CODES, 'utf8')) : {};

/** A runner that exited non-zero with no failing test still failed (coverage, server, setup). */
function failedWithoutTest(runner, failed, notes) {
  const code = exitCodes[runner];
  if (code === undefined || code === 0 || failed > 0) return failed;
  notes.push(`exited ${code} without a failing test`);
  return 1;
}

function read(file, runner) {
  if (!existsSync(file)) {
    console.log(`${runner}: no report at ${file} (that runner did not run or did not finish); counted as 1 failed`);
    total.failed += 1;
    return null;
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.log(`${runner}: unreadable report ${file} (${err.message}); counted as 1 failed`);
    total.failed += 1;
    return null;
  }
}

function add(runner, passed, failed, skipped, notes = []) {
  total.passed += passed;
  total.failed += failed;
  total.skipped += skipped;
  const extra = notes.length ? ` (${notes.join('; ')})` : '';
  console.log(`${runner}: ${passed} passed, ${failed} failed, ${skipped} skipped${extra}`);
}

// The runners' own output scrolls far above the last lines, and a CI log may keep only its
// tail; so the failing tests are named again here, just before the summary.
const failures = [];
const root = process.cwd();
const relative = (path) => (path.startsWith(root) ? path.slice(root.length + 1) : path);
const firstLine = (text) => (text ?? '').split('\n').find((l) => l.trim())?.trim().slice(0, 300) ?? '';

function collectPlaywright(suites, titles) {
  for (const suite of suites) {
    const path = suite.title ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const error = test.results?.at(-1)?.error?.message;
        failures.push(`playwright ${[...path, spec.title].join(' › ')}: ${firstLine(error)}`);
      }
    }
    collectPlaywright(suite.suites ?? [], path);
  }
}

/** One vitest run's report: `runner` names it in the summary and in exit-codes.json. */
function summariseVitest(file, runner) {
  const vitest = read(file, runner);
  if (!vitest) return;
  let failed = vitest.numFailedTests ?? 0;
  const notes = [];
  // A test file that fails to load has no failed test in it, only a failed status.
  const brokenFiles = (vitest.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
  );
  if (brokenFiles.length) {
    failed += brokenFiles.length;
    notes.push(`${brokenFiles.length} test file(s) failed to run`);
  }
  if (vitest.success === false && failed === 0) {
    failed = 1;
    notes.push('run reported failure without a failing test');
  }
  failed = failedWithoutTest(runner, failed, notes);
  for (const result of vitest.testResults ?? []) {
    const name = relative(result.name ?? '');
    for (const a of result.assertionResults ?? []) {
      if (a.status === 'failed') failures.push(`${runner} ${name} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    }
    if (result.status === 'failed' && !(result.assertionResults ?? []).some((a) => a.status === 'failed')) {
      failures.push(`${runner} ${name}: ${firstLine(result.message)}`);
    }
  }
  add(runner, vitest.numPassedTests ?? 0, failed, (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0), notes);
}

summariseVitest(VITEST, 'vitest');
summariseVitest(VITEST_SERVER, 'vitest-server');

const pw = read(PLAYWRIGHT, 'playwright');
if (pw) {
  const s = pw.stats ?? {};
  let failed = s.unexpected ?? 0;
  const notes = [];
  if (s.flaky) notes.push(`${s.flaky} flaky, passed on retry`);
  // Errors outside tests (config, webServer, global setup) leave no failed test behind.
  if ((pw.errors ?? []).length && failed === 0) {
    failed = 1;
    notes.push(`${pw.errors.length} error(s) outside tests`);
  }
  failed = failedWithoutTest('playwright', failed, notes);
  collectPlaywright(pw.suites ?? [], []);
  add('playwright', (s.expected ?? 0) + (s.flaky ?? 0), failed, s.skipped ?? 0, notes);
}

if (failures.length) {
  console.log('=== failing tests');
  for (const line of failures) console.log(`  ${line}`);
}
if (total.skipped) console.log(`${total.skipped} skipped`);
// CI reads this exact shape from the last line.
console.log(`${total.passed} passed, ${total.failed} failed`);

import { register } from 'node:module';
import { defineConfig, devices } from '@playwright/test';

// JSON imported as the app imports it (tests/e2e/jsonModules.mjs), in the runner and each worker.
register('./tests/e2e/jsonModules.mjs', import.meta.url);

// Run through `npm run e2e`: it builds dist/ and sets CHROMIUM_PATH (Playwright
// cannot download its own browsers on these machines). E2E_DIST serves a build of one's own
// instead of dist/ (`npx vite build --outDir /tmp/mine`; `E2E_DIST=/tmp/mine npm run e2e`).
const CI = !!process.env.CI;
const DIST = process.env.E2E_DIST || 'dist';
// The agency's server and the specs that start one of their own serve the same build.
if (process.env.E2E_DIST) process.env.ITA_STATIC_DIR ??= DIST;
// E2E_PORT: another port (and the next for the server), for a second run beside one in progress.
const PORT = Number(process.env.E2E_PORT) || 4173;
const baseURL = `http://127.0.0.1:${PORT}`;
/** The agency's server (tests/e2e/server.spec.ts). */
export const SERVER_PORT = PORT + 1;
export const SERVER_URL = `http://127.0.0.1:${SERVER_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Keep artifacts in a subfolder: Playwright empties outputDir on start, and
  // test-results/ also holds vitest.json and playwright.json for the summary.
  outputDir: 'test-results/artifacts',
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // Each test has its own context and store, so any worker may take any test (a file whose tests
  // share a server's accounts and records keeps its order: test.describe.configure), and no
  // worker waits idle behind another's long file at the end. Three workers on two cores: much of
  // a test is waiting (for frames, the server, a retried expect), and a third keeps the cores
  // busy meanwhile. E2E_WORKERS sets another count.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS) || 3,
  // Limits for hangs, not speed checks. At load 6 to 13 on two cores the first run's longest
  // journey (17 s at rest) passed Playwright's default 30 s; a wait on what a screen shows gets
  // twice the default 5 s.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    screenshot: 'only-on-failure',
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || undefined,
          // Root in a container needs --no-sandbox; there is no network, so the
          // background/update/sync services would only flood refused connections.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      // The production build, served as-is: e2e must test what ships.
      command: `npx vite preview --outDir ${DIST} --port ${PORT} --strictPort --host 127.0.0.1`,
      url: baseURL,
      reuseExistingServer: !CI,
      timeout: 60_000,
    },
    {
      // The same build from the agency's server, on a throwaway PostgreSQL it stops on SIGTERM.
      command: `node --import tsx tests/e2e/server/startServer.ts ${SERVER_PORT}`,
      // 401 until someone signs in: Playwright takes that as up.
      url: `${SERVER_URL}/api/v1/session`,
      reuseExistingServer: false,
      timeout: 120_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    },
  ],
});

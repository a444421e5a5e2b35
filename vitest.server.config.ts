import { defineConfig } from 'vitest/config';

// The server's tests: Node, a throwaway PostgreSQL cluster for the run (tests/server/globalSetup.ts),
// a database of its own for each test file.
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/server/**/*.test.ts'],
    globalSetup: ['./tests/server/globalSetup.ts'],
    // Limits for hangs: a cluster starting, or a restore of a large data set on a busy machine.
    // npm test runs these beside the end-to-end tests: with three CPU-burning processes beside
    // that too, the 63 MB restore, docker-compose's config check and a first-account start each
    // passed 30 s (2026-12-06, /tmp/ci44).
    testTimeout: 90_000,
    // Passwords hashed at a test's cost, not the 128 MiB a real account's takes.
    env: { ITA_SCRYPT_LOG_N: '10' },
    hookTimeout: 120_000,
    // Vitest's default is one worker fewer than the cores: one on CI's two. The files share
    // nothing but the cluster (a database each; the fault tests start clusters of their own),
    // and much of their time is spent waiting on PostgreSQL and on servers they start.
    maxWorkers: 2,
  },
});

import { defineConfig } from 'vitest/config';

/**
 * Three projects, run one at a time by scripts/test.sh (`vitest run --project …`):
 * - unit: pure logic beside the code (`src/**\/*.test.ts`), no database.
 * - api:  `src/**\/*.api.test.ts`; each file opens its own database through
 *         src/server/testing.ts (PGlite in memory, or a fresh database on the
 *         server named by DATABASE_URL / PG_ADMIN_URL). Files run in parallel
 *         worker processes.
 * - e2e:  `e2e/**\/*.e2e.ts`, headless Chromium against a real server process
 *         (see e2e/harness.ts); serial, generous timeouts.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.api.test.ts', '**/node_modules/**'],
          environment: 'node',
          // A few unit tests run a whole tool (the API type generator, dependency-cruiser on a made-up
          // tree): seconds on a busy two-core machine. A timeout must catch a hang, not a slow machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'api',
          include: ['src/**/*.api.test.ts'],
          exclude: ['**/node_modules/**'],
          environment: 'node',
          pool: 'forks',
          // Generous: a test that builds the whole demo organisation takes ~10 s on an idle machine
          // and over 40 s on a busy one; a timeout must catch a hang, not a slow machine.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          exclude: ['**/node_modules/**'],
          environment: 'node',
          pool: 'forks',
          fileParallelism: false,
          // A test may start two servers (each up to 120 s to be healthy on a loaded machine).
          testTimeout: 300_000,
          hookTimeout: 180_000,
          // Browser assertions wait for the state: `await expect.poll(() => locator.count()).toBe(0)`
          // retries until it holds (never one sample; see e2e/harness.ts). Generous for a busy machine.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          globalSetup: ['e2e/global-setup.ts'],
        },
      },
    ],
  },
});

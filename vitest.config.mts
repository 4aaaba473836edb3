import { configDefaults, defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Pure units (lib/domain: no database, no environment, no mocks; docs/ARCHITECTURE.md) share their
// workers' module graph: starting a fresh one for each of their files cost six times their tests.
// Everything else keeps a process per file: db/client.ts opens the DATABASE_PATH a test file sets
// (tests/support/temp-db.ts), and some files mock modules or set the environment.
const SHARED = ['lib/domain/**/*.test.ts', 'lib/pages/**/*.test.ts', 'lib/http/**/*.test.ts'];

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      'server-only': fileURLToPath(new URL('./tests/stubs/server-only.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one on this 2-core machine, while most
    // of a file's time is its own CPU work (argon2, SQLite, spreadsheets). Two keep both cores busy.
    maxWorkers: 2,
    // Data tests hash passwords with argon2 (deliberately slow): leave room on a busy 2-core machine.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'units', include: SHARED, isolate: false } },
      {
        extends: true,
        test: { name: 'isolated', include: ['lib/**/*.test.ts', 'cli/**/*.test.ts', 'db/**/*.test.ts', 'tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SHARED] },
      },
    ],
  },
});

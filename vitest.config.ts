import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration suites share one PostgreSQL server and one Redis; each test file makes
    // its own database and key prefix, so files may run in parallel.
    pool: 'forks',
    globalSetup: ['tests/setup/global.ts'],
    reporters: ['default', './tests/setup/summary-reporter.ts'],
  },
});

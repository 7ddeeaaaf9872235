import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The default output, then every skipped test counted by its reason (test/helpers/requires.ts).
    reporters: ['default', './test/helpers/skip-reporter.ts'],
  },
});

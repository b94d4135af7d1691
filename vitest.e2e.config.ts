import { defineConfig } from 'vitest/config';

/** Browser tests: a real server with demo data (started by the global setup) and Debian's Chromium. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});

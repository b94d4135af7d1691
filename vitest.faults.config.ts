import { defineConfig } from 'vitest/config';

/**
 * Faults and hostile input (`npm run test:faults`): crash under load, the access matrix, fuzzing,
 * stored script in the pages, backup/restore. FAULTS_SHORT=1 (what `npm test` runs) does fewer
 * kills and requests; the default is the full run. One file at a time: several start real servers.
 */
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});

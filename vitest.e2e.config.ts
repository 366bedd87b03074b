import { defineConfig } from 'vitest/config';

// The web client in a real browser (Debian's chromium through playwright-core); run by `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

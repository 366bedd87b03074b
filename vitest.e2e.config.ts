import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// The web client in a real browser (Debian's chromium through playwright-core); run by `npm run test:e2e`.
export default defineConfig({
  resolve: {
    // One copy of graphql, as in vitest.config.ts: the server's own files and graphql-tools must share
    // graphql's CommonJS build, or its realm checks (isObjectType in buildSchema) refuse the schema.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

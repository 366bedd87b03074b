import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const REFERRALS_ONLY = 'Only the referral tests (tests/integration/referrals) use support/referrals.ts; build referrals with support/factories.ts.';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'db/migrations/', 'coverage/', 'client/dist/', 'client/src/gql/', '**/*.generated.ts', 'tests/gql/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    // Units of work and reads are asynchronous (ADR 0030): a promise not awaited is a write whose
    // failure nobody sees, or an answer sent before its audit record is durable.
    files: ['server/**/*.ts', 'tests/**/*.ts', 'db/**/*.ts'],
    ignores: ['tests/e2e/**'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The web client runs in the browser; it still never logs (nothing personal in the console).
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', localStorage: 'readonly' } },
  },
  {
    // tests/support/referrals.ts drives the referral API for the referral domain's own tests; other
    // domains' tests build their referrals with tests/support/factories.ts (docs/TESTING.md).
    files: ['tests/**/*.ts'],
    ignores: ['tests/integration/referrals/**', 'tests/support/referrals.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)support/referrals(\\.js)?$', message: REFERRALS_ONLY }] }] },
  },
  {
    // The same from inside tests/support (the other helpers and the factories).
    files: ['tests/support/**/*.ts'],
    ignores: ['tests/support/referrals.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\./referrals(\\.js)?$', message: REFERRALS_ONLY }] }] },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The compiled server's entry (scripts/start-bundle.cjs, dist/server/main.js) is a CommonJS script.
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { process: 'readonly', require: 'readonly', module: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

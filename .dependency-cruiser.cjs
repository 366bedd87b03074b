/* global module */
/**
 * The boundaries of docs/ARCHITECTURE.md, checked by `npm run check:boundaries` (and so by CI).
 * Type-only imports count too: a type cycle is still a cycle a reader has to hold in mind.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-not-modules',
      comment: 'server/core is what every domain uses; it must not know any domain.',
      severity: 'error',
      from: { path: '^server/core/' },
      to: { path: '^server/modules/' },
    },
    {
      name: 'core-not-composition-root',
      comment: 'core declares the types (TDeps, TContext) that server/deps.ts implements, not the other way round.',
      severity: 'error',
      from: { path: '^server/core/' },
      to: { path: '^server/(deps|main|app|lifecycle)\\.ts$|^server/graphql/' },
    },
    {
      name: 'db-not-server',
      comment: 'db/ holds the schema and the migrations only.',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: '^server/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'modules-through-services',
      comment:
        'A module reaches another module only through the functions its *.service.ts exports, never its repo, policy or helpers.',
      severity: 'error',
      from: { path: '^server/modules/([^/]+)/' },
      to: { path: '^server/modules/', pathNot: ['^server/modules/$1/', '\\.service\\.ts$'] },
    },
    {
      name: 'not-to-tests',
      severity: 'error',
      from: { path: '^(server|db)/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};

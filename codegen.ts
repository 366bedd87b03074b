// One graphql-codegen configuration for the whole repository. Today it types the web client's
// operations (client/src/api/*.graphql) from schema/*.graphql with the client preset; the
// code-health work adds further `generates` targets here (resolver types, test documents), and
// `npm run codegen:check` (CI) fails whenever any generated file is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { DateTime: 'string', Date: 'string' };

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  ignoreNoDocuments: false,
  generates: {
    'client/src/gql/': {
      documents: ['client/src/api/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars, strictScalars: true, avoidOptionals: false, skipTypename: true, documentMode: 'string' },
    },
  },
};

export default config;

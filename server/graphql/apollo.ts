// The Apollo server with its guards: depth, cost, alias, directive and token limits (whose
// values are never shown to a client), no batching, CSRF prevention, no schema hints in errors,
// and introspection only outside production.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { TDeps } from '../deps.js';
import { createErrorFormatter } from './errors.js';
import type { TGraphQLContext } from './types.js';

export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 5,
  maxTokens: 2000,
  maxCost: 5000,
} as const;

export function createApolloServer(options: { deps: TDeps; schema: GraphQLSchema; introspection?: boolean }): ApolloServer<TGraphQLContext> {
  const { deps, schema } = options;
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, exposeLimits: false, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: false, allowList: [] },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: false },
    maxTokens: { n: LIMITS.maxTokens, exposeLimits: false },
    costLimit: { maxCost: LIMITS.maxCost, exposeLimits: false, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  // graphql-armor is compiled against Apollo's CommonJS typings; the plugins are the same objects.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<TGraphQLContext>[];
  return new ApolloServer<TGraphQLContext>({
    schema,
    validationRules: protection.validationRules,
    plugins: [...armorPlugins, ApolloServerPluginLandingPageDisabled()],
    introspection: options.introspection ?? !deps.config.isProduction,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    formatError: createErrorFormatter({ logger: deps.logger }),
    logger: deps.logger,
  });
}

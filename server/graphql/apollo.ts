// The Apollo server with its guards: depth, cost, alias, directive and token limits (whose
// values are never shown to a client), no batching, CSRF prevention, no schema hints in errors,
// and introspection only outside production.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ASTVisitor, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import type { TDeps } from '../deps.js';
import type { TLogger } from '../core/logger.js';
import { graphqlMetricsPlugin } from '../modules/metrics/graphql-metrics.js';
import { createErrorFormatter } from './errors.js';
import { LIMIT_MESSAGES, LIMITS } from './limits.js';
import { requestIdOfError, requestIdPlugin } from './request-scope.js';
import type { TGraphQLContext } from './types.js';
import { wellFormedInputPlugin } from './well-formed-input.js';

type TRejectHandler = (context: ValidationContext | null, error: GraphQLError) => void;

function rejectWith(message: string): { propagateOnRejection: false; onReject: TRejectHandler[] } {
  // Reported to the validation context (not thrown), so Apollo answers 400 GRAPHQL_VALIDATION_FAILED.
  const report: TRejectHandler = (context) => context?.reportError(new GraphQLError(message));
  return { propagateOnRejection: false, onReject: [report] };
}

/** The armor's validation rules and plugins, configured with LIMITS. */
export function createProtection() {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, exposeLimits: false, flattenFragments: true, ...rejectWith(LIMIT_MESSAGES.depth) },
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: false, allowList: [], ...rejectWith(LIMIT_MESSAGES.aliases) },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: false, ...rejectWith(LIMIT_MESSAGES.directives) },
    // graphql-armor's Apollo token plugin throws from parsingDidStart, which Apollo answers with a
    // 500 for every syntax error; graphql-js enforces the same limit in parse() (parseOptions below)
    // and the error formatter replaces its message, which names the limit.
    maxTokens: { enabled: false },
    costLimit: {
      maxCost: LIMITS.maxCost,
      exposeLimits: false,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
      ...rejectWith(LIMIT_MESSAGES.cost),
    },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  return {
    validationRules: protection.validationRules as ValidationRule[],
    // graphql-armor is compiled against Apollo's CommonJS typings; the plugins are the same objects.
    plugins: protection.plugins as unknown as ApolloServerPlugin<TGraphQLContext>[],
  };
}

/**
 * graphql-js 16 validates an operation whose root type the schema lacks (there is no
 * Subscription type) and only fails when executing it, which Apollo reports as an internal
 * error; this refuses it as the client's mistake it is.
 */
export const knownOperationTypeRule: ValidationRule = (context): ASTVisitor => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations`, { nodes: node }));
    }
  },
});

/** Apollo's own log lines (start-up and stop, hooks that threw), through the server's logger. */
function apolloLogger(logger: TLogger) {
  return {
    debug: (message: string) => logger.debug(message),
    info: (message: string) => logger.info(message),
    warn: (message: string) => logger.warn(message),
    error: (message: string) => logger.error(message),
  };
}

export function createApolloServer(options: { deps: TDeps; schema: GraphQLSchema; introspection?: boolean }): ApolloServer<TGraphQLContext> {
  const { deps, schema } = options;
  const protection = createProtection();
  return new ApolloServer<TGraphQLContext>({
    schema,
    validationRules: [knownOperationTypeRule, ...protection.validationRules],
    parseOptions: { maxTokens: LIMITS.maxTokens },
    // Apollo's guard against fragments that multiply selections (default bound of 10 million).
    maxRecursiveSelections: true,
    // Cache control off: no answer may be cached (app.ts sends Cache-Control: no-store on /graphql),
    // and its hook on every resolved field was a fifth of the listing's allocations (ADR 0022).
    plugins: [...protection.plugins, requestIdPlugin, wellFormedInputPlugin, graphqlMetricsPlugin(deps.metrics), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
    introspection: options.introspection ?? !deps.config.isProduction,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    allowBatchedHttpRequests: false,
    // main.ts owns the one shutdown path; Apollo's own signal handlers stopped it a second time
    // and re-sent the signal, which logged "shutting down" twice.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    formatError: createErrorFormatter({ logger: deps.logger, requestIdOf: requestIdOfError }),
    logger: apolloLogger(deps.logger),
  });
}

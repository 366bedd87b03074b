// Turns whatever a resolver threw into the error shape of the contract: a message and
// extensions.code (plus field, state or action where one is at fault). Anything unexpected
// becomes INTERNAL_SERVER_ERROR with the request id: no stack, no SQL, no internals.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from '../core/errors.js';
import type { TLogger } from '../core/logger.js';
import { describeInputError, withoutValues } from './input-errors.js';
import { LIMIT_MESSAGES } from './limits.js';

// Codes Apollo and GraphQL itself produce for requests that never reached a resolver.
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

// graphql-js names the token limit in its message ("Document contains more than N tokens").
const TOKEN_LIMIT = /Document contains more th\w+ \d+ tokens/;
// Schema hints ("Did you mean …?"): Apollo strips them from validation errors only, not from
// variable coercion errors such as an enum value that does not exist.
const SUGGESTION = / ?Did you mean [^?]*\?/g;

const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

/**
 * An error graphql-js raised itself while coercing or validating the request, not one a resolver
 * threw: it has no original error and no execution path. A resolver's error always has a path
 * (graphql-js locates it at its field), and Apollo's protocol errors carry a code already.
 */
function isGraphQLJsInputError(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'GraphQLError') return false;
  const e = error as Error & { originalError?: unknown; path?: unknown; extensions?: { code?: unknown } };
  // Apollo fills in INTERNAL_SERVER_ERROR on the formatted error; the error itself has no code.
  if (e.extensions?.code !== undefined) return false;
  return (e.originalError === undefined || e.originalError === null) && (e.path === undefined || e.path === null);
}

/**
 * What was thrown in the first place: a resolver's error as Apollo unwraps it from the located
 * GraphQLError; or an AppError thrown before execution (the well-formed-input check of
 * well-formed-input.ts runs in a plugin), which Apollo wraps without a path, so its unwrap leaves it.
 */
function thrownError(error: unknown): unknown {
  const unwrapped = unwrapResolverError(error);
  if (unwrapped instanceof AppError) return unwrapped;
  const cause = unwrapped instanceof Error ? (unwrapped as Error & { originalError?: unknown }).originalError : undefined;
  return cause instanceof AppError ? cause : unwrapped;
}

/** `requestIdOf` names the request an error belongs to (request-scope.ts marks them). */
export function createErrorFormatter(options: { logger: TLogger; requestIdOf?: (error: unknown) => string | undefined }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = thrownError(error);
    if (original instanceof AppError) {
      const extensions: Record<string, unknown> = { code: original.code };
      for (const [key, value] of Object.entries(original.details)) if (value !== undefined) extensions[key] = value;
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PROTOCOL_CODES.has(code)) {
      if (code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.test(formatted.message)) {
        // No location either: where parsing stopped would tell the limit.
        return { message: LIMIT_MESSAGES.tokens, extensions: { code } };
      }
      const message = formatted.message.replace(SUGGESTION, '');
      if (code === 'BAD_USER_INPUT') {
        const described = describeInputError(message);
        const extensions = described.field ? { code, field: described.field, rule: described.rule } : { code, rule: described.rule };
        return { message: described.message, locations: formatted.locations, path: formatted.path, extensions };
      }
      return { message: withoutValues(message), locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    if (isGraphQLJsInputError(error)) {
      // graphql-js's own coercion and validation errors that carry no code (e.g. "Too many errors
      // processing variables"): the request's fault, answered as bad input, not logged as a fault.
      const message = TOO_MANY_VARIABLE_ERRORS.test(formatted.message) ? 'Too many invalid values in the variables' : withoutValues(formatted.message.replace(SUGGESTION, ''));
      return { message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT', rule: 'INVALID_VALUE' } };
    }
    const requestId = options.requestIdOf?.(error);
    options.logger.error({ requestId, err: original, path: formatted.path }, 'unexpected error in GraphQL request');
    return { message: 'Internal server error', path: formatted.path, extensions: requestId ? { code: 'INTERNAL_SERVER_ERROR', requestId } : { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

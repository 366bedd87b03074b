// Which request an error belongs to, without AsyncLocalStorage (ADR 0022): on Node 20 its
// promise hooks ran on every promise of every request. The request id travels in the context
// (context.ts); Apollo calls its error formatter without the context, so the errors of a request
// are marked with its id on their way there: by a plugin as Apollo reports them
// (didEncounterErrors runs just before the formatter, on the same error objects), and by app.ts
// for an error building the context itself.
import type { ApolloServerPlugin } from '@apollo/server';
import type { TGraphQLContext } from './types.js';

const requestIds = new WeakMap<object, string>();

/** Marks an error (and what it wraps) as one of this request's. */
export function markRequestError(error: unknown, requestId: string): void {
  if (typeof error === 'object' && error !== null) requestIds.set(error, requestId);
}

/** The id of the request an error was marked for: the error's own, or that of the error it wraps. */
export function requestIdOfError(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const cause = (error as { originalError?: unknown }).originalError;
  return requestIds.get(error) ?? (typeof cause === 'object' && cause !== null ? requestIds.get(cause) : undefined);
}

/** Marks every error of a request with its id before Apollo formats it. */
export const requestIdPlugin: ApolloServerPlugin<TGraphQLContext> = {
  async requestDidStart({ contextValue }) {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) markRequestError(error, contextValue.requestId);
      },
    };
  },
};

// The error codes of the public contract (API.md § Errors). Services throw AppError;
// the GraphQL layer turns it into extensions.code and never shows anything else.
export type TErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'INVALID_TRANSITION'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

import type { TInputRule } from '../../schema/input-rules.js';

/**
 * `rule` (with `limit` where the rule has a bound) says which input rule was broken, a stable code
 * from schema/input-rules.ts; `reason` says why a sign-in or refresh was refused (docs/api.md).
 */
export type TErrorDetails = { field?: string; rule?: TInputRule; limit?: number; min?: number; max?: number; reason?: string; state?: string; action?: string; retryAfterSeconds?: number };

export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly details: TErrorDetails = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Bad input: the field at fault, an English message for API clients and the rule's stable code. */
export function badInput(field: string, message: string, rule: TInputRule, bounds: { limit?: number; min?: number; max?: number } = {}): AppError {
  const details: TErrorDetails = { field, rule };
  for (const key of ['limit', 'min', 'max'] as const) if (bounds[key] !== undefined) details[key] = bounds[key];
  return new AppError('BAD_USER_INPUT', message, details);
}

export function notFound(what = 'Not found'): AppError {
  return new AppError('NOT_FOUND', what);
}

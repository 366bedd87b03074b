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

export type TErrorDetails = { field?: string; state?: string; action?: string; retryAfterSeconds?: number };

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

export function badInput(field: string, message: string): AppError {
  return new AppError('BAD_USER_INPUT', message, { field });
}

export function notFound(what = 'Not found'): AppError {
  return new AppError('NOT_FOUND', what);
}

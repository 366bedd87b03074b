// The error formatter: contract codes pass with their details, protocol errors keep their
// message minus schema hints and limits, anything else becomes INTERNAL_SERVER_ERROR with the
// request id and is logged with it.
import { Writable } from 'node:stream';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../server/core/errors.js';
import { createLogger } from '../../../server/core/logger.js';
import { createErrorFormatter } from '../../../server/graphql/errors.js';
import { LIMIT_MESSAGES } from '../../../server/graphql/limits.js';

function setUp(requestId?: string) {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({
    level: 'debug',
    destination: new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
        done();
      },
    }),
  });
  return { lines, format: createErrorFormatter({ logger, requestIdOf: () => requestId }) };
}

function formatted(message: string, code?: string, rest: Partial<GraphQLFormattedError> = {}): GraphQLFormattedError {
  return { message, ...rest, extensions: code ? { code } : {} };
}

describe('the error formatter', () => {
  it('passes an AppError with its code and details, and nothing undefined', () => {
    const { format } = setUp('req-1');
    const error = new AppError('INVALID_TRANSITION', 'Cannot submit a closed referral', { state: 'CLOSED', action: 'submit', field: undefined });
    const result = format(formatted('x', 'INTERNAL_SERVER_ERROR', { path: ['submitReferral'] }), new GraphQLError('x', { originalError: error, path: ['submitReferral'] }));
    expect(result).toEqual({ message: 'Cannot submit a closed referral', path: ['submitReferral'], locations: undefined, extensions: { code: 'INVALID_TRANSITION', state: 'CLOSED', action: 'submit' } });
  });

  it('keeps protocol errors, without other extensions', () => {
    const { format, lines } = setUp('req-2');
    const result = format(
      { message: 'Cannot query field "nope" on type "Query".', locations: [{ line: 1, column: 3 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
      new GraphQLError('x'),
    );
    expect(result).toEqual({ message: 'Cannot query field "nope" on type "Query".', locations: [{ line: 1, column: 3 }], path: undefined, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(lines).toEqual([]);
  });

  it.each([
    ['Cannot query field "nam" on type "User". Did you mean "name"?', 'Cannot query field "nam" on type "User".'],
    [
      'Variable "$input" got invalid value "ADMN" at "input.roles[0]"; Value "ADMN" does not exist in "Role" enum. Did you mean the enum value "ADMIN"?',
      // The value itself is not repeated either (see input-errors.ts).
      'Invalid value for "input.roles.0": The value does not exist in "Role" enum.',
    ],
    ['Unknown type "Boolan". Did you mean "Boolean", "Region", or "Role"?', 'Unknown type "Boolan".'],
  ])('strips schema hints: %s', (message, expected) => {
    const { format } = setUp();
    expect(format(formatted(message, 'BAD_USER_INPUT'), new GraphQLError(message)).message).toBe(expected);
  });

  it('does not name the token limit, nor where parsing stopped', () => {
    const { format } = setUp();
    const result = format(
      { message: 'Syntax Error: Document contains more that 400 tokens. Parsing aborted.', locations: [{ line: 1, column: 1199 }], extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
      new GraphQLError('x'),
    );
    expect(result).toEqual({ message: LIMIT_MESSAGES.tokens, extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });

  it.each([
    ['a plain Error', new Error('SQLITE_ERROR: no such table: referrals')],
    ['a GraphQLError with a code outside the contract', new GraphQLError('disk I/O error', { extensions: { code: 'SQLITE_IOERR' } })],
    ['a thrown string', 'boom'],
  ])('turns %s into INTERNAL_SERVER_ERROR with the request id, logged with it', (_label, thrown) => {
    const { format, lines } = setUp('req-3');
    const code = thrown instanceof GraphQLError ? 'SQLITE_IOERR' : 'INTERNAL_SERVER_ERROR';
    const result = format(formatted(String(thrown), code, { path: ['referrals'], locations: [{ line: 1, column: 3 }] }), new GraphQLError('x', { originalError: thrown as Error }));
    expect(result).toEqual({ message: 'Internal server error', path: ['referrals'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-3' } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ requestId: 'req-3', msg: 'unexpected error in GraphQL request' });
  });

  it('outside a request, leaves the request id out', () => {
    const { format } = setUp(undefined);
    expect(format(formatted('boom'), new Error('boom')).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

// Errors as a production server shows them: the codes of API.md § Errors, and nothing else:
// no stack, no SQL, no schema hints, no introspection. Unexpected errors carry the request id,
// which is also on every log line of the request.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.js';
import { AppError } from '../../../server/core/errors.js';
import { buildSchema, loadTypeDefs, MODULE_RESOLVERS } from '../../../server/graphql/schema.js';
import { buildSignedInUser } from '../../support/factories.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { expectNoInternals, linesOfRequest, postJson, productionEnv, type TRawResponse } from './helpers.js';

const SECRET = 'SELECT password_hash FROM users WHERE email = "victim@example.dk" -- /srv/samvirke/server/secret.ts:12:7';

// Root fields that fail in every way a resolver can, added to the real schema.
const FAILING_TYPEDEFS = `extend type Query {
  plainError: String @public
  typeError: String! @public
  rejected: String @public
  foreignCode: String @public
  conflict: String @public
  invalidTransition: String @public
  badInput: String @public
  notFound: String @public
}`;
const FAILING_RESOLVERS = {
  Query: {
    plainError: () => {
      throw new Error(SECRET);
    },
    typeError: () => (undefined as unknown as { x: { y: string } }).x.y,
    rejected: async () => Promise.reject(new Error(SECRET)),
    foreignCode: () => {
      throw new GraphQLError(SECRET, { extensions: { code: 'SQLITE_CORRUPT', sql: SECRET } });
    },
    conflict: () => {
      throw new AppError('CONFLICT', 'Someone else changed this referral; reload it');
    },
    invalidTransition: () => {
      throw new AppError('INVALID_TRANSITION', 'A closed referral cannot be submitted', { state: 'CLOSED', action: 'submit' });
    },
    badInput: () => {
      throw new AppError('BAD_USER_INPUT', 'Days must be 1 to 120', { field: 'days' });
    },
    notFound: () => {
      throw new AppError('NOT_FOUND', 'Not found');
    },
  },
};

let server: TTestServer;
let failing: { url: string; http: Server; stop: () => Promise<void> };
let caseworker: string;

beforeAll(async () => {
  server = await startTestServer({ env: await productionEnv() });
  ({ token: caseworker } = await buildSignedInUser(server, { roles: ['CASEWORKER'] }));
  const schema = buildSchema({ typeDefs: [...loadTypeDefs(), FAILING_TYPEDEFS], resolvers: [...MODULE_RESOLVERS, FAILING_RESOLVERS] });
  const { app, stop } = await createApp(server.deps, { schema });
  const http: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  failing = { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, http, stop };
});
afterAll(async () => {
  await new Promise<void>((resolve) => failing.http.close(() => resolve()));
  await failing.stop();
  await server.close();
});

async function postFailing(query: string, headers: Record<string, string> = {}): Promise<TRawResponse> {
  const res = await fetch(`${failing.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}

function firstError(res: TRawResponse) {
  return res.json().errors?.[0];
}

it('runs as production', () => {
  expect(server.deps.config.isProduction).toBe(true);
});

describe('introspection is off', () => {
  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "User") { fields { name } } }'],
    ['__schema in a fragment', 'query { ...F } fragment F on Query { __schema { queryType { name } } }'],
  ])('a %s query is refused', async (_label, query) => {
    const res = await postJson(server, { query });
    expect(res.status).toBe(400);
    expect(firstError(res)?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.json().data).toBeUndefined();
    expect(res.text).not.toMatch(/"User"|"Query"|Organisation/);
  });

  it('__typename still answers', async () => {
    const res = await postJson(server, { query: '{ __typename }' });
    expect(res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('no schema hints', () => {
  it.each([
    ['a misspelt field', { query: '{ me { nam } }' }, 'GRAPHQL_VALIDATION_FAILED', /"name"/],
    ['a misspelt root field', { query: '{ organisationz { code } }' }, 'GRAPHQL_VALIDATION_FAILED', /"organisations"/],
    ['a misspelt argument', { query: '{ users(organisationCod: "CMM") { id } }' }, 'GRAPHQL_VALIDATION_FAILED', /"organisationCode"/],
    ['a misspelt type', { query: 'query($u: Boolan) { notifications(unreadOnly: $u) { id } }' }, 'GRAPHQL_VALIDATION_FAILED', /"Boolean"/],
    [
      'a misspelt input field in variables',
      { query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', variables: { input: { emai: 'a@b.dk', name: 'A', organisationCode: 'CMM', roles: ['CASEWORKER'], password: 'x'.repeat(12) } } },
      'BAD_USER_INPUT',
      /"email"/,
    ],
    [
      'a misspelt enum value in variables',
      { query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', variables: { input: { email: 'a@b.dk', name: 'A', organisationCode: 'CMM', roles: ['ADMN'], password: 'x'.repeat(12) } } },
      'BAD_USER_INPUT',
      /"ADMIN"/,
    ],
  ])('%s: refused without "Did you mean"', async (_label, body, code, suggestion) => {
    const res = await postJson(server, body, { authorization: `Bearer ${caseworker}` });
    expect(res.status).toBe(400);
    expect(firstError(res)?.extensions?.code).toBe(code);
    expect(res.text).not.toMatch(/did you mean/i);
    expect(res.text).not.toMatch(suggestion);
  });
});

describe('the codes of the contract', () => {
  it('UNAUTHENTICATED without a token', async () => {
    const res = await postJson(server, { query: '{ me { id } }' });
    expect(firstError(res)).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, path: ['me'] });
  });

  it('UNAUTHENTICATED with a token that is not one', async () => {
    const res = await postJson(server, { query: '{ me { id } }' }, { authorization: 'Bearer not.a.token' });
    expect(firstError(res)?.extensions?.code).toBe('UNAUTHENTICATED');
    expectNoInternals(res.text);
  });

  it('FORBIDDEN for a role the field does not allow', async () => {
    const res = await postJson(server, { query: '{ users { id } }' }, { authorization: `Bearer ${caseworker}` });
    expect(firstError(res)?.extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('BAD_USER_INPUT with the field at fault', async () => {
    const res = await postJson(server, { query: 'mutation { login(email: "", password: "x") { accessToken } }' });
    expect(firstError(res)?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email', rule: 'REQUIRED' });
  });

  it.each([
    ['conflict', { code: 'CONFLICT' }],
    ['invalidTransition', { code: 'INVALID_TRANSITION', state: 'CLOSED', action: 'submit' }],
    ['badInput', { code: 'BAD_USER_INPUT', field: 'days' }],
    ['notFound', { code: 'NOT_FOUND' }],
  ])('a service error (%s) keeps its code and details', async (field, extensions) => {
    const res = await postFailing(`{ ${field} }`);
    expect(res.status).toBe(200);
    expect(firstError(res)?.extensions).toEqual(extensions);
    expect(firstError(res)?.path).toEqual([field]);
  });
});

describe('an unexpected error becomes INTERNAL_SERVER_ERROR without internals', () => {
  it.each(['plainError', 'typeError', 'rejected', 'foreignCode'])('%s', async (field) => {
    const res = await postFailing(`{ ${field} }`);
    const requestId = res.headers.get('x-request-id');
    expect(firstError(res)).toEqual({ message: 'Internal server error', path: [field], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
    expect(res.text).not.toContain('victim');
    expect(res.text).not.toContain('password_hash');
    expect(res.text).not.toMatch(/Cannot read|undefined/);
    expectNoInternals(res.text);
  });

  it('a database error shows no SQL, and every log line of the request carries its id', async () => {
    server.deps.sqlite.exec('ALTER TABLE notifications RENAME TO notifications_elsewhere');
    try {
      const from = server.logs.length;
      const res = await postJson(server, { query: '{ notifications { id title } }' }, { authorization: `Bearer ${caseworker}`, 'x-request-id': 'req-db-error-0001' });
      expect(res.headers.get('x-request-id')).toBe('req-db-error-0001');
      expect(firstError(res)).toEqual({ message: 'Internal server error', path: ['notifications'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-db-error-0001' } });
      expect(res.text).not.toMatch(/notifications_elsewhere|no such table|from "?notifications/i);
      expectNoInternals(res.text);

      const lines = await linesOfRequest(server, from, 'req-db-error-0001');
      const logged = lines.find((line) => line.msg === 'unexpected error in GraphQL request');
      expect(logged).toBeDefined();
      expect(JSON.stringify(logged)).toMatch(/no such table/);
      for (const line of lines) expect(line.requestId).toBe('req-db-error-0001');
    } finally {
      server.deps.sqlite.exec('ALTER TABLE notifications_elsewhere RENAME TO notifications');
    }
  });

  it('the log line of a resolver error carries the request id the caller sees', async () => {
    const from = server.logs.length;
    const res = await postFailing('{ plainError }');
    const requestId = res.headers.get('x-request-id')!;
    const lines = await linesOfRequest(server, from, requestId);
    expect(lines.map((line) => line.msg)).toEqual(['unexpected error in GraphQL request', 'request']);
    for (const line of lines) expect(line.requestId).toBe(requestId);
  });
});

describe('refusals show no internals either', () => {
  it.each([
    ['a syntax error', { query: '{ me { id' }, 400],
    ['malformed JSON', '{"query": "{ me', 400],
    ['a batch', [{ query: '{ __typename }' }], 400],
  ])('%s', async (_label, body, status) => {
    const res = await postJson(server, body);
    expect(res.status).toBe(status);
    expectNoInternals(res.text);
    expect(res.text).not.toMatch(/did you mean/i);
  });
});

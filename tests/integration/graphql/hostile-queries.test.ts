// Hostile and malformed queries: each is refused with a 4xx and a clear code, none is a 500,
// and no refusal tells the limit it hit. Ordinary queries of the same shapes still run.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.js';
import { LIMITS } from '../../../server/graphql/limits.js';
import { buildSchema, loadTypeDefs, MODULE_RESOLVERS } from '../../../server/graphql/schema.js';
import { buildSignedInUser } from '../../support/factories.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { expectNoInternals, postJson, type TRawResponse } from './helpers.js';

let server: TTestServer;
let token: string;
// The same server with one more root field that takes `first`, as the paged lists of the domains
// will: the cost guard multiplies a list's cost by the page size asked for.
let paged: { url: string; http: Server; stop: () => Promise<void> };
beforeAll(async () => {
  server = await startTestServer();
  ({ token } = await buildSignedInUser(server));
  const schema = buildSchema({
    typeDefs: [...loadTypeDefs(), 'type Row { id: ID! name: String! }\nextend type Query { rows(first: Int!): [Row!]! @public }'],
    resolvers: [...MODULE_RESOLVERS, { Query: { rows: (_: unknown, args: { first: number }) => Array.from({ length: args.first }, (_, i) => ({ id: String(i), name: `row ${i}` })) } }],
  });
  const { app, stop } = await createApp(server.deps, { schema });
  const http: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  paged = { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, http, stop };
});
afterAll(async () => {
  await new Promise<void>((resolve) => paged.http.close(() => resolve()));
  await paged.stop();
  await server.close();
});

function query(source: string, variables?: Record<string, unknown>): Promise<TRawResponse> {
  return postJson(server, { query: source, variables }, { authorization: `Bearer ${token}` });
}

function nested(field: string, levels: number, leaf: string): string {
  let selection = leaf;
  for (let i = 0; i < levels; i++) selection = `${field} { ${selection} }`;
  return selection;
}

/** The limits' values must not appear in what the client is told. */
function expectLimitsHidden(res: TRawResponse): void {
  const messages = (res.json().errors ?? []).map((error) => error.message).join('\n');
  for (const value of Object.values(LIMITS)) expect(messages).not.toMatch(new RegExp(`\\b${value}\\b`));
  expect(messages).not.toMatch(/\blimit\b/i);
}

async function rawRequest(url: string, body: unknown): Promise<TRawResponse> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}

function codes(res: TRawResponse): unknown[] {
  return (res.json().errors ?? []).map((error) => error.extensions?.code);
}

describe('hostile queries are refused with a 4xx and a clear code', () => {
  it('101 aliases', async () => {
    const res = await query(`{ ${Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.json().errors).toEqual([{ message: 'The query uses too many aliases', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
    expect(res.json().data).toBeUndefined();
    expectLimitsHidden(res);
  });

  it('one alias more than allowed, in a query small enough to be read', async () => {
    const res = await query(`{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.json().errors).toEqual([{ message: 'The query uses too many aliases', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
    expectLimitsHidden(res);
  });

  it('500 duplicated fields', async () => {
    const res = await query(`{ me { ${'id '.repeat(500)}} }`);
    expect(res.status).toBe(400);
    expect(res.json().errors).toEqual([{ message: 'The query is too large', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }]);
    expectLimitsHidden(res);
  });

  it('depth 20', async () => {
    // The introspection types nest as deep as asked; the limit counts them like any other field.
    const res = await query(`{ __type(name: "Query") { ${nested('ofType', 19, 'name')} } }`);
    expect(res.status).toBe(400);
    expect(codes(res)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(res.json().errors?.map((error) => error.message)).toContain('The query is nested too deeply');
    expectLimitsHidden(res);
  });

  it('depth 20 through fragments', async () => {
    const fragments = Array.from({ length: 19 }, (_, i) => `fragment F${i} on __Type { ofType { ...F${i + 1} } }`).join('\n');
    const res = await query(`{ __type(name: "Query") { ...F0 } }\n${fragments}\nfragment F19 on __Type { name }`);
    expect(res.status).toBe(400);
    expect(res.json().errors?.map((error) => error.message)).toContain('The query is nested too deeply');
  });

  it('10 directives on a field', async () => {
    // Refused by GraphQL's own rule (a directive once per location) before the guards run.
    const res = await query(`{ me { id ${'@include(if: true) '.repeat(10)}} }`);
    expect(res.status).toBe(400);
    expect(codes(res).length).toBeGreaterThan(0);
    expect(codes(res).every((code) => code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
    expectLimitsHidden(res);
  });

  it('directives spread over many fields', async () => {
    const fields = Array.from({ length: LIMITS.maxDirectives + 1 }, (_, i) => `f${i}: __typename @skip(if: false)`).join(' ');
    const res = await query(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(res.json().errors?.map((error) => error.message)).toContain('The query uses too many directives');
  });

  it('a page too large to be worth its cost', async () => {
    const res = await rawRequest(paged.url, { query: '{ rows(first: 5000) { id name } }' });
    expect(res.status).toBe(400);
    expect(res.json().errors).toEqual([{ message: 'The query is too expensive; ask for fewer fields or smaller pages', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
    expectLimitsHidden(res);
  });

  it('a batched array request', async () => {
    const res = await postJson(server, [{ query: '{ me { id } }' }, { query: '{ organisations { code } }' }], { authorization: `Bearer ${token}` });
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['BAD_REQUEST']);
  });

  it('a syntax error', async () => {
    const res = await query('{ me { id }');
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(res.json().errors?.[0]?.message).toMatch(/^Syntax Error/);
  });

  it('a subscription (this API has none)', async () => {
    const res = await query('subscription { me { id } }');
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('a malformed query is a 400, never a 500', () => {
  it.each([
    ['empty query', { query: '' }],
    ['no query', { variables: {} }],
    ['query a number', { query: 5 }],
    ['query an object', { query: { me: 'id' } }],
    ['variables a string', { query: '{ __typename }', variables: '{"a":1}' }],
    ['variables an array', { query: '{ __typename }', variables: [1] }],
    ['operationName a number', { query: '{ __typename }', operationName: 5 }],
    ['unknown operationName', { query: 'query A { __typename }', operationName: 'B' }],
    ['two operations, no name', { query: 'query A { __typename } query B { __typename }' }],
    ['extensions a string', { query: '{ __typename }', extensions: 'x' }],
    ['a control character', { query: '{ \u0000 }' }],
    ['an unterminated string', { query: '{ users(organisationCode: "abc) { id } }' }],
    ['a deep list literal', { query: `{ users(organisationCode: ${'['.repeat(300)}${']'.repeat(300)}) { id } }` }],
    ['an unknown field', { query: '{ nothingHere }' }],
    ['a missing required variable', { query: 'query($id: ID!) { deactivateUser(id: $id) { id } }' }],
    ['a variable of the wrong type', { query: 'query($u: Boolean) { notifications(unreadOnly: $u) { id } }', variables: { u: 'yes' } }],
    ['an empty selection', { query: 'mutation { }' }],
  ])('%s', async (_label, body) => {
    const res = await postJson(server, body, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const errorCodes = codes(res);
    expect(errorCodes.length).toBeGreaterThan(0);
    for (const code of errorCodes) expect(['BAD_REQUEST', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE']).toContain(code);
    expectNoInternals(res.text);
  });
});

describe('ordinary queries pass the guards', () => {
  it('a page of 100 rows', async () => {
    const res = await rawRequest(paged.url, { query: '{ rows(first: 100) { id name } }' });
    expect(res.status).toBe(200);
    expect((res.json().data as { rows: unknown[] }).rows).toHaveLength(100);
  });

  it('a signed-in user reads themselves, with aliases, fragments and directives', async () => {
    const res = await query(
      `query Start($withOrganisations: Boolean!) {
        viewer: me { ...Person organisation { id code name kind region } }
        again: me @include(if: $withOrganisations) { id }
        agencies: organisations @include(if: $withOrganisations) { id code name kind region }
        inbox: notifications(unreadOnly: true) @skip(if: false) { id kind title titleEn link createdAt readAt }
      }
      fragment Person on User { id name email roles referenceGroup active secondFactorEnabled createdAt }`,
      { withOrganisations: true },
    );
    expect(res.status).toBe(200);
    expect(res.json().errors).toBeUndefined();
  });

  it('signing in (the login mutation with its payload)', async () => {
    const { user } = await buildSignedInUser(server);
    const res = await postJson(server, {
      query: `mutation Login($email: String!, $password: String!, $totp: String) {
        login(email: $email, password: $password, totp: $totp) {
          accessToken refreshToken expiresAt
          user { id name email roles referenceGroup active secondFactorEnabled createdAt organisation { id code name kind region } }
        }
      }`,
      variables: { email: user.email, password: user.password },
    });
    expect(res.status).toBe(200);
    expect(res.json().errors).toBeUndefined();
  });

  it('a query just inside every limit', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases }, (_, i) => `a${i}: __typename`).join(' ');
    const directives = '__typename @include(if: true) '.repeat(LIMITS.maxDirectives);
    const res = await query(`{ ${aliases} ${directives} __type(name: "Query") { ${nested('ofType', LIMITS.maxDepth - 2, 'name')} } }`);
    expect(res.status).toBe(200);
    expect(res.json().errors).toBeUndefined();
  });
});

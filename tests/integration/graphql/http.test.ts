// The HTTP surface around GraphQL: health, the placeholder page, unknown paths, security
// headers, request ids and the refusals that happen before a query is even read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser } from '../../support/factories.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { expectNoInternals, linesOfRequest, postJson, rawRequest } from './helpers.js';

let server: TTestServer;
beforeAll(async () => {
  // A small body limit, so the test of it sends little.
  server = await startTestServer({ env: { BODY_LIMIT: '16kb' } });
});
afterAll(async () => {
  await server.close();
});

describe('GET /healthz', () => {
  it('answers 200 {"status":"ok"} when the database answers', async () => {
    const res = await rawRequest(server, '/healthz');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.json()).toEqual({ status: 'ok' });
  });
});

describe('GET /healthz when the database does not answer', () => {
  let broken: TTestServer;
  let token: string;
  beforeAll(async () => {
    broken = await startTestServer();
    ({ token } = await buildSignedInUser(broken));
    broken.deps.sqlite.close();
  });
  afterAll(async () => {
    await broken.close();
  });

  it('answers 503, not 200', async () => {
    const res = await rawRequest(broken, '/healthz');
    expect(res.status).toBe(503);
    expect(res.json()).not.toEqual({ status: 'ok' });
  });

  it('answers a signed-in GraphQL request with INTERNAL_SERVER_ERROR and nothing about the database', async () => {
    const res = await postJson(broken, { query: '{ me { id } }' }, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(500);
    expect(res.json().errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(res.json().errors?.[0]?.message).toBe('Internal server error');
    expect(res.text).not.toMatch(/database|connection|Context creation/i);
    expectNoInternals(res.text);
  });
});

describe('GET /', () => {
  it('serves the page of the web client: Danish, titled, its script from a file (no inline script)', async () => {
    const res = await rawRequest(server, '/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.text).toContain('<title>Samvirke</title>');
    expect(res.text).toContain('<html lang="da">');
    expect(res.text).toMatch(/<script type="module"[^>]* src="\/[^"]+"><\/script>/);
    expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(res.text).not.toMatch(/<style/);
  });
});

describe('unknown paths', () => {
  it.each(['/nope', '/graphql/extra', '/api/graphql', '/index.php'])('GET %s is a 404 with a JSON error', async (path) => {
    const res = await rawRequest(server, path);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.json().errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('POST below /graphql is not a second GraphQL endpoint', async () => {
    const res = await rawRequest(server, '/graphql/extra', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(res.status).toBe(404);
    expect(res.json().errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('security headers', () => {
  it.each(['/', '/graphql', '/healthz', '/nope'])('are set on %s', async (path) => {
    const res =
      path === '/graphql' ? await postJson(server, { query: '{ __typename }' }) : await rawRequest(server, path);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('request ids', () => {
  const ID = /^[A-Za-z0-9-]{8,64}$/;

  it('are on every response, success or refusal, each its own', async () => {
    const responses = [
      await rawRequest(server, '/'),
      await rawRequest(server, '/healthz'),
      await rawRequest(server, '/nope'),
      await postJson(server, { query: '{ __typename }' }),
      await postJson(server, { query: '{ me { id } }' }),
      await postJson(server, { query: '{' }),
      await postJson(server, '{"query": '),
      await rawRequest(server, '/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' }),
    ];
    const ids = responses.map((res) => res.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(ID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('take a well-formed id from the caller and replace one that is not', async () => {
    const kept = await postJson(server, { query: '{ __typename }' }, { 'x-request-id': 'client-chosen-id-0001' });
    expect(kept.headers.get('x-request-id')).toBe('client-chosen-id-0001');
    const replaced = await postJson(server, { query: '{ __typename }' }, { 'x-request-id': 'bad id\twith "quotes"' });
    // A generated id is a UUID; the caller's text ("quotes" has no hex letters) must not survive in any form.
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(replaced.headers.get('x-request-id')).not.toContain('quotes');
  });

  it('is on every log line of a request', async () => {
    const { token } = await buildSignedInUser(server);
    const from = server.logs.length;
    const res = await postJson(server, { query: '{ me { id } organisations { code } }' }, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    const requestId = res.headers.get('x-request-id')!;
    const lines = await linesOfRequest(server, from, requestId);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.requestId).toBe(requestId);
  });
});

describe('refused before the query is read', () => {
  it('a body over the limit is a 413 JSON error, not an HTML page', async () => {
    const res = await postJson(server, { query: '{ __typename }', variables: { padding: 'x'.repeat(20_000) } });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9-]{8,64}$/);
    expect(res.json().errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(res.text).not.toMatch(/<html|<pre>|PayloadTooLargeError/i);
    expect(res.text).not.toContain('16kb');
  });

  it.each([
    ['truncated JSON', '{"query": '],
    ['not JSON at all', 'query { __typename }'],
    ['a JSON string', '"{ __typename }"'],
    ['JSON null', 'null'],
  ])('%s is a 400 JSON error', async (_label, body) => {
    const res = await postJson(server, body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.json().errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(res.text).not.toMatch(/<html|SyntaxError|Unexpected token/i);
    expectNoInternals(res.text);
  });

  it('an unsupported charset is a 415 JSON error', async () => {
    const res = await rawRequest(server, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json; charset=latin9' }, body: '{}' });
    expect(res.status).toBe(415);
    expect(res.json().errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('a batched (array) request is a 400', async () => {
    const res = await postJson(server, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
    expect(res.json().errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(res.text).not.toContain('Query');
  });

  it('a text/plain POST is refused as a possible cross-site request forgery (400)', async () => {
    const res = await rawRequest(server, '/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(res.status).toBe(400);
    expect(res.json().errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(res.json().errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });

  it.each(['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])('a %s POST is refused as CSRF too', async (type) => {
    const res = await rawRequest(server, '/graphql', { method: 'POST', headers: { 'content-type': type }, body: 'query=%7B__typename%7D' });
    expect(res.status).toBe(400);
    expect(res.json().errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });

  it('a GET query without a preflight header is refused as CSRF; with one it runs', async () => {
    const path = `/graphql?query=${encodeURIComponent('{ __typename }')}`;
    const blocked = await rawRequest(server, path);
    expect(blocked.status).toBe(400);
    expect(blocked.json().errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
    const allowed = await rawRequest(server, path, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
    expect(allowed.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('a mutation over GET is a 405', async () => {
    const path = `/graphql?query=${encodeURIComponent('mutation { logout(refreshToken: "x") }')}`;
    const res = await rawRequest(server, path, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toMatch(/POST/);
    expect(res.json().errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('a PUT is a 405', async () => {
    const res = await rawRequest(server, '/graphql', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(res.status).toBe(405);
  });
});

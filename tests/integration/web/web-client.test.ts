// The built web client at / with deep links; the server's own routes stay theirs; a missing build
// is said plainly. A small fake client/dist is made in a temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';

const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-AbCd1234.js"></script></head><body><div id="app"></div></body></html>';
const SCRIPT = 'console.log("client")';

let dist: string;
let server: TTestServer;
let unbuilt: TTestServer;
beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), INDEX);
  fs.writeFileSync(path.join(dist, 'assets', 'index-AbCd1234.js'), SCRIPT);
  fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  server = await startTestServer({ clientDist: dist });
  unbuilt = await startTestServer({ clientDist: path.join(dist, 'no-such-folder') });
});
afterAll(async () => {
  await server.close();
  await unbuilt.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

const get = (s: TTestServer, p: string, init: RequestInit = {}) => fetch(`${s.url}${p}`, { redirect: 'manual', ...init });

describe('the built client', () => {
  it('/ is index.html, never cached without asking again, under the strict CSP', async () => {
    const res = await get(server, '/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toBe(INDEX);
  });

  it.each(['/referrals/0193b0e2-7d1c-7000-8000-000000000001', '/operations/abc', '/tasks', '/development/mail', '/index.html'])('deep link %s gets index.html', async (p) => {
    const res = await get(server, p);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX);
  });

  it('hashed assets are kept a year; other files revalidate', async () => {
    const script = await get(server, '/assets/index-AbCd1234.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toBe(SCRIPT);
    const icon = await get(server, '/favicon.svg');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('a missing asset is a 404, not index.html', async () => {
    const res = await get(server, '/assets/index-Gone0000.js');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('NOT_FOUND');
  });

  it.each(['/graphql/anything', '/healthz/x', '/metrics', '/auth/callback', '/oauth/authorize', '/dev/nothing', '/operations/x/y.ics', '/exports/x.csv', '/report.CSV'])(
    'server route %s stays the server’s: JSON 404, never index.html',
    async (p) => {
      const res = await get(server, p);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    },
  );

  it('the server routes still answer', async () => {
    expect((await get(server, '/healthz')).status).toBe(200);
    expect((await get(server, '/readyz')).status).toBe(200);
    // The exports answer for themselves (here: no token).
    expect((await get(server, '/statistics/2025.csv')).status).toBe(401);
    expect((await get(server, '/operations/abc.ics')).status).toBe(401);
    // GraphQL GET without a preflight header is refused by CSRF prevention, as JSON, not the client.
    const graphql = await get(server, '/graphql?query=%7B__typename%7D');
    expect(graphql.status).toBe(400);
    expect(graphql.headers.get('cache-control')).toBe('no-store');
  });

  it('only GET and HEAD get the client', async () => {
    expect((await get(server, '/tasks', { method: 'HEAD' })).status).toBe(200);
    const post = await get(server, '/tasks', { method: 'POST' });
    expect(post.status).toBe(404);
    expect(post.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('a path leaving the folder is not served', async () => {
    const res = await get(server, '/..%2f..%2fpackage.json');
    expect(await res.text()).not.toContain('"dependencies"');
  });
});

describe('without a built client', () => {
  it('/ and deep links say the client is not built and how to build it; the API still answers', async () => {
    for (const p of ['/', '/referrals/abc']) {
      const res = await get(unbuilt, p);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const text = await res.text();
      expect(text).toContain('The web client is not built');
      expect(text).toContain('npm run build:client');
      expect(text).not.toMatch(/<script|<style|style=/);
    }
    expect((await unbuilt.gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });
});

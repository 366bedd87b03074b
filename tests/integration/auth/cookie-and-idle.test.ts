// The web client's session: the refresh token in an HttpOnly, SameSite=Strict cookie that login and
// refresh set and logout clears; refresh and logout take it when no argument is given; a cross-site
// form cannot use it; a refresh after SESSION_IDLE_MINUTES without activity is refused (SESSION_IDLE).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.js';
import { buildUser, signIn } from '../../support/factories.js';
import { startTestServer, type TGraphQLResponse, type TTestServer } from '../../support/test-server.js';
import { auditRowsFor, whoAmI } from './auth-helpers.js';
import { LoginDocument, RefreshDocument, type LoginMutation } from '../../gql/generated/graphql.js';

const MINUTE = 60_000;
const LOGOUT_FROM_COOKIE = 'mutation { logout }';


let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** The samvirke_refresh Set-Cookie line of a response, or undefined. */
function refreshCookieLine(res: { headers: Headers }): string | undefined {
  return res.headers.getSetCookie().find((line) => line.startsWith('samvirke_refresh='));
}

function cookieValue(res: { headers: Headers }): string {
  const line = refreshCookieLine(res);
  if (!line) throw new Error('no samvirke_refresh cookie was set');
  return line.slice('samvirke_refresh='.length).split(';')[0]!;
}

const withCookie = (value: string) => ({ headers: { cookie: `theme=dark; samvirke_refresh=${value}` } });

async function signInForCookie(): Promise<{ res: TGraphQLResponse<LoginMutation>; cookie: string; userId: string }> {
  const user = await buildUser(server);
  const res = await server.gql(LoginDocument, { email: user.email, password: user.password });
  return { res, cookie: cookieValue(res), userId: user.id };
}

describe('the refresh-token cookie', () => {
  it('login sets it: HttpOnly, SameSite=Strict, Path=/graphql, until the refresh token expires, not Secure on plain http in test', async () => {
    const { res, cookie } = await signInForCookie();
    expect(cookie).toBe(res.body.data!.login.refreshToken);
    const attributes = refreshCookieLine(res)!.split('; ').slice(1);
    expect(attributes).toEqual(expect.arrayContaining(['Path=/graphql', 'HttpOnly', 'SameSite=Strict']));
    expect(attributes).not.toContain('Secure');
    // 12 hours after sign-in (REFRESH_TOKEN_TTL_SECONDS), no later.
    const expires = attributes.find((a) => a.startsWith('Expires='))!.slice('Expires='.length);
    expect(new Date(expires).getTime()).toBe(server.clock.now().getTime() + 12 * 60 * MINUTE);
  });

  it('refresh without an argument takes the cookie and renews it; the old cookie is then spent (reuse ends the session)', async () => {
    const { cookie, userId } = await signInForCookie();
    const res = await server.gql(RefreshDocument, {}, withCookie(cookie));
    expect(res.body.data?.refresh.user.id).toBe(userId);
    const renewed = cookieValue(res);
    expect(renewed).not.toBe(cookie);
    // The payload still carries the token (API compatibility); the web client ignores it.
    expect(res.body.data!.refresh.refreshToken).toBe(renewed);

    const reused = await server.gql(RefreshDocument, {}, withCookie(cookie));
    expect(reused.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
    // A refused cookie is cleared, and the reuse ended the whole session: the renewed one is dead too.
    expect(refreshCookieLine(reused)).toMatch(/^samvirke_refresh=; .*Expires=Thu, 01 Jan 1970/);
    const after = await server.gql(RefreshDocument, {}, withCookie(renewed));
    expect(after.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
  });

  it('refresh with neither argument nor cookie, or with a cookie that is not a token: SESSION_EXPIRED', async () => {
    for (const options of [{}, withCookie('not a token'), withCookie('x'.repeat(43))]) {
      const res = await server.gql(RefreshDocument, {}, options);
      expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
      expect(res.body.data).toBeNull();
    }
  });

  it('the body form keeps working for API clients, and an argument wins over a cookie', async () => {
    const first = await signInForCookie();
    const second = await signInForCookie();
    const res = await server.gql(RefreshDocument, { refreshToken: first.res.body.data!.login.refreshToken }, withCookie(second.cookie));
    expect(res.body.data?.refresh.user.id).toBe(first.userId);
    // The other user's cookie was not used: it still refreshes.
    expect((await server.gql(RefreshDocument, {}, withCookie(second.cookie))).body.data?.refresh.user.id).toBe(second.userId);
  });

  it('logout takes the cookie, needs no valid access token, clears the cookie and ends the session', async () => {
    const { res, cookie } = await signInForCookie();
    const access = res.body.data!.login.accessToken;
    server.clock.advance(14 * MINUTE);
    // An access token that expired (15 minutes) or none at all: signing out still works.
    server.clock.advance(2 * MINUTE);
    expect((await whoAmI(server, access)).code).toBe('UNAUTHENTICATED');
    const out = await server.gql(LOGOUT_FROM_COOKIE, {}, { headers: { cookie: `samvirke_refresh=${cookie}`, authorization: `Bearer ${access}` } });
    expect(out.body).toEqual({ data: { logout: true } });
    expect(refreshCookieLine(out)).toMatch(/^samvirke_refresh=; Path=\/graphql; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/);
    const after = await server.gql(RefreshDocument, {}, withCookie(cookie));
    expect(after.body.errors?.[0]?.extensions?.reason).toBe('SESSION_EXPIRED');
  });

  it('logout with nothing to end answers true and clears the cookie anyway', async () => {
    const out = await server.gql(LOGOUT_FROM_COOKIE);
    expect(out.body).toEqual({ data: { logout: true } });
    expect(refreshCookieLine(out)).toMatch(/^samvirke_refresh=;/);
  });

  it('GraphQL answers are never cached', async () => {
    const { res } = await signInForCookie();
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await server.gql('{ me { id } }')).headers.get('cache-control')).toBe('no-store');
  });
});

describe('cross-site requests cannot use the cookie', () => {
  const body = JSON.stringify({ query: RefreshDocument.toString() });
  it.each([
    ['text/plain', body],
    ['application/x-www-form-urlencoded', `query=${encodeURIComponent(RefreshDocument.toString())}`],
    ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${RefreshDocument}\r\n--x--\r\n`],
  ])('a simple-request form POST (%s) is refused before it runs: nothing refreshed, no cookie set', async (contentType, payload) => {
    const { cookie, userId } = await signInForCookie();
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, cookie: `samvirke_refresh=${cookie}` }, body: payload });
    expect(res.status).toBe(400);
    expect(refreshCookieLine(res)).toBeUndefined();
    expect(await res.text()).not.toContain('accessToken');
    // The token was not rotated: it still refreshes once.
    expect((await server.gql(RefreshDocument, {}, withCookie(cookie))).body.data?.refresh.user.id).toBe(userId);
  });

  it('a GET (a link or an image) cannot run the mutation', async () => {
    const { cookie, userId } = await signInForCookie();
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(RefreshDocument.toString())}`, { headers: { cookie: `samvirke_refresh=${cookie}` } });
    expect(res.status).toBe(400);
    expect(refreshCookieLine(res)).toBeUndefined();
    expect((await server.gql(RefreshDocument, {}, withCookie(cookie))).body.data?.refresh.user.id).toBe(userId);
  });
});

describe('idle sign-out (SESSION_IDLE_MINUTES, default 15)', () => {
  it('each refresh counts as activity; a refresh more than 15 minutes after the last one is refused with SESSION_IDLE and ends the session', async () => {
    const { cookie, userId } = await signInForCookie();
    server.clock.advance(14 * MINUTE);
    const first = await server.gql(RefreshDocument, {}, withCookie(cookie));
    expect(first.body.data?.refresh.user.id).toBe(userId);
    server.clock.advance(15 * MINUTE);
    const second = await server.gql(RefreshDocument, {}, withCookie(cookieValue(first)));
    expect(second.body.data?.refresh.user.id).toBe(userId);
    const access = second.body.data!.refresh.accessToken;

    server.clock.advance(15 * MINUTE + 1000);
    const idle = await server.gql(RefreshDocument, {}, withCookie(cookieValue(second)));
    expect(idle.body.errors?.[0]).toMatchObject({ message: 'The session ended after inactivity: sign in again', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_IDLE' } });
    expect(refreshCookieLine(idle)).toMatch(/^samvirke_refresh=;/);
    expect((await whoAmI(server, access)).code).toBe('UNAUTHENTICATED');
    // Once ended, the token is simply no longer valid.
    const again = await server.gql(RefreshDocument, {}, withCookie(cookieValue(second)));
    expect(again.body.errors?.[0]?.extensions?.reason).toBe('SESSION_EXPIRED');
    expect(auditRowsFor(server, userId).map((row) => row.action)).toContain('SESSION_IDLE_END');
  });

  it('exactly at the limit the refresh still works (body form too)', async () => {
    const user = await buildUser(server);
    const session = await signIn(server, user);
    server.clock.advance(15 * MINUTE);
    const res = await server.gql(RefreshDocument, { refreshToken: session.refreshToken });
    expect(res.body.data?.refresh.user.id).toBe(user.id);
  });

  it('a longer limit from SESSION_IDLE_MINUTES; the 24-hour limit still answers SESSION_EXPIRED', async () => {
    const other = await startTestServer({ env: { SESSION_IDLE_MINUTES: '60', SESSION_MAX_SECONDS: String(90 * 60) } });
    try {
      const user = await buildUser(other);
      let token = (await signIn(other, user)).refreshToken;
      for (const wait of [50, 39]) {
        other.clock.advance(wait * MINUTE);
        const res = await other.gql(RefreshDocument, { refreshToken: token });
        expect(res.body.errors).toBeUndefined();
        token = res.body.data!.refresh.refreshToken;
      }
      other.clock.advance(2 * MINUTE);
      const over = await other.gql('mutation($t: String!) { refresh(refreshToken: $t) { refreshToken } }', { t: token });
      expect(over.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
    } finally {
      await other.close();
    }
  });

  it('sign-in refusals carry a reason that names no account: a wrong password and a deactivated user are both BAD_CREDENTIALS', async () => {
    const user = await buildUser(server);
    const wrong = await server.gql(LoginDocument, { email: user.email, password: 'not-the-password' });
    const unknown = await server.gql(LoginDocument, { email: 'nobody@nowhere.test', password: 'not-the-password' });
    expect(wrong.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' });
    expect({ message: unknown.body.errors?.[0]?.message, extensions: unknown.body.errors?.[0]?.extensions }).toEqual({ message: wrong.body.errors?.[0]?.message, extensions: wrong.body.errors?.[0]?.extensions });
    expect(refreshCookieLine(wrong)).toBeUndefined();
  });
});

describe('SESSION_IDLE_MINUTES is checked at start-up', () => {
  const load = (env: Record<string, string>) => () => loadConfig({ env: { NODE_ENV: 'test', ...env }, readFile: () => '' });
  it('defaults to 15 and takes whole minutes', () => {
    expect(load({})().jwt.sessionIdleMinutes).toBe(15);
    expect(load({ SESSION_IDLE_MINUTES: '30' })().jwt.sessionIdleMinutes).toBe(30);
  });
  it.each(['0', 'ten', '1.5', '1441'])('refuses %s', (value) => {
    expect(load({ SESSION_IDLE_MINUTES: value })).toThrow(/SESSION_IDLE_MINUTES must be a whole number from 1 to 1440/);
  });
  it('refuses a limit shorter than the access token (an active user would be signed out)', () => {
    expect(load({ SESSION_IDLE_MINUTES: '10' })).toThrow(/SESSION_IDLE_MINUTES must be at least the access token lifetime/);
    expect(load({ SESSION_IDLE_MINUTES: '10', ACCESS_TOKEN_TTL_SECONDS: '600' })().jwt.sessionIdleMinutes).toBe(10);
  });
});

// login, refresh, logout and me as API.md § Authentication describes them.
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser, buildUser, signIn } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { MINUTE, errorShape, login, logout, nextAddress, refresh, whoAmI } from './auth-helpers.js';
import { MeInFullDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
let admin: { token: string };
beforeAll(async () => {
  // Refreshes hours apart: the idle limit (tests/integration/auth/cookie-and-idle.test.ts) is set
  // out of the way here so that these tests see the refresh-token and session lifetimes alone.
  server = await startTestServer({ env: { SESSION_IDLE_MINUTES: String(24 * 60) } });
  admin = await buildSignedInUser(server, { roles: ['ADMIN'] });
});
afterAll(async () => {
  await server.close();
});

async function deactivate(id: string) {
  const res = await server.gql('mutation ($id: ID!) { deactivateUser(id: $id) { id active } }', { id }, { token: admin.token });
  expect(res.body.data).toEqual({ deactivateUser: { id, active: false } });
}

describe('login', () => {
  it('returns an EdDSA access token of at most 15 minutes, a refresh token and the user', async () => {
    const user = await buildUser(server);
    const res = await login(server, user);
    const payload = res.body.data!.login;
    expect(payload.user).toEqual({ id: user.id, email: user.email });

    expect(decodeProtectedHeader(payload.accessToken).alg).toBe('EdDSA');
    const claims = decodeJwt(payload.accessToken);
    expect(claims).toMatchObject({ sub: user.id, iss: 'samvirke', aud: 'samvirke-api' });
    const now = server.clock.now().getTime();
    expect(claims.exp! * 1000 - now).toBeGreaterThan(0);
    expect(claims.exp! * 1000 - now).toBeLessThanOrEqual(15 * MINUTE);
    expect(new Date(payload.expiresAt).getTime()).toBe(claims.exp! * 1000);

    // The refresh token is an opaque secret, not a JWT that could be verified or forged offline.
    expect(payload.refreshToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(payload.refreshToken).not.toBe(payload.accessToken);
    expect(await whoAmI(server, payload.accessToken)).toEqual({ id: user.id });
  });

  it('accepts the e-mail in any case and with surrounding spaces', async () => {
    const user = await buildUser(server);
    const res = await login(server, { email: `  ${user.email.toUpperCase()} `, password: user.password });
    expect(res.body.data?.login.user.id).toBe(user.id);
  });

  it('gives one and the same error for a wrong password and an unknown e-mail', async () => {
    const user = await buildUser(server);
    const address = nextAddress();
    const wrongPassword = await login(server, { email: user.email, password: 'not-the-password' }, { address });
    const unknownEmail = await login(server, { email: `nobody-${user.id}@cmm.test`, password: user.password }, { address });

    expect(wrongPassword.body.data ?? null).toBeNull();
    expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(errorShape(unknownEmail)).toEqual(errorShape(wrongPassword));
    expect(wrongPassword.status).toBe(unknownEmail.status);
  });

  it('refuses a deactivated user with the very same error, even with the right password', async () => {
    const user = await buildUser(server);
    const address = nextAddress();
    const wrongPassword = await login(server, { email: user.email, password: 'not-the-password' }, { address });
    await deactivate(user.id);
    const rightPassword = await login(server, user, { address });
    expect(rightPassword.body.data ?? null).toBeNull();
    expect(errorShape(rightPassword)).toEqual(errorShape(wrongPassword));
  });

  it('refuses an empty e-mail as bad input naming the field', async () => {
    const res = await login(server, { email: '   ', password: 'whatever-password' }, { address: nextAddress() });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });
});

describe('me', () => {
  it('returns the signed-in user with organisation and roles', async () => {
    const { user, token } = await buildSignedInUser(server, { organisationCode: 'AT', roles: ['CASEWORKER'] });
    const res = await server.as({ token })(MeInFullDocument);
    expect(res.body.data?.me).toMatchObject({
      id: user.id,
      name: 'Test User',
      email: user.email,
      organisation: { code: 'AT', kind: 'LABOUR' },
      roles: ['CASEWORKER'],
    });
    expect(res.body.data?.me.organisation).toHaveProperty('id');
    expect(res.body.data?.me.organisation).toHaveProperty('name');
    expect(res.body.data?.me.organisation).toHaveProperty('region');
  });

  it('refuses a request without a token', async () => {
    const res = await server.gql('{ me { id } }');
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.body.data ?? null).toBeNull();
  });
});

describe('refresh', () => {
  it('rotates: the new tokens work and the old refresh token stops working', async () => {
    const user = await buildUser(server);
    const first = await signIn(server, user);
    const res = await refresh(server, first.refreshToken);
    const second = res.body.data!.refresh;
    expect(second.user.id).toBe(user.id);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(await whoAmI(server, second.accessToken)).toEqual({ id: user.id });

    const again = await refresh(server, first.refreshToken);
    expect(errorCode(again)).toBe('UNAUTHENTICATED');
  });

  it('ends the whole sign-in when a rotated refresh token is used again, and only that one', async () => {
    const user = await buildUser(server);
    const first = await signIn(server, user);
    const otherSession = await signIn(server, user);
    const second = (await refresh(server, first.refreshToken)).body.data!.refresh;
    expect(await whoAmI(server, second.accessToken)).toEqual({ id: user.id });

    const reuse = await refresh(server, first.refreshToken);
    expect(errorCode(reuse)).toBe('UNAUTHENTICATED');

    // The newest refresh token of the family and every access token of the session are dead.
    expect(errorCode(await refresh(server, second.refreshToken))).toBe('UNAUTHENTICATED');
    expect(await whoAmI(server, second.accessToken)).toEqual({ code: 'UNAUTHENTICATED' });
    expect(await whoAmI(server, first.accessToken)).toEqual({ code: 'UNAUTHENTICATED' });

    // Another sign-in of the same user is a different family and carries on.
    expect(await whoAmI(server, otherSession.accessToken)).toEqual({ id: user.id });
    expect(errorCode(await refresh(server, otherSession.refreshToken))).toBeUndefined();
  });

  it('lets only one of two simultaneous uses of a refresh token through, and ends that sign-in', async () => {
    const user = await buildUser(server);
    const first = await signIn(server, user);
    const results = await Promise.all([refresh(server, first.refreshToken), refresh(server, first.refreshToken)]);
    const won = results.filter((res) => res.body.data?.refresh);
    expect(won).toHaveLength(1);
    expect(results.map(errorCode).filter(Boolean)).toEqual(['UNAUTHENTICATED']);
    const winner = won[0]!.body.data!.refresh;
    expect(errorCode(await refresh(server, winner.refreshToken))).toBe('UNAUTHENTICATED');
    expect(await whoAmI(server, winner.accessToken)).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('refuses an unknown refresh token', async () => {
    const res = await refresh(server, 'x'.repeat(43));
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it("refuses a deactivated user's refresh token", async () => {
    const user = await buildUser(server);
    const session = await signIn(server, user);
    await deactivate(user.id);
    expect(errorCode(await refresh(server, session.refreshToken))).toBe('UNAUTHENTICATED');
  });
});

describe('logout', () => {
  it('ends the session: its access token and refresh token stop working', async () => {
    const user = await buildUser(server);
    const session = await signIn(server, user);
    const other = await signIn(server, user);
    expect(await whoAmI(server, session.accessToken)).toEqual({ id: user.id });

    const res = await logout(server, session.accessToken, session.refreshToken);
    expect(res.body.data).toEqual({ logout: true });
    expect(await whoAmI(server, session.accessToken)).toEqual({ code: 'UNAUTHENTICATED' });
    expect(errorCode(await refresh(server, session.refreshToken))).toBe('UNAUTHENTICATED');

    // Signing out on one device leaves the user's other sign-ins alone.
    expect(await whoAmI(server, other.accessToken)).toEqual({ id: user.id });
  });

  it('ends the session of the access token even when the refresh token given is a rotated one', async () => {
    const user = await buildUser(server);
    const first = await signIn(server, user);
    const second = (await refresh(server, first.refreshToken)).body.data!.refresh;
    expect((await logout(server, second.accessToken, 'not-a-token')).body.data).toEqual({ logout: true });
    expect(await whoAmI(server, second.accessToken)).toEqual({ code: 'UNAUTHENTICATED' });
    expect(errorCode(await refresh(server, second.refreshToken))).toBe('UNAUTHENTICATED');
  });

  it('does not end somebody else’s session named by their refresh token', async () => {
    const victim = await buildSignedInUser(server);
    const caller = await buildSignedInUser(server);
    await logout(server, caller.token, victim.refreshToken);
    expect(await whoAmI(server, victim.token)).toEqual({ id: victim.user.id });
    expect(errorCode(await refresh(server, victim.refreshToken))).toBeUndefined();
  });

  it('works without an access token: the refresh token alone ends its session', async () => {
    const { token, refreshToken } = await buildSignedInUser(server);
    const res = await server.gql('mutation ($r: String!) { logout(refreshToken: $r) }', { r: refreshToken });
    expect(res.body).toEqual({ data: { logout: true } });
    expect(errorCode(await refresh(server, refreshToken))).toBe('UNAUTHENTICATED');
    expect((await whoAmI(server, token)).code).toBe('UNAUTHENTICATED');
  });
});

describe('session lifetime', () => {
  it('refuses a refresh token once it has expired', async () => {
    const user = await buildUser(server);
    const session = await signIn(server, user);
    server.clock.advance(12 * 60 * MINUTE + 1000);
    expect(errorCode(await refresh(server, session.refreshToken))).toBe('UNAUTHENTICATED');
  });

  it('ends 24 hours after the password was given, however often it is refreshed (SESSION_MAX_SECONDS)', async () => {
    const user = await buildUser(server);
    let tokens = await signIn(server, user);
    const hour = 60 * MINUTE;
    // Each refresh comes well inside the 12-hour idle lifetime.
    for (const wait of [11 * hour, 11 * hour, 2 * hour - MINUTE]) {
      server.clock.advance(wait);
      const res = await refresh(server, tokens.refreshToken);
      expect(errorCode(res)).toBeUndefined();
      tokens = res.body.data!.refresh;
    }
    // 23 h 59 min in: the fresh access token works.
    expect((await whoAmI(server, tokens.accessToken)).id).toBe(user.id);
    server.clock.advance(MINUTE + 1000);
    // 24 h in: the refresh token is refused, and the access token it came with (issued a minute
    // ago, 15 minutes long) no longer works either.
    expect((await whoAmI(server, tokens.accessToken)).code).toBe('UNAUTHENTICATED');
    expect(errorCode(await refresh(server, tokens.refreshToken))).toBe('UNAUTHENTICATED');
    // A new sign-in starts a new session.
    const again = await signIn(server, user);
    expect((await whoAmI(server, again.accessToken)).id).toBe(user.id);
  });
});

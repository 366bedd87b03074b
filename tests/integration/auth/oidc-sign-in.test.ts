// Sign-in through the organisation's identity provider (issue 16 §1, ADR 0028) against a real OIDC
// provider started inside the test: the flow, each check of the ID token, the matching of the
// person, MFA via amr, passwords switched off, the capped session and the IdP's sign-out address.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { oidcFlows, oidcIdentities, refreshTokens } from '../../../db/schema/index.js';
import type { TRole } from '../../../server/core/access.js';
import { configureIdentityProvider } from '../../../server/modules/auth/oidc/identity-providers.service.js';
import { deactivateUser } from '../../../server/modules/auth/users.service.js';
import { LoginDocument, RefreshWithSignOutUrlDocument } from '../../gql/generated/graphql.js';
import { actingAs, buildUser, signIn, type TBuiltUser } from '../../support/factories.js';
import type { JWTPayload } from 'jose';
import { walkThroughIdp, type TTamper, type TTestIdp } from '../../support/oidc-provider.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { auditRowsFor } from './auth-helpers.js';
import { begin, callbackFor, configureIdp, finish, PUBLIC_URL, refreshWithCookie, signInThroughIdp, startIdpForTests } from './oidc-helpers.js';

const ORG = 'SKTST';
const MINUTE = 60_000;

let server: TTestServer;
let idp: TTestIdp;
let admin: TBuiltUser;
let counter = 0;

beforeAll(async () => {
  // The IdP keeps real time; Samvirke's clock starts there and the tests move it on.
  server = await startTestServer({ start: new Date().toISOString(), env: { REQUIRE_TOTP_FOR_PRIVILEGED: 'true' } });
  idp = await startIdpForTests({ idTokenTtlSeconds: 60 });
  admin = await buildUser(server, { organisationCode: ORG, roles: ['ADMIN'] });
  await configureIdp(server, idp, admin, ORG);
});
// Each test starts at the IdP's (real) time; a test that moves Samvirke's clock moves it from there.
beforeEach(() => {
  server.clock.set(new Date());
});
afterAll(async () => {
  await idp?.close();
  await server?.close();
});

/** A Samvirke user and the IdP account of the same person (same e-mail, verified unless said). */
async function person(options: { organisationCode?: string; roles?: TRole[]; amr?: string[]; emailVerified?: boolean } = {}) {
  counter += 1;
  const subject = `subject-${counter}-${Date.now()}`;
  const user = await buildUser(server, { organisationCode: options.organisationCode ?? ORG, roles: options.roles ?? ['CASEWORKER'] });
  idp.accounts.set(subject, { email: user.email.toUpperCase(), emailVerified: options.emailVerified ?? true, amr: options.amr });
  return { user, subject };
}

const refused = (reason: string) => `/?signInError=${reason}`;

describe('signing in through the organisation identity provider', () => {
  it('links the person by verified e-mail, sets the refresh cookie and returns to the page asked for; the next time by subject', async () => {
    const { user, subject } = await person();
    const start = await begin(server, ORG, '/referrals?state=SUBMITTED#top');
    expect(start.status).toBe(303);
    const authorisation = new URL(start.location);
    expect(authorisation.origin).toBe(idp.issuer);
    // Code flow with PKCE (S256), state and nonce; the redirect URI is PUBLIC_URL + /auth/oidc/callback.
    expect(Object.fromEntries(authorisation.searchParams)).toMatchObject({ response_type: 'code', client_id: idp.clientId, code_challenge_method: 'S256', redirect_uri: `${PUBLIC_URL}/auth/oidc/callback`, scope: 'openid email' });
    expect(authorisation.searchParams.get('state')).toBeTruthy();
    expect(authorisation.searchParams.get('nonce')).toBeTruthy();
    expect(authorisation.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    // The flow is kept in the database, the state only as a hash.
    const flows = server.deps.db.select().from(oidcFlows).all();
    expect(flows.some((f) => f.stateHash === authorisation.searchParams.get('state'))).toBe(false);

    const walked = await walkThroughIdp(start.location, subject);
    const landed = await finish(server, walked.callback!);
    expect(landed).toMatchObject({ status: 303, location: '/referrals?state=SUBMITTED#top' });
    expect(landed.cookie).toBeTruthy();
    const session = await refreshWithCookie(server, landed.cookie!);
    expect(session.body.data?.refresh.user.id).toBe(user.id);
    const link = server.deps.db.select().from(oidcIdentities).where(eq(oidcIdentities.userId, user.id)).get();
    expect(link?.subject).toBe(subject);
    const actions = auditRowsFor(server, user.id).map((r) => `${r.action}:${r.outcome}`);
    expect(actions).toEqual(expect.arrayContaining(['IDENTITY_PROVIDER_LINK:ALLOWED', 'LOGIN:ALLOWED']));

    // By subject ever after: the IdP's e-mail may change (even to one not verified).
    idp.accounts.set(subject, { email: 'changed@elsewhere.test', emailVerified: false });
    const again = await signInThroughIdp(server, subject, ORG);
    expect(again).toMatchObject({ status: 303, location: '/' });
    expect((await refreshWithCookie(server, again.cookie!)).body.data?.refresh.user.id).toBe(user.id);
  });

  it('never returns to another site: returnTo is a local path or /', async () => {
    const { subject } = await person();
    for (const returnTo of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
      const landed = await signInThroughIdp(server, subject, ORG, returnTo);
      expect(landed.location, returnTo).toBe('/');
    }
  });

  // Each ID token re-signed by the IdP's own key with one claim changed, or by a key not in its JWKS.
  it.each([
    ['for another audience', { claims: (c: JWTPayload) => ({ ...c, aud: 'another-client' }) }],
    ['signed with a key not in the issuer JWKS', { otherKey: true }],
    ['of another issuer', { claims: (c: JWTPayload) => ({ ...c, iss: 'https://impostor.example' }) }],
    ['whose nonce is not the flow', { claims: (c: JWTPayload) => ({ ...c, nonce: 'another-nonce' }) }],
  ] satisfies Array<[string, TTamper]>)('refuses an ID token %s', async (_name, tamper) => {
    const { subject } = await person();
    const callback = await callbackFor(server, subject, ORG);
    idp.tamperNext(tamper);
    expect(await finish(server, callback)).toEqual({ status: 303, location: refused('ID_TOKEN_INVALID'), cookie: null });
  });

  it('refuses an expired ID token (by Samvirke clock)', async () => {
    const { subject } = await person();
    const callback = await callbackFor(server, subject, ORG);
    // The IdP issues ID tokens for 60 seconds; 3 minutes later (within the flow's 10) it has expired.
    server.clock.advance(3 * MINUTE);
    expect(await finish(server, callback)).toEqual({ status: 303, location: refused('ID_TOKEN_INVALID'), cookie: null });
  });

  it('refuses a replayed callback (the state is used up) and a replayed code under a fresh state', async () => {
    const { subject } = await person();
    const callback = await callbackFor(server, subject, ORG);
    expect((await finish(server, callback)).cookie).toBeTruthy();
    expect(await finish(server, callback)).toEqual({ status: 303, location: refused('FLOW_INVALID'), cookie: null });

    // The code of the first sign-in with the state of a new flow: the IdP will not redeem it twice.
    const fresh = new URL((await begin(server, ORG)).location);
    const replay = new URL(callback);
    replay.searchParams.set('state', fresh.searchParams.get('state')!);
    expect(await finish(server, replay)).toEqual({ status: 303, location: refused('CODE_REFUSED'), cookie: null });
  });

  it('refuses a callback without a known state, and a flow older than 10 minutes', async () => {
    expect((await finish(server, new URL(`${PUBLIC_URL}/auth/oidc/callback?code=x&state=made-up`))).location).toBe(refused('FLOW_INVALID'));
    expect((await finish(server, new URL(`${PUBLIC_URL}/auth/oidc/callback?code=x`))).location).toBe(refused('FLOW_INVALID'));
    const { subject } = await person();
    const callback = await callbackFor(server, subject, ORG);
    server.clock.advance(11 * MINUTE);
    expect((await finish(server, callback)).location).toBe(refused('FLOW_EXPIRED'));
  });

  it('refuses an unknown subject: no user with that verified e-mail, or an e-mail the IdP has not verified', async () => {
    // Counted with the other refused sign-ins (docs/operations.md § Metrics).
    const unknownUsers = async () => (await server.deps.metrics.signInFailures.get()).values.find((v) => v.labels.reason === 'UNKNOWN_USER')?.value ?? 0;
    const before = await unknownUsers();
    idp.accounts.set('stranger', { email: 'nobody@nowhere.test' });
    expect(await signInThroughIdp(server, 'stranger', ORG)).toEqual({ status: 303, location: refused('UNKNOWN_USER'), cookie: null });
    const { subject } = await person({ emailVerified: false });
    expect((await signInThroughIdp(server, subject, ORG)).location).toBe(refused('UNKNOWN_USER'));
    expect((await unknownUsers()) - before).toBe(2);
  });

  it('refuses a user of another organisation with the same e-mail', async () => {
    const { subject } = await person({ organisationCode: 'CMM' });
    expect((await signInThroughIdp(server, subject, ORG)).location).toBe(refused('UNKNOWN_USER'));
  });

  it('refuses a user an ADMIN deactivated, linked or not', async () => {
    const { user, subject } = await person();
    expect((await signInThroughIdp(server, subject, ORG)).cookie).toBeTruthy();
    await deactivateUser(actingAs(server, admin), { id: user.id });
    expect(await signInThroughIdp(server, subject, ORG)).toEqual({ status: 303, location: refused('USER_DEACTIVATED'), cookie: null });
    expect(auditRowsFor(server, user.id).some((r) => r.action === 'LOGIN' && r.outcome === 'DENIED')).toBe(true);
  });

  it('sends the IdP refusal back to the sign-in page (an account disabled at the IdP)', async () => {
    idp.accounts.set('disabled-at-idp', { email: 'x@sktst.test', disabled: true });
    expect((await signInThroughIdp(server, 'disabled-at-idp', ORG)).location).toBe(refused('IDP_ERROR'));
  });

  it('refuses an organisation without an identity provider', async () => {
    expect(await begin(server, 'CMM')).toEqual({ status: 303, location: refused('UNKNOWN_PROVIDER'), cookie: null });
    expect((await begin(server, 'NO-SUCH')).location).toBe(refused('UNKNOWN_PROVIDER'));
  });

  it('an IdP that does not answer: back to the sign-in page with IDP_UNAVAILABLE', async () => {
    const fvstAdmin = await buildUser(server, { organisationCode: 'FVST', roles: ['ADMIN'] });
    await configureIdentityProvider(actingAs(server, fvstAdmin), {
      organisationCode: 'FVST',
      input: { issuer: 'http://127.0.0.1:1', clientId: 'samvirke', clientSecret: 'unused-secret', requireMfaFromIdp: false, passwordSignInAllowed: true },
    });
    expect(await begin(server, 'FVST')).toEqual({ status: 303, location: refused('IDP_UNAVAILABLE'), cookie: null });
  });

  it('writes no personal data to the log', async () => {
    const { user, subject } = await person();
    await signInThroughIdp(server, subject, ORG);
    const log = server.logs.join('');
    expect(log).not.toContain(user.email);
    expect(log).not.toContain(subject);
  });
});

describe('the IdP second factor (requireMfaFromIdp)', () => {
  async function adminToken(amr: string[]): Promise<string> {
    const { subject } = await person({ roles: ['ADMIN'], amr });
    const landed = await signInThroughIdp(server, subject, ORG);
    return (await refreshWithCookie(server, landed.cookie!)).body.data!.refresh.accessToken;
  }

  it('amr with mfa, otp or hwk makes ADMIN take effect; a password alone does not', async () => {
    for (const amr of [['pwd', 'mfa'], ['otp'], ['hwk', 'pin']]) {
      expect(errorCode(await server.gql('{ users { id } }', {}, { token: await adminToken(amr) })), amr.join()).toBeUndefined();
    }
    expect(errorCode(await server.gql('{ users { id } }', {}, { token: await adminToken(['pwd']) }))).toBe('FORBIDDEN');
  });

  it('counts for nothing when the organisation has not turned it on', async () => {
    await configureIdp(server, idp, admin, ORG, { requireMfaFromIdp: false });
    try {
      expect(errorCode(await server.gql('{ users { id } }', {}, { token: await adminToken(['mfa']) }))).toBe('FORBIDDEN');
    } finally {
      await configureIdp(server, idp, admin, ORG);
    }
  });
});

describe('password sign-in switched off for the organisation', () => {
  it('refuses the right password with PASSWORD_SIGN_IN_DISABLED (a wrong one stays BAD_CREDENTIALS); other organisations are not affected', async () => {
    const user = await buildUser(server, { organisationCode: ORG });
    const elsewhere = await buildUser(server, { organisationCode: 'CMM' });
    await configureIdp(server, idp, admin, ORG, { passwordSignInAllowed: false });
    try {
      const res = await server.gql(LoginDocument, { email: user.email, password: user.password });
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'PASSWORD_SIGN_IN_DISABLED' });
      expect(res.headers.getSetCookie()).toEqual([]);
      const wrong = await server.gql(LoginDocument, { email: user.email, password: 'not-the-password-at-all' });
      expect(wrong.body.errors?.[0]?.extensions?.reason).toBe('BAD_CREDENTIALS');
      expect((await signIn(server, elsewhere)).accessToken).toBeTruthy();
    } finally {
      await configureIdp(server, idp, admin, ORG);
    }
    expect((await signIn(server, user)).accessToken).toBeTruthy();
  });
});

describe('the session begun at the IdP', () => {
  it('ends OIDC_SESSION_MAX_MINUTES (60) after the IdP sign-in, however often refreshed: then the IdP is asked again', async () => {
    const { user, subject } = await person();
    const landed = await signInThroughIdp(server, subject, ORG);
    let cookie = landed.cookie!;
    const family = server.deps.db.select().from(refreshTokens).where(eq(refreshTokens.userId, user.id)).get()!;
    expect(new Date(family.expiresAt).getTime()).toBe(server.clock.now().getTime() + 60 * MINUTE);
    for (let i = 0; i < 5; i += 1) {
      server.clock.advance(10 * MINUTE);
      const res = await refreshWithCookie(server, cookie);
      expect(res.body.data?.refresh.user.id).toBe(user.id);
      cookie = res.body.data!.refresh.refreshToken;
    }
    server.clock.advance(10 * MINUTE + 1000);
    const over = await refreshWithCookie(server, cookie);
    expect(over.body.errors?.[0]?.extensions?.reason).toBe('SESSION_EXPIRED');
  });

  it('gives the IdP sign-out address (RP-initiated logout) for its own sessions, none for a password session', async () => {
    const { subject } = await person();
    const landed = await signInThroughIdp(server, subject, ORG);
    // Comes with every refresh of the session (the web client keeps it with the access token).
    const refreshed = await server.gql(RefreshWithSignOutUrlDocument, {}, { headers: { cookie: `samvirke_refresh=${landed.cookie}` } });
    const url = new URL(refreshed.body.data!.refresh.identityProviderSignOutUrl!);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/`);
    expect(url.searchParams.get('id_token_hint')).toBeTruthy();
    // The IdP accepts it: its confirmation page, not an error.
    const atIdp = await fetch(url, { redirect: 'manual' });
    expect(atIdp.status).toBe(200);
    expect(await atIdp.text()).toContain('/session/end/confirm');

    const password = await signIn(server, await buildUser(server, { organisationCode: ORG }));
    const passwordRefresh = await server.gql(RefreshWithSignOutUrlDocument, {}, { headers: { cookie: `samvirke_refresh=${password.refreshToken}` } });
    expect(passwordRefresh.body.data!.refresh.identityProviderSignOutUrl).toBeNull();
  });
});

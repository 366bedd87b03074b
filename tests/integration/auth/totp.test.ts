// The optional TOTP second factor: enrol, activate, then every sign-in needs a fresh code.
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser, TEST_PASSWORD } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { THIRTY_SECONDS, auditRowsFor, errorShape, login, nextAddress, totpCode } from './auth-helpers.js';
import { EnrolTotpDocument, MeSecondFactorDocument, NotificationsDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const ACTIVATE = 'mutation ($code: String!) { activateTotp(code: $code) }';

async function enrol(token: string, password = TEST_PASSWORD): Promise<{ secret: string; otpauthUri: string }> {
  const res = await server.as({ token })(EnrolTotpDocument, { password });
  return res.body.data!.enrolTotp;
}

/** A signed-in user with an active second factor, and the clock moved on to a fresh time step. */
async function buildUserWithTotp() {
  const built = await buildSignedInUser(server);
  const { secret } = await enrol(built.token);
  const res = await server.gql(ACTIVATE, { code: totpCode(server, secret) }, { token: built.token });
  expect(res.body.data).toEqual({ activateTotp: true });
  server.clock.advance(THIRTY_SECONDS);
  return { ...built, secret };
}

describe('enrolling', () => {
  it('gives a secret for an authenticator app and needs a valid code to activate', async () => {
    const { user, token } = await buildSignedInUser(server);
    const enrolment = await enrol(token);
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Samvirke:/);
    expect(enrolment.otpauthUri).toContain(`secret=${enrolment.secret}`);

    // Not active until confirmed: signing in needs no code yet.
    expect(errorCode(await login(server, user))).toBeUndefined();

    const wrong = await server.gql(ACTIVATE, { code: '000000' === totpCode(server, enrolment.secret) ? '111111' : '000000' }, { token });
    expect(wrong.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const notDigits = await server.gql(ACTIVATE, { code: 'abcdef' }, { token });
    expect(notDigits.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });

    const right = await server.gql(ACTIVATE, { code: totpCode(server, enrolment.secret) }, { token });
    expect(right.body.data).toEqual({ activateTotp: true });
    const me = await server.as({ token })(MeSecondFactorDocument);
    expect(me.body.data?.me.secondFactorEnabled).toBe(true);
  });

  it('cannot be restarted once a second factor is active', async () => {
    const { token } = await buildUserWithTotp();
    const res = await server.as({ token })(EnrolTotpDocument, { password: TEST_PASSWORD });
    expect(errorCode(res)).toBe('CONFLICT');
  });

  it('needs the password again: a wrong one is BAD_USER_INPUT (password), audited, and enrols nothing', async () => {
    const { user, token } = await buildSignedInUser(server);
    const res = await server.as({ token })(EnrolTotpDocument, { password: 'not-the-password' });
    expect(errorShape(res)).toMatchObject({ message: 'The password is not correct', extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
    expect(errorShape(await server.as({ token })(EnrolTotpDocument, { password: '' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const row = server.deps.sqlite.prepare('select totp_secret as secret from users where id = ?').get(user.id) as { secret: string | null };
    expect(row.secret).toBeNull();
    const denied = server.deps.sqlite.prepare("select outcome, details from audit_events where action = 'TOTP_ENROL' and object_id = ?").all(user.id) as Array<{ outcome: string; details: string }>;
    expect(denied).toHaveLength(1);
    expect(denied[0]!.outcome).toBe('DENIED');
    expect(denied[0]!.details).not.toContain('not-the-password');
  });

  it('counts wrong passwords on the sign-in throttle: guessing through enrolTotp slows the account like sign-in does', async () => {
    const { user, token } = await buildSignedInUser(server);
    const { accountSlowAfter, baseDelayMs } = server.deps.config.login;
    for (let i = 0; i < accountSlowAfter; i += 1) {
      expect(errorShape(await server.as({ token })(EnrolTotpDocument, { password: `guess-${i}` })).extensions?.code).toBe('BAD_USER_INPUT');
    }
    // The same counters guard sign-in: from anywhere, the right password now waits, and still signs in.
    const before = server.sleeps.length;
    expect(errorCode(await login(server, user, { address: nextAddress() }))).toBeUndefined();
    expect(server.sleeps.slice(before)).toEqual([baseDelayMs]);
    expect(errorCode(await server.as({ token })(EnrolTotpDocument, { password: TEST_PASSWORD }))).toBeUndefined();
  });

  it('needs a token', async () => {
    expect(errorCode(await server.as(null)(EnrolTotpDocument, { password: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(ACTIVATE, { code: '123456' }))).toBe('UNAUTHENTICATED');
  });
});

describe('signing in with a second factor', () => {
  it('needs a valid code; after the right password a missing or wrong code says so (the sign-in page asks for it), still UNAUTHENTICATED', async () => {
    const { user, secret } = await buildUserWithTotp();
    const address = nextAddress();
    const wrongPassword = await login(server, { email: user.email, password: 'not-the-password', totp: totpCode(server, secret) }, { address });
    const noCode = await login(server, user, { address });
    const code = totpCode(server, secret);
    const wrongCode = await login(server, { ...user, totp: code === '123456' ? '654321' : '123456' }, { address });
    expect(errorShape(wrongPassword).extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' });
    expect(errorShape(noCode).extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOTP_REQUIRED' });
    expect(errorShape(wrongCode)).toEqual({ message: errorShape(wrongPassword).message, extensions: { code: 'UNAUTHENTICATED', reason: 'TOTP_INVALID' } });
    // All three count as failures on the sign-in throttle, as before.
    const denials = auditRowsFor(server, user.id).filter((row) => row.action === 'LOGIN' && row.outcome === 'DENIED');
    expect(denials.map((row) => (JSON.parse(String(row.details)) as { reason: string }).reason)).toEqual(['BAD_CREDENTIALS', 'TOTP_REQUIRED', 'TOTP_INVALID']);

    const ok = await login(server, { ...user, totp: code }, { address });
    expect(ok.body.data?.login.user.id).toBe(user.id);
    expect(decodeJwt(ok.body.data!.login.accessToken).mfa).toBe(true);
  });

  it('refuses a code that was already used, also the one used to activate', async () => {
    const built = await buildSignedInUser(server);
    const { secret } = await enrol(built.token);
    const activationCode = totpCode(server, secret);
    await server.gql(ACTIVATE, { code: activationCode }, { token: built.token });
    const address = nextAddress();
    expect(errorCode(await login(server, { ...built.user, totp: activationCode }, { address }))).toBe('UNAUTHENTICATED');

    server.clock.advance(THIRTY_SECONDS);
    const code = totpCode(server, secret);
    expect(errorCode(await login(server, { ...built.user, totp: code }, { address }))).toBeUndefined();
    expect(errorCode(await login(server, { ...built.user, totp: code }, { address }))).toBe('UNAUTHENTICATED');

    // Within the validity window the same code stays spent; the next step's code works.
    server.clock.advance(10_000);
    expect(errorCode(await login(server, { ...built.user, totp: code }, { address }))).toBe('UNAUTHENTICATED');
    server.clock.advance(THIRTY_SECONDS);
    expect(errorCode(await login(server, { ...built.user, totp: totpCode(server, secret) }, { address }))).toBeUndefined();
  });

  it('lets only one of two simultaneous sign-ins with the same code through', async () => {
    const { user, secret } = await buildUserWithTotp();
    const code = totpCode(server, secret);
    const results = await Promise.all([login(server, { ...user, totp: code }, { address: nextAddress() }), login(server, { ...user, totp: code }, { address: nextAddress() })]);
    expect(results.filter((res) => res.body.data?.login)).toHaveLength(1);
    expect(results.map(errorCode).filter(Boolean)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a code from outside the validity window', async () => {
    const { user, secret } = await buildUserWithTotp();
    const code = totpCode(server, secret);
    server.clock.advance(3 * THIRTY_SECONDS);
    expect(errorCode(await login(server, { ...user, totp: code }, { address: nextAddress() }))).toBe('UNAUTHENTICATED');
  });

  it('counts a wrong code as a failed sign-in, so guessing codes is slowed too', async () => {
    const { user, secret } = await buildUserWithTotp();
    const address = nextAddress();
    const before = server.sleeps.length;
    const wrong = totpCode(server, secret) === '000000' ? '111111' : '000000';
    for (let i = 0; i < server.deps.config.login.slowAfter + 1; i += 1) {
      expect(errorCode(await login(server, { ...user, totp: wrong }, { address }))).toBe('UNAUTHENTICATED');
    }
    expect(server.sleeps.slice(before)).toHaveLength(1);
  });
});

describe('resetTotp (ADMIN)', () => {
  const RESET = 'mutation ($id: ID!) { resetTotp(userId: $id) { id secondFactorEnabled } }';

  it('removes a lost second factor and ends the sessions; the user signs in with the password and enrols again', async () => {
    const admin = await buildSignedInUser(server, { roles: ['ADMIN'] });
    const { user, token, secret } = await buildUserWithTotp();
    const res = await server.gql(RESET, { id: user.id }, { token: admin.token });
    expect(res.body.data).toEqual({ resetTotp: { id: user.id, secondFactorEnabled: false } });

    expect(errorCode(await server.gql('{ me { id } }', {}, { token }))).toBe('UNAUTHENTICATED');
    // The old authenticator's code is neither needed nor a way in: the password alone signs in.
    const signedIn = await login(server, { email: user.email, password: user.password }, { address: nextAddress() });
    expect(errorCode(signedIn)).toBeUndefined();
    const fresh = signedIn.body.data!.login.accessToken;
    const inbox = await server.as({ token: fresh })(NotificationsDocument);
    expect(inbox.body.data!.notifications.map((n) => n.kind)).toContain('SECOND_FACTOR_RESET');
    const enrolment = await enrol(fresh);
    expect(enrolment.secret).not.toBe(secret);
    const audit = server.deps.sqlite.prepare("select actor_user_id as actor, outcome from audit_events where action = 'TOTP_RESET' and object_id = ?").all(user.id);
    expect(audit).toEqual([{ actor: admin.user.id, outcome: 'ALLOWED' }]);
  });

  it('refuses resetting one’s own factor (BAD_USER_INPUT userId), a user without one (CONFLICT) and an unknown user (NOT_FOUND)', async () => {
    const admin = await buildSignedInUser(server, { roles: ['ADMIN'] });
    expect(errorShape(await server.gql(RESET, { id: admin.user.id }, { token: admin.token })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    const plain = await buildSignedInUser(server);
    expect(errorCode(await server.gql(RESET, { id: plain.user.id }, { token: admin.token }))).toBe('CONFLICT');
    expect(errorCode(await server.gql(RESET, { id: '00000000-0000-4000-8000-000000000000' }, { token: admin.token }))).toBe('NOT_FOUND');
  });

  it('is refused to anyone but an ADMIN, and changes nothing', async () => {
    const { user, token } = await buildUserWithTotp();
    for (const roles of [['CASEWORKER'], ['AUDITOR'], ['COORDINATOR']] as const) {
      const caller = await buildSignedInUser(server, { roles: [...roles] });
      expect(errorCode(await server.gql(RESET, { id: user.id }, { token: caller.token }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await server.gql(RESET, { id: user.id }))).toBe('UNAUTHENTICATED');
    const me = await server.as({ token })(MeSecondFactorDocument);
    expect(me.body.data).toEqual({ me: { secondFactorEnabled: true } });
  });
});

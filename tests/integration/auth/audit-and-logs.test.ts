// Every sign-in flow leaves an audit record with its outcome, and neither the audit trail, the
// sign-in counters nor the logs hold an e-mail address, a password, a token or a TOTP secret.
import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAttempts } from '../../../db/schema/index.js';
import { buildSignedInUser } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { THIRTY_SECONDS, auditRows, login, logout, refresh, totpCode } from './auth-helpers.js';
import { CreateUserDocument, EnrolTotpDocument } from '../../gql/generated/graphql.js';

const SLOW_AFTER = 2;
const GUESSES = 4;

let server: TTestServer;
/** Everything personal or secret the flows below handle. */
const secrets: string[] = [];
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_SLOW_AFTER: String(SLOW_AFTER) } });
  const address = '10.99.0.1';
  const lockAddress = '10.99.0.2';

  const admin = await buildSignedInUser(server, { roles: ['ADMIN'] });
  ids.admin = admin.user.id;
  secrets.push(admin.user.email, admin.user.password, admin.token, admin.refreshToken);

  // An ADMIN creates a user.
  const email = 'Karen.Hansen.Samvirke@cmm.test';
  const password = 'karens-secret-password-42';
  secrets.push(email, email.toLowerCase(), 'Karen.Hansen.Samvirke', 'karen.hansen.samvirke', password);
  const created = await server.as(admin)(CreateUserDocument, { input: { email, name: 'Karen Hansen', organisationCode: 'CMM', roles: ['CASEWORKER'], password } });
  ids.karen = created.body.data!.createUser.id;

  // She signs in, refreshes, and her old refresh token is replayed.
  const session = (await login(server, { email, password }, { address })).body.data!.login;
  const rotated = (await refresh(server, session.refreshToken)).body.data!.refresh;
  secrets.push(session.accessToken, session.refreshToken, rotated.accessToken, rotated.refreshToken);
  expect(errorCode(await refresh(server, session.refreshToken))).toBe('UNAUTHENTICATED');

  // A wrong password, and an e-mail nobody has.
  const wrongPassword = 'karens-wrong-password-99';
  const unknownEmail = 'nobody.at.all@cmm.test';
  secrets.push(wrongPassword, unknownEmail);
  expect(errorCode(await login(server, { email, password: wrongPassword }, { address }))).toBe('UNAUTHENTICATED');
  expect(errorCode(await login(server, { email: unknownEmail, password }, { address }))).toBe('UNAUTHENTICATED');

  // She enrols a second factor and signs in with it, then signs out.
  const fresh = (await login(server, { email, password }, { address })).body.data!.login;
  secrets.push(fresh.accessToken, fresh.refreshToken);
  const enrolled = await server.as(fresh)(EnrolTotpDocument, { password });
  const totpSecret = enrolled.body.data!.enrolTotp.secret;
  secrets.push(totpSecret, enrolled.body.data!.enrolTotp.otpauthUri);
  await server.gql('mutation ($code: String!) { activateTotp(code: $code) }', { code: totpCode(server, totpSecret) }, { token: fresh.accessToken });
  server.clock.advance(THIRTY_SECONDS);
  const withCode = (await login(server, { email, password, totp: totpCode(server, totpSecret) }, { address })).body.data!.login;
  secrets.push(withCode.accessToken, withCode.refreshToken);
  expect((await logout(server, withCode.accessToken, withCode.refreshToken)).body.data).toEqual({ logout: true });

  // Someone guesses her password from another address, and is slowed.
  for (let i = 0; i < GUESSES; i += 1) {
    const guess = `guessed-password-${i}`;
    secrets.push(guess);
    expect(errorCode(await login(server, { email, password: guess }, { address: lockAddress }))).toBe('UNAUTHENTICATED');
  }

  // The ADMIN deactivates her.
  const deactivated = await server.gql('mutation ($id: ID!) { deactivateUser(id: $id) { id } }', { id: ids.karen }, { token: admin.token });
  expect(errorCode(deactivated)).toBeUndefined();
  await server.deps.outbox.idle();
});
afterAll(async () => {
  await server.close();
});

function findAudit(action: string, where: { objectId?: string | null; outcome?: string; actorUserId?: string | null; reason?: string }) {
  return auditRows(server).filter(
    (row) =>
      row.action === action &&
      (where.objectId === undefined || row.objectId === where.objectId) &&
      (where.outcome === undefined || row.outcome === where.outcome) &&
      (where.actorUserId === undefined || row.actorUserId === where.actorUserId) &&
      (where.reason === undefined || (row.details ?? '').includes(where.reason)),
  );
}

describe('the audit trail', () => {
  it('records user creation and deactivation as ALLOWED, by the ADMIN', () => {
    expect(findAudit('USER_CREATE', { objectId: ids.karen, outcome: 'ALLOWED', actorUserId: ids.admin })).toHaveLength(1);
    expect(findAudit('USER_DEACTIVATE', { objectId: ids.karen, outcome: 'ALLOWED', actorUserId: ids.admin })).toHaveLength(1);
  });

  it('records sign-ins as ALLOWED and failed sign-ins as DENIED', () => {
    expect(findAudit('LOGIN', { objectId: ids.karen, outcome: 'ALLOWED' })).toHaveLength(3);
    expect(findAudit('LOGIN', { objectId: ids.karen, outcome: 'ALLOWED', reason: '"secondFactor":true' })).toHaveLength(1);
    expect(findAudit('LOGIN', { objectId: ids.karen, outcome: 'DENIED', reason: 'BAD_CREDENTIALS' })).toHaveLength(1 + GUESSES);
    // The unknown e-mail: a denied attempt naming no one.
    expect(findAudit('LOGIN', { objectId: null, outcome: 'DENIED', reason: 'BAD_CREDENTIALS' })).toHaveLength(1);
  });

  it('records how long a slowed attempt waited, and which counter slowed it', () => {
    const slowed = findAudit('LOGIN', { objectId: ids.karen, outcome: 'DENIED', reason: '"delayedBy":"PAIR"' }).map((row) => JSON.parse(row.details!).delayedMs);
    expect(slowed).toEqual([500, 1000]);
  });

  it('records refresh, reuse of a refresh token and sign-out', () => {
    expect(findAudit('TOKEN_REFRESH', { objectId: ids.karen, outcome: 'ALLOWED' })).toHaveLength(1);
    expect(findAudit('REFRESH_TOKEN_REUSE', { objectId: ids.karen, outcome: 'DENIED' })).toHaveLength(1);
    expect(findAudit('LOGOUT', { objectId: ids.karen, outcome: 'ALLOWED', actorUserId: ids.karen })).toHaveLength(1);
  });

  it('holds no e-mail, password, token or TOTP secret in any column', () => {
    const rows = auditRows(server);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const text = JSON.stringify(row).toLowerCase();
      for (const secret of secrets) expect(text, `audit record ${row.seq} (${row.action})`).not.toContain(secret.toLowerCase());
    }
  });
});

describe('the sign-in counters', () => {
  it('are keyed by neither the e-mail nor the client address', () => {
    const keys = server.deps.db.select().from(loginAttempts).all().map((row) => row.key);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      for (const secret of [...secrets, '10.99.0.1', '10.99.0.2']) expect(key.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    // Not a plain hash either, which anyone holding the database could recompute for a guess, but
    // an HMAC under a key that lives outside the database.
    const plain = (value: string) => createHash('sha256').update(value).digest('hex');
    const keyed = (value: string) => createHmac('sha256', server.deps.keys.throttleKey).update(value).digest('hex');
    for (const value of ['karen.hansen.samvirke@cmm.test', '10.99.0.2']) {
      expect(keys.some((key) => key.endsWith(plain(value)))).toBe(false);
      expect(keys.some((key) => key.endsWith(keyed(value)))).toBe(true);
    }
    // The pair is keyed by both together.
    expect(keys.some((key) => key.endsWith(keyed('karen.hansen.samvirke@cmm.test\n10.99.0.2')))).toBe(true);
  });
});

describe('the logs', () => {
  it('hold no e-mail, password, token or TOTP secret', () => {
    const text = server.logs.join('\n').toLowerCase();
    // The logger did write: every request and the mails it kept in the development mailbox.
    expect(server.logs.filter((line) => line.includes('"route":"/graphql')).length).toBeGreaterThan(10);
    expect(text).toContain('mail kept in the development mailbox');
    for (const secret of secrets) expect(text).not.toContain(secret.toLowerCase());
  });
});

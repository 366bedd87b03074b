// Password reset by a one-time link: an ADMIN asks, the user gets a mail whose link carries the
// token in its fragment, the token works once and for an hour (the test moves the server's clock),
// a newer request voids older links, the user's sessions end, and nothing leaks into logs, the
// database or the in-app inbox.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, passwordResetTokens } from '../../../db/schema/index.js';
import { requestPasswordReset } from '../../../server/modules/auth/password-reset.service.js';
import { actingAs, buildSignedInUser, buildUser, signIn, TEST_PASSWORD } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { NotificationsDocument, RequestPasswordResetDocument, ResetPasswordDocument } from '../../gql/generated/graphql.js';
import { auditRowsFor, login, nextAddress, whoAmI } from './auth-helpers.js';

const NEW_PASSWORD = 'a-brand-new-long-password';

let server: TTestServer;
let admin: Awaited<ReturnType<typeof buildSignedInUser>>;
beforeAll(async () => {
  server = await startTestServer();
  admin = await buildSignedInUser(server, { roles: ['ADMIN'] });
});
afterAll(async () => {
  await server.close();
});

/** A fresh ADMIN session: the test moves the clock past access tokens' lifetime. */
async function adminToken(): Promise<string> {
  return (await signIn(server, admin.user)).accessToken;
}

/** Asks for a reset as the ADMIN, delivers the outbox, and returns the mail's token (after '#'). */
async function requestAndReadToken(userId: string, email: string): Promise<string> {
  const res = await server.gql(RequestPasswordResetDocument, { userId }, { token: await adminToken() });
  expect(res.body).toEqual({ data: { requestPasswordReset: true } });
  await server.deps.outbox.deliverDue();
  const mail = server.deps.mailbox!.list().find((m) => m.to === email && m.kind === 'PASSWORD_RESET');
  expect(mail?.link).toMatch(/^http:\/\/samvirke\.test\/account\/reset#[A-Za-z0-9_-]{43}$/);
  return mail!.link!.split('#')[1]!;
}

function reset(token: string, newPassword = NEW_PASSWORD, address = nextAddress()) {
  return server.gql(ResetPasswordDocument, { token, newPassword }, { headers: { 'x-forwarded-for': address } });
}

describe('requestPasswordReset and resetPassword', () => {
  it('mails a one-time link; the new password works, the old one not; sessions end; audited; nothing stored or logged in the clear', async () => {
    const user = await buildUser(server);
    const session = await signIn(server, user);
    const token = await requestAndReadToken(user.id, user.email);
    const mail = server.deps.mailbox!.list().find((m) => m.to === user.email && m.kind === 'PASSWORD_RESET')!;
    expect(mail.text).toContain('Open the link to choose a new password. It works once, for 1 hour');
    expect(mail.text).not.toContain(TEST_PASSWORD);
    expect(mail.text).not.toContain(user.email);

    // Stored only hashed; the outbox row dropped the token once the mail was out.
    const rows = server.deps.db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id)).all();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    const sent = server.deps.db.select().from(outbox).where(eq(outbox.recipientUserId, user.id)).all().filter((row) => row.kind === 'PASSWORD_RESET');
    expect(sent.map((row) => [row.status, row.link])).toEqual([['SENT', '/account/reset']]);

    expect((await reset(token)).body).toEqual({ data: { resetPassword: true } });
    expect((await whoAmI(server, session.accessToken)).code).toBe('UNAUTHENTICATED');
    expect((await login(server, { email: user.email, password: TEST_PASSWORD }, { address: nextAddress() })).body.errors?.[0]?.extensions?.reason).toBe('BAD_CREDENTIALS');
    expect((await login(server, { email: user.email, password: NEW_PASSWORD }, { address: nextAddress() })).body.data?.login.user.id).toBe(user.id);

    const audit = auditRowsFor(server, user.id).filter((row) => row.action === 'PASSWORD_RESET_REQUEST' || row.action === 'PASSWORD_RESET');
    expect(audit.map((row) => [row.action, row.outcome])).toEqual([
      ['PASSWORD_RESET_REQUEST', 'ALLOWED'],
      ['PASSWORD_RESET', 'ALLOWED'],
    ]);
    expect(JSON.parse(String(audit[1]!.details))).toEqual({ sessionsEnded: 1 });
    const everything = server.logs.join('\n') + JSON.stringify(audit);
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(NEW_PASSWORD);
    // Nothing in the inbox carries the link; the user is told the password changed.
    const fresh = await signIn(server, { email: user.email, password: NEW_PASSWORD });
    const inbox = await server.as(fresh)(NotificationsDocument);
    expect(inbox.body.data!.notifications.map((n) => n.kind)).toEqual(['PASSWORD_CHANGED']);
    expect(JSON.stringify(inbox.body)).not.toContain(token);
  });

  it('a link works once: the second use is refused as INVALID_RESET_TOKEN and audited as DENIED', async () => {
    const user = await buildUser(server);
    const token = await requestAndReadToken(user.id, user.email);
    expect((await reset(token)).body.data).toEqual({ resetPassword: true });
    const again = await reset(token, 'yet-another-long-password');
    expect(again.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'token', rule: 'INVALID_RESET_TOKEN' });
    expect((await login(server, { email: user.email, password: NEW_PASSWORD }, { address: nextAddress() })).body.data?.login.user.id).toBe(user.id);
  });

  it('a link is void after an hour (by the server clock), and works until then', async () => {
    const user = await buildUser(server);
    const late = await requestAndReadToken(user.id, user.email);
    server.clock.advance(60 * 60_000);
    const expired = await reset(late);
    expect(expired.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'token', rule: 'INVALID_RESET_TOKEN' });
    const denied = auditRowsFor(server, user.id).filter((row) => row.action === 'PASSWORD_RESET');
    expect(denied.map((row) => [row.outcome, JSON.parse(String(row.details)).reason])).toEqual([['DENIED', 'TOKEN_EXPIRED']]);

    const inTime = await requestAndReadToken(user.id, user.email);
    server.clock.advance(60 * 60_000 - 1000);
    expect((await reset(inTime)).body.data).toEqual({ resetPassword: true });
  });

  it('a newer request voids the older link, and its unsent mail is cancelled', async () => {
    const user = await buildUser(server);
    const older = await requestAndReadToken(user.id, user.email);
    const newer = await requestAndReadToken(user.id, user.email);
    expect(newer).not.toBe(older);
    expect((await reset(older)).body.errors?.[0]?.extensions?.rule).toBe('INVALID_RESET_TOKEN');
    expect((await reset(newer)).body.data).toEqual({ resetPassword: true });

    // Two requests before any delivery (the service called twice in one turn, before the
    // outbox's kick runs): only the newer mail goes out.
    const other = await buildUser(server);
    const ctx = actingAs(server, admin.user);
    await requestPasswordReset(ctx, { userId: other.id });
    await requestPasswordReset(ctx, { userId: other.id });
    await server.deps.outbox.deliverDue();
    const rows = server.deps.db.select().from(outbox).where(eq(outbox.recipientUserId, other.id)).all().filter((row) => row.kind === 'PASSWORD_RESET');
    expect(rows.map((row) => [row.status, row.link]).sort()).toEqual([
      ['CANCELLED', '/account/reset'],
      ['SENT', '/account/reset'],
    ]);
    expect(server.deps.mailbox!.list().filter((m) => m.to === other.email && m.kind === 'PASSWORD_RESET')).toHaveLength(1);
  });

  it('a wrong token is refused with the same answer, and repeated wrong tokens are slowed like sign-ins', async () => {
    const address = nextAddress();
    const before = server.sleeps.length;
    for (let i = 0; i < server.deps.config.login.slowAfter + 1; i++) {
      const res = await reset(`not-a-token-${i}`, NEW_PASSWORD, address);
      expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'token', rule: 'INVALID_RESET_TOKEN' } });
    }
    expect(server.sleeps.length).toBeGreaterThan(before);
  });

  it('refuses a deactivated user (CONFLICT), an unknown one (NOT_FOUND), and a link of a user deactivated since', async () => {
    const user = await buildUser(server);
    const token = await requestAndReadToken(user.id, user.email);
    await server.gql('mutation($id: ID!) { deactivateUser(id: $id) { id } }', { id: user.id }, { token: await adminToken() });
    expect((await reset(token)).body.errors?.[0]?.extensions?.rule).toBe('INVALID_RESET_TOKEN');
    expect(errorCode(await server.gql(RequestPasswordResetDocument, { userId: user.id }, { token: await adminToken() }))).toBe('CONFLICT');
    expect(errorCode(await server.gql(RequestPasswordResetDocument, { userId: 'no-such-user' }, { token: await adminToken() }))).toBe('NOT_FOUND');
  });

  it('only an ADMIN may ask; anyone may reset with a token', async () => {
    const user = await buildUser(server);
    for (const roles of [['CASEWORKER'], ['COORDINATOR'], ['AUDITOR'], ['ANALYST']] as const) {
      const other = await buildSignedInUser(server, { roles: [...roles] });
      expect(errorCode(await server.gql(RequestPasswordResetDocument, { userId: user.id }, { token: other.token }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await server.gql(RequestPasswordResetDocument, { userId: user.id }))).toBe('UNAUTHENTICATED');
    expect(server.deps.mailbox!.list().filter((m) => m.to === user.email && m.kind === 'PASSWORD_RESET')).toEqual([]);
  });

  it.each([
    [{ token: '', newPassword: NEW_PASSWORD }, { field: 'token', rule: 'REQUIRED' }],
    [{ token: 'x'.repeat(201), newPassword: NEW_PASSWORD }, { field: 'token', rule: 'INVALID_RESET_TOKEN' }],
    [{ token: 'some-token', newPassword: 'short' }, { field: 'newPassword', rule: 'TOO_SHORT', limit: 12 }],
    [{ token: 'some-token', newPassword: 'x'.repeat(1025) }, { field: 'newPassword', rule: 'TOO_LONG', limit: 1024 }],
  ])('bad input %#: field and rule, never a 500', async (variables, extensions) => {
    const res = await server.gql(ResetPasswordDocument, variables);
    expect(res.status).toBe(200);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', ...extensions });
  });

  it('a token that is not a string: BAD_USER_INPUT naming the variable', async () => {
    const res = await server.gqlInput(ResetPasswordDocument, { token: 42, newPassword: NEW_PASSWORD });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });
});

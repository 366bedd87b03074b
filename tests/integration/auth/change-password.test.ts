// changePassword: the signed-in user's own password, the current one asked again on the sign-in
// throttle, the rules of createUser for the new one; other sessions end, this one goes on;
// audited, and the user is told (a mail with words and a link only).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, signIn, TEST_PASSWORD } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { auditRowsFor, login, nextAddress, whoAmI } from './auth-helpers.js';
import { NotificationsDocument } from '../../gql/generated/graphql.js';

const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const NEW_PASSWORD = 'a-new-and-longer-password';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('changePassword', () => {
  it('changes the password, ends the other sessions, keeps this one, audits and tells the user', async () => {
    const user = await buildUser(server);
    const here = await signIn(server, user);
    const elsewhere = await signIn(server, user);
    const res = await server.gql(CHANGE, { c: TEST_PASSWORD, n: NEW_PASSWORD }, { token: here.accessToken });
    expect(res.body).toEqual({ data: { changePassword: true } });

    expect(await whoAmI(server, here.accessToken)).toEqual({ id: user.id });
    expect((await whoAmI(server, elsewhere.accessToken)).code).toBe('UNAUTHENTICATED');
    const refreshed = await server.gql('mutation($t: String!) { refresh(refreshToken: $t) { accessToken } }', { t: elsewhere.refreshToken });
    expect(refreshed.body.errors?.[0]?.extensions?.reason).toBe('SESSION_EXPIRED');
    expect(errorCode(await server.gql('mutation($t: String!) { refresh(refreshToken: $t) { accessToken } }', { t: here.refreshToken }))).toBeUndefined();

    expect((await login(server, { email: user.email, password: TEST_PASSWORD }, { address: nextAddress() })).body.errors?.[0]?.extensions?.reason).toBe('BAD_CREDENTIALS');
    expect((await login(server, { email: user.email, password: NEW_PASSWORD }, { address: nextAddress() })).body.data?.login.user.id).toBe(user.id);

    const audit = auditRowsFor(server, user.id).filter((row) => row.action === 'PASSWORD_CHANGE');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(String(audit[0]!.details))).toEqual({ sessionsEnded: 1 });
    expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);

    const inbox = await server.as(here)(NotificationsDocument);
    expect(inbox.body.data!.notifications.map((n) => n.kind)).toContain('PASSWORD_CHANGED');
    await server.deps.outbox.deliverDue();
    const mail = server.deps.mailbox!.list().find((m) => m.to === user.email && m.kind === 'PASSWORD_CHANGED');
    expect(mail?.text).toContain('Your Samvirke password has been changed');
    expect(mail?.text).not.toContain(user.email);
    expect(server.logs.join('\n')).not.toContain(NEW_PASSWORD);
  });

  it('a wrong current password: BAD_USER_INPUT on currentPassword, counted on the sign-in throttle, nothing changed', async () => {
    const user = await buildUser(server);
    const session = await signIn(server, user);
    const res = await server.gql(CHANGE, { c: 'not-the-password', n: NEW_PASSWORD }, { token: session.accessToken });
    expect(res.body.errors?.[0]).toMatchObject({ message: 'The password is not correct', extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword', rule: 'WRONG_PASSWORD' } });
    const denied = auditRowsFor(server, user.id).filter((row) => row.action === 'PASSWORD_CHANGE');
    expect(denied.map((row) => row.outcome)).toEqual(['DENIED']);
    expect((await login(server, { email: user.email, password: TEST_PASSWORD }, { address: nextAddress() })).body.data?.login.user.id).toBe(user.id);
  });

  it('repeated wrong current passwords are slowed like sign-ins (never a lock)', async () => {
    const user = await buildUser(server);
    const session = await signIn(server, user);
    const before = server.sleeps.length;
    for (let i = 0; i < server.deps.config.login.slowAfter + 1; i++) await server.gql(CHANGE, { c: `wrong-${i}-password`, n: NEW_PASSWORD }, { token: session.accessToken });
    expect(server.sleeps.length).toBeGreaterThan(before);
    // The right password still works after the wait.
    expect((await server.gql(CHANGE, { c: TEST_PASSWORD, n: NEW_PASSWORD }, { token: session.accessToken })).body).toEqual({ data: { changePassword: true } });
  });

  it.each([
    [{ c: TEST_PASSWORD, n: 'short' }, { field: 'newPassword', rule: 'TOO_SHORT', limit: 12 }],
    [{ c: TEST_PASSWORD, n: 'x'.repeat(1025) }, { field: 'newPassword', rule: 'TOO_LONG', limit: 1024 }],
    [{ c: '', n: NEW_PASSWORD }, { field: 'currentPassword', rule: 'REQUIRED' }],
    [{ c: TEST_PASSWORD, n: TEST_PASSWORD }, { field: 'newPassword', rule: 'PASSWORD_UNCHANGED' }],
  ])('bad input %#: field and rule', async (variables, extensions) => {
    const user = await buildUser(server);
    const session = await signIn(server, user);
    const res = await server.gql(CHANGE, variables, { token: session.accessToken });
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', ...extensions });
    expect(auditRowsFor(server, user.id).filter((row) => row.action === 'PASSWORD_CHANGE')).toEqual([]);
  });

  it('needs a signed-in user', async () => {
    expect(errorCode(await server.gql(CHANGE, { c: TEST_PASSWORD, n: NEW_PASSWORD }))).toBe('UNAUTHENTICATED');
  });
});

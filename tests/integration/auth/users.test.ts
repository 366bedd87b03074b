// User management: only an ADMIN creates, deactivates and lists users; bad input names its
// field; nothing is half-written when a request is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRole } from '../../../server/core/access.js';
import { newId } from '../../../server/core/ids.js';
import { buildSignedInUser, buildUser, signIn } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { auditRows, countUsers, login, userRow } from './auth-helpers.js';
import { CreateUserDocument, NotificationsDocument, UsersDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
let admin: Awaited<ReturnType<typeof buildSignedInUser>>;
beforeAll(async () => {
  server = await startTestServer();
  admin = await buildSignedInUser(server, { roles: ['ADMIN'] });
});
afterAll(async () => {
  await server.close();
});

const DEACTIVATE_USER = 'mutation ($id: ID!) { deactivateUser(id: $id) { id active } }';
const REACTIVATE_USER = 'mutation ($id: ID!) { reactivateUser(id: $id) { id active } }';

function newUserInput(overrides: Record<string, unknown> = {}) {
  return { email: `new-${newId().slice(0, 8)}@sktst.test`, name: 'Ny Bruger', organisationCode: 'SKTST', roles: ['CASEWORKER'], password: 'a-long-enough-password', ...overrides };
}

/** With the ADMIN's token unless another (or null: none) is given. */
function createUser(input: Record<string, unknown>, token: string | null = admin.token) {
  return server.gqlInput(CreateUserDocument, { input }, { token: token ?? undefined });
}

function userCreateAudits() {
  return auditRows(server).filter((row) => row.action === 'USER_CREATE').length;
}

describe('createUser', () => {
  it('creates a user who can then sign in, with an audit record and a welcome in the inbox', async () => {
    const input = newUserInput({ email: `  New-${newId().slice(0, 8)}@SKTST.test ` });
    const res = await createUser(input);
    const created = res.body.data!.createUser;
    expect(created).toMatchObject({
      email: (input.email as string).trim().toLowerCase(),
      name: 'Ny Bruger',
      organisation: { code: 'SKTST' },
      roles: ['CASEWORKER'],
      referenceGroup: null,
      active: true,
      secondFactorEnabled: false,
      createdAt: server.clock.now().toISOString(),
    });

    const session = await signIn(server, { email: created.email, password: 'a-long-enough-password' });
    const inbox = await server.as(session)(NotificationsDocument);
    expect(inbox.body.data?.notifications.map((n) => n.kind)).toEqual(['ACCOUNT_CREATED']);

    const audit = auditRows(server).filter((row) => row.action === 'USER_CREATE' && row.objectId === created.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ outcome: 'ALLOWED', actorUserId: admin.user.id, dataCategory: 'ACCOUNT' });
  });

  it('creates a reference-group member with its group', async () => {
    const res = await createUser(newUserInput({ organisationCode: 'SSJYLPOL', roles: ['REFERENCE_GROUP_MEMBER'], referenceGroup: 'SYDDANMARK' }));
    expect(res.body.data?.createUser).toMatchObject({ roles: ['REFERENCE_GROUP_MEMBER'], referenceGroup: 'SYDDANMARK' });
  });

  it.each([
    ['an e-mail that is not one', { email: 'not-an-email' }, 'input.email'],
    ['an empty e-mail', { email: '' }, 'input.email'],
    ['a password shorter than 12 characters', { password: 'short-pass1' }, 'input.password'],
    ['an empty name', { name: '   ' }, 'input.name'],
    ['an unknown organisation', { organisationCode: 'NO-SUCH-ORG' }, 'input.organisationCode'],
    ['no roles', { roles: [] }, 'input.roles'],
    ['a reference-group member without a group', { roles: ['REFERENCE_GROUP_MEMBER'] }, 'input.referenceGroup'],
    ['a group for a user who is not a member', { roles: ['CASEWORKER'], referenceGroup: 'SYDDANMARK' }, 'input.referenceGroup'],
  ])('refuses %s as BAD_USER_INPUT naming the field, and writes nothing', async (_label, overrides, field) => {
    const usersBefore = countUsers(server);
    const auditsBefore = userCreateAudits();
    const res = await createUser(newUserInput(overrides));
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.body.data ?? null).toBeNull();
    expect(countUsers(server)).toBe(usersBefore);
    expect(userCreateAudits()).toBe(auditsBefore);
  });

  it('refuses an e-mail that is taken, in any case, as CONFLICT and writes nothing', async () => {
    const existing = await buildUser(server, { organisationCode: 'SKTST' });
    const usersBefore = countUsers(server);
    const auditsBefore = userCreateAudits();
    for (const email of [existing.email, existing.email.toUpperCase()]) {
      const res = await createUser(newUserInput({ email, name: 'Someone Else' }));
      expect(errorCode(res)).toBe('CONFLICT');
    }
    expect(countUsers(server)).toBe(usersBefore);
    expect(userCreateAudits()).toBe(auditsBefore);
    // The existing account is untouched: its own password still works.
    expect((await login(server, existing)).body.data?.login.user.id).toBe(existing.id);
  });
});

describe('deactivateUser', () => {
  it('deactivates a user, with an audit record', async () => {
    const target = await buildUser(server);
    const res = await server.gql(DEACTIVATE_USER, { id: target.id }, { token: admin.token });
    expect(res.body.data).toEqual({ deactivateUser: { id: target.id, active: false } });
    expect(userRow(server, target.id)?.active).toBe(false);
    const audit = auditRows(server).filter((row) => row.action === 'USER_DEACTIVATE' && row.objectId === target.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ outcome: 'ALLOWED', actorUserId: admin.user.id });
  });

  it('refuses an unknown user as NOT_FOUND', async () => {
    const res = await server.gql(DEACTIVATE_USER, { id: newId() }, { token: admin.token });
    expect(errorCode(res)).toBe('NOT_FOUND');
  });

  it('refuses a user who is already deactivated as CONFLICT', async () => {
    const target = await buildUser(server);
    await server.gql(DEACTIVATE_USER, { id: target.id }, { token: admin.token });
    const res = await server.gql(DEACTIVATE_USER, { id: target.id }, { token: admin.token });
    expect(errorCode(res)).toBe('CONFLICT');
  });

  it('refuses an ADMIN deactivating themself', async () => {
    const self = await buildSignedInUser(server, { roles: ['ADMIN'] });
    const res = await server.gql(DEACTIVATE_USER, { id: self.user.id }, { token: self.token });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(userRow(server, self.user.id)?.active).toBe(true);
  });
});

describe('reactivateUser', () => {
  it('lets a deactivated user sign in again with their password, with an audit record and a notice; old sessions stay ended', async () => {
    const target = await buildUser(server);
    const before = await signIn(server, target);
    await server.gql(DEACTIVATE_USER, { id: target.id }, { token: admin.token });
    expect(errorCode(await login(server, target))).toBe('UNAUTHENTICATED');

    const res = await server.gql(REACTIVATE_USER, { id: target.id }, { token: admin.token });
    expect(res.body.data).toEqual({ reactivateUser: { id: target.id, active: true } });
    expect(userRow(server, target.id)).toMatchObject({ active: true, deactivatedAt: null });
    expect(auditRows(server).filter((row) => row.action === 'USER_REACTIVATE' && row.objectId === target.id)).toEqual([
      expect.objectContaining({ outcome: 'ALLOWED', actorUserId: admin.user.id }),
    ]);

    const again = await signIn(server, target);
    const inbox = await server.as(again)(NotificationsDocument);
    expect(inbox.body.data!.notifications.map((n) => n.kind)).toContain('ACCOUNT_REACTIVATED');
    // The session from before the deactivation does not come back.
    expect(errorCode(await server.gql('{ me { id } }', {}, { token: before.accessToken }))).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown user as NOT_FOUND and an active one as CONFLICT', async () => {
    expect(errorCode(await server.gql(REACTIVATE_USER, { id: newId() }, { token: admin.token }))).toBe('NOT_FOUND');
    const active = await buildUser(server);
    const audits = auditRows(server).length;
    expect(errorCode(await server.gql(REACTIVATE_USER, { id: active.id }, { token: admin.token }))).toBe('CONFLICT');
    expect(auditRows(server).length).toBe(audits);
  });
});

describe('users', () => {
  it('lists users, optionally of one organisation', async () => {
    const inSiri = await buildUser(server, { organisationCode: 'SIRI' });
    const inHjr = await buildUser(server, { organisationCode: 'HJR' });
    const all = await server.as(admin)(UsersDocument);
    const allIds = all.body.data!.users.map((u) => u.id);
    expect(allIds).toEqual(expect.arrayContaining([inSiri.id, inHjr.id, admin.user.id]));
    expect(allIds).toHaveLength(countUsers(server));

    const siri = await server.as(admin)(UsersDocument, { code: 'SIRI' });
    expect(siri.body.data!.users.map((u) => u.id)).toContain(inSiri.id);
    expect(siri.body.data!.users.every((u) => u.organisation.code === 'SIRI')).toBe(true);
  });

  it('refuses an unknown organisation as BAD_USER_INPUT', async () => {
    const res = await server.as(admin)(UsersDocument, { code: 'NO-SUCH-ORG' });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationCode' });
  });
});

describe('who may manage users', () => {
  const NOT_ADMIN: Array<[TRole, string | undefined]> = [
    ['CASEWORKER', undefined],
    ['COORDINATOR', undefined],
    ['ASSESSOR', undefined],
    ['INVESTIGATOR', undefined],
    ['REFERENCE_GROUP_MEMBER', 'SYDDANMARK'],
    ['ANALYST', undefined],
    ['AUDITOR', undefined],
  ];

  it.each(NOT_ADMIN)('refuses %s as FORBIDDEN and changes nothing', async (role, referenceGroup) => {
    const caller = await buildSignedInUser(server, { roles: [role], referenceGroup });
    const target = await buildUser(server);
    const usersBefore = countUsers(server);
    const input = newUserInput();

    expect(errorCode(await createUser(input, caller.token))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(DEACTIVATE_USER, { id: target.id }, { token: caller.token }))).toBe('FORBIDDEN');
    expect(errorCode(await server.as(caller)(UsersDocument))).toBe('FORBIDDEN');
    const deactivated = await buildUser(server);
    await server.gql(DEACTIVATE_USER, { id: deactivated.id }, { token: admin.token });
    expect(errorCode(await server.gql(REACTIVATE_USER, { id: deactivated.id }, { token: caller.token }))).toBe('FORBIDDEN');

    expect(countUsers(server)).toBe(usersBefore + 1);
    expect(userRow(server, target.id)?.active).toBe(true);
    expect(userRow(server, deactivated.id)?.active).toBe(false);
  });

  it('refuses a caller without a token as UNAUTHENTICATED and changes nothing', async () => {
    const target = await buildUser(server);
    const usersBefore = countUsers(server);
    expect(errorCode(await createUser(newUserInput(), null))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(DEACTIVATE_USER, { id: target.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.as(null)(UsersDocument))).toBe('UNAUTHENTICATED');
    expect(countUsers(server)).toBe(usersBefore);
    expect(userRow(server, target.id)?.active).toBe(true);
  });

  it('lets an ADMIN do all three (the control case)', async () => {
    const target = await buildUser(server);
    expect(errorCode(await createUser(newUserInput()))).toBeUndefined();
    expect(errorCode(await server.gql(DEACTIVATE_USER, { id: target.id }, { token: admin.token }))).toBeUndefined();
    expect(errorCode(await server.as(admin)(UsersDocument))).toBeUndefined();
  });
});

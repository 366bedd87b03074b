// Reference-group membership (ADMIN): who belongs to which region's group, and moving a user in,
// between and out of groups, with the role going together with the group.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser, buildUser, signIn } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { ReferenceGroupMembersDocument, SetReferenceGroupDocument } from '../../gql/generated/graphql.js';
import { auditRowsFor } from './auth-helpers.js';

let server: TTestServer;
let admin: Awaited<ReturnType<typeof buildSignedInUser>>;
beforeAll(async () => {
  server = await startTestServer();
  admin = await buildSignedInUser(server, { roles: ['ADMIN'] });
});
afterAll(async () => {
  await server.close();
});

const REVIEW = 'query { referenceGroupReview(region: NORDJYLLAND, from: "2026-01-01", to: "2026-06-30") { region } }';

describe('referenceGroupMembers and setReferenceGroup', () => {
  it('lists the members (optionally of one group), moves a user in, between and out, audited; the user’s access follows at once', async () => {
    const member = await buildUser(server, { roles: ['REFERENCE_GROUP_MEMBER'], referenceGroup: 'SYDDANMARK' });
    const caseworker = await buildUser(server, { roles: ['CASEWORKER'] });
    const all = await server.gql(ReferenceGroupMembersDocument, {}, { token: admin.token });
    const ids = all.body.data!.referenceGroupMembers.map((u) => u.id);
    expect(ids).toContain(member.id);
    expect(ids).not.toContain(caseworker.id);
    const syd = await server.gql(ReferenceGroupMembersDocument, { group: 'SYDDANMARK' }, { token: admin.token });
    expect(syd.body.data!.referenceGroupMembers.every((u) => u.referenceGroup === 'SYDDANMARK')).toBe(true);
    expect(syd.body.data!.referenceGroupMembers.map((u) => u.id)).toContain(member.id);
    const nord = await server.gql(ReferenceGroupMembersDocument, { group: 'NORDJYLLAND' }, { token: admin.token });
    expect(nord.body.data!.referenceGroupMembers.map((u) => u.id)).not.toContain(member.id);

    const session = await signIn(server, caseworker);
    expect(errorCode(await server.gql(REVIEW, {}, { token: session.accessToken }))).toBe('FORBIDDEN');
    // In: the caseworker gets the role with the group, and keeps their own.
    const joined = await server.gql(SetReferenceGroupDocument, { userId: caseworker.id, referenceGroup: 'NORDJYLLAND' }, { token: admin.token });
    expect(joined.body.data!.setReferenceGroup).toEqual({ id: caseworker.id, roles: ['CASEWORKER', 'REFERENCE_GROUP_MEMBER'], referenceGroup: 'NORDJYLLAND' });
    expect((await server.gql(REVIEW, {}, { token: session.accessToken })).body.data).toEqual({ referenceGroupReview: { region: 'NORDJYLLAND' } });
    // Between groups.
    const moved = await server.gql(SetReferenceGroupDocument, { userId: member.id, referenceGroup: 'MIDTJYLLAND' }, { token: admin.token });
    expect(moved.body.data!.setReferenceGroup.referenceGroup).toBe('MIDTJYLLAND');
    // Out: the role goes with the group.
    const left = await server.gql(SetReferenceGroupDocument, { userId: caseworker.id, referenceGroup: null }, { token: admin.token });
    expect(left.body.data!.setReferenceGroup).toEqual({ id: caseworker.id, roles: ['CASEWORKER'], referenceGroup: null });
    expect(errorCode(await server.gql(REVIEW, {}, { token: session.accessToken }))).toBe('FORBIDDEN');

    const audit = auditRowsFor(server, caseworker.id).filter((row) => row.action === 'USER_REFERENCE_GROUP_SET');
    expect(audit.map((row) => JSON.parse(String(row.details)))).toEqual([
      { from: null, to: 'NORDJYLLAND' },
      { from: 'NORDJYLLAND', to: null },
    ]);
  });

  it('refuses what would change nothing (CONFLICT), leave no role (BAD_USER_INPUT), an unknown user (NOT_FOUND) or group', async () => {
    const only = await buildUser(server, { roles: ['REFERENCE_GROUP_MEMBER'], referenceGroup: 'SJAELLAND' });
    expect(errorCode(await server.gql(SetReferenceGroupDocument, { userId: only.id, referenceGroup: 'SJAELLAND' }, { token: admin.token }))).toBe('CONFLICT');
    const none = await server.gql(SetReferenceGroupDocument, { userId: only.id, referenceGroup: null }, { token: admin.token });
    expect(none.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'referenceGroup', rule: 'NO_ROLE_LEFT' });
    expect(errorCode(await server.gql(SetReferenceGroupDocument, { userId: 'no-such-user', referenceGroup: 'BORNHOLM' }, { token: admin.token }))).toBe('NOT_FOUND');
    const badGroup = await server.gqlInput(SetReferenceGroupDocument, { userId: only.id, referenceGroup: 'ATLANTIS' }, { token: admin.token });
    expect(errorCode(badGroup)).toBe('BAD_USER_INPUT');
    const badFilter = await server.gqlInput(ReferenceGroupMembersDocument, { group: 'ATLANTIS' }, { token: admin.token });
    expect(errorCode(badFilter)).toBe('BAD_USER_INPUT');
  });

  it('only an ADMIN', async () => {
    const target = await buildUser(server, { roles: ['CASEWORKER'] });
    for (const roles of [['CASEWORKER'], ['COORDINATOR'], ['AUDITOR'], ['REFERENCE_GROUP_MEMBER']] as const) {
      const other = await buildSignedInUser(server, { roles: [...roles], referenceGroup: roles[0] === 'REFERENCE_GROUP_MEMBER' ? 'BORNHOLM' : undefined });
      expect(errorCode(await server.gql(ReferenceGroupMembersDocument, {}, { token: other.token }))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(SetReferenceGroupDocument, { userId: target.id, referenceGroup: 'BORNHOLM' }, { token: other.token }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await server.gql(ReferenceGroupMembersDocument, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(SetReferenceGroupDocument, { userId: target.id, referenceGroup: 'BORNHOLM' }))).toBe('UNAUTHENTICATED');
  });
});

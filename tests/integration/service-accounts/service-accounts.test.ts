// Service accounts (issue 16 § 2, ADR 0027): only an ADMIN of the organisation creates, lists,
// rotates and deactivates them; bad input names its field and writes nothing; a service account
// acts and is audited as itself, with its organisation, cannot break the glass, and its reads of
// personal data carry its purpose, which the subject access report shows.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, outbox, serviceAccounts, users } from '../../../db/schema/index.js';
import { newActor, type TActor } from '../../support/actors.js';
import { buildReferral, referralInputFor } from '../../support/factories.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { buildServiceAccount, serviceAccountToken, type TServiceAccount } from '../../support/service-accounts.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { subjectReport } from '../audit-tools/audit-tools-helpers.js';
import {
  BreakGlassDocument,
  CreateReferralDocument,
  CreateServiceAccountDocument,
  DeactivateServiceAccountDocument,
  NotificationsDocument,
  ReferralIdentityDocument,
  RequestPasswordResetDocument,
  RotateServiceAccountSecretDocument,
  ServiceAccountsDocument,
  SubmitReferralDocument,
  UsersDocument,
} from '../../gql/generated/graphql.js';

let server: TTestServer;
let atAdmin: TActor;
let cmmAdmin: TActor;
let atCaseworker: TActor;
let cmmAuditor: TActor;
let sktstCaseworker: TActor;

beforeAll(async () => {
  server = await startTestServer();
  [atAdmin, cmmAdmin, atCaseworker, cmmAuditor, sktstCaseworker] = await Promise.all([
    newActor(server, 'AT', ['ADMIN']),
    newActor(server, 'CMM', ['ADMIN']),
    newActor(server, 'AT', ['CASEWORKER']),
    newActor(server, 'CMM', ['AUDITOR']),
    newActor(server, 'SKTST', ['CASEWORKER']),
  ]);
});
afterAll(async () => {
  await server.close();
});

const input = (overrides: Record<string, unknown> = {}) => ({ name: 'Politiets sagssystem', roles: ['CASEWORKER'], purpose: 'Indberetning af henvisninger fra sagssystemet', ...overrides });

function rowCounts() {
  return {
    accounts: server.deps.db.select().from(serviceAccounts).all().length,
    users: server.deps.db.select().from(users).all().length,
    audits: server.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'SERVICE_ACCOUNT_CREATE')).all().length,
  };
}

describe('createServiceAccount', () => {
  it('creates an account in the admin’s organisation and shows its secret once; only a hash is kept', async () => {
    const res = await server.gqlInput(CreateServiceAccountDocument, { input: input({ roles: ['CASEWORKER', 'COORDINATOR', 'CASEWORKER'] }) }, { token: atAdmin.token });
    const { serviceAccount, clientSecret } = dataOf(res, 'createServiceAccount');
    expect(serviceAccount).toMatchObject({
      name: 'Politiets sagssystem',
      organisation: { code: 'AT' },
      roles: ['CASEWORKER', 'COORDINATOR'],
      purpose: 'Indberetning af henvisninger fra sagssystemet',
      active: true,
      secretRotatedAt: null,
      deactivatedAt: null,
      createdAt: server.clock.now().toISOString(),
    });
    expect(serviceAccount.clientId).toMatch(/^sa_[0-9a-f]{24}$/);
    expect(clientSecret.length).toBeGreaterThanOrEqual(43);
    const stored = server.deps.db.select().from(serviceAccounts).where(eq(serviceAccounts.id, serviceAccount.id)).get()!;
    expect(JSON.stringify(stored)).not.toContain(clientSecret);
    expect(stored.secretHash).toMatch(/^[0-9a-f]{64}$/);
    const audit = server.deps.db.select().from(auditEvents).where(eq(auditEvents.objectId, serviceAccount.id)).all();
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([['SERVICE_ACCOUNT_CREATE', atAdmin.user.id]]);
    expect(audit[0]!.details).not.toContain(clientSecret);
    // The listing never shows the secret again; the people's listing does not show the account.
    const listed = dataOf(await server.gql(ServiceAccountsDocument, {}, { token: atAdmin.token }), 'serviceAccounts');
    expect(listed.map((a) => a.id)).toContain(serviceAccount.id);
    expect(JSON.stringify(listed)).not.toContain(clientSecret);
    const people = dataOf(await server.gql(UsersDocument, { code: 'AT' }, { token: atAdmin.token }), 'users');
    expect(people.map((u) => u.email).filter((e) => e.endsWith('.invalid'))).toEqual([]);
  });

  it('refuses ADMIN and AUDITOR with a clear error on input.roles, and writes nothing', async () => {
    for (const roles of [['ADMIN'], ['CASEWORKER', 'AUDITOR']]) {
      const before = rowCounts();
      const res = await server.gqlInput(CreateServiceAccountDocument, { input: input({ roles }) }, { token: atAdmin.token });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.roles' });
      expect(res.body.errors![0]!.extensions!.rule).toBe('ROLE_NOT_ALLOWED');
      expect(rowCounts()).toEqual(before);
    }
  });

  it('refuses bad input with its field: no role, a short name, a short or long purpose', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ roles: [] }, 'input.roles', 'TOO_FEW'],
      [{ name: ' x ' }, 'input.name', 'TOO_SHORT'],
      [{ purpose: 'abc' }, 'input.purpose', 'TOO_SHORT'],
      [{ purpose: 'x'.repeat(201) }, 'input.purpose', 'TOO_LONG'],
    ];
    for (const [overrides, field, rule] of cases) {
      const before = rowCounts();
      const res = await server.gqlInput(CreateServiceAccountDocument, { input: input(overrides) }, { token: atAdmin.token });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.body.errors![0]!.extensions!.rule).toBe(rule);
      expect(rowCounts()).toEqual(before);
    }
  });

  it('is for ADMINs only: others are FORBIDDEN, no token UNAUTHENTICATED, and a service account cannot make one', async () => {
    expect(errorCode(await server.gqlInput(CreateServiceAccountDocument, { input: input() }, { token: atCaseworker.token }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gqlInput(CreateServiceAccountDocument, { input: input() }, { token: cmmAuditor.token }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gqlInput(CreateServiceAccountDocument, { input: input() }))).toBe('UNAUTHENTICATED');
    const account = await buildServiceAccount(server, { organisationCode: 'AT', roles: ['CASEWORKER'], adminToken: atAdmin.token });
    const token = await serviceAccountToken(server, account);
    expect(errorCode(await server.gqlInput(CreateServiceAccountDocument, { input: input() }, { token }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(ServiceAccountsDocument, {}, { token }))).toBe('FORBIDDEN');
  });
});

describe('rotateServiceAccountSecret and deactivateServiceAccount', () => {
  let account: TServiceAccount;
  beforeAll(async () => {
    account = await buildServiceAccount(server, { organisationCode: 'AT', roles: ['CASEWORKER'], adminToken: atAdmin.token });
  });

  it('another organisation’s admin does not find it (NOT_FOUND), others are FORBIDDEN; nothing changes', async () => {
    const calls = [
      (id: string, token: string) => server.gql(RotateServiceAccountSecretDocument, { id }, { token }),
      (id: string, token: string) => server.gql(DeactivateServiceAccountDocument, { id }, { token }),
    ];
    for (const call of calls) {
      expect(errorCode(await call(account.id, cmmAdmin.token))).toBe('NOT_FOUND');
      expect(errorCode(await call(account.id, atCaseworker.token))).toBe('FORBIDDEN');
      expect(errorCode(await call('no-such-id', atAdmin.token))).toBe('NOT_FOUND');
    }
    const row = server.deps.db.select().from(serviceAccounts).where(eq(serviceAccounts.id, account.id)).get()!;
    expect(row).toMatchObject({ active: true, secretRotatedAt: null });
    expect(server.deps.db.select().from(serviceAccounts).where(eq(serviceAccounts.organisationId, row.organisationId)).all().length).toBeGreaterThan(0);
    const listed = dataOf(await server.gql(ServiceAccountsDocument, {}, { token: cmmAdmin.token }), 'serviceAccounts');
    expect(listed.map((a) => a.id)).not.toContain(account.id);
  });

  it('rotates (new secret once, audited) and deactivates (audited, twice is no error); a deactivated one cannot be rotated', async () => {
    const rotated = dataOf(await server.gql(RotateServiceAccountSecretDocument, { id: account.id }, { token: atAdmin.token }), 'rotateServiceAccountSecret');
    expect(rotated.clientSecret).not.toBe(account.clientSecret);
    expect(rotated.serviceAccount.secretRotatedAt).toBe(server.clock.now().toISOString());
    const deactivated = dataOf(await server.gql(DeactivateServiceAccountDocument, { id: account.id }, { token: atAdmin.token }), 'deactivateServiceAccount');
    expect(deactivated).toMatchObject({ active: false, deactivatedAt: server.clock.now().toISOString() });
    expect(dataOf(await server.gql(DeactivateServiceAccountDocument, { id: account.id }, { token: atAdmin.token }), 'deactivateServiceAccount').active).toBe(false);
    const refused = await server.gql(RotateServiceAccountSecretDocument, { id: account.id }, { token: atAdmin.token });
    expect(errorCode(refused)).toBe('CONFLICT');
    const actions = server.deps.db.select().from(auditEvents).where(eq(auditEvents.objectId, account.id)).all().map((a) => a.action);
    expect(actions).toEqual(['SERVICE_ACCOUNT_CREATE', 'SERVICE_ACCOUNT_ROTATE_SECRET', 'SERVICE_ACCOUNT_DEACTIVATE']);
  });
});

describe('a service account at work', () => {
  let atSystem: TServiceAccount;
  let cmmSystem: TServiceAccount;
  beforeAll(async () => {
    atSystem = await buildServiceAccount(server, { organisationCode: 'AT', roles: ['CASEWORKER'], adminToken: atAdmin.token, purpose: 'Indberetning fra tilsynets sagssystem' });
    cmmSystem = await buildServiceAccount(server, { organisationCode: 'CMM', roles: ['CASEWORKER'], adminToken: cmmAdmin.token, purpose: 'Sagsbehandling i CMM-sagssystemet' });
  });

  it('creates and submits a referral as itself: audited with its own id, organisation and roles', async () => {
    const token = await serviceAccountToken(server, atSystem);
    const referral = dataOf(await server.gql(CreateReferralDocument, { input: referralInputFor(server) }, { token }), 'createReferral');
    dataOf(await server.gql(SubmitReferralDocument, { id: referral.id }, { token }), 'submitReferral');
    const accountUserId = server.deps.db.select().from(serviceAccounts).where(eq(serviceAccounts.id, atSystem.id)).get()!.userId;
    const records = server.deps.db.select().from(auditEvents).where(eq(auditEvents.objectId, referral.id)).all();
    const create = records.find((r) => r.action === 'REFERRAL_CREATE')!;
    const submit = records.find((r) => r.action === 'REFERRAL_SUBMIT')!;
    for (const record of [create, submit]) expect(record).toMatchObject({ actorUserId: accountUserId, actorRoles: 'CASEWORKER' });
    const atId = records[0]!.actorOrganisationId;
    expect(atId).toBe(server.deps.db.select().from(users).where(eq(users.id, atCaseworker.user.id)).get()!.organisationId);
  });

  it('reads personal data with its purpose in the record, and the subject access report shows it; it gets an inbox entry, no mail', async () => {
    const referral = await buildReferral(server, { referrer: atCaseworker.user });
    const token = await serviceAccountToken(server, cmmSystem);
    const read = await server.gql(ReferralIdentityDocument, { id: referral.id }, { token });
    expect(read.body.data?.referral?.subject.identity?.name).toBeTruthy();
    const report = await subjectReport(server, cmmAuditor, referral.subjectId);
    const reads = report.filter((e) => e.action === 'REFERRAL_READ' && e.actorOrganisation?.code === 'CMM');
    expect(reads.length).toBeGreaterThan(0);
    expect(JSON.parse(reads.at(-1)!.details!)).toMatchObject({ servicePurpose: 'Sagsbehandling i CMM-sagssystemet' });
    // The submitted referral told CMM's caseworkers, the service account among them: in its inbox only.
    const accountUserId = server.deps.db.select().from(serviceAccounts).where(eq(serviceAccounts.id, cmmSystem.id)).get()!.userId;
    const inbox = dataOf(await server.gql(NotificationsDocument, {}, { token }), 'notifications');
    expect(inbox.some((n) => n.objectId === referral.id)).toBe(true);
    expect(server.deps.db.select().from(outbox).where(eq(outbox.recipientUserId, accountUserId)).all()).toEqual([]);
  });

  it('a person’s read carries no service purpose', async () => {
    const referral = await buildReferral(server, { referrer: atCaseworker.user });
    const person = await newActor(server, 'CMM', ['CASEWORKER']);
    await server.gql(ReferralIdentityDocument, { id: referral.id }, { token: person.token });
    const report = await subjectReport(server, cmmAuditor, referral.subjectId);
    const reads = report.filter((e) => e.action === 'REFERRAL_READ');
    expect(reads.length).toBeGreaterThan(0);
    for (const r of reads) expect(r.details ?? '').not.toContain('servicePurpose');
  });

  it('cannot break the glass: FORBIDDEN by the access rules, recorded DENIED', async () => {
    const referral = await buildReferral(server, { referrer: atCaseworker.user });
    const sktstSystem = await buildServiceAccount(server, { organisationCode: 'SKTST', roles: ['CASEWORKER', 'INVESTIGATOR'] });
    const token = await serviceAccountToken(server, sktstSystem);
    const res = await server.gql(BreakGlassDocument, { id: referral.id, j: 'Personen er truffet under en kontrol i nat' }, { token });
    expect(errorCode(res)).toBe('FORBIDDEN');
    const denied = server.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'BREAK_GLASS')).all().filter((r) => r.objectId === referral.id);
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ outcome: 'DENIED' });
    expect(JSON.parse(denied[0]!.details!)).toEqual({ reason: 'SERVICE_ACCOUNT' });
    // A person of the same organisation still may.
    const person = await server.gql(BreakGlassDocument, { id: referral.id, j: 'Personen er truffet under en kontrol i nat' }, { token: sktstCaseworker.token });
    expect(person.body.errors).toBeUndefined();
  });
});

describe('a service account’s user is no person', () => {
  it('cannot be sent a password-reset link (NOT_FOUND), so it never gets a password', async () => {
    const account = await buildServiceAccount(server, { organisationCode: 'AT', roles: ['CASEWORKER'], adminToken: atAdmin.token });
    const userId = server.deps.db.select().from(serviceAccounts).where(eq(serviceAccounts.id, account.id)).get()!.userId;
    const res = await server.gql(RequestPasswordResetDocument, { userId }, { token: atAdmin.token });
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(server.deps.db.select().from(outbox).where(eq(outbox.recipientUserId, userId)).all()).toEqual([]);
  });
});

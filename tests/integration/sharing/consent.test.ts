// Consent over HTTP: a referral records the subject's consent to referral and to disclosure, and a
// FULL grant to an organisation other than CMM and US without consent to disclosure needs an
// explicit legal-basis override, which the audit trail marks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { errorOf, dataOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { countGrants, grantAccess, grantAccessRaw, grantInput, insertCaseComplex } from './sharing-helpers.js';
import { ReferralDocument, CreateReferralDocument, SubmitReferralDocument, UpdateReferralDocument } from '../../gql/generated/graphql.js';
import { MARIA_IONESCU, referralInputFor, referralOfCast } from '../../support/factories.js';

const OVERRIDE_REASON = 'The person is in acute danger and the police must find them today';

let server: TTestServer;
let cast: { referrer: TActor; authority: TActor; assessor: TActor };
let nsk: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  cast = {
    referrer: await newActor(server, 'KBHPOL', ['CASEWORKER']),
    authority: await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']),
    assessor: await newActor(server, 'CMM', ['ASSESSOR']),
  };
  nsk = await newActor(server, 'NSK', ['CASEWORKER', 'INVESTIGATOR']);
});

afterAll(async () => {
  await server.close();
});

// Consent is recorded through the API: created and updated over HTTP, the input sent as given.
const create = (overrides: Record<string, unknown> = {}) =>
  server.gqlInput(CreateReferralDocument, { input: { ...referralInputFor(server), ...overrides } }, { token: cast.referrer.token });
const updateRaw = (id: string, input: Record<string, unknown>) => server.gqlInput(UpdateReferralDocument, { id, version: 1, input }, { token: cast.referrer.token });

describe('recording consent', () => {
  it('is NOT_ASKED unless given, is set on creation and changed on update, and is shown at every level', async () => {
    const plain = dataOf(await create(), 'createReferral');
    expect(plain.consent).toEqual({ toReferral: 'NOT_ASKED', toDisclosure: 'NOT_ASKED' });
    const given = dataOf(await create({ consent: { toReferral: 'GIVEN', toDisclosure: 'REFUSED' } }), 'createReferral');
    expect(given.consent).toEqual({ toReferral: 'GIVEN', toDisclosure: 'REFUSED' });
    const updated = dataOf(await updateRaw(given.id, { consent: { toDisclosure: 'GIVEN' } }), 'updateReferral');
    expect(updated.consent).toEqual({ toReferral: 'GIVEN', toDisclosure: 'GIVEN' });
    dataOf(await server.as(cast.referrer)(SubmitReferralDocument, { id: given.id }), 'submitReferral');
    await grantAccess(server, cast.authority, grantInput(server, { referralId: given.id, organisationCode: 'NSK', level: 'SUMMARY' }));
    expect((dataOf(await server.as(nsk)(ReferralDocument, { id: given.id }), 'referral')).consent).toEqual({ toReferral: 'GIVEN', toDisclosure: 'GIVEN' });
  });

  it('refuses an unknown consent value, naming the field', async () => {
    const res = await create({ consent: { toDisclosure: 'MAYBE' } });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.consent.toDisclosure' });
    const draft = dataOf(await create(), 'createReferral');
    const update = await updateRaw(draft.id, { consent: { toReferral: 'YES' } });
    expect(errorOf(update)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.consent.toReferral' });
  });
});

describe('a FULL grant without consent to disclosure', () => {
  it.each(['NOT_ASKED', 'REFUSED', 'NOT_REQUIRED_MINOR'])('needs consentOverride when consent to disclosure is %s; nothing is written without it', async (consent) => {
    const target = await referralOfCast(server, cast, 'SUBMITTED', { subject: MARIA_IONESCU.subject, input: { ...MARIA_IONESCU.input, consent: { toDisclosure: consent } } });
    const before = countGrants(server);
    const res = await grantAccessRaw(server, cast.authority, grantInput(server, { referralId: target.id, organisationCode: 'NSK', level: 'FULL' }));
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.consentOverride' });
    const explicitNo = await grantAccessRaw(server, cast.authority, grantInput(server, { referralId: target.id, organisationCode: 'NSK', level: 'FULL', consentOverride: false }));
    expect(errorOf(explicitNo)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.consentOverride' });
    expect(countGrants(server)).toBe(before);
  });

  it('is granted with the override, which the grant, the access reason and the audit trail (grant and reads) mark', async () => {
    const target = await referralOfCast(server, cast, 'SUBMITTED', { subject: MARIA_IONESCU.subject, input: { ...MARIA_IONESCU.input, consent: { toDisclosure: 'REFUSED' } } });
    const mark = auditMark(server);
    const withoutReason = await grantAccessRaw(server, cast.authority, grantInput(server, { referralId: target.id, organisationCode: 'NSK', level: 'FULL', consentOverride: true }));
    expect(errorOf(withoutReason)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.consentOverrideReason' });
    const shortReason = await grantAccessRaw(server, cast.authority, grantInput(server, { referralId: target.id, organisationCode: 'NSK', level: 'FULL', consentOverride: true, consentOverrideReason: 'urgent' }));
    expect(errorOf(shortReason)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.consentOverrideReason' });
    const grant = await grantAccess(server, cast.authority, grantInput(server, { referralId: target.id, organisationCode: 'NSK', level: 'FULL', consentOverride: true, consentOverrideReason: OVERRIDE_REASON }));
    expect(grant.consentOverride).toBe(true);
    const [granted] = auditSince(server, mark, { action: 'ACCESS_GRANT' });
    expect(JSON.parse(granted!.details!)).toMatchObject({ grantId: grant.id, consentOverride: true, consentOverrideNeeded: true });
    const seen = dataOf(await server.as(nsk)(ReferralDocument, { id: target.id }), 'referral');
    expect(seen.access.level).toBe('FULL');
    expect(seen.access).toMatchObject({ reasonCode: 'REFERRAL_GRANT_CONSENT_OVERRIDE', reasonParams: { purpose: grant.purpose, until: grant.expiresAt } });
    expect(seen.subject.identity?.name).toBe('Maria Ionescu');
    const reads = auditSince(server, mark, { action: 'REFERRAL_READ', actorUserId: nsk.user.id });
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) expect(JSON.parse(read.details!)).toEqual({ grantId: grant.id, consentOverride: true });
  });

  it('needs no override with consent GIVEN, below FULL, or for the competent authorities (US)', async () => {
    const consented = await referralOfCast(server, cast, 'SUBMITTED', { subject: MARIA_IONESCU.subject, input: { ...MARIA_IONESCU.input, consent: { toDisclosure: 'GIVEN' } } });
    expect((await grantAccess(server, cast.authority, grantInput(server, { referralId: consented.id, organisationCode: 'NSK', level: 'FULL' }))).consentOverride).toBe(false);
    const refused = await referralOfCast(server, cast, 'SUBMITTED', { subject: MARIA_IONESCU.subject, input: { ...MARIA_IONESCU.input, consent: { toDisclosure: 'REFUSED' } } });
    expect((await grantAccess(server, cast.authority, grantInput(server, { referralId: refused.id, organisationCode: 'NSK', level: 'OPERATIONAL' }))).level).toBe('OPERATIONAL');
    expect((await grantAccess(server, cast.authority, grantInput(server, { referralId: refused.id, organisationCode: 'US', level: 'FULL' }))).level).toBe('FULL');
  });

  it('on a case complex: refused above SUMMARY and with an override, whoever asks (the complex discloses no personal data)', async () => {
    const consented = await referralOfCast(server, cast, 'SUBMITTED', { subject: MARIA_IONESCU.subject, input: { ...MARIA_IONESCU.input, consent: { toDisclosure: 'GIVEN' } } });
    const refused = await referralOfCast(server, cast, 'SUBMITTED', { subject: MARIA_IONESCU.subject, input: { ...MARIA_IONESCU.input, consent: { toDisclosure: 'REFUSED' } } });
    const mixed = insertCaseComplex(server, { leadCode: 'NSK', createdByUserId: nsk.user.id, referralIds: [consented.id, refused.id] });
    const before = countGrants(server);
    for (const granter of [nsk, cast.authority]) {
      for (const level of ['OPERATIONAL', 'FULL']) {
        const res = await grantAccessRaw(server, granter, grantInput(server, { caseComplexId: mixed, organisationCode: 'SKTST', level }));
        expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.level' });
      }
      const override = await grantAccessRaw(server, granter, grantInput(server, { caseComplexId: mixed, organisationCode: 'SKTST', level: 'SUMMARY', consentOverride: true, consentOverrideReason: OVERRIDE_REASON }));
      expect(errorOf(override)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.consentOverride' });
    }
    expect(countGrants(server)).toBe(before);
    await grantAccess(server, nsk, grantInput(server, { caseComplexId: mixed, organisationCode: 'SIRI', level: 'SUMMARY' }));
    const siri = await newActor(server, 'SIRI', ['CASEWORKER']);
    for (const id of [consented.id, refused.id]) {
      const seen = dataOf(await server.as(siri)(ReferralDocument, { id: id }), 'referral');
      expect(seen.access.level).toBe('SUMMARY');
      expect(seen.subject.identity).toBeNull();
      expect(seen.subject.whereabouts).toBeNull();
    }
  });
});

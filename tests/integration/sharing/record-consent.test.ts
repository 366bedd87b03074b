// recordConsent over HTTP: the controller records the person's consent at any state before closure
// (versioned, audited, the note in the timeline); a withdrawal of consent to disclosure lowers the
// FULL grants on the referral to OPERATIONAL at once (kept, marked) and tells their holders. The
// referrer records consent on its draft only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { accessGrantsRaw, grantAccess, grantInput } from './sharing-helpers.js';
import { AccessGrantCapsDocument, RecordConsentDocument, ReferralDocument } from '../../gql/generated/graphql.js';
import { inbox } from '../../support/inbox.js';
import { MARIA_IONESCU, referralOfCast } from '../../support/factories.js';

let server: TTestServer;
let cast: { referrer: TActor; authority: TActor; assessor: TActor };
let nsk: TActor;
let siri: TActor;
let us: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  cast = {
    referrer: await newActor(server, 'KBHPOL', ['CASEWORKER']),
    authority: await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']),
    assessor: await newActor(server, 'CMM', ['ASSESSOR']),
  };
  nsk = await newActor(server, 'NSK', ['CASEWORKER', 'INVESTIGATOR']);
  siri = await newActor(server, 'SIRI', ['CASEWORKER']);
  us = await newActor(server, 'US', ['CASEWORKER', 'COORDINATOR']);
});

afterAll(async () => {
  await server.close();
});

function recordConsentRaw(actor: TActor | null, vars: { referralId: string; toDisclosure: string; toReferral?: string; note?: string; version?: number }) {
  // Sent as given: the tests include values the schema refuses (MAYBE).
  return server.gqlInput(
    RecordConsentDocument,
    { r: vars.referralId, d: vars.toDisclosure, t: vars.toReferral, n: vars.note ?? 'Given in the identification interview with an interpreter', v: vars.version },
    { token: actor?.token },
  );
}

describe('recording consent after submission', () => {
  it('is done by the controller at any state before closure: versioned, in the timeline, audited', async () => {
    for (const state of ['SUBMITTED', 'RECEIVED', 'UNDER_ASSESSMENT', 'ASSESSED', 'IN_SUPPORT'] as const) {
      const target = await referralOfCast(server, cast, state, { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
      const mark = auditMark(server);
      const first = dataOf(await recordConsentRaw(cast.authority, { referralId: target.id, toDisclosure: 'GIVEN', toReferral: 'GIVEN', version: target.version }), 'recordConsent');
      expect(first.consent).toEqual({ toReferral: 'GIVEN', toDisclosure: 'GIVEN' });
      expect(first.version).toBe(target.version + 1);
      const second = dataOf(await recordConsentRaw(cast.authority, { referralId: target.id, toDisclosure: 'REFUSED', note: 'Changed her mind after talking to her lawyer' }), 'recordConsent');
      expect(second.consent).toEqual({ toReferral: 'GIVEN', toDisclosure: 'REFUSED' });
      expect(second.consentHistory.map((c) => [c.version, c.toReferral, c.toDisclosure, c.organisation?.code])).toEqual([
        [1, 'GIVEN', 'GIVEN', 'CMM'],
        [2, 'GIVEN', 'REFUSED', 'CMM'],
      ]);
      expect(second.timeline.filter((e) => e.action === 'RECORD_CONSENT').map((e) => e.note)).toEqual([
        'Given in the identification interview with an interpreter',
        'Changed her mind after talking to her lawyer',
      ]);
      const records = auditSince(server, mark, { action: 'REFERRAL_RECORD_CONSENT' });
      expect(records).toHaveLength(2);
      expect(records[1]).toMatchObject({ objectId: target.id, subjectId: target.subjectId, dataCategory: 'NARRATIVE' });
      expect(JSON.parse(records[1]!.details!)).toMatchObject({ consentVersion: 2, toDisclosureBefore: 'GIVEN', toDisclosure: 'REFUSED', withdrawal: true });
      expect(records[1]!.details).not.toContain('lawyer');
      expect(server.logs.join('\n')).not.toContain('lawyer');
    }
  });

  it('is done by US for the referrals it is competent for', async () => {
    const usCast = { ...cast, authority: us, assessor: us };
    const asylum = await referralOfCast(server, usCast, 'RECEIVED', { residence: 'ASYLUM_SEEKER' });
    expect(dataOf(await recordConsentRaw(us, { referralId: asylum.id, toDisclosure: 'GIVEN' }), 'recordConsent').consent.toDisclosure).toBe('GIVEN');
  });

  it('is refused after closure or withdrawal, to the referrer after submission, and to anyone who does not see the referral', async () => {
    const closed = await referralOfCast(server, cast, 'CLOSED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    expect(errorOf(await recordConsentRaw(cast.authority, { referralId: closed.id, toDisclosure: 'GIVEN' }))).toMatchObject({ code: 'INVALID_TRANSITION', state: 'CLOSED' });
    const withdrawn = await referralOfCast(server, cast, 'WITHDRAWN', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    expect(errorOf(await recordConsentRaw(cast.authority, { referralId: withdrawn.id, toDisclosure: 'GIVEN' }))).toMatchObject({ code: 'INVALID_TRANSITION', state: 'WITHDRAWN' });
    const submitted = await referralOfCast(server, cast, 'SUBMITTED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    expect(errorOf(await recordConsentRaw(cast.referrer, { referralId: submitted.id, toDisclosure: 'GIVEN' })).code).toBe('FORBIDDEN');
    expect(errorOf(await recordConsentRaw(nsk, { referralId: submitted.id, toDisclosure: 'GIVEN' })).code).toBe('NOT_FOUND');
    // A grantee sees the referral, and does not record consent for the controller.
    await grantAccess(server, cast.authority, grantInput(server, { referralId: submitted.id, organisationCode: 'SIRI', level: 'OPERATIONAL' }));
    expect(errorOf(await recordConsentRaw(siri, { referralId: submitted.id, toDisclosure: 'GIVEN' })).code).toBe('FORBIDDEN');
    expect(errorOf(await recordConsentRaw(null, { referralId: submitted.id, toDisclosure: 'GIVEN' })).code).toBe('UNAUTHENTICATED');
  });

  it('refuses bad input naming the field, and a stale version as CONFLICT', async () => {
    const target = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    expect(errorOf(await recordConsentRaw(cast.authority, { referralId: target.id, toDisclosure: 'GIVEN', note: ' ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(errorOf(await recordConsentRaw(cast.authority, { referralId: target.id, toDisclosure: 'MAYBE' })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await recordConsentRaw(cast.authority, { referralId: target.id, toDisclosure: 'GIVEN', version: target.version - 1 }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('is still set by the referrer on its own draft', async () => {
    const draft = await referralOfCast(server, cast, 'DRAFT', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const answer = dataOf(await recordConsentRaw(cast.referrer, { referralId: draft.id, toDisclosure: 'GIVEN', toReferral: 'GIVEN' }), 'recordConsent');
    expect(answer.consent).toEqual({ toReferral: 'GIVEN', toDisclosure: 'GIVEN' });
    expect(errorOf(await recordConsentRaw(cast.authority, { referralId: draft.id, toDisclosure: 'GIVEN' })).code).toBe('NOT_FOUND');
  });
});

describe('withdrawing consent to disclosure', () => {
  it('lowers the FULL grants on the referral to OPERATIONAL at once, keeps them marked, and tells their holders', async () => {
    const target = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: { ...MARIA_IONESCU.input, consent: { toDisclosure: 'GIVEN' } } });
    const full = await grantAccess(server, cast.authority, grantInput(server, { referralId: target.id, organisationCode: 'NSK', level: 'FULL' }));
    const operational = await grantAccess(server, cast.authority, grantInput(server, { referralId: target.id, organisationCode: 'SIRI', level: 'OPERATIONAL' }));
    expect((dataOf(await server.as(nsk)(ReferralDocument, { id: target.id }), 'referral')).subject.identity?.name).toBe('Maria Ionescu');
    const mark = auditMark(server);
    dataOf(await recordConsentRaw(cast.authority, { referralId: target.id, toDisclosure: 'REFUSED' }), 'recordConsent');
    const seen = dataOf(await server.as(nsk)(ReferralDocument, { id: target.id }), 'referral');
    expect(seen.access.level).toBe('OPERATIONAL');
    expect(seen.subject.identity).toBeNull();
    const grants = dataOf(
      await server.as(cast.authority)(AccessGrantCapsDocument, { id: target.id }),
      'accessGrants',
    );
    expect(grants.find((g) => g.id === full.id)).toMatchObject({ level: 'OPERATIONAL', status: 'ACTIVE', cappedFromLevel: 'FULL', capReason: 'CONSENT_WITHDRAWN', cappedAt: server.clock.now().toISOString() });
    expect(grants.find((g) => g.id === operational.id)).toMatchObject({ level: 'OPERATIONAL', cappedFromLevel: null });
    expect((await inbox(server, nsk)).filter((n) => n.objectId === full.id).map((n) => n.kind)).toContain('ACCESS_LIMITED_BY_CONSENT');
    expect((await inbox(server, siri)).filter((n) => n.objectId === operational.id).map((n) => n.kind)).not.toContain('ACCESS_LIMITED_BY_CONSENT');
    const caps = auditSince(server, mark, { action: 'ACCESS_GRANT_CAP' });
    expect(caps).toHaveLength(1);
    expect(caps[0]).toMatchObject({ objectId: target.id, subjectId: target.subjectId });
    expect(JSON.parse(caps[0]!.details!)).toMatchObject({ grantId: full.id, fromLevel: 'FULL', toLevel: 'OPERATIONAL', reason: 'CONSENT_WITHDRAWN' });
    // Consent given again does not lift the cap: the controller decides anew.
    dataOf(await recordConsentRaw(cast.authority, { referralId: target.id, toDisclosure: 'GIVEN' }), 'recordConsent');
    expect((dataOf(await server.as(nsk)(ReferralDocument, { id: target.id }), 'referral')).access.level).toBe('OPERATIONAL');
    expect(dataOf(await accessGrantsRaw(server, nsk, target.id), 'accessGrants').map((g) => g.level)).toEqual(['OPERATIONAL']);
  });
});

// The access gate with grants (core/access.ts, pure) and the sharing policy: which grants count,
// at what level, why, and who may grant, revoke and review.
import { describe, expect, it } from 'vitest';
import { isReferralController, mayReadReferralData, referralAccess, type TGrantFacts, type TReferralParties, type TRole, type TViewer } from '../../../server/core/access.js';
import {
  breakGlassReviewDueAt,
  grantStatus,
  mayDecideAccessRequest,
  mayGrantOnComplex,
  mayGrantOnReferral,
  mayReviewBreakGlass,
  needsConsentOverride,
} from '../../../server/modules/sharing/sharing.policy.js';

function viewer(organisationId: string, kind: string, roles: TRole[], userId = 'u1'): TViewer {
  return { userId, organisationId, organisationCode: organisationId, organisationKind: kind, region: null, roles, referenceGroup: null, sessionId: 's' };
}

const NOW = new Date('2026-11-23T09:00:00.000Z');
const LATER = '2026-12-23T09:00:00.000Z';
const referral: TReferralParties = { state: 'RECEIVED', referringOrganisationId: 'AT', receivingOrganisationId: 'CMM', competentAuthorityId: 'CMM', consentToDisclosure: 'GIVEN' };

function grant(overrides: Partial<TGrantFacts> = {}): TGrantFacts {
  return {
    id: 'g1',
    organisationId: 'NSK',
    userId: null,
    level: 'SUMMARY',
    purpose: 'INVESTIGATION',
    legalBasis: 'Retsplejeloven § 804',
    expiresAt: LATER,
    revokedAt: null,
    breakGlass: false,
    consentOverride: false,
    caseComplexId: null,
    ...overrides,
  };
}

const nsk = viewer('NSK', 'POLICE', ['CASEWORKER']);
const access = (who: TViewer, grants: TGrantFacts[], parties: Partial<TReferralParties> = {}, now = NOW) => referralAccess(who, { ...referral, ...parties }, { grants, now });

describe('referralAccess with grants', () => {
  it('gives the grant’s level, purpose and a reason naming purpose, expiry and legal basis', () => {
    const result = access(nsk, [grant({ level: 'OPERATIONAL' })]);
    expect(result).toEqual({
      level: 'OPERATIONAL',
      basis: 'GRANT',
      purpose: 'INVESTIGATION',
      grantId: 'g1',
      reasonCode: 'REFERRAL_GRANT',
      reasonParams: { purpose: 'INVESTIGATION', until: LATER, legalBasis: 'Retsplejeloven § 804' },
      // The words are the table's (schema/access-reasons.ts, tests/unit/core/access-reasons.test.ts).
      reason: expect.any(String),
    });
  });

  it('ignores grants to other organisations, revoked grants, expired grants (at the exact second) and grants on drafts', () => {
    expect(access(nsk, [grant({ organisationId: 'FYNPOL' })]).level).toBe('NONE');
    expect(access(nsk, [grant({ revokedAt: '2026-11-22T00:00:00.000Z' })]).level).toBe('NONE');
    expect(access(nsk, [grant({ expiresAt: NOW.toISOString() })]).level).toBe('NONE');
    expect(access(nsk, [grant({ expiresAt: '2026-11-23T09:00:01.000Z' })]).level).toBe('SUMMARY');
    expect(access(nsk, [grant()], { state: 'DRAFT', receivingOrganisationId: null, competentAuthorityId: null }).level).toBe('NONE');
    expect(referralAccess(nsk, referral).level).toBe('NONE');
  });

  it('needs a casework role', () => {
    expect(access(viewer('NSK', 'POLICE', ['ANALYST']), [grant()]).level).toBe('NONE');
    expect(access(viewer('NSK', 'POLICE', ['AUDITOR', 'REFERENCE_GROUP_MEMBER']), [grant()]).level).toBe('NONE');
  });

  it('gives break-glass to its user only, with the purpose BREAK_GLASS', () => {
    const glass = grant({ userId: 'u1', level: 'OPERATIONAL', breakGlass: true, purpose: 'OTHER' });
    expect(access(nsk, [glass])).toMatchObject({ level: 'OPERATIONAL', basis: 'BREAK_GLASS', purpose: 'BREAK_GLASS', grantId: 'g1' });
    expect(access(viewer('NSK', 'POLICE', ['CASEWORKER'], 'u2'), [glass]).level).toBe('NONE');
  });

  it('takes the highest level of several grants, an ordinary grant before break-glass at the same level', () => {
    const grants = [grant({ id: 'a' }), grant({ id: 'b', level: 'FULL' }), grant({ id: 'c', level: 'OPERATIONAL' })];
    expect(access(nsk, grants).grantId).toBe('b');
    const same = [grant({ id: 'glass', level: 'OPERATIONAL', userId: 'u1', breakGlass: true }), grant({ id: 'plain', level: 'OPERATIONAL' })];
    expect(access(nsk, same).grantId).toBe('plain');
    expect(access(nsk, [...same].reverse()).grantId).toBe('plain');
  });

  it('caps a FULL grant at OPERATIONAL without consent to disclosure unless it overrides; CMM and US need no consent', () => {
    expect(access(nsk, [grant({ level: 'FULL' })], { consentToDisclosure: 'REFUSED' })).toMatchObject({ level: 'OPERATIONAL', basis: 'GRANT' });
    expect(access(nsk, [grant({ level: 'FULL' })], { consentToDisclosure: undefined }).level).toBe('OPERATIONAL');
    expect(access(nsk, [grant({ level: 'FULL', consentOverride: true })], { consentToDisclosure: 'NOT_ASKED' })).toMatchObject({ level: 'FULL', consentOverride: true });
    expect(access(nsk, [grant({ level: 'FULL' })], { consentToDisclosure: 'GIVEN' }).consentOverride).toBeUndefined();
    const us = viewer('US', 'IMMIGRATION', ['CASEWORKER']);
    expect(access(us, [grant({ organisationId: 'US', level: 'FULL' })], { consentToDisclosure: 'REFUSED' }).level).toBe('FULL');
  });

  it('lets the authorities keep their own basis, and the referrer its own view unless a FULL grant gives more', () => {
    const cmm = viewer('CMM', 'CMM', ['CASEWORKER']);
    expect(access(cmm, [grant({ organisationId: 'CMM' })]).basis).toBe('COMPETENT_AUTHORITY');
    const at = viewer('AT', 'LABOUR', ['CASEWORKER']);
    expect(access(at, [grant({ organisationId: 'AT', level: 'OPERATIONAL' })]).basis).toBe('REFERRING_ORGANISATION');
    const full = access(at, [grant({ organisationId: 'AT', level: 'FULL' })]);
    expect(full.basis).toBe('GRANT');
    expect(mayReadReferralData(full, 'ASSESSMENT_GROUNDS')).toBe(true);
  });

  it('says so when the grant is on a case complex', () => {
    expect(access(nsk, [grant({ caseComplexId: 'cc1' })]).reasonCode).toBe('REFERRAL_CASE_COMPLEX_GRANT');
  });

  it('reads per level exactly the data classes of PRODUCT.md § Need to know', () => {
    const readable = (level: string) =>
      (['SUMMARY', 'CONTACT', 'WHEREABOUTS', 'IDENTITY', 'NARRATIVE', 'ASSESSMENT_GROUNDS', 'SUPPORT', 'OUTCOME'] as const).filter((d) =>
        mayReadReferralData(access(nsk, [grant({ level })]), d),
      );
    expect(readable('SUMMARY')).toEqual(['SUMMARY']);
    expect(readable('OPERATIONAL')).toEqual(['SUMMARY', 'CONTACT', 'WHEREABOUTS']);
    expect(readable('FULL')).toEqual(['SUMMARY', 'CONTACT', 'WHEREABOUTS', 'IDENTITY', 'NARRATIVE', 'ASSESSMENT_GROUNDS', 'SUPPORT', 'OUTCOME']);
    expect(readable('NONE')).toEqual([]);
  });
});

describe('the sharing policy', () => {
  it('lets the competent authority and CMM grant on a submitted referral', () => {
    expect(mayGrantOnReferral(viewer('US', 'IMMIGRATION', ['CASEWORKER']), { state: 'SUBMITTED', competentAuthorityId: 'US' })).toBe(true);
    expect(mayGrantOnReferral(viewer('CMM', 'CMM', ['CASEWORKER']), { state: 'SUBMITTED', competentAuthorityId: 'US' })).toBe(true);
    expect(mayGrantOnReferral(viewer('AT', 'LABOUR', ['CASEWORKER']), { state: 'SUBMITTED', competentAuthorityId: 'US' })).toBe(false);
    expect(mayGrantOnReferral(viewer('CMM', 'CMM', ['CASEWORKER']), { state: 'DRAFT', competentAuthorityId: null })).toBe(false);
  });

  it('lets the lead, NSK and CMM grant on a case complex', () => {
    expect(mayGrantOnComplex(viewer('FYNPOL', 'POLICE', ['CASEWORKER']), { leadOrganisationId: 'FYNPOL' })).toBe(true);
    expect(mayGrantOnComplex(viewer('NSK', 'POLICE', ['CASEWORKER']), { leadOrganisationId: 'FYNPOL' })).toBe(true);
    expect(mayGrantOnComplex(viewer('CMM', 'CMM', ['CASEWORKER']), { leadOrganisationId: 'FYNPOL' })).toBe(true);
    expect(mayGrantOnComplex(viewer('KBHPOL', 'POLICE', ['COORDINATOR']), { leadOrganisationId: 'FYNPOL' })).toBe(false);
  });

  it('needs a consent override for FULL to others than CMM and US when any consent to disclosure is not GIVEN', () => {
    expect(needsConsentOverride({ level: 'FULL', granteeCode: 'NSK', consents: ['GIVEN', 'NOT_ASKED'] })).toBe(true);
    expect(needsConsentOverride({ level: 'FULL', granteeCode: 'NSK', consents: ['GIVEN'] })).toBe(false);
    expect(needsConsentOverride({ level: 'FULL', granteeCode: 'NSK', consents: [] })).toBe(false);
    expect(needsConsentOverride({ level: 'OPERATIONAL', granteeCode: 'NSK', consents: ['REFUSED'] })).toBe(false);
    expect(needsConsentOverride({ level: 'FULL', granteeCode: 'US', consents: ['REFUSED'] })).toBe(false);
    expect(needsConsentOverride({ level: 'FULL', granteeCode: 'CMM', consents: ['REFUSED'] })).toBe(false);
  });

  it('lets auditors of the user’s organisation, and CMM’s, review break-glass', () => {
    const use = { organisationId: 'FYNPOL', breakGlass: true };
    expect(mayReviewBreakGlass(viewer('FYNPOL', 'POLICE', ['AUDITOR']), use)).toBe(true);
    expect(mayReviewBreakGlass(viewer('CMM', 'CMM', ['AUDITOR']), use)).toBe(true);
    expect(mayReviewBreakGlass(viewer('NSK', 'POLICE', ['AUDITOR']), use)).toBe(false);
    expect(mayReviewBreakGlass(viewer('FYNPOL', 'POLICE', ['COORDINATOR']), use)).toBe(false);
    expect(mayReviewBreakGlass(viewer('FYNPOL', 'POLICE', ['AUDITOR']), { ...use, breakGlass: false })).toBe(false);
  });

  it('tells a grant’s status from the clock', () => {
    expect(grantStatus({ revokedAt: null, expiresAt: LATER }, NOW)).toBe('ACTIVE');
    expect(grantStatus({ revokedAt: null, expiresAt: NOW.toISOString() }, NOW)).toBe('EXPIRED');
    expect(grantStatus({ revokedAt: '2026-11-22T00:00:00.000Z', expiresAt: LATER }, NOW)).toBe('REVOKED');
  });
});

describe('the controller rule in the gate', () => {
  it('gives at most SUMMARY through a case complex grant, whatever level its row says', () => {
    for (const level of ['OPERATIONAL', 'FULL']) {
      const got = access(nsk, [grant({ level, caseComplexId: 'c1', consentOverride: true })]);
      expect(got.level).toBe('SUMMARY');
      expect(got.consentOverride).toBeUndefined();
      expect(mayReadReferralData(got, 'WHEREABOUTS')).toBe(false);
      expect(mayReadReferralData(got, 'IDENTITY')).toBe(false);
    }
  });

  it('still gives a referral grant its level', () => {
    expect(access(nsk, [grant({ level: 'OPERATIONAL' })]).level).toBe('OPERATIONAL');
  });

  it('knows the controller: the competent authority and CMM, once submitted', () => {
    const parties = { state: 'RECEIVED', competentAuthorityId: 'US' };
    expect(isReferralController(viewer('US', 'IMMIGRATION', ['COORDINATOR']), parties)).toBe(true);
    expect(isReferralController(viewer('CMM', 'CMM', ['COORDINATOR']), parties)).toBe(true);
    expect(isReferralController(viewer('NSK', 'POLICE', ['COORDINATOR']), parties)).toBe(false);
    expect(isReferralController(viewer('CMM', 'CMM', ['COORDINATOR']), { ...parties, state: 'DRAFT' })).toBe(false);
  });

  it('lets only a coordinator of the controller, never the requester, decide on a request', () => {
    const parties = { state: 'RECEIVED', competentAuthorityId: 'CMM' };
    expect(mayDecideAccessRequest(viewer('CMM', 'CMM', ['COORDINATOR']), parties, { organisationId: 'NSK' })).toBe(true);
    expect(mayDecideAccessRequest(viewer('CMM', 'CMM', ['CASEWORKER']), parties, { organisationId: 'NSK' })).toBe(false);
    expect(mayDecideAccessRequest(viewer('NSK', 'POLICE', ['COORDINATOR']), parties, { organisationId: 'NSK' })).toBe(false);
    expect(mayDecideAccessRequest(viewer('CMM', 'CMM', ['COORDINATOR']), parties, { organisationId: 'CMM' })).toBe(false);
  });

  it('dates a break-glass review by the end of the 3rd Danish working day', () => {
    // Monday → Thursday; Friday → the Wednesday after the weekend.
    expect(breakGlassReviewDueAt(new Date('2026-11-23T09:00:00Z')).toISOString()).toBe('2026-11-26T22:59:59.999Z');
    expect(breakGlassReviewDueAt(new Date('2026-11-27T09:00:00Z')).toISOString()).toBe('2026-12-02T22:59:59.999Z');
  });
});

// The access gate's rules for one person, one subject (pure): only the data's controller — the
// competent authority, or CMM as the national centre — with FULL access as controller and a role
// that handles identities sees matches and decides on them; a grant, a break-glass or the
// referrer's own view never does.
import { describe, expect, it } from 'vitest';
import {
  holdsReferralAsController,
  mayHandleSubjectIdentity,
  mayMoveReferralsBetweenSubjects,
  referralAccess,
  type TRole,
  type TViewer,
} from '../../../server/core/access.js';

function viewer(organisationId: string, kind: string, roles: TRole[] = ['CASEWORKER']): TViewer {
  return { userId: `u-${organisationId}`, organisationId, organisationCode: organisationId, organisationKind: kind, region: null, roles, referenceGroup: null, sessionId: 's' };
}

const CMM = viewer('CMM', 'CMM');
const US = viewer('US', 'IMMIGRATION');
const AT = viewer('AT', 'INSPECTORATE');
const toUs = { state: 'RECEIVED', referringOrganisationId: 'AT', receivingOrganisationId: 'US', competentAuthorityId: 'US', consentToDisclosure: 'GIVEN' };

describe('holdsReferralAsController', () => {
  it('is the competent authority and CMM, for submitted referrals, with a role that handles identities', () => {
    expect(holdsReferralAsController(US, toUs)).toBe(true);
    expect(holdsReferralAsController(CMM, toUs)).toBe(true);
    expect(holdsReferralAsController(AT, toUs)).toBe(false);
    expect(holdsReferralAsController(CMM, { ...toUs, state: 'DRAFT' })).toBe(false);
    expect(holdsReferralAsController(viewer('CMM', 'CMM', ['INVESTIGATOR']), toUs)).toBe(false);
    expect(holdsReferralAsController(viewer('CMM', 'CMM', ['AUDITOR', 'ANALYST']), toUs)).toBe(false);
    expect(holdsReferralAsController(null, toUs)).toBe(false);
  });
});

describe('mayHandleSubjectIdentity', () => {
  it('needs FULL access as controller: never the referrer, a FULL grant or a break-glass', () => {
    expect(mayHandleSubjectIdentity(US, toUs, referralAccess(US, toUs))).toBe(true);
    expect(mayHandleSubjectIdentity(CMM, toUs, referralAccess(CMM, toUs))).toBe(true);
    expect(mayHandleSubjectIdentity(AT, toUs, referralAccess(AT, toUs))).toBe(false);
    const now = new Date('2026-12-01T00:00:00Z');
    const grant = { id: 'g', organisationId: 'SIRI', userId: null, level: 'FULL', purpose: 'INVESTIGATION', legalBasis: 'x', expiresAt: '2027-01-01T00:00:00Z', revokedAt: null, breakGlass: false, consentOverride: false, caseComplexId: null };
    const siri = viewer('SIRI', 'IMMIGRATION');
    const granted = referralAccess(siri, toUs, { grants: [grant], now });
    expect(granted.level).toBe('FULL');
    expect(mayHandleSubjectIdentity(siri, toUs, granted)).toBe(false);
    const glass = referralAccess(siri, toUs, { grants: [{ ...grant, userId: siri.userId, breakGlass: true }], now });
    expect(mayHandleSubjectIdentity(siri, toUs, glass)).toBe(false);
  });
});

describe('mayMoveReferralsBetweenSubjects', () => {
  it('needs the controller of every submitted referral moved; drafts move with their subject', () => {
    const toCmm = { ...toUs, receivingOrganisationId: 'CMM', competentAuthorityId: 'CMM' };
    expect(mayMoveReferralsBetweenSubjects(CMM, [toUs, toCmm])).toBe(true);
    expect(mayMoveReferralsBetweenSubjects(US, [toUs, toCmm])).toBe(false);
    expect(mayMoveReferralsBetweenSubjects(US, [toUs, { ...toCmm, state: 'DRAFT' }])).toBe(true);
  });
});

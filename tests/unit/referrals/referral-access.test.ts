// Need to know for referrals (core/access.ts, pure): the level and basis each viewer holds on a
// referral, and which categories of data that lets it read.
import { describe, expect, it } from 'vitest';
import { mayReadReferralData, referralAccess, type TReferralData, type TRole, type TViewer } from '../../../server/core/access.js';

function viewer(organisationId: string, kind: string, roles: TRole[]): TViewer {
  return { userId: 'u', organisationId, organisationCode: organisationId, organisationKind: kind, region: null, roles, referenceGroup: null, sessionId: 's' };
}

const submittedToUs = { state: 'SUBMITTED', referringOrganisationId: 'KBHPOL', receivingOrganisationId: 'US', competentAuthorityId: 'US' };
const draft = { state: 'DRAFT', referringOrganisationId: 'AT', receivingOrganisationId: null, competentAuthorityId: null };
const ALL: TReferralData[] = ['SUMMARY', 'CONTACT', 'WHEREABOUTS', 'IDENTITY', 'NARRATIVE', 'ASSESSMENT_GROUNDS', 'SUPPORT', 'OUTCOME'];

describe('referralAccess', () => {
  it.each([
    ['US caseworker (competent)', viewer('US', 'IMMIGRATION', ['CASEWORKER']), 'FULL', 'COMPETENT_AUTHORITY'],
    ['CMM caseworker (national centre)', viewer('CMM', 'CMM', ['CASEWORKER']), 'FULL', 'NATIONAL_CENTRE'],
    ['KBHPOL coordinator (referrer)', viewer('KBHPOL', 'POLICE', ['COORDINATOR']), 'FULL', 'REFERRING_ORGANISATION'],
    ['KBHPOL investigator (referrer)', viewer('KBHPOL', 'POLICE', ['INVESTIGATOR']), 'FULL', 'REFERRING_ORGANISATION'],
    ['another police district', viewer('FYNPOL', 'POLICE', ['CASEWORKER', 'COORDINATOR', 'INVESTIGATOR']), 'NONE', 'NONE'],
    ['SIRI (immigration, not US)', viewer('SIRI', 'IMMIGRATION', ['CASEWORKER']), 'NONE', 'NONE'],
    ['CMM auditor', viewer('CMM', 'CMM', ['AUDITOR']), 'NONE', 'NONE'],
    ['CMM analyst', viewer('CMM', 'CMM', ['ANALYST']), 'NONE', 'NONE'],
    ['CMM admin', viewer('CMM', 'CMM', ['ADMIN']), 'NONE', 'NONE'],
    ['US reference group member', viewer('US', 'IMMIGRATION', ['REFERENCE_GROUP_MEMBER']), 'NONE', 'NONE'],
  ] as const)('a submitted referral to US: %s holds %s', (_label, who, level, basis) => {
    const access = referralAccess(who, submittedToUs);
    expect({ level: access.level, basis: access.basis }).toEqual({ level, basis });
  });

  it('shows a draft to the referring organisation only', () => {
    expect(referralAccess(viewer('AT', 'LABOUR', ['CASEWORKER']), draft).level).toBe('FULL');
    expect(referralAccess(viewer('CMM', 'CMM', ['CASEWORKER', 'COORDINATOR', 'ASSESSOR']), draft).level).toBe('NONE');
    expect(referralAccess(viewer('US', 'IMMIGRATION', ['CASEWORKER']), draft).level).toBe('NONE');
    expect(referralAccess(null, draft).level).toBe('NONE');
  });

  it('gives each basis its purpose', () => {
    expect(referralAccess(viewer('KBHPOL', 'POLICE', ['CASEWORKER']), submittedToUs).purpose).toBe('REFERRAL_FOLLOW_UP');
    expect(referralAccess(viewer('US', 'IMMIGRATION', ['CASEWORKER']), submittedToUs).purpose).toBe('CASE_HANDLING');
    expect(referralAccess(viewer('CMM', 'CMM', ['CASEWORKER']), submittedToUs).purpose).toBe('CASE_HANDLING');
  });
});

describe('mayReadReferralData', () => {
  it('lets the authorities read everything', () => {
    const access = referralAccess(viewer('US', 'IMMIGRATION', ['CASEWORKER']), submittedToUs);
    expect(ALL.filter((data) => mayReadReferralData(access, data))).toEqual(ALL);
  });

  it('withholds from the referring organisation the assessment grounds, support and outcome, and nothing else', () => {
    const access = referralAccess(viewer('KBHPOL', 'POLICE', ['CASEWORKER']), submittedToUs);
    expect(ALL.filter((data) => !mayReadReferralData(access, data))).toEqual(['ASSESSMENT_GROUNDS', 'SUPPORT', 'OUTCOME']);
  });

  it('lets a viewer without access read nothing', () => {
    const access = referralAccess(viewer('FYNPOL', 'POLICE', ['CASEWORKER']), submittedToUs);
    expect(ALL.filter((data) => mayReadReferralData(access, data))).toEqual([]);
  });
});

// The case-complex gate (docs/adr/0007) and the current stage of a suspect, as pure rules.
import { describe, expect, it } from 'vitest';
import {
  caseComplexAccess,
  mayLeadCaseComplex,
  mayManageCaseComplex,
  mayReadSuspects,
  mayRecordCaseEvent,
  mayReviewRegion,
  type TCaseComplexFacts,
  type TRole,
  type TViewer,
} from '../../../server/core/access.js';
import { currentStage } from '../../../server/modules/case-complexes/case-complexes.service.js';
import type { TCaseEventRow } from '../../../server/modules/case-complexes/case-complexes.repo.js';

function viewer(code: string, kind: string, roles: TRole[] = ['CASEWORKER'], referenceGroup: string | null = null): TViewer {
  return { userId: 'u', organisationId: `org-${code.toLowerCase()}`, organisationCode: code, organisationKind: kind, region: null, roles, referenceGroup, sessionId: 's' };
}
const facts = (overrides: Partial<TCaseComplexFacts> = {}): TCaseComplexFacts => ({
  leadOrganisationId: 'org-kbhpol',
  formerLead: false,
  linkedRecordVisible: false,
  linkedReferralAsAuthority: false,
  ...overrides,
});

describe('caseComplexAccess', () => {
  it('the lead investigates and manages; NSK and RA see every complex; other police only when involved', () => {
    const lead = caseComplexAccess(viewer('KBHPOL', 'POLICE'), facts());
    expect([lead.level, mayManageCaseComplex(lead), mayRecordCaseEvent(lead)]).toEqual(['INVESTIGATION', true, true]);
    const nsk = caseComplexAccess(viewer('NSK', 'POLICE'), facts());
    expect([nsk.basis, mayReadSuspects(nsk), mayManageCaseComplex(nsk)]).toEqual(['NATIONAL_UNIT', true, false]);
    const ra = caseComplexAccess(viewer('RA', 'PROSECUTION'), facts());
    expect([ra.basis, mayReadSuspects(ra), mayManageCaseComplex(ra), mayRecordCaseEvent(ra)]).toEqual(['PROSECUTION', true, false, true]);
    expect(caseComplexAccess(viewer('FYNPOL', 'POLICE'), facts()).level).toBe('NONE');
    expect(caseComplexAccess(viewer('FYNPOL', 'POLICE'), facts({ formerLead: true })).basis).toBe('FORMER_LEAD');
    expect(caseComplexAccess(viewer('FYNPOL', 'POLICE'), facts({ linkedRecordVisible: true })).basis).toBe('PARTICIPANT');
  });

  it('others see membership only through a referral they handle as an authority, never suspects', () => {
    const cmm = caseComplexAccess(viewer('CMM', 'CMM'), facts({ linkedRecordVisible: true, linkedReferralAsAuthority: true }));
    expect([cmm.level, mayReadSuspects(cmm), mayRecordCaseEvent(cmm)]).toEqual(['MEMBERSHIP', false, false]);
    expect(caseComplexAccess(viewer('AT', 'LABOUR'), facts({ linkedRecordVisible: true })).level).toBe('NONE');
    expect(caseComplexAccess(viewer('SKTST', 'TAX'), facts({ formerLead: true })).level).toBe('NONE');
  });

  it('no casework role, no access', () => {
    expect(caseComplexAccess(viewer('NSK', 'POLICE', ['REFERENCE_GROUP_MEMBER']), facts()).level).toBe('NONE');
    expect(caseComplexAccess(viewer('RA', 'PROSECUTION', ['AUDITOR']), facts()).level).toBe('NONE');
    expect(caseComplexAccess(null, facts()).level).toBe('NONE');
  });

  it('a police district or NSK may lead; Rigspolitiet and other kinds may not', () => {
    expect(mayLeadCaseComplex({ code: 'KBHPOL', kind: 'POLICE', region: 'HOVEDSTADEN' })).toBe(true);
    expect(mayLeadCaseComplex({ code: 'NSK', kind: 'POLICE', region: null })).toBe(true);
    expect(mayLeadCaseComplex({ code: 'RPOL', kind: 'POLICE', region: null })).toBe(false);
    expect(mayLeadCaseComplex({ code: 'RA', kind: 'PROSECUTION', region: null })).toBe(false);
  });
});

describe('mayReviewRegion', () => {
  it('six regional groups review their region (Bornholm: Hovedstaden); the national group all', () => {
    const member = (group: string) => viewer('CMM', 'CMM', ['REFERENCE_GROUP_MEMBER'], group);
    expect(mayReviewRegion(member('SYDDANMARK'), 'SYDDANMARK')).toBe(true);
    expect(mayReviewRegion(member('SYDDANMARK'), 'NORDJYLLAND')).toBe(false);
    expect(mayReviewRegion(member('BORNHOLM'), 'HOVEDSTADEN')).toBe(true);
    expect(mayReviewRegion(member('BORNHOLM'), 'SJAELLAND')).toBe(false);
    for (const region of ['HOVEDSTADEN', 'SJAELLAND', 'SYDDANMARK', 'MIDTJYLLAND', 'NORDJYLLAND']) expect(mayReviewRegion(member('NATIONAL'), region)).toBe(true);
    expect(mayReviewRegion(viewer('CMM', 'CMM', ['CASEWORKER'], 'NATIONAL'), 'SYDDANMARK')).toBe(false);
  });
});

describe('currentStage', () => {
  const event = (kind: string, occurredOn: string, createdAt: string) => ({ kind, occurredOn, createdAt }) as TCaseEventRow;
  it('is the latest by occurredOn, then by recording time; none before the first event', () => {
    expect(currentStage([])).toBeNull();
    expect(currentStage([event('CHARGED', '2026-02-01', 't1'), event('REPORTED', '2026-01-01', 't2')])?.kind).toBe('CHARGED');
    expect(currentStage([event('CHARGED', '2026-02-01', 't1'), event('DROPPED', '2026-02-01', 't2')])?.kind).toBe('DROPPED');
  });
});

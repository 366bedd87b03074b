// Who may make each move (pure): the referring organisation submits, updates and withdraws; the
// receiving authority acknowledges, forwards and schedules the interview; only an ASSESSOR of the
// competent authority assesses; the competent authority supports, extends, records the
// representative and closes.
import { describe, expect, it } from 'vitest';
import type { TRole, TViewer } from '../../../server/core/access.js';
import { REFERRAL_ACTIONS, type TReferralAction } from '../../../server/modules/referrals/referral-state-machine.js';
import { mayPerform, type TReferralParties } from '../../../server/modules/referrals/referrals.policy.js';

function viewer(organisationId: string, roles: TRole[]): TViewer {
  return { userId: 'u', organisationId, organisationCode: organisationId, organisationKind: 'X', region: null, roles, referenceGroup: null, sessionId: 's' };
}

// Referred by AT, received by CMM, and (after a forward, say) US is competent: three distinct parties.
const PARTIES: TReferralParties = { state: 'RECEIVED', referringOrganisationId: 'AT', receivingOrganisationId: 'CMM', competentAuthorityId: 'US' };

const PARTY: Record<TReferralAction, 'AT' | 'CMM' | 'US'> = {
  UPDATE: 'AT',
  SUBMIT: 'AT',
  WITHDRAW: 'AT',
  ACKNOWLEDGE: 'CMM',
  FORWARD: 'CMM',
  SCHEDULE_INTERVIEW: 'CMM',
  RECORD_ASSESSMENT: 'US',
  START_REFLECTION_PERIOD: 'US',
  EXTEND_REFLECTION_PERIOD: 'US',
  RECORD_REPRESENTATIVE: 'US',
  CLOSE: 'US',
  // The controller (the competent authority; CMM too, as the national centre — not in this table, whose organisations have no kind).
  CORRECT_SUBJECT: 'US',
  ADD_ADDENDUM: 'AT',
};

const ALL_CASEWORK: TRole[] = ['CASEWORKER', 'COORDINATOR', 'ASSESSOR', 'INVESTIGATOR'];

describe('mayPerform', () => {
  it.each(REFERRAL_ACTIONS)('%s: only its party may act', (action) => {
    for (const org of ['AT', 'CMM', 'US', 'KBHPOL']) {
      expect(mayPerform(viewer(org, ALL_CASEWORK), PARTIES, action), `${org} ${action}`).toBe(org === PARTY[action]);
    }
  });

  it('lets only an ASSESSOR record an assessment', () => {
    expect(mayPerform(viewer('US', ['ASSESSOR']), PARTIES, 'RECORD_ASSESSMENT')).toBe(true);
    for (const role of ['CASEWORKER', 'COORDINATOR', 'INVESTIGATOR', 'ADMIN', 'AUDITOR'] as const) {
      expect(mayPerform(viewer('US', [role]), PARTIES, 'RECORD_ASSESSMENT'), role).toBe(false);
    }
  });

  it('needs a casework role for every move', () => {
    for (const action of REFERRAL_ACTIONS) {
      for (const role of ['ANALYST', 'AUDITOR', 'ADMIN', 'REFERENCE_GROUP_MEMBER', 'INVESTIGATOR'] as const) {
        expect(mayPerform(viewer(PARTY[action], [role]), PARTIES, action), `${role} ${action}`).toBe(false);
      }
    }
  });

  it('lets no one act for an authority a draft does not have yet', () => {
    const draft: TReferralParties = { state: 'DRAFT', referringOrganisationId: 'AT', receivingOrganisationId: null, competentAuthorityId: null };
    const acting = REFERRAL_ACTIONS.filter((action) => mayPerform(viewer('AT', ALL_CASEWORK), draft, action));
    // ADD_ADDENDUM is the referrer's too; the state table refuses it for a draft (allowedActions applies both).
    expect(acting.sort()).toEqual(['ADD_ADDENDUM', 'SUBMIT', 'UPDATE', 'WITHDRAW']);
  });

  it('lets CMM, the national centre, correct the data of any submitted referral, and no one a draft', () => {
    const cmm: TViewer = { ...viewer('CMM', ['CASEWORKER']), organisationKind: 'CMM' };
    expect(mayPerform(cmm, PARTIES, 'CORRECT_SUBJECT')).toBe(true);
    expect(mayPerform({ ...cmm, roles: ['INVESTIGATOR'] }, PARTIES, 'CORRECT_SUBJECT')).toBe(false);
    expect(mayPerform(cmm, { ...PARTIES, state: 'DRAFT' }, 'CORRECT_SUBJECT')).toBe(false);
  });
});

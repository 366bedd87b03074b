// Which referral actions the signed-in user may take, mirrored from the server's one table
// (server/modules/referrals/referral-state-machine.ts and referrals.policy.ts) so the page offers
// exactly those and no others. The server still decides: a refused action shows its error.
import type { ReferralDetailFragment, ReferralState, Role } from './gql/graphql.js';

export type TAction = 'WITHDRAW' | 'ACKNOWLEDGE' | 'FORWARD' | 'SCHEDULE_INTERVIEW' | 'RECORD_ASSESSMENT' | 'START_REFLECTION_PERIOD' | 'EXTEND_REFLECTION_PERIOD' | 'RECORD_REPRESENTATIVE' | 'CLOSE';

type TParty = 'REFERRING' | 'RECEIVING' | 'COMPETENT';

const RULES: Record<TAction, { party: TParty; roles: Role[]; from: ReferralState[] }> = {
  WITHDRAW: { party: 'REFERRING', roles: ['CASEWORKER', 'COORDINATOR'], from: ['DRAFT', 'SUBMITTED'] },
  ACKNOWLEDGE: { party: 'RECEIVING', roles: ['CASEWORKER', 'COORDINATOR', 'ASSESSOR'], from: ['SUBMITTED'] },
  FORWARD: { party: 'RECEIVING', roles: ['CASEWORKER', 'COORDINATOR', 'ASSESSOR'], from: ['SUBMITTED', 'RECEIVED'] },
  SCHEDULE_INTERVIEW: { party: 'RECEIVING', roles: ['CASEWORKER', 'COORDINATOR', 'ASSESSOR'], from: ['RECEIVED'] },
  RECORD_ASSESSMENT: { party: 'COMPETENT', roles: ['ASSESSOR'], from: ['UNDER_ASSESSMENT'] },
  START_REFLECTION_PERIOD: { party: 'COMPETENT', roles: ['CASEWORKER', 'COORDINATOR', 'ASSESSOR'], from: ['ASSESSED'] },
  EXTEND_REFLECTION_PERIOD: { party: 'COMPETENT', roles: ['CASEWORKER', 'COORDINATOR', 'ASSESSOR'], from: ['IN_SUPPORT'] },
  RECORD_REPRESENTATIVE: { party: 'COMPETENT', roles: ['CASEWORKER', 'COORDINATOR', 'ASSESSOR'], from: ['SUBMITTED', 'RECEIVED', 'UNDER_ASSESSMENT', 'ASSESSED', 'IN_SUPPORT'] },
  CLOSE: { party: 'COMPETENT', roles: ['CASEWORKER', 'COORDINATOR', 'ASSESSOR'], from: ['ASSESSED', 'IN_SUPPORT'] },
};

type TReferralParties = Pick<ReferralDetailFragment, 'state' | 'referringOrganisation' | 'receivingOrganisation' | 'competentAuthority'>;

export function allowedActions(referral: TReferralParties, user: { organisation: { id: string }; roles: readonly Role[] }): TAction[] {
  return (Object.keys(RULES) as TAction[]).filter((action) => {
    const rule = RULES[action];
    const org =
      rule.party === 'REFERRING' ? referral.referringOrganisation.id : rule.party === 'RECEIVING' ? referral.receivingOrganisation?.id : referral.competentAuthority?.id;
    return org === user.organisation.id && rule.from.includes(referral.state) && user.roles.some((r) => rule.roles.includes(r));
  });
}

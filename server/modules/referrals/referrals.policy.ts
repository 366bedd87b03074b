// Who may move a referral (pure). Whether the viewer may see it at all, and at what level, is the
// access gate's answer (core/access.ts); this adds which organisation and role acts at each step.
import { hasAnyRole, holdsReferralAsController, SUBJECT_IDENTITY_ROLES, type TReferralParties, type TRole, type TViewer } from '../../core/access.js';
import { REFERRAL_ACTIONS, TRANSITIONS, type TReferralAction, type TReferralState } from './referral-state-machine.js';

type TParty = 'REFERRING' | 'RECEIVING' | 'COMPETENT' | 'CONTROLLER';

const ACTORS: Record<TReferralAction, { party: TParty; roles: readonly TRole[] }> = {
  UPDATE: { party: 'REFERRING', roles: ['CASEWORKER', 'COORDINATOR'] },
  SUBMIT: { party: 'REFERRING', roles: ['CASEWORKER', 'COORDINATOR'] },
  WITHDRAW: { party: 'REFERRING', roles: ['CASEWORKER', 'COORDINATOR'] },
  ACKNOWLEDGE: { party: 'RECEIVING', roles: ['CASEWORKER', 'COORDINATOR', 'ASSESSOR'] },
  FORWARD: { party: 'RECEIVING', roles: ['CASEWORKER', 'COORDINATOR', 'ASSESSOR'] },
  SCHEDULE_INTERVIEW: { party: 'RECEIVING', roles: ['CASEWORKER', 'COORDINATOR', 'ASSESSOR'] },
  RECORD_ASSESSMENT: { party: 'COMPETENT', roles: ['ASSESSOR'] },
  START_REFLECTION_PERIOD: { party: 'COMPETENT', roles: ['CASEWORKER', 'COORDINATOR', 'ASSESSOR'] },
  EXTEND_REFLECTION_PERIOD: { party: 'COMPETENT', roles: ['CASEWORKER', 'COORDINATOR', 'ASSESSOR'] },
  RECORD_REPRESENTATIVE: { party: 'COMPETENT', roles: ['CASEWORKER', 'COORDINATOR', 'ASSESSOR'] },
  CLOSE: { party: 'COMPETENT', roles: ['CASEWORKER', 'COORDINATOR', 'ASSESSOR'] },
  // The data's controller: the competent authority, or CMM as the national centre (core/access.ts).
  CORRECT_SUBJECT: { party: 'CONTROLLER', roles: SUBJECT_IDENTITY_ROLES },
  ADD_ADDENDUM: { party: 'REFERRING', roles: ['CASEWORKER', 'COORDINATOR'] },
};

// One declaration of a referral's parties, the access gate's (core/access.ts).
export type { TReferralParties };

export function mayPerform(viewer: TViewer, referral: TReferralParties, action: TReferralAction): boolean {
  const { party, roles } = ACTORS[action];
  if (party === 'CONTROLLER') return holdsReferralAsController(viewer, referral) && hasAnyRole(viewer, roles);
  const organisationId =
    party === 'REFERRING' ? referral.referringOrganisationId : party === 'RECEIVING' ? referral.receivingOrganisationId : referral.competentAuthorityId;
  return organisationId === viewer.organisationId && hasAnyRole(viewer, roles);
}

/**
 * The actions the viewer may take on the referral now (Referral.allowedActions): the moves the one
 * state table allows from its state that mayPerform lets this viewer make. The same two checks
 * `move` in referrals.service.ts applies, so the client offers exactly what the server accepts.
 * An erased referral can no longer be changed by anyone.
 */
export function allowedActions(viewer: TViewer, referral: TReferralParties & { erasedAt: string | null }): TReferralAction[] {
  if (referral.erasedAt) return [];
  return REFERRAL_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(referral.state as TReferralState) && mayPerform(viewer, referral, action));
}

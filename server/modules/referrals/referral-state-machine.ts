// The referral's states and the one table of allowed moves (PRODUCT.md § The referral).
// Any move not in the table is INVALID_TRANSITION naming the state and the action.
import { AppError } from '../../core/errors.js';

export const REFERRAL_STATES = ['DRAFT', 'SUBMITTED', 'RECEIVED', 'UNDER_ASSESSMENT', 'ASSESSED', 'IN_SUPPORT', 'CLOSED', 'WITHDRAWN'] as const;
export type TReferralState = (typeof REFERRAL_STATES)[number];

export const REFERRAL_ACTIONS = [
  'UPDATE',
  'SUBMIT',
  'WITHDRAW',
  'ACKNOWLEDGE',
  'FORWARD',
  'SCHEDULE_INTERVIEW',
  'RECORD_ASSESSMENT',
  'START_REFLECTION_PERIOD',
  'EXTEND_REFLECTION_PERIOD',
  'RECORD_REPRESENTATIVE',
  'CLOSE',
  'CORRECT_SUBJECT',
  'ADD_ADDENDUM',
] as const;
export type TReferralAction = (typeof REFERRAL_ACTIONS)[number];

type TMove = { from: readonly TReferralState[]; to: TReferralState | 'UNCHANGED' };

export const TRANSITIONS: Record<TReferralAction, TMove> = {
  UPDATE: { from: ['DRAFT'], to: 'UNCHANGED' },
  SUBMIT: { from: ['DRAFT'], to: 'SUBMITTED' },
  // The referrer withdraws until the competent authority has assessed the case (issue 14).
  WITHDRAW: { from: ['DRAFT', 'SUBMITTED', 'RECEIVED', 'UNDER_ASSESSMENT'], to: 'WITHDRAWN' },
  ACKNOWLEDGE: { from: ['SUBMITTED'], to: 'RECEIVED' },
  FORWARD: { from: ['SUBMITTED', 'RECEIVED'], to: 'SUBMITTED' },
  SCHEDULE_INTERVIEW: { from: ['RECEIVED'], to: 'UNDER_ASSESSMENT' },
  RECORD_ASSESSMENT: { from: ['UNDER_ASSESSMENT'], to: 'ASSESSED' },
  START_REFLECTION_PERIOD: { from: ['ASSESSED'], to: 'IN_SUPPORT' },
  EXTEND_REFLECTION_PERIOD: { from: ['IN_SUPPORT'], to: 'IN_SUPPORT' },
  RECORD_REPRESENTATIVE: { from: ['SUBMITTED', 'RECEIVED', 'UNDER_ASSESSMENT', 'ASSESSED', 'IN_SUPPORT'], to: 'UNCHANGED' },
  CLOSE: { from: ['ASSESSED', 'IN_SUPPORT'], to: 'CLOSED' },
  // The controller corrects the person's data at any state after submission and before closure.
  CORRECT_SUBJECT: { from: ['SUBMITTED', 'RECEIVED', 'UNDER_ASSESSMENT', 'ASSESSED', 'IN_SUPPORT'], to: 'UNCHANGED' },
  // What the referrer learns after submission (an addendum) until the case is closed.
  ADD_ADDENDUM: { from: ['SUBMITTED', 'RECEIVED', 'UNDER_ASSESSMENT', 'ASSESSED', 'IN_SUPPORT'], to: 'UNCHANGED' },
};

/** The state after `action`, or INVALID_TRANSITION. */
export function transition(state: TReferralState, action: TReferralAction): TReferralState {
  const move = TRANSITIONS[action];
  if (!move.from.includes(state)) {
    throw new AppError('INVALID_TRANSITION', `A referral in state ${state} cannot ${action.toLowerCase().replace(/_/g, ' ')}`, { state, action });
  }
  return move.to === 'UNCHANGED' ? state : move.to;
}

// The pure state machine against the state table of PRODUCT.md § The referral: every state ×
// every action, the error it gives for a move not in the table, and which states are reachable.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../server/core/errors.js';
import {
  REFERRAL_ACTIONS,
  REFERRAL_STATES,
  TRANSITIONS,
  transition,
  type TReferralAction,
  type TReferralState,
} from '../../../server/modules/referrals/referral-state-machine.js';

// PRODUCT.md's table, written out independently of TRANSITIONS: (state, action) → state after.
// UPDATE and RECORD_REPRESENTATIVE change data, not the state (API.md: updateReferral is DRAFT only;
// a representative is recorded for a minor before support starts, i.e. after submission).
// CORRECT_SUBJECT (issue 11 § 4): the controller corrects the person's data after submission and before closure.
const EXPECTED: Record<TReferralState, Partial<Record<TReferralAction, TReferralState>>> = {
  DRAFT: { UPDATE: 'DRAFT', SUBMIT: 'SUBMITTED', WITHDRAW: 'WITHDRAWN' },
  SUBMITTED: { WITHDRAW: 'WITHDRAWN', ACKNOWLEDGE: 'RECEIVED', FORWARD: 'SUBMITTED', RECORD_REPRESENTATIVE: 'SUBMITTED', CORRECT_SUBJECT: 'SUBMITTED', ADD_ADDENDUM: 'SUBMITTED' },
  RECEIVED: { WITHDRAW: 'WITHDRAWN', FORWARD: 'SUBMITTED', SCHEDULE_INTERVIEW: 'UNDER_ASSESSMENT', RECORD_REPRESENTATIVE: 'RECEIVED', CORRECT_SUBJECT: 'RECEIVED', ADD_ADDENDUM: 'RECEIVED' },
  UNDER_ASSESSMENT: { WITHDRAW: 'WITHDRAWN', RECORD_ASSESSMENT: 'ASSESSED', RECORD_REPRESENTATIVE: 'UNDER_ASSESSMENT', CORRECT_SUBJECT: 'UNDER_ASSESSMENT', ADD_ADDENDUM: 'UNDER_ASSESSMENT' },
  ASSESSED: { START_REFLECTION_PERIOD: 'IN_SUPPORT', CLOSE: 'CLOSED', RECORD_REPRESENTATIVE: 'ASSESSED', CORRECT_SUBJECT: 'ASSESSED', ADD_ADDENDUM: 'ASSESSED' },
  IN_SUPPORT: { EXTEND_REFLECTION_PERIOD: 'IN_SUPPORT', CLOSE: 'CLOSED', RECORD_REPRESENTATIVE: 'IN_SUPPORT', CORRECT_SUBJECT: 'IN_SUPPORT', ADD_ADDENDUM: 'IN_SUPPORT' },
  CLOSED: {},
  WITHDRAWN: {},
};

const PAIRS = REFERRAL_STATES.flatMap((state) => REFERRAL_ACTIONS.map((action) => ({ state, action })));

function refusal(state: TReferralState, action: TReferralAction): AppError {
  try {
    transition(state, action);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`${state} × ${action} was allowed`);
}

describe('the referral state machine', () => {
  it('knows exactly the states and actions of the contract', () => {
    expect([...REFERRAL_STATES].sort()).toEqual(['ASSESSED', 'CLOSED', 'DRAFT', 'IN_SUPPORT', 'RECEIVED', 'SUBMITTED', 'UNDER_ASSESSMENT', 'WITHDRAWN']);
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...REFERRAL_ACTIONS].sort());
  });

  it('has one table: TRANSITIONS is the table of PRODUCT.md', () => {
    for (const action of REFERRAL_ACTIONS) {
      const from = REFERRAL_STATES.filter((state) => EXPECTED[state][action] !== undefined);
      expect([...TRANSITIONS[action].from].sort(), action).toEqual(from.sort());
    }
  });

  it.each(PAIRS.filter(({ state, action }) => EXPECTED[state][action] !== undefined))('$state × $action is allowed', ({ state, action }) => {
    expect(transition(state, action)).toBe(EXPECTED[state][action]);
  });

  it.each(PAIRS.filter(({ state, action }) => EXPECTED[state][action] === undefined))(
    '$state × $action is INVALID_TRANSITION naming the state and the action',
    ({ state, action }) => {
      const error = refusal(state, action);
      expect(error.code).toBe('INVALID_TRANSITION');
      expect(error.details).toEqual({ state, action });
      expect(error.message).toContain(state);
      expect(error.message).toContain(action.toLowerCase().replace(/_/g, ' '));
    },
  );

  it('reaches every state from DRAFT, and nothing leaves CLOSED or WITHDRAWN', () => {
    const reached = new Set<TReferralState>(['DRAFT']);
    const queue: TReferralState[] = ['DRAFT'];
    while (queue.length > 0) {
      const state = queue.shift()!;
      for (const action of REFERRAL_ACTIONS) {
        if (!TRANSITIONS[action].from.includes(state)) continue;
        const next = transition(state, action);
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect([...reached].sort()).toEqual([...REFERRAL_STATES].sort());
    for (const terminal of ['CLOSED', 'WITHDRAWN'] as const) {
      expect(REFERRAL_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(terminal))).toEqual([]);
    }
  });

  it('lets a referral be withdrawn until the assessment (issue 14), never after', () => {
    for (const state of ['DRAFT', 'SUBMITTED', 'RECEIVED', 'UNDER_ASSESSMENT'] as const) expect(transition(state, 'WITHDRAW')).toBe('WITHDRAWN');
    expect(refusal('ASSESSED', 'WITHDRAW').details).toEqual({ state: 'ASSESSED', action: 'WITHDRAW' });
    expect(refusal('IN_SUPPORT', 'WITHDRAW').code).toBe('INVALID_TRANSITION');
  });

  it('takes an addendum after submission until closure, without changing the state', () => {
    expect(refusal('DRAFT', 'ADD_ADDENDUM').details).toEqual({ state: 'DRAFT', action: 'ADD_ADDENDUM' });
    for (const state of ['SUBMITTED', 'RECEIVED', 'UNDER_ASSESSMENT', 'ASSESSED', 'IN_SUPPORT'] as const) expect(transition(state, 'ADD_ADDENDUM')).toBe(state);
    expect(refusal('CLOSED', 'ADD_ADDENDUM').code).toBe('INVALID_TRANSITION');
    expect(refusal('WITHDRAWN', 'ADD_ADDENDUM').code).toBe('INVALID_TRANSITION');
  });

  it('sends a forwarded referral back to SUBMITTED at the other authority, before the interview only', () => {
    expect(transition('SUBMITTED', 'FORWARD')).toBe('SUBMITTED');
    expect(transition('RECEIVED', 'FORWARD')).toBe('SUBMITTED');
    expect(refusal('UNDER_ASSESSMENT', 'FORWARD').code).toBe('INVALID_TRANSITION');
    expect(refusal('ASSESSED', 'FORWARD').code).toBe('INVALID_TRANSITION');
  });
});

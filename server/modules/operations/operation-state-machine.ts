// The states of a joint operation and the one table of allowed moves (API.md § Joint operations).
// Any move not in the table is INVALID_TRANSITION naming the state and the action.
import { AppError } from '../../core/errors.js';

export const OPERATION_STATES = ['DRAFT', 'PLANNED', 'CONFIRMED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'] as const;
export type TOperationState = (typeof OPERATION_STATES)[number];

export const OPERATION_ACTIONS = ['UPDATE', 'INVITE', 'RESPOND', 'CONFIRM', 'START', 'COMPLETE', 'CANCEL', 'RECORD_OUTCOME', 'NAME_ATTENDEES', 'REQUEST_INTERPRETER', 'SET_INTERPRETER_STATUS'] as const;
export type TOperationAction = (typeof OPERATION_ACTIONS)[number];

/** For each action, the states it may be taken in and the state it leads to from each. */
export const TRANSITIONS: Record<TOperationAction, Partial<Record<TOperationState, TOperationState>>> = {
  UPDATE: { DRAFT: 'DRAFT', PLANNED: 'PLANNED', CONFIRMED: 'CONFIRMED' },
  // The first invitation plans the operation; more agencies may be invited until it starts.
  INVITE: { DRAFT: 'PLANNED', PLANNED: 'PLANNED', CONFIRMED: 'CONFIRMED' },
  RESPOND: { PLANNED: 'PLANNED', CONFIRMED: 'CONFIRMED' },
  CONFIRM: { PLANNED: 'CONFIRMED' },
  START: { CONFIRMED: 'IN_PROGRESS' },
  COMPLETE: { IN_PROGRESS: 'COMPLETED' },
  CANCEL: { DRAFT: 'CANCELLED', PLANNED: 'CANCELLED', CONFIRMED: 'CANCELLED', IN_PROGRESS: 'CANCELLED' },
  RECORD_OUTCOME: { IN_PROGRESS: 'IN_PROGRESS', COMPLETED: 'COMPLETED' },
  // The lead's own staff and the interpreters are arranged until the operation starts.
  NAME_ATTENDEES: { DRAFT: 'DRAFT', PLANNED: 'PLANNED', CONFIRMED: 'CONFIRMED' },
  REQUEST_INTERPRETER: { DRAFT: 'DRAFT', PLANNED: 'PLANNED', CONFIRMED: 'CONFIRMED' },
  SET_INTERPRETER_STATUS: { DRAFT: 'DRAFT', PLANNED: 'PLANNED', CONFIRMED: 'CONFIRMED' },
};

/** The state after `action`, or INVALID_TRANSITION. */
export function transition(state: TOperationState, action: TOperationAction): TOperationState {
  const to = TRANSITIONS[action][state];
  if (!to) {
    throw new AppError('INVALID_TRANSITION', `An operation in state ${state} cannot ${action.toLowerCase().replace(/_/g, ' ')}`, { state, action });
  }
  return to;
}

/** States in which an operation occupies its time window (drafts, finished and cancelled ones do not). */
export const ACTIVE_STATES: readonly TOperationState[] = ['PLANNED', 'CONFIRMED', 'IN_PROGRESS'];

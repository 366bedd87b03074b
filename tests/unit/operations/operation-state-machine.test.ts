// The one table of moves: every state × action pair is either the documented next state or
// INVALID_TRANSITION naming the state and the action.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../server/core/errors.js';
import { OPERATION_ACTIONS, OPERATION_STATES, transition, type TOperationAction, type TOperationState } from '../../../server/modules/operations/operation-state-machine.js';

const ALLOWED: Record<TOperationAction, Partial<Record<TOperationState, TOperationState>>> = {
  UPDATE: { DRAFT: 'DRAFT', PLANNED: 'PLANNED', CONFIRMED: 'CONFIRMED' },
  INVITE: { DRAFT: 'PLANNED', PLANNED: 'PLANNED', CONFIRMED: 'CONFIRMED' },
  RESPOND: { PLANNED: 'PLANNED', CONFIRMED: 'CONFIRMED' },
  CONFIRM: { PLANNED: 'CONFIRMED' },
  START: { CONFIRMED: 'IN_PROGRESS' },
  COMPLETE: { IN_PROGRESS: 'COMPLETED' },
  CANCEL: { DRAFT: 'CANCELLED', PLANNED: 'CANCELLED', CONFIRMED: 'CANCELLED', IN_PROGRESS: 'CANCELLED' },
  RECORD_OUTCOME: { IN_PROGRESS: 'IN_PROGRESS', COMPLETED: 'COMPLETED' },
  NAME_ATTENDEES: { DRAFT: 'DRAFT', PLANNED: 'PLANNED', CONFIRMED: 'CONFIRMED' },
  REQUEST_INTERPRETER: { DRAFT: 'DRAFT', PLANNED: 'PLANNED', CONFIRMED: 'CONFIRMED' },
  SET_INTERPRETER_STATUS: { DRAFT: 'DRAFT', PLANNED: 'PLANNED', CONFIRMED: 'CONFIRMED' },
};

describe('operation state machine', () => {
  for (const action of OPERATION_ACTIONS) {
    for (const state of OPERATION_STATES) {
      const to = ALLOWED[action][state];
      it(`${state} × ${action} → ${to ?? 'INVALID_TRANSITION'}`, () => {
        if (to) {
          expect(transition(state, action)).toBe(to);
          return;
        }
        try {
          transition(state, action);
          expect.unreachable();
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe('INVALID_TRANSITION');
          expect((error as AppError).details).toEqual({ state, action });
        }
      });
    }
  }

  it('never leaves COMPLETED or CANCELLED except to record outcomes of a completed one', () => {
    for (const action of OPERATION_ACTIONS) {
      expect(() => transition('CANCELLED', action)).toThrow(AppError);
      if (action !== 'RECORD_OUTCOME') expect(() => transition('COMPLETED', action)).toThrow(AppError);
    }
  });
});

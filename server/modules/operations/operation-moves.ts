// The operation's moves after planning: confirmation, start, completion, cancellation, and the
// outcome recorded by the lead.
import { mayPlanOperation, mayRecordOperationOutcome, requireViewer } from '../../core/access.js';
import type { TContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import * as repo from './operations.repo.js';
import { ZOutcomeInput, ZReason } from './operations.validation.js';
import type { TOperationView } from './operation-gate.js';
import { notifyInvited } from './operation-participants.js';
import { move, PLANNER_REFUSAL } from './operation-move.js';

export function confirmOperation(ctx: TContext, input: { id: string }): Promise<TOperationView> {
  return move(ctx, { id: input.id, action: 'CONFIRM', authorise: mayPlanOperation, refusal: PLANNER_REFUSAL, plan: () => ({}) });
}

export function startOperation(ctx: TContext, input: { id: string }): Promise<TOperationView> {
  return move(ctx, { id: input.id, action: 'START', authorise: mayPlanOperation, refusal: PLANNER_REFUSAL, plan: () => ({}) });
}

export function completeOperation(ctx: TContext, input: { id: string }): Promise<TOperationView> {
  return move(ctx, { id: input.id, action: 'COMPLETE', authorise: mayPlanOperation, refusal: PLANNER_REFUSAL, plan: () => ({}) });
}

export function cancelOperation(ctx: TContext, input: { id: string; reason: string }): Promise<TOperationView> {
  const reason = parseInput(ZReason, input.reason, 'reason');
  return move(ctx, {
    id: input.id,
    action: 'CANCEL',
    authorise: mayPlanOperation,
    refusal: PLANNER_REFUSAL,
    plan: (_view, _viewer, now) => ({
      values: { cancelledAt: now.toISOString(), cancelReason: reason },
      after: (unit, updated) => {
        notifyInvited(ctx, unit, updated.id, 'OPERATION_CANCELLED');
      },
    }),
  });
}

export function recordOperationOutcome(ctx: TContext, input: { operationId: string; input: unknown }): Promise<TOperationView> {
  const viewer = requireViewer(ctx.viewer);
  const outcome = parseInput(ZOutcomeInput, input.input, 'input');
  return move(ctx, {
    id: input.operationId,
    action: 'RECORD_OUTCOME',
    authorise: mayRecordOperationOutcome,
    refusal: 'Only the lead and the organisations that took part record an outcome',
    touchesRow: false,
    plan: ({ row }) => ({
      after: (unit) => {
        const inserted = repo.insertOutcome(unit.tx, ctx.deps.sealer, {
          operationId: row.id,
          organisationId: viewer.organisationId,
          personsEncountered: outcome.personsEncountered,
          possibleVictimsSpokenWith: outcome.possibleVictimsSpokenWith,
          arrests: outcome.arrests,
          findings: outcome.findings ?? null,
          recordedAt: unit.now.toISOString(),
          recordedByUserId: viewer.userId,
        });
        if (!inserted) throw new AppError('CONFLICT', 'Your organisation has recorded its outcome of this operation already');
      },
    }),
  });
}

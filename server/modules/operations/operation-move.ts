// One move of the operation state machine: the gate, the state table, who may act, the optimistic
// version check and the audit record, in one unit of work.
import { requireViewer, type TOperationAccess, type TViewer } from '../../core/access.js';
import { runAudited, type TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { refuse } from '../../core/gate.js';
import { transition, type TOperationAction, type TOperationState } from './operation-state-machine.js';
import * as repo from './operations.repo.js';
import { getOperation, loadVisible, OPERATION_GATE, type TOperationView } from './operation-gate.js';

export type TPlan = {
  values?: Partial<repo.TOperationRow>;
  /** Runs in the unit after the row was updated (invitations, notifications); its result goes in the audit details. */
  after?: (unit: TUnitOfWork, updated: repo.TOperationRow) => Record<string, string | number | boolean | null> | void;
  dataCategory?: 'OPERATION_TARGETS' | null;
};

export type TMoveOptions = {
  id: string;
  action: TOperationAction;
  expectedVersion?: number;
  authorise: (viewer: TViewer, access: TOperationAccess) => boolean;
  refusal: string;
  plan: (view: TOperationView, viewer: TViewer, now: Date) => TPlan;
  /** Whether the move changes the operation row (and so its version); answers and outcomes do not. */
  touchesRow?: boolean;
};

/**
 * One move: the gate (NOT_FOUND, audited), the state table (INVALID_TRANSITION), who may act
 * (FORBIDDEN, audited), the optimistic version check (CONFLICT), then one audited unit of work.
 */
export async function move(ctx: TContext, options: TMoveOptions): Promise<TOperationView> {
  const viewer = requireViewer(ctx.viewer);
  const auditAction = `OPERATION_${options.action}` as const;
  const view = await loadVisible(ctx, options.id, auditAction);
  // Retention erased its targets and notes (its data key is shredded): it can no longer be changed.
  if (view.row.erasedAt) {
    throw new AppError('INVALID_TRANSITION', 'This operation was erased under the retention rules and can no longer be changed', { state: view.row.state, action: options.action });
  }
  const to: TOperationState = transition(view.row.state as TOperationState, options.action);
  if (!options.authorise(viewer, view.access)) {
    await refuse(ctx, OPERATION_GATE, { id: view.row.id, row: view.row, attempted: auditAction, message: options.refusal });
  }
  if (options.expectedVersion !== undefined && options.expectedVersion !== view.row.version) {
    throw new AppError('CONFLICT', 'The operation has changed since you loaded it; reload and try again', { field: 'version' });
  }
  await runAudited(ctx, (unit) => {
    const planned = options.plan(view, viewer, unit.now);
    if (options.touchesRow !== false) {
      const values = { ...planned.values, state: to, updatedAt: unit.now.toISOString() };
      if (!repo.updateOperationAtVersion(unit.tx, ctx.deps.sealer, view.row.id, view.row.version, values)) {
        throw new AppError('CONFLICT', 'The operation has changed since you loaded it; reload and try again', { field: 'version' });
      }
    }
    const details = planned.after?.(unit, repo.findOperation(unit.tx, ctx.deps.sealer, view.row.id)!) ?? {};
    unit.audit({
      action: auditAction,
      objectType: 'Operation',
      objectId: view.row.id,
      dataCategory: planned.dataCategory ?? null,
      details: { from: view.row.state, to, ...details },
    });
  });
  return await getOperation(ctx, { id: options.id });
}

export const PLANNER_REFUSAL = 'Only coordinators of the lead organisation plan and move this operation';

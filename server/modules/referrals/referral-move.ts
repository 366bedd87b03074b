// One move of the referral state machine, the frame every transition and correction is written in.
import { handedOverAccess, requireViewer, type TViewer } from '../../core/access.js';
import { runAudited, type TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { refuse } from '../../core/gate.js';
import { newId } from '../../core/ids.js';
import { accessToReferral, loadVisible, REFERRAL_GATE, type TReferralView } from './referral-gate.js';
import { transition, type TReferralAction, type TReferralState } from './referral-state-machine.js';
import { mayPerform } from './referrals.policy.js';
import * as repo from './referrals.repo.js';

export type TMove = {
  /** Extra columns to set on the referral. */
  values?: Partial<repo.TReferralRow>;
  personal?: Partial<repo.TPersonalRow>;
  note?: string | null;
  /** More non-personal details for the move's audit record (e.g. which fields a correction changed). */
  auditDetails?: Record<string, string | string[]>;
  /** The timeline event's id, when the move writes a record of its own beside it (an addendum). */
  eventId?: string;
  after?: (unit: TUnitOfWork, row: repo.TReferralRow) => void;
};

/**
 * One move of the state machine: the gate (NOT_FOUND, audited), the state table (INVALID_TRANSITION),
 * who may act (FORBIDDEN, audited), the optimistic version check, the timeline event and the audit record.
 */
export async function move(
  ctx: TContext,
  options: { id: string; action: TReferralAction; expectedVersion?: number; plan: (view: TReferralView, viewer: TViewer, now: Date) => TMove },
): Promise<TReferralView> {
  const viewer = requireViewer(ctx.viewer);
  const auditAction = `REFERRAL_${options.action}` as const;
  const view = await loadVisible(ctx, options.id, auditAction);
  // Retention erased its identifying data: it stays as a record of facts and can no longer be changed.
  if (view.row.erasedAt) {
    throw new AppError('INVALID_TRANSITION', 'This referral was erased under the retention rules and can no longer be changed', { state: view.row.state, action: options.action });
  }
  // The state table first: a move that no one may make in this state (e.g. acknowledging a draft,
  // which has no receiving authority yet) is INVALID_TRANSITION naming the state and the action.
  const to: TReferralState = transition(view.row.state as TReferralState, options.action);
  if (!mayPerform(viewer, view.row, options.action)) {
    await refuse(ctx, REFERRAL_GATE, { id: view.row.id, row: view.row, attempted: auditAction, message: `Your organisation or role cannot ${options.action.toLowerCase().replace(/_/g, ' ')} this referral` });
  }
  if (options.expectedVersion !== undefined && options.expectedVersion !== view.row.version) {
    throw new AppError('CONFLICT', 'The referral has changed since you loaded it; reload and try again', { field: 'version' });
  }
  await runAudited(ctx, (unit) => {
    const planned = options.plan(view, viewer, unit.now);
    const at = unit.now.toISOString();
    if (!repo.updateReferralAtVersion(unit.tx, view.row.id, view.row.version, { ...planned.values, state: to, updatedAt: at })) {
      throw new AppError('CONFLICT', 'The referral has changed since you loaded it; reload and try again', { field: 'version' });
    }
    if (planned.personal) repo.updatePersonalData(unit.tx, ctx.deps.sealer, view.row.id, planned.personal);
    repo.insertEvent(unit.tx, ctx.deps.sealer, {
      id: planned.eventId ?? newId(),
      referralId: view.row.id,
      action: options.action,
      fromState: view.row.state,
      toState: to,
      actorUserId: viewer.userId,
      actorOrganisationId: viewer.organisationId,
      at,
      note: planned.note ?? null,
    });
    const changesIdentity = planned.personal !== undefined && Object.keys(planned.personal).length > 0;
    unit.audit({
      action: auditAction,
      objectType: 'Referral',
      objectId: view.row.id,
      subjectId: view.row.subjectId,
      dataCategory: changesIdentity ? 'IDENTITY' : null,
      purpose: view.access.purpose,
      details: { from: view.row.state, to, ...planned.auditDetails },
    });
    planned.after?.(unit, repo.findReferral(unit.tx, view.row.id)!);
  });
  return viewAfterMove(ctx, viewer, options.id);
}

/**
 * The referral as its actor sees it after a move. A move can end the actor's access (an authority
 * forwards to the other one): the move succeeded, so it answers with the non-identifying summary
 * that confirms it rather than NOT_FOUND; a later read is NOT_FOUND.
 */
function viewAfterMove(ctx: TContext, viewer: TViewer, id: string): TReferralView {
  const row = repo.findReferral(ctx.deps.db, id)!;
  const access = accessToReferral(ctx, viewer, row);
  if (access.level !== 'NONE') return { row, access };
  return { row, access: handedOverAccess() };
}

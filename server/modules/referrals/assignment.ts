// Who has the case at the receiving authority (issue 14): an assignee and a deputy, set when the
// referral is acknowledged (the acknowledger by default, or whom the acknowledger names) and
// changed by a COORDINATOR of the receiving organisation. Who may see and change it: core/access.ts.
import { ASSIGNEE_ROLES, mayReassignReferral, maySeeReferralAssignee, requireViewer, type TViewer } from '../../core/access.js';
import { runAudited, type TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput } from '../../core/errors.js';
import { refuse } from '../../core/gate.js';
import * as repo from './assignment.repo.js';
import { loadVisible, REFERRAL_GATE, type TReferralView } from './referral-gate.js';
import { notifyOrganisation } from './referral-notices.js';
import * as referralsRepo from './referrals.repo.js';

export type TAssigneeView = { id: string; name: string };

/** The staff of the viewer's organisation who can hold a referral, by name. */
export function assigneeCandidates(ctx: TContext, viewer: TViewer): TAssigneeView[] {
  return repo.findActiveStaff(ctx.deps.db, viewer.organisationId, ASSIGNEE_ROLES).map(({ id, name }) => ({ id, name }));
}

/**
 * The assignee and deputy to record: each an active user of the acting organisation who can act on
 * referrals; the assignee defaults to `fallback`; the deputy is not the assignee.
 */
export function checkedAssignment(
  ctx: TContext,
  viewer: TViewer,
  input: { assigneeId?: string | null; deputyId?: string | null },
  fallback: string | null,
): { assigneeUserId: string; deputyUserId: string | null } {
  const staff = new Set(assigneeCandidates(ctx, viewer).map((u) => u.id));
  const assigneeUserId = input.assigneeId ?? fallback;
  if (!assigneeUserId) throw badInput('assigneeId', 'Choose who has the case', 'REQUIRED');
  if (!staff.has(assigneeUserId)) throw badInput('assigneeId', 'Choose a caseworker of your organisation', 'NOT_ALLOWED_VALUE');
  const deputyUserId = input.deputyId ?? null;
  if (deputyUserId !== null && !staff.has(deputyUserId)) throw badInput('deputyId', 'Choose a caseworker of your organisation', 'NOT_ALLOWED_VALUE');
  if (deputyUserId !== null && deputyUserId === assigneeUserId) throw badInput('deputyId', 'The deputy is someone other than the assignee', 'NOT_ALLOWED_VALUE');
  return { assigneeUserId, deputyUserId };
}

/** Tells the newly assigned (not the one who assigned themselves) that they have the case. */
export function notifyAssigned(
  ctx: TContext,
  unit: TUnitOfWork,
  referralId: string,
  assignment: { assigneeUserId: string; deputyUserId: string | null },
  actorUserId: string,
): void {
  const userIds = [assignment.assigneeUserId, assignment.deputyUserId].filter((id): id is string => !!id && id !== actorUserId);
  if (userIds.length > 0) notifyOrganisation(ctx, unit, { organisationId: null, roles: [], kind: 'REFERRAL_ASSIGNED', referralId, alsoUserIds: userIds });
}

/** Reassigns a referral (a COORDINATOR of the receiving organisation); audited, with who before and after. */
export async function assignReferral(ctx: TContext, input: { id: string; assigneeId: string; deputyId?: string | null }): Promise<TReferralView> {
  const viewer = requireViewer(ctx.viewer);
  const view = await loadVisible(ctx, input.id, 'REFERRAL_ASSIGN');
  if (view.row.erasedAt) throw new AppError('INVALID_TRANSITION', 'This referral was erased and can no longer be changed', { state: view.row.state, action: 'ASSIGN' });
  if (!mayReassignReferral(viewer, view.row)) {
    await refuse(ctx, REFERRAL_GATE, { id: view.row.id, row: view.row, attempted: 'REFERRAL_ASSIGN', message: 'Only a coordinator of the receiving authority reassigns an acknowledged, open referral' });
  }
  const assignment = checkedAssignment(ctx, viewer, input, null);
  await runAudited(ctx, (unit) => {
    if (!repo.setAssignment(unit.tx, { id: view.row.id, version: view.row.version, ...assignment, at: unit.now.toISOString() })) {
      throw new AppError('CONFLICT', 'The referral has changed since you loaded it; reload and try again', { field: 'version' });
    }
    unit.audit({
      action: 'REFERRAL_ASSIGN',
      objectType: 'Referral',
      objectId: view.row.id,
      subjectId: view.row.subjectId,
      purpose: view.access.purpose,
      details: { assigneeBefore: view.row.assigneeUserId, deputyBefore: view.row.deputyUserId, assignee: assignment.assigneeUserId, deputy: assignment.deputyUserId },
    });
    notifyAssigned(ctx, unit, view.row.id, assignment, viewer.userId);
  });
  const row = referralsRepo.findReferral(ctx.deps.db, view.row.id)!;
  return { row, access: view.access };
}

/** The assignee and deputy as the viewer may see them: the receiving organisation only. */
export function assignmentOf(ctx: TContext, view: TReferralView): { assignee: TAssigneeView | null; deputy: TAssigneeView | null } {
  if (!maySeeReferralAssignee(ctx.viewer, view.row)) return { assignee: null, deputy: null };
  const names = repo.findNames(ctx.deps.db, [view.row.assigneeUserId, view.row.deputyUserId].filter((id): id is string => !!id));
  const person = (id: string | null) => (id && names.has(id) ? { id, name: names.get(id)! } : null);
  return { assignee: person(view.row.assigneeUserId), deputy: person(view.row.deputyUserId) };
}

/** Whether the viewer may reassign (Referral.mayReassign), so the client offers exactly what the server accepts. */
export function mayReassign(ctx: TContext, view: TReferralView): boolean {
  return !!ctx.viewer && !view.row.erasedAt && mayReassignReferral(ctx.viewer, view.row);
}

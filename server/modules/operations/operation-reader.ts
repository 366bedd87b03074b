// Reading an operation's parts in batches per request: targets and briefing point (withheld unless
// the gate allows them, and every read audited in one record per operation per request),
// invitations, outcomes, conflicts and attendee names. A page of operations costs the same
// number of statements as one.
import DataLoader from 'dataloader';
import { groupBy } from '../../core/group-by.js';
import { mayReadOperationTargets, operationAccess, type TOperationAccess } from '../../core/access.js';
import { recordAudit } from '../../core/audit.js';
import { perRequest, type TContext } from '../../core/context.js';
import * as repo from './operations.repo.js';
import type { TOperationView } from './operation-gate.js';

export type TConflictView = { organisationId: string; other: TOperationView | null };

type TLoaders = {
  targets: DataLoader<TOperationView, repo.TTargetRow[], string>;
  invitations: DataLoader<string, repo.TInvitationRow[]>;
  outcomes: DataLoader<string, repo.TOutcomeRow[]>;
  referralCounts: DataLoader<string, number>;
  conflicts: DataLoader<string, repo.TConflictRow[]>;
  operations: DataLoader<string, repo.TOperationRow | null>;
  interpreters: DataLoader<string, repo.TInterpreterRow[]>;
};

const loaders = perRequest((ctx): TLoaders => {
  const { db } = ctx.deps;
  return {
    targets: new DataLoader<TOperationView, repo.TTargetRow[], string>(
      async (views) => {
        const byOperation = groupBy(repo.findTargets(db, ctx.deps.sealer, views.map((v) => v.row.id)), (t) => t.operationId);
        // Written before anything is returned: a read of targets that is not recorded does not happen.
        await recordAudit(
          ctx,
          views.map((v) => ({ action: 'OPERATION_TARGETS_READ', objectType: 'Operation', objectId: v.row.id, dataCategory: 'OPERATION_TARGETS', purpose: v.access.basis })),
        );
        return views.map((v) => byOperation.get(v.row.id) ?? []);
      },
      { cacheKeyFn: (v) => v.row.id },
    ),
    invitations: new DataLoader(async (ids) => {
      const byOperation = groupBy(repo.findInvitations(db, ctx.deps.sealer, ids), (i) => i.operationId);
      return ids.map((id) => byOperation.get(id) ?? []);
    }),
    outcomes: new DataLoader(async (ids) => {
      const byOperation = groupBy(repo.findOutcomes(db, ctx.deps.sealer, ids), (o) => o.operationId);
      return ids.map((id) => byOperation.get(id) ?? []);
    }),
    referralCounts: new DataLoader(async (ids) => {
      const counts = repo.countReferrals(db, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    conflicts: new DataLoader(async (ids) => {
      const byOperation = groupBy(repo.findConflicts(db, ids), (c) => c.operationId);
      return ids.map((id) => byOperation.get(id) ?? []);
    }),
    interpreters: new DataLoader(async (ids) => {
      const byOperation = groupBy(repo.findInterpreters(db, ctx.deps.sealer, ids), (i) => i.operationId);
      return ids.map((id) => byOperation.get(id) ?? []);
    }),
    operations: new DataLoader(async (ids) => {
      const rows = new Map(repo.findOperations(db, ctx.deps.sealer, ids).map((r) => [r.id, r]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
  };
});

/** The targets if the viewer may see them (the read is audited), else null. */
export async function readTargets(ctx: TContext, view: TOperationView): Promise<repo.TTargetRow[] | null> {
  if (!mayReadOperationTargets(view.access)) return null;
  return loaders(ctx).targets.load(view);
}

/** The briefing point is as secret as the targets, and its read is recorded with them. */
export async function readBriefingPoint(ctx: TContext, view: TOperationView): Promise<string | null> {
  if (!mayReadOperationTargets(view.access)) return null;
  await loaders(ctx).targets.load(view);
  return view.row.briefingPoint;
}

export function loadInvitations(ctx: TContext, operationId: string): Promise<repo.TInvitationRow[]> {
  return loaders(ctx).invitations.load(operationId);
}

export function loadInterpreters(ctx: TContext, operationId: string): Promise<repo.TInterpreterRow[]> {
  return loaders(ctx).interpreters.load(operationId);
}

export function loadOutcomes(ctx: TContext, operationId: string): Promise<repo.TOutcomeRow[]> {
  return loaders(ctx).outcomes.load(operationId);
}

export function loadReferralCount(ctx: TContext, operationId: string): Promise<number> {
  return loaders(ctx).referralCounts.load(operationId);
}


/** The viewer's access to another operation (for a conflict): what the gate says, from batched rows. */
export async function viewOf(ctx: TContext, operationId: string): Promise<TOperationView | null> {
  const row = await loaders(ctx).operations.load(operationId);
  if (!row || !ctx.viewer) return null;
  const status = (await loadInvitations(ctx, operationId)).find((i) => i.organisationId === ctx.viewer!.organisationId)?.status ?? null;
  const access: TOperationAccess = operationAccess(ctx.viewer, { leadOrganisationId: row.leadOrganisationId, invitationStatus: status });
  return access.level === 'NONE' ? null : { row, access };
}

/**
 * The overlaps of this operation's engaged organisations with their other operations. The lead
 * sees every organisation's; an invited organisation sees its own. The other operation is shown
 * only when the viewer may see it, otherwise only the fact of the overlap.
 */
export async function loadConflicts(ctx: TContext, view: TOperationView, organisationId?: string): Promise<TConflictView[]> {
  const viewer = ctx.viewer;
  if (!viewer) return [];
  const rows = (await loaders(ctx).conflicts.load(view.row.id)).filter(
    (c) => (view.access.basis === 'LEAD' || c.organisationId === viewer.organisationId) && (!organisationId || c.organisationId === organisationId),
  );
  return Promise.all(rows.map(async (c) => ({ organisationId: c.organisationId, other: await viewOf(ctx, c.otherOperationId) })));
}

// Loading an operation for a viewer (core/gate.ts): the lead and invited organisations see it,
// NOT_FOUND for anyone else; also the read for the calendar export, audited as an export.
import type { TAuditAction } from '../../core/audit-actions.js';
import { operationAccess, type TOperationAccess, type TViewer } from '../../core/access.js';
import { recordAudit } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { loadVisible as loadGated, type TGate } from '../../core/gate.js';
import { findOrganisationById } from '../organisations/organisations.service.js';
import * as repo from './operations.repo.js';

export type TOperationView = { row: repo.TOperationRow; access: TOperationAccess };

function viewerInvitationStatus(ctx: TContext, operationId: string, viewer: TViewer): string | null {
  return repo.findInvitation(ctx.deps.db, ctx.deps.sealer, operationId, viewer.organisationId)?.status ?? null;
}

export function accessToOperation(ctx: TContext, viewer: TViewer | null, row: repo.TOperationRow): TOperationAccess {
  const status = viewer ? viewerInvitationStatus(ctx, row.id, viewer) : null;
  return operationAccess(viewer, { leadOrganisationId: row.leadOrganisationId, invitationStatus: status });
}

/** Loading an operation for a viewer (core/gate.ts): the lead and invited organisations see it; NOT_FOUND for anyone else. */
export const OPERATION_GATE: TGate<repo.TOperationRow, TOperationAccess> = {
  objectType: 'Operation',
  missing: 'No such operation',
  load: (ctx, id) => repo.findOperation(ctx.deps.db, ctx.deps.sealer, id),
  accessOf: accessToOperation,
};

/**
 * An operation the viewer's organisation may see, or a DENIED record of `attempted` and NOT_FOUND.
 * Exported for other modules' actions on an operation (linking it to a case complex).
 */
export function loadVisibleOperation(ctx: TContext, id: string, attempted: TAuditAction): Promise<TOperationView> {
  return loadGated(ctx, OPERATION_GATE, id, attempted);
}
/** Within this module: the same gate under its short name. */
export const loadVisible = loadVisibleOperation;

export async function getOperation(ctx: TContext, input: { id: string }): Promise<TOperationView> {
  return await loadVisible(ctx, input.id, 'OPERATION_READ');
}

/** For other modules (a referral made during an operation): may the viewer's organisation see it? */
export function isOperationVisible(ctx: TContext, operationId: string): boolean {
  const row = repo.findOperation(ctx.deps.db, ctx.deps.sealer, operationId);
  return !!row && accessToOperation(ctx, ctx.viewer, row).level !== 'NONE';
}

/** The operation for an iCalendar export: the same gate as a read, and the export is audited. */
export async function getOperationForCalendar(ctx: TContext, input: { id: string }): Promise<TOperationView & { leadOrganisationName: string }> {
  const view = await loadVisible(ctx, input.id, 'OPERATION_EXPORT');
  await recordAudit(ctx, [{ action: 'OPERATION_EXPORT', objectType: 'Operation', objectId: view.row.id, details: { format: 'ics' } }]);
  return { ...view, leadOrganisationName: findOrganisationById(ctx.deps.db, view.row.leadOrganisationId)?.name ?? '' };
}

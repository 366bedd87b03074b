// Who takes part in an operation and is told of it: invitations of organisations, and the notices
// to the lead, the invited organisations' coordinators and the named attendees (no details in mail).
import type { TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import type { TNotificationKind } from '../../core/notification-kinds.js';
import { notify, organisationRecipients } from '../notifications/notifications.service.js';
import { findOrganisationByCode } from '../organisations/organisations.service.js';
import * as repo from './operations.repo.js';

export const RESPONDER_ROLES = ['COORDINATOR', 'CASEWORKER'] as const;

export function operationLink(operationId: string): string {
  return `/operations/${operationId}`;
}


export function cmmOrganisationId(ctx: TContext): string {
  const cmm = findOrganisationByCode(ctx.deps.db, 'CMM');
  if (!cmm) throw new Error('Organisation CMM is not seeded');
  return cmm.id;
}

export function notifyOrganisations(
  ctx: TContext,
  unit: TUnitOfWork,
  options: { organisationIds: string[]; roles: readonly string[]; kind: TNotificationKind; operationId: string; alsoUserIds?: string[] },
): void {
  const userIds = options.organisationIds.flatMap((organisationId) => organisationRecipients(unit, { organisationId, roles: options.roles }));
  const also = repo.filterActiveUsers(unit.tx, options.alsoUserIds ?? []);
  notify(unit, { ctx, userIds: [...userIds, ...also], kind: options.kind, objectType: 'Operation', objectId: options.operationId, link: operationLink(options.operationId) });
}

/** Everyone taking part but the lead: the coordinators and named attendees of invited organisations that have not declined. */
export function notifyInvited(ctx: TContext, unit: TUnitOfWork, operationId: string, kind: TNotificationKind): void {
  const invitations = repo.findInvitations(unit.tx, ctx.deps.sealer, [operationId]).filter((i) => i.status !== 'DECLINED');
  notifyOrganisations(ctx, unit, {
    organisationIds: invitations.map((i) => i.organisationId),
    roles: ['COORDINATOR'],
    kind,
    operationId,
    alsoUserIds: invitations.flatMap((i) => i.attendeeUserIds),
  });
}

/** Adds invitations for the organisations not yet invited and tells them; returns how many were new. */
export function invite(ctx: TContext, unit: TUnitOfWork, row: repo.TOperationRow, organisationIds: string[]): number {
  const existing = new Set(repo.findInvitations(unit.tx, ctx.deps.sealer, [row.id]).map((i) => i.organisationId));
  const fresh = [...new Set(organisationIds)].filter((id) => !existing.has(id) && id !== row.leadOrganisationId);
  for (const organisationId of fresh) {
    repo.insertInvitation(unit.tx, ctx.deps.sealer, { operationId: row.id, organisationId, status: 'INVITED', invitedAt: unit.now.toISOString(), attendeeUserIds: [] });
  }
  if (fresh.length > 0) notifyOrganisations(ctx, unit, { organisationIds: fresh, roles: RESPONDER_ROLES, kind: 'OPERATION_INVITATION', operationId: row.id });
  return fresh.length;
}

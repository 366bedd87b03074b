// What asking, answering and listing access requests share: the request's audit records (one per
// person concerned), who is told, and finding a request for a viewer on either side.
import type { TAuditAction } from '../../core/audit-actions.js';
import { ACCESS_LEVELS, isReferralController, type TAccessLevel, type TViewer } from '../../core/access.js';
import type { TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, notFound } from '../../core/errors.js';
import type { TNotificationKind } from '../../core/notification-kinds.js';
import { notify, organisationRecipients } from '../notifications/notifications.service.js';
import type { TRequestState } from './sharing.policy.js';
import * as repo from './sharing.repo.js';
import { denied, openedOncePerRequest, type TReferralFacts } from './grant-support.js';

export type TRequestRow = repo.TRequestRow;

export const DAY_MS = 24 * 3600 * 1000;
export const rank = (level: string): number => ACCESS_LEVELS.indexOf(level as TAccessLevel);

/** A request's sealed reason and refusal reason, opened for showing (once per request and row: two fields read them). */
export function requestTexts(ctx: TContext, request: TRequestRow): TRequestRow {
  return openedOncePerRequest(ctx, request, (row) => repo.openRequestTexts(ctx.deps.sealer, row));
}

/** The level a hand-over asks for on the new lead's behalf: whereabouts and contact, what an investigation needs first. */
export const HAND_OVER_REQUEST_LEVEL = 'OPERATIONAL';

export const link = (request: { id: string }) => `/access-requests/${request.id}`;

export function auditRequest(unit: TUnitOfWork, action: TAuditAction, request: TRequestRow, referral: { subjectId: string }, extra: Record<string, string | number | boolean | null> = {}): void {
  unit.audit({
    action,
    objectType: 'Referral',
    objectId: request.referralId,
    subjectId: referral.subjectId,
    purpose: request.purpose,
    details: {
      requestId: request.id,
      requestingOrganisationId: request.organisationId,
      level: request.level,
      origin: request.origin,
      ...(request.caseComplexId ? { caseComplexId: request.caseComplexId } : {}),
      ...extra,
    },
  });
}

/** The controller's coordinators: the competent authority's; CMM's (the national centre decides too) when it has none. */
export function controllerCoordinators(unit: TUnitOfWork, referral: TReferralFacts): string[] {
  const competent = referral.competentAuthorityId ? organisationRecipients(unit, { organisationId: referral.competentAuthorityId, roles: ['COORDINATOR'] }) : [];
  if (competent.length > 0) return competent;
  return repo.findOrganisationIdsOfKind(unit.tx, 'CMM').flatMap((id) => organisationRecipients(unit, { organisationId: id, roles: ['COORDINATOR'] }));
}

export function tellRequester(ctx: TContext, unit: TUnitOfWork, request: TRequestRow, kind: TNotificationKind): void {
  const userIds = request.requestedByUserId ? [request.requestedByUserId] : organisationRecipients(unit, { organisationId: request.organisationId, roles: ['COORDINATOR'] });
  notify(unit, { ctx, userIds, kind, objectType: 'AccessRequest', objectId: request.id, link: link(request) });
}

// --- Finding a request -------------------------------------------------------------------------

export type TSide = 'REQUESTER' | 'CONTROLLER';

/** The request, the referral it is about, and the side the viewer is on; NOT_FOUND (audited) for anyone else. */
export async function loadRequest(ctx: TContext, viewer: TViewer, id: string, action: TAuditAction): Promise<{ request: TRequestRow; referral: TReferralFacts; side: TSide }> {
  const request = repo.findRequest(ctx.deps.db, id);
  const referral = request ? repo.findReferralFacts(ctx.deps.db, request.referralId) : undefined;
  if (request && referral) {
    if (request.organisationId === viewer.organisationId) return { request, referral, side: 'REQUESTER' };
    if (isReferralController(viewer, referral) && request.state !== 'AWAITING_CONFIRMATION') return { request, referral, side: 'CONTROLLER' };
  }
  await denied(ctx, { action, objectType: 'AccessRequest', objectId: id, subjectId: referral?.subjectId, reason: 'NO_ACCESS' });
  throw notFound('No such access request');
}

export function assertState(request: TRequestRow, allowed: readonly TRequestState[], action: string): void {
  if (!(allowed as readonly string[]).includes(request.state)) {
    throw new AppError('INVALID_TRANSITION', `The request is ${request.state.toLowerCase().replace('_', ' ')}`, { state: request.state, action });
  }
}

export function moved(ok: boolean, request: TRequestRow, action: string): void {
  if (!ok) throw new AppError('CONFLICT', 'The request was changed meanwhile: load it again', { state: request.state, action });
}

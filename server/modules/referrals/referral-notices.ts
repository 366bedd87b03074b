// Who is told about a referral, through the notifications module: the referring organisation,
// the receiving authority's coordinators and caseworkers, and the police of the referral's region.
import type { TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import type { TNotificationKind } from '../../core/notification-kinds.js';
import { notify, organisationRecipients } from '../notifications/notifications.service.js';
import { policeDistrictIdsIn } from '../organisations/organisations.service.js';
import type * as repo from './referrals.repo.js';

export const AUTHORITY_RECIPIENT_ROLES = ['COORDINATOR', 'CASEWORKER'] as const;

function link(referralId: string): string {
  return `/referrals/${referralId}`;
}
export function notifyOrganisation(
  ctx: TContext,
  unit: TUnitOfWork,
  options: { organisationId: string | null; roles: readonly string[]; kind: TNotificationKind; referralId: string; alsoUserIds?: string[] },
): void {
  const userIds = options.organisationId ? organisationRecipients(unit, { organisationId: options.organisationId, roles: options.roles }) : [];
  notify(unit, { ctx, userIds: [...userIds, ...(options.alsoUserIds ?? [])], kind: options.kind, objectType: 'Referral', objectId: options.referralId, link: link(options.referralId) });
}

/** Tells the referring organisation (the person who made it and its coordinators), at summary level only. */export function notifyReferrer(ctx: TContext, unit: TUnitOfWork, row: repo.TReferralRow, kind: TNotificationKind): void {
  notifyOrganisation(ctx, unit, { organisationId: row.referringOrganisationId, roles: ['COORDINATOR'], kind, referralId: row.id, alsoUserIds: [row.createdByUserId] });
}

/**
 * Journey 2: the police are told at once when another agency refers a possible victim in their
 * region. They hold no access to the referral, so the notice says only that a case exists there
 * (no link into it, nothing about the person); they ask CMM for a grant quoting the notice.
 */
export function notifyPoliceOfRegion(ctx: TContext, unit: TUnitOfWork, row: repo.TReferralRow): void {
  const userIds = policeDistrictIdsIn(unit.tx, row.region).flatMap((organisationId) => organisationRecipients(unit, { organisationId, roles: ['COORDINATOR'] }));
  notify(unit, { ctx, userIds, kind: 'REFERRAL_SUBMITTED_IN_REGION', objectType: 'Referral', objectId: row.id, link: '/notifications' });
}

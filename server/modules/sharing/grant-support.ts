// What the sharing services have in common: a grant's bookkeeping columns, a viewer's access to a
// referral by id, the audited denial, the notices to grantees and reviewing auditors, and the
// referrals (and so the people) a grant on a referral or a case complex concerns.
import type { TAuditAction, TAuditDenialReason, TAuditDetails } from '../../core/audit-actions.js';
import { CASEWORK_ROLES, type TViewer } from '../../core/access.js';
import { recordAudit, type TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import type { TExecutor } from '../../core/db.js';
import type { TNotificationKind } from '../../core/notification-kinds.js';
import type { TAuditRecord } from '../../core/audit.js';
import { notify, organisationRecipients } from '../notifications/notifications.service.js';
import { accessToReferral } from '../referrals/referrals.service.js';
import * as repo from './sharing.repo.js';

/** The bookkeeping columns of a grant just made: who made it, when, and nothing revoked, reviewed or capped yet. */
export function freshGrant(viewer: TViewer, now: Date) {
  return {
    grantedByUserId: viewer.userId,
    grantedByOrganisationId: viewer.organisationId,
    createdAt: now.toISOString(),
    revokedAt: null,
    revokedByUserId: null,
    revokeReason: null,
    reviewedAt: null,
    reviewedByUserId: null,
    reviewNote: null,
    expiryNoticeSentAt: null,
    consentOverrideReason: null,
    cappedFromLevel: null,
    cappedAt: null,
    capReason: null,
    reviewOverdueNoticeSentAt: null,
  };
}

export type TGrantRow = repo.TGrantRow;

// The field resolvers of one AccessGrant (or AccessRequest) each show one of its sealed texts: the
// row is opened once and the opened copy kept for the rest of the request, keyed by the request's
// context and the row object itself, so nothing outlives the request that read the row.
const openedRows = new WeakMap<TContext, WeakMap<object, object>>();

/** `open(row)`, at most once per request and row object. */
export function openedOncePerRequest<TRow extends object>(ctx: TContext, row: TRow, open: (row: TRow) => TRow): TRow {
  let opened = openedRows.get(ctx);
  if (!opened) openedRows.set(ctx, (opened = new WeakMap()));
  let copy = opened.get(row) as TRow | undefined;
  if (!copy) opened.set(row, (copy = open(row)));
  return copy;
}

/** A grant's sealed free texts, opened for showing (the gate has decided the grant may be seen). */
export function grantTexts(ctx: TContext, grant: TGrantRow): TGrantRow {
  return openedOncePerRequest(ctx, grant, (row) => repo.openGrantTexts(ctx.deps.sealer, row));
}
export type TReferralFacts = repo.TReferralFacts;

export const HOUR_MS = 3600 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** The viewer's access to a referral by id (referrals.service.ts accessToReferral); undefined facts when there is no such referral. */
export function accessToReferralById(ctx: TContext, viewer: TViewer, referralId: string) {
  const facts = repo.findReferralFacts(ctx.deps.db, referralId);
  const access = facts ? accessToReferral(ctx, viewer, facts) : null;
  return { facts, access };
}

export async function denied(ctx: TContext, record: { action: TAuditAction; objectType: string; objectId: string; subjectId?: string | null; reason: TAuditDenialReason }): Promise<void> {
  await recordAudit(ctx, [
    { action: record.action, objectType: record.objectType, objectId: record.objectId, subjectId: record.subjectId ?? null, outcome: 'DENIED', details: { reason: record.reason } },
  ]);
}

export function grantLink(grant: Pick<TGrantRow, 'referralId' | 'caseComplexId'>): string {
  return grant.referralId ? `/referrals/${grant.referralId}` : `/case-complexes/${grant.caseComplexId}`;
}

/** Tells the grantee organisation's caseworkers (or, for break-glass, the one user) about its grant. */
export function notifyGrantee(ctx: TContext, unit: TUnitOfWork, grant: TGrantRow, kind: TNotificationKind): void {
  const userIds = grant.userId ? [grant.userId] : organisationRecipients(unit, { organisationId: grant.organisationId, roles: CASEWORK_ROLES });
  notify(unit, { ctx, userIds, kind, objectType: 'AccessGrant', objectId: grant.id, link: grantLink(grant) });
}

/**
 * The auditors who must review something an organisation's user did: that organisation's
 * AUDITORs, else CMM's (so an emergency access or an override always reaches someone).
 */
export function reviewingAuditors(unit: TUnitOfWork, organisationId: string): string[] {
  const own = organisationRecipients(unit, { organisationId, roles: ['AUDITOR'] });
  if (own.length > 0) return own;
  return cmmAuditors(unit);
}

export function cmmAuditors(unit: TUnitOfWork): string[] {
  return repo.findOrganisationIdsOfKind(unit.tx, 'CMM').flatMap((id) => organisationRecipients(unit, { organisationId: id, roles: ['AUDITOR'] }));
}

/** The referrals a grant (or request) on this object concerns now: the one referral, or every referral linked to the complex. */
export function referralsConcerned(ex: TExecutor, object: { referralId: string | null; caseComplexId: string | null }): TReferralFacts[] {
  if (object.referralId) {
    const facts = repo.findReferralFacts(ex, object.referralId);
    return facts ? [facts] : [];
  }
  return object.caseComplexId ? repo.findComplexReferrals(ex, object.caseComplexId) : [];
}

/**
 * Audits a sharing event once per person it concerns, so that each person's subject access report
 * shows it, whether it was made on the referral or on a case complex (then once with no subject
 * when no referral is linked yet).
 */
export function auditPerSubject<A extends 'ACCESS_GRANT' | 'ACCESS_REVOKE' | 'ACCESS_GRANT_CAP'>(unit: TUnitOfWork, record: TAuditRecord<A> & { outcome?: 'ALLOWED'; details: TAuditDetails[A] }, concerned: readonly TReferralFacts[]): void {
  if (concerned.length === 0 || record.objectType === 'Referral') {
    unit.audit({ ...record, subjectId: record.subjectId ?? concerned[0]?.subjectId ?? null });
    return;
  }
  for (const referral of concerned) unit.audit({ ...record, subjectId: referral.subjectId, details: { ...record.details, referralId: referral.id } });
}

// Sharing: access grants (one organisation, one level, one referral or case complex, a purpose, a
// legal basis, an expiry), their revocation and expiry notices, and break-glass with its review.
// What a grant lets a viewer see is decided by the one gate (core/access.ts referralAccess), which
// the referrals module asks with the grants found here (referralSharing).
import {
  ACCESS_LEVELS,
  CASEWORK_ROLES,
  referralAccess,
  requireViewer,
  type TReferralSharing,
  type TViewer,
} from '../../core/access.js';
import { recordAudit, runAudited, type TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { TNotificationKind } from '../../core/notification-kinds.js';
import { parseInput } from '../../core/validation.js';
import { notify, organisationRecipients } from '../notifications/notifications.service.js';
import { findOrganisationByCode } from '../organisations/organisations.service.js';
import {
  BREAK_GLASS_HOURS,
  BREAK_GLASS_LEVEL,
  EXPIRY_NOTICE_DAYS,
  MAX_GRANT_DAYS,
  grantStatus,
  mayGrantOnComplex,
  mayGrantOnReferral,
  mayReviewBreakGlass,
  needsConsentOverride,
} from './sharing.policy.js';
import * as repo from './sharing.repo.js';
import { ZGrantAccessInput, ZJustification, ZReviewNote, ZRevokeReason } from './sharing.validation.js';

/** The bookkeeping columns of a grant just made: who made it, when, and nothing revoked or reviewed yet. */
function freshGrant(viewer: TViewer, now: Date) {
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
  };
}

export type TGrantRow = repo.TGrantRow;

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;
const BREAK_GLASS_LEGAL_BASIS = 'Break-glass: emergency access, justified by the user and reviewed by the auditors';

/**
 * The grants that may give this viewer access to each of the referrals, judged by the gate at the
 * time of this request: `referralAccess(viewer, row, sharing(row.id))`.
 */
export function referralSharing(ctx: TContext, viewer: TViewer, referralIds: readonly string[]): (referralId: string) => TReferralSharing {
  const now = ctx.deps.clock.now();
  const byReferral = repo.findCandidateGrants(ctx.deps.db, { referralIds, organisationId: viewer.organisationId, userId: viewer.userId, now: now.toISOString() });
  return (referralId) => ({ grants: byReferral.get(referralId) ?? [], now });
}

/** The viewer's access to a referral, grants included; undefined facts when there is no such referral. */
function accessTo(ctx: TContext, viewer: TViewer, referralId: string) {
  const facts = repo.findReferralFacts(ctx.deps.db, referralId);
  const access = facts ? referralAccess(viewer, facts, referralSharing(ctx, viewer, [referralId])(referralId)) : null;
  return { facts, access };
}

function denied(ctx: TContext, record: { action: string; objectType: string; objectId: string; subjectId?: string | null; reason: string }): void {
  recordAudit(ctx, [
    { action: record.action, objectType: record.objectType, objectId: record.objectId, subjectId: record.subjectId ?? null, outcome: 'DENIED', details: { reason: record.reason } },
  ]);
}

function grantLink(grant: Pick<TGrantRow, 'referralId' | 'caseComplexId'>): string {
  return grant.referralId ? `/referrals/${grant.referralId}` : `/case-complexes/${grant.caseComplexId}`;
}

/** Tells the grantee organisation's caseworkers (or, for break-glass, the one user) about its grant. */
function notifyGrantee(ctx: TContext, unit: TUnitOfWork, grant: TGrantRow, kind: TNotificationKind): void {
  const userIds = grant.userId ? [grant.userId] : organisationRecipients(unit, { organisationId: grant.organisationId, roles: CASEWORK_ROLES });
  notify(unit, { ctx, userIds, kind, objectType: 'AccessGrant', objectId: grant.id, link: grantLink(grant) });
}

// --- Granting --------------------------------------------------------------------------------

export function grantAccess(ctx: TContext, raw: unknown): TGrantRow {
  const viewer = requireViewer(ctx.viewer);
  const input = parseInput(ZGrantAccessInput, raw, 'input');
  if (!input.referralId === !input.caseComplexId) throw badInput('input.referralId', 'Give exactly one of referralId and caseComplexId');
  const now = ctx.deps.clock.now();
  if (input.expiresAt.getTime() <= now.getTime()) throw badInput('input.expiresAt', 'The expiry must be in the future');
  if (input.expiresAt.getTime() > now.getTime() + MAX_GRANT_DAYS * DAY_MS) throw badInput('input.expiresAt', `A grant runs for at most ${MAX_GRANT_DAYS} days`);
  const grantee = findOrganisationByCode(ctx.deps.db, input.organisationCode);
  if (!grantee) throw badInput('input.organisationCode', 'Unknown organisation');

  let consents: string[];
  let subjectId: string | null = null;
  if (input.referralId) {
    const { facts, access } = accessTo(ctx, viewer, input.referralId);
    if (!facts || !access || access.level === 'NONE') {
      denied(ctx, { action: 'ACCESS_GRANT', objectType: 'Referral', objectId: input.referralId, subjectId: facts?.subjectId, reason: 'NO_ACCESS' });
      throw notFound('No such referral');
    }
    if (!mayGrantOnReferral(viewer, facts)) {
      denied(ctx, { action: 'ACCESS_GRANT', objectType: 'Referral', objectId: facts.id, subjectId: facts.subjectId, reason: 'NOT_PERMITTED' });
      throw new AppError('FORBIDDEN', 'Only the competent authority and CMM grant access to a referral');
    }
    if (grantee.id === facts.competentAuthorityId || grantee.id === facts.receivingOrganisationId || grantee.kind === 'CMM') {
      throw badInput('input.organisationCode', 'That organisation has full access to this referral already');
    }
    consents = [facts.consentToDisclosure];
    subjectId = facts.subjectId;
  } else {
    const complexId = input.caseComplexId!;
    const complex = repo.findCaseComplex(ctx.deps.db, complexId);
    // Who may not grant on a complex learns nothing about it: NOT_FOUND either way.
    if (!complex || !mayGrantOnComplex(viewer, complex)) {
      denied(ctx, { action: 'ACCESS_GRANT', objectType: 'CaseComplex', objectId: complexId, reason: complex ? 'NOT_PERMITTED' : 'NO_SUCH_OBJECT' });
      throw notFound('No such case complex');
    }
    if (grantee.kind === 'CMM') throw badInput('input.organisationCode', 'CMM has full access to every submitted referral already');
    consents = repo.findComplexReferrals(ctx.deps.db, complexId).map((r) => r.consentToDisclosure);
  }
  const overrideNeeded = needsConsentOverride({ level: input.level, granteeCode: grantee.code, consents });
  if (overrideNeeded && !input.consentOverride) {
    throw badInput(
      'input.consentOverride',
      'The person has not consented to disclosure: FULL access for this organisation needs an explicit legal-basis override (consentOverride: true)',
    );
  }
  // The override is kept on FULL grants only, where it means something; the gate applies it to
  // referrals linked to a complex later as well.
  const consentOverride = input.level === 'FULL' && input.consentOverride === true;

  const id = runAudited(ctx, (unit) => {
    const grantId = newId();
    const row: TGrantRow = {
      id: grantId,
      referralId: input.referralId ?? null,
      caseComplexId: input.caseComplexId ?? null,
      organisationId: grantee.id,
      userId: null,
      level: input.level,
      purpose: input.purpose,
      legalBasis: input.legalBasis,
      consentOverride,
      breakGlass: false,
      justification: null,
      expiresAt: input.expiresAt.toISOString(),
      ...freshGrant(viewer, unit.now),
    };
    repo.insertGrant(unit.tx, row);
    unit.audit({
      action: 'ACCESS_GRANT',
      objectType: input.referralId ? 'Referral' : 'CaseComplex',
      objectId: input.referralId ?? input.caseComplexId!,
      subjectId,
      purpose: input.purpose,
      details: {
        grantId,
        granteeOrganisationId: grantee.id,
        level: input.level,
        expiresAt: row.expiresAt,
        consentOverride,
        consentOverrideNeeded: overrideNeeded,
      },
    });
    notifyGrantee(ctx, unit, row, 'ACCESS_GRANTED');
    return grantId;
  });
  return repo.findGrant(ctx.deps.db, id)!;
}

/** May the viewer manage (see every grant on, revoke) this grant's object? */
function mayManage(ctx: TContext, viewer: TViewer, grant: TGrantRow): { allowed: boolean; visible: boolean; subjectId: string | null } {
  if (grant.referralId) {
    const { facts, access } = accessTo(ctx, viewer, grant.referralId);
    const visible = !!facts && !!access && access.level !== 'NONE';
    return { allowed: visible && mayGrantOnReferral(viewer, facts!), visible, subjectId: facts?.subjectId ?? null };
  }
  const complex = repo.findCaseComplex(ctx.deps.db, grant.caseComplexId ?? '');
  const allowed = !!complex && mayGrantOnComplex(viewer, complex);
  return { allowed, visible: allowed, subjectId: null };
}

export function revokeAccess(ctx: TContext, input: { grantId: string; reason: string }): TGrantRow {
  const viewer = requireViewer(ctx.viewer);
  const reason = parseInput(ZRevokeReason, input.reason, 'reason');
  const grant = repo.findGrant(ctx.deps.db, input.grantId);
  const manage = grant ? mayManage(ctx, viewer, grant) : null;
  if (!grant || !manage!.allowed) {
    // The grantee sees its own grant (accessGrants) but cannot end it: FORBIDDEN; anyone else: NOT_FOUND.
    const own = !!grant && grant.organisationId === viewer.organisationId && (!grant.userId || grant.userId === viewer.userId);
    denied(ctx, { action: 'ACCESS_REVOKE', objectType: 'AccessGrant', objectId: input.grantId, subjectId: manage?.subjectId, reason: own ? 'NOT_PERMITTED' : 'NO_ACCESS' });
    if (own) throw new AppError('FORBIDDEN', 'Only the organisation that may grant this access can revoke it');
    throw notFound('No such access grant');
  }
  const status = grantStatus(grant, ctx.deps.clock.now());
  if (status !== 'ACTIVE') throw new AppError('INVALID_TRANSITION', `The grant is ${status.toLowerCase()} already`, { state: status, action: 'REVOKE' });
  runAudited(ctx, (unit) => {
    if (!repo.revokeGrant(unit.tx, grant.id, { revokedAt: unit.now.toISOString(), revokedByUserId: viewer.userId, revokeReason: reason })) {
      throw new AppError('INVALID_TRANSITION', 'The grant is revoked already', { state: 'REVOKED', action: 'REVOKE' });
    }
    unit.audit({
      action: 'ACCESS_REVOKE',
      objectType: grant.referralId ? 'Referral' : 'CaseComplex',
      objectId: grant.referralId ?? grant.caseComplexId,
      subjectId: manage!.subjectId,
      details: { grantId: grant.id, granteeOrganisationId: grant.organisationId, breakGlass: grant.breakGlass },
    });
    notifyGrantee(ctx, unit, grant, 'ACCESS_REVOKED');
  });
  return repo.findGrant(ctx.deps.db, grant.id)!;
}

export function listAccessGrants(ctx: TContext, input: { referralId: string }): TGrantRow[] {
  const viewer = requireViewer(ctx.viewer);
  const { facts, access } = accessTo(ctx, viewer, input.referralId);
  if (!facts || !access || access.level === 'NONE') {
    denied(ctx, { action: 'ACCESS_GRANTS_READ', objectType: 'Referral', objectId: input.referralId, subjectId: facts?.subjectId, reason: 'NO_ACCESS' });
    throw notFound('No such referral');
  }
  const all = repo.findGrantsCovering(ctx.deps.db, facts.id);
  // The competent authority and CMM see every grant; others see their own organisation's, and of
  // break-glass uses only their own.
  const grants = mayGrantOnReferral(viewer, facts)
    ? all
    : all.filter((g) => g.organisationId === viewer.organisationId && (!g.userId || g.userId === viewer.userId));
  recordAudit(ctx, [
    { action: 'ACCESS_GRANTS_READ', objectType: 'Referral', objectId: facts.id, subjectId: facts.subjectId, purpose: access.purpose, details: { results: grants.length } },
  ]);
  return grants;
}

// --- Break-glass -----------------------------------------------------------------------------

export function breakGlass(ctx: TContext, input: { referralId: string; justification: string }): TGrantRow {
  const viewer = requireViewer(ctx.viewer);
  const justification = parseInput(ZJustification, input.justification, 'justification');
  const { facts, access } = accessTo(ctx, viewer, input.referralId);
  // A draft is its referrer's private work: no one breaks into it, and no one learns it exists.
  if (!facts || facts.state === 'DRAFT') {
    denied(ctx, { action: 'BREAK_GLASS', objectType: 'Referral', objectId: input.referralId, subjectId: facts?.subjectId, reason: 'NO_SUCH_OBJECT' });
    throw notFound('No such referral');
  }
  if (access && ACCESS_LEVELS.indexOf(access.level) >= ACCESS_LEVELS.indexOf(BREAK_GLASS_LEVEL)) {
    throw badInput('referralId', `You hold ${access.level} access to this referral already`);
  }
  const id = runAudited(ctx, (unit) => {
    const grantId = newId();
    const row: TGrantRow = {
      id: grantId,
      referralId: facts.id,
      caseComplexId: null,
      organisationId: viewer.organisationId,
      userId: viewer.userId,
      level: BREAK_GLASS_LEVEL,
      purpose: 'OTHER',
      legalBasis: BREAK_GLASS_LEGAL_BASIS,
      consentOverride: false,
      breakGlass: true,
      justification,
      expiresAt: new Date(unit.now.getTime() + BREAK_GLASS_HOURS * HOUR_MS).toISOString(),
      ...freshGrant(viewer, unit.now),
    };
    repo.insertGrant(unit.tx, row);
    unit.audit({
      action: 'BREAK_GLASS',
      objectType: 'Referral',
      objectId: facts.id,
      subjectId: facts.subjectId,
      purpose: 'BREAK_GLASS',
      details: { grantId, level: row.level, expiresAt: row.expiresAt },
    });
    // The user's own auditors review it; the competent authority learns that someone broke in.
    notify(unit, {
      ctx,
      userIds: organisationRecipients(unit, { organisationId: viewer.organisationId, roles: ['AUDITOR'] }),
      kind: 'BREAK_GLASS_USED',
      objectType: 'AccessGrant',
      objectId: grantId,
      link: `/audit/break-glass/${grantId}`,
    });
    if (facts.competentAuthorityId) {
      notify(unit, {
        ctx,
        userIds: organisationRecipients(unit, { organisationId: facts.competentAuthorityId, roles: ['COORDINATOR'] }),
        kind: 'BREAK_GLASS_USED',
        objectType: 'Referral',
        objectId: facts.id,
        link: `/referrals/${facts.id}`,
      });
    }
    return grantId;
  });
  return repo.findGrant(ctx.deps.db, id)!;
}

export function reviewBreakGlass(ctx: TContext, input: { grantId: string; note: string }): TGrantRow {
  const viewer = requireViewer(ctx.viewer);
  const note = parseInput(ZReviewNote, input.note, 'note');
  const grant = repo.findGrant(ctx.deps.db, input.grantId);
  if (!grant || !mayReviewBreakGlass(viewer, grant)) {
    denied(ctx, { action: 'BREAK_GLASS_REVIEW', objectType: 'AccessGrant', objectId: input.grantId, reason: 'NO_ACCESS' });
    throw notFound('No such break-glass use');
  }
  if (grant.reviewedAt) throw new AppError('INVALID_TRANSITION', 'This break-glass use has been reviewed already', { state: 'REVIEWED', action: 'REVIEW' });
  const subjectId = grant.referralId ? (repo.findReferralFacts(ctx.deps.db, grant.referralId)?.subjectId ?? null) : null;
  runAudited(ctx, (unit) => {
    if (!repo.reviewGrant(unit.tx, grant.id, { reviewedAt: unit.now.toISOString(), reviewedByUserId: viewer.userId, reviewNote: note })) {
      throw new AppError('INVALID_TRANSITION', 'This break-glass use has been reviewed already', { state: 'REVIEWED', action: 'REVIEW' });
    }
    unit.audit({
      action: 'BREAK_GLASS_REVIEW',
      objectType: 'AccessGrant',
      objectId: grant.id,
      subjectId,
      purpose: 'AUDIT',
      details: { referralId: grant.referralId, userId: grant.userId },
    });
  });
  return repo.findGrant(ctx.deps.db, grant.id)!;
}

export function listBreakGlassUses(ctx: TContext, input: { unreviewedOnly?: boolean | null }): TGrantRow[] {
  const viewer = requireViewer(ctx.viewer);
  const unreviewedOnly = input.unreviewedOnly === true;
  const rows = repo.listBreakGlass(ctx.deps.db, { organisationId: viewer.organisationKind === 'CMM' ? null : viewer.organisationId, unreviewedOnly });
  recordAudit(ctx, [{ action: 'BREAK_GLASS_USES_READ', objectType: 'AccessGrant', purpose: 'AUDIT', details: { unreviewedOnly, results: rows.length } }]);
  return rows;
}

// --- Expiry notices (job) ---------------------------------------------------------------------

/** Tells each grantee once, EXPIRY_NOTICE_DAYS before, that its grant expires. */
export function notifyExpiringGrants(ctx: TContext, now: Date): { notified: number } {
  let notified = 0;
  const until = new Date(now.getTime() + EXPIRY_NOTICE_DAYS * DAY_MS).toISOString();
  for (const grant of repo.findExpiringGrants(ctx.deps.db, { now: now.toISOString(), until })) {
    runAudited(ctx, (unit) => {
      if (!repo.claimExpiryNotice(unit.tx, grant.id, unit.now.toISOString())) {
        unit.audit({ action: 'GRANT_EXPIRY_NOTICE_SKIPPED', objectType: 'AccessGrant', objectId: grant.id });
        return;
      }
      notifyGrantee(ctx, unit, grant, 'GRANT_EXPIRING');
      unit.audit({ action: 'GRANT_EXPIRY_NOTICE', objectType: 'AccessGrant', objectId: grant.id, details: { expiresAt: grant.expiresAt } });
      notified += 1;
    });
  }
  return { notified };
}

export { grantStatus };

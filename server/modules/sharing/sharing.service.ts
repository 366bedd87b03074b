// Sharing: access grants (one organisation, one level, one referral or case complex, a purpose, a
// legal basis, an expiry), their revocation and expiry notices, and break-glass with its review.
// Only a referral's controller discloses personal data (OPERATIONAL, FULL): a complex grant gives
// SUMMARY; anyone else asks (access-requests.service.ts). docs/adr/0014-only-the-controller-discloses.md
// What a grant lets a viewer see is decided by the one gate (core/access.ts referralAccess), which
// is asked with the grants that cover a referral (referrals.service.ts referralSharing).
import type { TAuditAction, TAuditDenialReason, TAuditDetails } from '../../core/audit-actions.js';
import {
  ACCESS_LEVELS,
  CASEWORK_ROLES,
  requireViewer,
  type TViewer,
} from '../../core/access.js';
import { recordAudit, runAudited, type TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import type { TExecutor } from '../../core/db.js';
import { AppError, badInput, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { TNotificationKind } from '../../core/notification-kinds.js';
import type { TAuditRecord } from '../../core/audit.js';
import { parseInput } from '../../core/validation.js';
import { notify, organisationRecipients } from '../notifications/notifications.service.js';
import { findOrganisationByCode } from '../organisations/organisations.service.js';
import {
  BREAK_GLASS_HOURS,
  BREAK_GLASS_LEVEL,
  BREAK_GLASS_REVIEW_WORKING_DAYS,
  COMPLEX_GRANT_LEVELS,
  EXPIRY_NOTICE_DAYS,
  MAX_GRANT_DAYS,
  breakGlassReviewDueAt,
  grantStatus,
  mayGrantOnComplex,
  mayGrantOnReferral,
  mayReviewBreakGlass,
  mayReviewConsentOverride,
  needsConsentOverride,
} from './sharing.policy.js';
import { accessToReferral, findGrantsCovering } from '../referrals/referrals.service.js';
import * as repo from './sharing.repo.js';
import { ZConsentOverrideReason, ZGrantAccessInput, ZJustification, ZReviewNote, ZRevokeReason } from './sharing.validation.js';

/** The bookkeeping columns of a grant just made: who made it, when, and nothing revoked, reviewed or capped yet. */
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
    consentOverrideReason: null,
    cappedFromLevel: null,
    cappedAt: null,
    capReason: null,
    reviewOverdueNoticeSentAt: null,
  };
}

export type TGrantRow = repo.TGrantRow;
export type TReferralFacts = repo.TReferralFacts;

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;
const BREAK_GLASS_LEGAL_BASIS = 'Break-glass: emergency access, justified by the user and reviewed by the auditors';

/** The viewer's access to a referral by id (referrals.service.ts accessToReferral); undefined facts when there is no such referral. */
export function accessToReferralById(ctx: TContext, viewer: TViewer, referralId: string) {
  const facts = repo.findReferralFacts(ctx.deps.db, referralId);
  const access = facts ? accessToReferral(ctx, viewer, facts) : null;
  return { facts, access };
}

export function denied(ctx: TContext, record: { action: TAuditAction; objectType: string; objectId: string; subjectId?: string | null; reason: TAuditDenialReason }): void {
  recordAudit(ctx, [
    { action: record.action, objectType: record.objectType, objectId: record.objectId, subjectId: record.subjectId ?? null, outcome: 'DENIED', details: { reason: record.reason } },
  ]);
}

function grantLink(grant: Pick<TGrantRow, 'referralId' | 'caseComplexId'>): string {
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

// --- Granting --------------------------------------------------------------------------------

export type TNewGrant = {
  referralId: string | null;
  caseComplexId: string | null;
  grantee: { id: string };
  level: string;
  purpose: string;
  legalBasis: string;
  expiresAt: Date;
  consentOverride: boolean;
  consentOverrideReason: string | null;
  /** The override was needed (consent to disclosure missing) when the grant was made. */
  consentOverrideNeeded: boolean;
  /** The access request the grant answers, if any. */
  accessRequestId?: string;
};

/** Writes a grant with its audit records and notices, inside the caller's unit of work. */
export function createGrant(ctx: TContext, unit: TUnitOfWork, viewer: TViewer, grant: TNewGrant): TGrantRow {
  const row: TGrantRow = {
    id: newId(),
    referralId: grant.referralId,
    caseComplexId: grant.caseComplexId,
    organisationId: grant.grantee.id,
    userId: null,
    level: grant.level,
    purpose: grant.purpose,
    legalBasis: grant.legalBasis,
    consentOverride: grant.consentOverride,
    breakGlass: false,
    justification: null,
    expiresAt: grant.expiresAt.toISOString(),
    ...freshGrant(viewer, unit.now),
    consentOverrideReason: grant.consentOverride ? grant.consentOverrideReason : null,
  };
  repo.insertGrant(unit.tx, ctx.deps.sealer, row);
  auditPerSubject(
    unit,
    {
      action: 'ACCESS_GRANT',
      objectType: grant.referralId ? 'Referral' : 'CaseComplex',
      objectId: grant.referralId ?? grant.caseComplexId!,
      purpose: grant.purpose,
      details: {
        grantId: row.id,
        granteeOrganisationId: grant.grantee.id,
        level: grant.level,
        expiresAt: row.expiresAt,
        consentOverride: grant.consentOverride,
        consentOverrideNeeded: grant.consentOverrideNeeded,
        ...(grant.accessRequestId ? { accessRequestId: grant.accessRequestId } : {}),
      },
    },
    referralsConcerned(unit.tx, grant),
  );
  notifyGrantee(ctx, unit, row, 'ACCESS_GRANTED');
  if (grant.consentOverride) {
    // Like an emergency access: the controller's auditors (else CMM's) review the override.
    notify(unit, {
      ctx,
      userIds: reviewingAuditors(unit, viewer.organisationId),
      kind: 'CONSENT_OVERRIDE_USED',
      objectType: 'AccessGrant',
      objectId: row.id,
      link: `/audit/consent-overrides/${row.id}`,
    });
  }
  return row;
}

/** The override a FULL disclosure without consent needs: its reason is required and kept. */
export function overrideReason(options: { consentOverride: boolean; reason: string | null | undefined; field: string }): string | null {
  if (!options.consentOverride) return null;
  if (options.reason === null || options.reason === undefined) throw badInput(options.field, 'An override of missing consent needs its own written reason (at least 20 characters)', 'CONSENT_OVERRIDE_REASON_REQUIRED');
  return parseInput(ZConsentOverrideReason, options.reason, options.field);
}

export function grantAccess(ctx: TContext, raw: unknown): TGrantRow {
  const viewer = requireViewer(ctx.viewer);
  const input = parseInput(ZGrantAccessInput, raw, 'input');
  if (!input.referralId === !input.caseComplexId) throw badInput('input.referralId', 'Give exactly one of referralId and caseComplexId', 'EXACTLY_ONE_OF');
  const now = ctx.deps.clock.now();
  if (input.expiresAt.getTime() <= now.getTime()) throw badInput('input.expiresAt', 'The expiry must be in the future', 'NOT_IN_FUTURE');
  if (input.expiresAt.getTime() > now.getTime() + MAX_GRANT_DAYS * DAY_MS) throw badInput('input.expiresAt', `A grant runs for at most ${MAX_GRANT_DAYS} days`, 'PERIOD_TOO_LONG', { limit: MAX_GRANT_DAYS });
  const grantee = findOrganisationByCode(ctx.deps.db, input.organisationCode);
  if (!grantee) throw badInput('input.organisationCode', 'Unknown organisation', 'UNKNOWN_ORGANISATION');

  let consents: string[] = [];
  if (input.referralId) {
    const { facts, access } = accessToReferralById(ctx, viewer, input.referralId);
    if (!facts || !access || access.level === 'NONE') {
      denied(ctx, { action: 'ACCESS_GRANT', objectType: 'Referral', objectId: input.referralId, subjectId: facts?.subjectId, reason: 'NO_ACCESS' });
      throw notFound('No such referral');
    }
    if (!mayGrantOnReferral(viewer, facts)) {
      denied(ctx, { action: 'ACCESS_GRANT', objectType: 'Referral', objectId: facts.id, subjectId: facts.subjectId, reason: 'NOT_CONTROLLER' });
      throw new AppError('FORBIDDEN', "Only the referral's controller (its competent authority, and CMM) discloses it: ask with requestAccess");
    }
    if (grantee.id === facts.competentAuthorityId || grantee.id === facts.receivingOrganisationId || grantee.kind === 'CMM') {
      throw badInput('input.organisationCode', 'That organisation has full access to this referral already', 'ALREADY_IN_EFFECT');
    }
    consents = [facts.consentToDisclosure];
  } else {
    const complexId = input.caseComplexId!;
    const complex = repo.findCaseComplex(ctx.deps.db, complexId);
    // Who may not grant on a complex learns nothing about it: NOT_FOUND either way.
    if (!complex || !mayGrantOnComplex(viewer, complex)) {
      denied(ctx, { action: 'ACCESS_GRANT', objectType: 'CaseComplex', objectId: complexId, reason: complex ? 'NOT_PERMITTED' : 'NO_SUCH_OBJECT' });
      throw notFound('No such case complex');
    }
    if (!COMPLEX_GRANT_LEVELS.includes(input.level)) {
      denied(ctx, { action: 'ACCESS_GRANT', objectType: 'CaseComplex', objectId: complexId, reason: 'COMPLEX_ABOVE_SUMMARY' });
      throw badInput('input.level', "A grant on a case complex gives SUMMARY only: personal data is disclosed referral by referral, by its controller (ask with requestAccess)", 'LEVEL_TOO_HIGH');
    }
    if (input.consentOverride) throw badInput('input.consentOverride', 'An override of missing consent is made by the controller on one referral, never on a case complex', 'CONSENT_OVERRIDE_NOT_ALLOWED');
    if (grantee.kind === 'CMM') throw badInput('input.organisationCode', 'CMM has full access to every submitted referral already', 'ORGANISATION_NOT_ALLOWED');
  }
  const overrideNeeded = needsConsentOverride({ level: input.level, granteeCode: grantee.code, consents });
  if (overrideNeeded && !input.consentOverride) {
    throw badInput(
      'input.consentOverride',
      'The person has not consented to disclosure: FULL access for this organisation needs an explicit legal-basis override (consentOverride: true, with consentOverrideReason)',
      'CONSENT_OVERRIDE_REQUIRED',
    );
  }
  // The override is kept on FULL grants only, where it means something.
  const consentOverride = input.level === 'FULL' && input.consentOverride === true;
  const reason = overrideReason({ consentOverride, reason: input.consentOverrideReason, field: 'input.consentOverrideReason' });

  const id = runAudited(ctx, (unit) =>
    createGrant(ctx, unit, viewer, {
      referralId: input.referralId ?? null,
      caseComplexId: input.caseComplexId ?? null,
      grantee,
      level: input.level,
      purpose: input.purpose,
      legalBasis: input.legalBasis,
      expiresAt: input.expiresAt,
      consentOverride,
      consentOverrideReason: reason,
      consentOverrideNeeded: overrideNeeded,
    }).id,
  );
  return repo.findGrant(ctx.deps.db, id)!;
}

/** May the viewer manage (see every grant on, revoke) this grant's object? */
function mayManage(ctx: TContext, viewer: TViewer, grant: TGrantRow): { allowed: boolean; visible: boolean; subjectId: string | null } {
  if (grant.referralId) {
    const { facts, access } = accessToReferralById(ctx, viewer, grant.referralId);
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
    if (!repo.revokeGrant(unit.tx, ctx.deps.sealer, grant.id, { revokedAt: unit.now.toISOString(), revokedByUserId: viewer.userId, revokeReason: reason })) {
      throw new AppError('INVALID_TRANSITION', 'The grant is revoked already', { state: 'REVOKED', action: 'REVOKE' });
    }
    auditPerSubject(
      unit,
      {
        action: 'ACCESS_REVOKE',
        objectType: grant.referralId ? 'Referral' : 'CaseComplex',
        objectId: grant.referralId ?? grant.caseComplexId,
        subjectId: manage!.subjectId,
        details: { grantId: grant.id, granteeOrganisationId: grant.organisationId, breakGlass: grant.breakGlass },
      },
      referralsConcerned(unit.tx, grant),
    );
    notifyGrantee(ctx, unit, grant, 'ACCESS_REVOKED');
  });
  return repo.findGrant(ctx.deps.db, grant.id)!;
}

export function listAccessGrants(ctx: TContext, input: { referralId: string }): TGrantRow[] {
  const viewer = requireViewer(ctx.viewer);
  const { facts, access } = accessToReferralById(ctx, viewer, input.referralId);
  if (!facts || !access || access.level === 'NONE') {
    denied(ctx, { action: 'ACCESS_GRANTS_READ', objectType: 'Referral', objectId: input.referralId, subjectId: facts?.subjectId, reason: 'NO_ACCESS' });
    throw notFound('No such referral');
  }
  const all = findGrantsCovering(ctx.deps.db, facts.id);
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
  const { facts, access } = accessToReferralById(ctx, viewer, input.referralId);
  // A draft is its referrer's private work: no one breaks into it, and no one learns it exists.
  if (!facts || facts.state === 'DRAFT') {
    denied(ctx, { action: 'BREAK_GLASS', objectType: 'Referral', objectId: input.referralId, subjectId: facts?.subjectId, reason: 'NO_SUCH_OBJECT' });
    throw notFound('No such referral');
  }
  if (access && ACCESS_LEVELS.indexOf(access.level) >= ACCESS_LEVELS.indexOf(BREAK_GLASS_LEVEL)) {
    throw badInput('referralId', `You hold ${access.level} access to this referral already`, 'ALREADY_IN_EFFECT');
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
    repo.insertGrant(unit.tx, ctx.deps.sealer, row);
    unit.audit({
      action: 'BREAK_GLASS',
      objectType: 'Referral',
      objectId: facts.id,
      subjectId: facts.subjectId,
      purpose: 'BREAK_GLASS',
      details: { grantId, level: row.level, expiresAt: row.expiresAt },
    });
    // The user's own auditors review it (CMM's when the organisation has none, so it always
    // reaches one); the competent authority learns that someone broke in.
    notify(unit, {
      ctx,
      userIds: reviewingAuditors(unit, viewer.organisationId),
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
    if (!repo.reviewGrant(unit.tx, ctx.deps.sealer, grant.id, { reviewedAt: unit.now.toISOString(), reviewedByUserId: viewer.userId, reviewNote: note })) {
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

/** When a break-glass use must be reviewed by (null for other grants). */
export function reviewDueAt(grant: TGrantRow): string | null {
  return grant.breakGlass ? breakGlassReviewDueAt(new Date(grant.createdAt)).toISOString() : null;
}

// --- Consent overrides: reviewed by auditors like break-glass ---------------------------------

export function listConsentOverrides(ctx: TContext, input: { unreviewedOnly?: boolean | null }): TGrantRow[] {
  const viewer = requireViewer(ctx.viewer);
  const unreviewedOnly = input.unreviewedOnly === true;
  const rows = repo.listConsentOverrides(ctx.deps.db, { grantedByOrganisationId: viewer.organisationKind === 'CMM' ? null : viewer.organisationId, unreviewedOnly });
  recordAudit(ctx, [{ action: 'CONSENT_OVERRIDES_READ', objectType: 'AccessGrant', purpose: 'AUDIT', details: { unreviewedOnly, results: rows.length } }]);
  return rows;
}

export function reviewConsentOverride(ctx: TContext, input: { grantId: string; note: string }): TGrantRow {
  const viewer = requireViewer(ctx.viewer);
  const note = parseInput(ZReviewNote, input.note, 'note');
  const grant = repo.findGrant(ctx.deps.db, input.grantId);
  if (!grant || !mayReviewConsentOverride(viewer, grant)) {
    denied(ctx, { action: 'CONSENT_OVERRIDE_REVIEW', objectType: 'AccessGrant', objectId: input.grantId, reason: 'NO_ACCESS' });
    throw notFound('No such consent override');
  }
  if (grant.reviewedAt) throw new AppError('INVALID_TRANSITION', 'This override has been reviewed already', { state: 'REVIEWED', action: 'REVIEW' });
  runAudited(ctx, (unit) => {
    if (!repo.reviewGrant(unit.tx, ctx.deps.sealer, grant.id, { reviewedAt: unit.now.toISOString(), reviewedByUserId: viewer.userId, reviewNote: note }, 'CONSENT_OVERRIDE')) {
      throw new AppError('INVALID_TRANSITION', 'This override has been reviewed already', { state: 'REVIEWED', action: 'REVIEW' });
    }
    // An override is made on one referral: the review is recorded under its person.
    unit.audit({
      action: 'CONSENT_OVERRIDE_REVIEW',
      objectType: 'AccessGrant',
      objectId: grant.id,
      subjectId: referralsConcerned(unit.tx, grant)[0]?.subjectId ?? null,
      purpose: 'AUDIT',
      details: { referralId: grant.referralId, grantedByOrganisationId: grant.grantedByOrganisationId },
    });
  });
  return repo.findGrant(ctx.deps.db, grant.id)!;
}

// --- Overdue break-glass reviews (job) --------------------------------------------------------

/**
 * Tells CMM's auditors, once per use, that a break-glass use has not been reviewed by the end of
 * the 3rd working day after it (Danish working days, Europe/Copenhagen).
 */
export function notifyOverdueBreakGlassReviews(ctx: TContext, now: Date): { notified: number } {
  let notified = 0;
  // Every use due by now was made at least BREAK_GLASS_REVIEW_WORKING_DAYS calendar days ago: narrow by that, then decide exactly.
  const usedBefore = new Date(now.getTime() - BREAK_GLASS_REVIEW_WORKING_DAYS * DAY_MS).toISOString();
  for (const grant of repo.findUnreviewedBreakGlass(ctx.deps.db, usedBefore)) {
    if (breakGlassReviewDueAt(new Date(grant.createdAt)).getTime() >= now.getTime()) continue;
    runAudited(ctx, (unit) => {
      if (!repo.claimReviewOverdueNotice(unit.tx, grant.id, unit.now.toISOString())) {
        unit.audit({ action: 'BREAK_GLASS_REVIEW_OVERDUE_SKIPPED', objectType: 'AccessGrant', objectId: grant.id });
        return;
      }
      notify(unit, { ctx, userIds: cmmAuditors(unit), kind: 'BREAK_GLASS_REVIEW_OVERDUE', objectType: 'AccessGrant', objectId: grant.id, link: `/audit/break-glass/${grant.id}` });
      unit.audit({ action: 'BREAK_GLASS_REVIEW_OVERDUE', objectType: 'AccessGrant', objectId: grant.id, purpose: 'AUDIT', details: { organisationId: grant.organisationId, dueAt: reviewDueAt(grant) } });
      notified += 1;
    });
  }
  return { notified };
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

export function findGrantById(ctx: TContext, id: string): TGrantRow | null {
  return repo.findGrant(ctx.deps.db, id) ?? null;
}

/** When a referral joins a case complex, each active grant on the complex is recorded under the person it now covers. */
export function recordComplexGrantsCover(unit: TUnitOfWork, link: { caseComplexId: string; referralId: string; subjectId: string }): void {
  for (const grant of repo.findActiveComplexGrants(unit.tx, link.caseComplexId, unit.now.toISOString())) {
    unit.audit({
      action: 'ACCESS_GRANT_COVERS',
      objectType: 'CaseComplex',
      objectId: link.caseComplexId,
      subjectId: link.subjectId,
      purpose: grant.purpose,
      details: { grantId: grant.id, referralId: link.referralId, granteeOrganisationId: grant.organisationId, level: grant.level },
    });
  }
}

/** A grant's sealed free texts, opened for showing (the gate has decided the grant may be seen). */
export function grantTexts(ctx: TContext, grant: TGrantRow): TGrantRow {
  return repo.openGrantTexts(ctx.deps.sealer, grant);
}

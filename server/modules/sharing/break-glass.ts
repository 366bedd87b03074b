// Break-glass: emergency access a user takes alone, justified, short, and always reviewed by the
// auditors of the controller (and CMM's); overdue reviews are chased by a job.
import { BREAK_GLASS_LEGAL_BASIS } from '../../../schema/legal-basis.js';
import { ACCESS_LEVELS, mayBreakGlass, requireViewer } from '../../core/access.js';
import { recordAudit, runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import { notify, organisationRecipients } from '../notifications/notifications.service.js';
import { BREAK_GLASS_HOURS, BREAK_GLASS_LEVEL, BREAK_GLASS_REVIEW_WORKING_DAYS, breakGlassReviewDueAt, mayReviewBreakGlass } from './sharing.policy.js';
import * as repo from './sharing.repo.js';
import { ZJustification, ZReviewNote } from './sharing.validation.js';
import { accessToReferralById, freshGrant, cmmAuditors, DAY_MS, denied, HOUR_MS, reviewingAuditors, type TGrantRow } from './grant-support.js';

// --- Break-glass -----------------------------------------------------------------------------

export async function breakGlass(ctx: TContext, input: { referralId: string; justification: string }): Promise<TGrantRow> {
  const viewer = requireViewer(ctx.viewer);
  if (!mayBreakGlass(viewer)) {
    await denied(ctx, { action: 'BREAK_GLASS', objectType: 'Referral', objectId: input.referralId, reason: 'SERVICE_ACCOUNT' });
    throw new AppError('FORBIDDEN', 'A service account cannot break the glass');
  }
  const justification = parseInput(ZJustification, input.justification, 'justification');
  const { facts, access } = accessToReferralById(ctx, viewer, input.referralId);
  // A draft is its referrer's private work: no one breaks into it, and no one learns it exists.
  if (!facts || facts.state === 'DRAFT') {
    await denied(ctx, { action: 'BREAK_GLASS', objectType: 'Referral', objectId: input.referralId, subjectId: facts?.subjectId, reason: 'NO_SUCH_OBJECT' });
    throw notFound('No such referral');
  }
  if (access && ACCESS_LEVELS.indexOf(access.level) >= ACCESS_LEVELS.indexOf(BREAK_GLASS_LEVEL)) {
    throw badInput('referralId', `You hold ${access.level} access to this referral already`, 'ALREADY_IN_EFFECT');
  }
  const id = await runAudited(ctx, (unit) => {
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

export async function reviewBreakGlass(ctx: TContext, input: { grantId: string; note: string }): Promise<TGrantRow> {
  const viewer = requireViewer(ctx.viewer);
  const note = parseInput(ZReviewNote, input.note, 'note');
  const grant = repo.findGrant(ctx.deps.db, input.grantId);
  if (!grant || !mayReviewBreakGlass(viewer, grant)) {
    await denied(ctx, { action: 'BREAK_GLASS_REVIEW', objectType: 'AccessGrant', objectId: input.grantId, reason: 'NO_ACCESS' });
    throw notFound('No such break-glass use');
  }
  if (grant.reviewedAt) throw new AppError('INVALID_TRANSITION', 'This break-glass use has been reviewed already', { state: 'REVIEWED', action: 'REVIEW' });
  const subjectId = grant.referralId ? (repo.findReferralFacts(ctx.deps.db, grant.referralId)?.subjectId ?? null) : null;
  await runAudited(ctx, (unit) => {
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

export async function listBreakGlassUses(ctx: TContext, input: { unreviewedOnly?: boolean | null }): Promise<TGrantRow[]> {
  const viewer = requireViewer(ctx.viewer);
  const unreviewedOnly = input.unreviewedOnly === true;
  const rows = repo.listBreakGlass(ctx.deps.db, { organisationId: viewer.organisationKind === 'CMM' ? null : viewer.organisationId, unreviewedOnly });
  await recordAudit(ctx, [{ action: 'BREAK_GLASS_USES_READ', objectType: 'AccessGrant', purpose: 'AUDIT', details: { unreviewedOnly, results: rows.length } }]);
  return rows;
}

/** When a break-glass use must be reviewed by (null for other grants). */
export function reviewDueAt(grant: TGrantRow): string | null {
  return grant.breakGlass ? breakGlassReviewDueAt(new Date(grant.createdAt)).toISOString() : null;
}


// --- Overdue break-glass reviews (job) --------------------------------------------------------

/**
 * Tells CMM's auditors, once per use, that a break-glass use has not been reviewed by the end of
 * the 3rd working day after it (Danish working days, Europe/Copenhagen).
 */
export async function notifyOverdueBreakGlassReviews(ctx: TContext, now: Date): Promise<{ notified: number }> {
  let notified = 0;
  // Every use due by now was made at least BREAK_GLASS_REVIEW_WORKING_DAYS calendar days ago: narrow by that, then decide exactly.
  const usedBefore = new Date(now.getTime() - BREAK_GLASS_REVIEW_WORKING_DAYS * DAY_MS).toISOString();
  for (const grant of repo.findUnreviewedBreakGlass(ctx.deps.db, usedBefore)) {
    if (breakGlassReviewDueAt(new Date(grant.createdAt)).getTime() >= now.getTime()) continue;
    await runAudited(ctx, (unit) => {
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

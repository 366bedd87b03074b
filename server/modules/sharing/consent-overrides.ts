// Consent overrides: a FULL disclosure made without the person's consent is reviewed by the
// auditors, like break-glass.
import { requireViewer } from '../../core/access.js';
import { recordAudit, runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, notFound } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { mayReviewConsentOverride } from './sharing.policy.js';
import * as repo from './sharing.repo.js';
import { ZReviewNote } from './sharing.validation.js';
import { denied, referralsConcerned, type TGrantRow } from './grant-support.js';

// --- Consent overrides: reviewed by auditors like break-glass ---------------------------------

export async function listConsentOverrides(ctx: TContext, input: { unreviewedOnly?: boolean | null }): Promise<TGrantRow[]> {
  const viewer = requireViewer(ctx.viewer);
  const unreviewedOnly = input.unreviewedOnly === true;
  const rows = await repo.listConsentOverrides(ctx.deps.db, { grantedByOrganisationId: viewer.organisationKind === 'CMM' ? null : viewer.organisationId, unreviewedOnly });
  await recordAudit(ctx, [{ action: 'CONSENT_OVERRIDES_READ', objectType: 'AccessGrant', purpose: 'AUDIT', details: { unreviewedOnly, results: rows.length } }]);
  return rows;
}

export async function reviewConsentOverride(ctx: TContext, input: { grantId: string; note: string }): Promise<TGrantRow> {
  const viewer = requireViewer(ctx.viewer);
  const note = parseInput(ZReviewNote, input.note, 'note');
  const grant = repo.findGrant(ctx.deps.db, input.grantId);
  if (!grant || !mayReviewConsentOverride(viewer, grant)) {
    await denied(ctx, { action: 'CONSENT_OVERRIDE_REVIEW', objectType: 'AccessGrant', objectId: input.grantId, reason: 'NO_ACCESS' });
    throw notFound('No such consent override');
  }
  if (grant.reviewedAt) throw new AppError('INVALID_TRANSITION', 'This override has been reviewed already', { state: 'REVIEWED', action: 'REVIEW' });
  await runAudited(ctx, (unit) => {
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

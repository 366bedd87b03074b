// Access grants made by a referral's controller or a complex's lead: granting (with the consent
// override a FULL disclosure without consent needs), revoking, the list on a referral, and the
// record of whom a complex grant covers when a referral joins the complex.
import { requireViewer, type TViewer } from '../../core/access.js';
import { recordAudit, runAudited, type TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import { notify } from '../notifications/notifications.service.js';
import { findOrganisationByCode } from '../organisations/organisations.service.js';
import { COMPLEX_GRANT_LEVELS, MAX_GRANT_DAYS, grantStatus, mayGrantOnComplex, mayGrantOnReferral, needsConsentOverride } from './sharing.policy.js';
import { findGrantsCovering } from '../referrals/referrals.service.js';
import * as repo from './sharing.repo.js';
import { ZConsentOverrideReason, ZGrantAccessInput, ZRevokeReason } from './sharing.validation.js';
import { accessToReferralById, freshGrant, auditPerSubject, DAY_MS, denied, notifyGrantee, referralsConcerned, reviewingAuditors, type TGrantRow } from './grant-support.js';

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

export async function grantAccess(ctx: TContext, raw: unknown): Promise<TGrantRow> {
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
      await denied(ctx, { action: 'ACCESS_GRANT', objectType: 'Referral', objectId: input.referralId, subjectId: facts?.subjectId, reason: 'NO_ACCESS' });
      throw notFound('No such referral');
    }
    if (!mayGrantOnReferral(viewer, facts)) {
      await denied(ctx, { action: 'ACCESS_GRANT', objectType: 'Referral', objectId: facts.id, subjectId: facts.subjectId, reason: 'NOT_CONTROLLER' });
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
      await denied(ctx, { action: 'ACCESS_GRANT', objectType: 'CaseComplex', objectId: complexId, reason: complex ? 'NOT_PERMITTED' : 'NO_SUCH_OBJECT' });
      throw notFound('No such case complex');
    }
    if (!COMPLEX_GRANT_LEVELS.includes(input.level)) {
      await denied(ctx, { action: 'ACCESS_GRANT', objectType: 'CaseComplex', objectId: complexId, reason: 'COMPLEX_ABOVE_SUMMARY' });
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

  const id = await runAudited(ctx, (unit) =>
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

export async function revokeAccess(ctx: TContext, input: { grantId: string; reason: string }): Promise<TGrantRow> {
  const viewer = requireViewer(ctx.viewer);
  const reason = parseInput(ZRevokeReason, input.reason, 'reason');
  const grant = repo.findGrant(ctx.deps.db, input.grantId);
  const manage = grant ? mayManage(ctx, viewer, grant) : null;
  if (!grant || !manage!.allowed) {
    // The grantee sees its own grant (accessGrants) but cannot end it: FORBIDDEN; anyone else: NOT_FOUND.
    const own = !!grant && grant.organisationId === viewer.organisationId && (!grant.userId || grant.userId === viewer.userId);
    await denied(ctx, { action: 'ACCESS_REVOKE', objectType: 'AccessGrant', objectId: input.grantId, subjectId: manage?.subjectId, reason: own ? 'NOT_PERMITTED' : 'NO_ACCESS' });
    if (own) throw new AppError('FORBIDDEN', 'Only the organisation that may grant this access can revoke it');
    throw notFound('No such access grant');
  }
  const status = grantStatus(grant, ctx.deps.clock.now());
  if (status !== 'ACTIVE') throw new AppError('INVALID_TRANSITION', `The grant is ${status.toLowerCase()} already`, { state: status, action: 'REVOKE' });
  await runAudited(ctx, (unit) => {
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

export async function listAccessGrants(ctx: TContext, input: { referralId: string }): Promise<TGrantRow[]> {
  const viewer = requireViewer(ctx.viewer);
  const { facts, access } = accessToReferralById(ctx, viewer, input.referralId);
  if (!facts || !access || access.level === 'NONE') {
    await denied(ctx, { action: 'ACCESS_GRANTS_READ', objectType: 'Referral', objectId: input.referralId, subjectId: facts?.subjectId, reason: 'NO_ACCESS' });
    throw notFound('No such referral');
  }
  const all = findGrantsCovering(ctx.deps.db, facts.id);
  // The competent authority and CMM see every grant; others see their own organisation's, and of
  // break-glass uses only their own.
  const grants = mayGrantOnReferral(viewer, facts)
    ? all
    : all.filter((g) => g.organisationId === viewer.organisationId && (!g.userId || g.userId === viewer.userId));
  await recordAudit(ctx, [
    { action: 'ACCESS_GRANTS_READ', objectType: 'Referral', objectId: facts.id, subjectId: facts.subjectId, purpose: access.purpose, details: { results: grants.length } },
  ]);
  return grants;
}


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

// Asking for access: a request on one referral, or through a case complex one request per linked
// referral, each to its controller; and the requests a case complex's hand-over opens.
import { requireViewer } from '../../core/access.js';
import { runAudited, type TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import { notify, organisationRecipients } from '../notifications/notifications.service.js';
import { findCandidateGrants } from '../referrals/referrals.service.js';
import * as repo from './sharing.repo.js';
import { accessToReferralById, denied, type TReferralFacts } from './grant-support.js';
import { ZRequestAccessInput } from './sharing.validation.js';
import { auditRequest, controllerCoordinators, HAND_OVER_REQUEST_LEVEL, link, rank, type TRequestRow } from './access-request-support.js';

/**
 * Opens a request inside the caller's unit of work: audited under the person it concerns; a
 * PENDING request notifies the controller's coordinators, one AWAITING_CONFIRMATION notifies the
 * requesting organisation's coordinators and investigators.
 */
export function openRequest(
  ctx: TContext,
  unit: TUnitOfWork,
  referral: TReferralFacts,
  values: Omit<TRequestRow, 'id' | 'referralId' | 'createdAt' | 'confirmedAt' | 'decidedAt' | 'decidedByUserId' | 'decidedByOrganisationId' | 'refusalReason' | 'grantId'>,
): TRequestRow {
  const row: TRequestRow = {
    id: newId(),
    referralId: referral.id,
    createdAt: unit.now.toISOString(),
    confirmedAt: values.state === 'PENDING' ? unit.now.toISOString() : null,
    decidedAt: null,
    decidedByUserId: null,
    decidedByOrganisationId: null,
    refusalReason: null,
    grantId: null,
    ...values,
  };
  repo.insertRequest(unit.tx, ctx.deps.sealer, row);
  auditRequest(unit, 'ACCESS_REQUEST', row, referral);
  if (row.state === 'PENDING') {
    notify(unit, { ctx, userIds: controllerCoordinators(unit, referral), kind: 'ACCESS_REQUESTED', objectType: 'AccessRequest', objectId: row.id, link: link(row) });
  } else {
    notify(unit, {
      ctx,
      userIds: organisationRecipients(unit, { organisationId: row.organisationId, roles: ['COORDINATOR', 'INVESTIGATOR'] }),
      kind: 'ACCESS_REQUEST_TO_CONFIRM',
      objectType: 'AccessRequest',
      objectId: row.id,
      link: link(row),
    });
  }
  return row;
}

// --- Asking ------------------------------------------------------------------------------------

/**
 * `seeComplex` is the case-complex gate (case-complexes.service.ts's getCaseComplex: NOT_FOUND,
 * audited, for who does not see the complex). The caller hands it in because case complexes sit
 * above sharing (a hand-over opens access requests here), so sharing does not import them.
 */
export async function requestAccess(ctx: TContext, raw: unknown, gates: { seeComplex: (id: string) => Promise<unknown> }): Promise<TRequestRow[]> {
  const viewer = requireViewer(ctx.viewer);
  const input = parseInput(ZRequestAccessInput, raw, 'input');
  if (!input.referralId === !input.caseComplexId) throw badInput('input.referralId', 'Give exactly one of referralId and caseComplexId', 'EXACTLY_ONE_OF');

  let targets: TReferralFacts[];
  if (input.referralId) {
    const facts = repo.findReferralFacts(ctx.deps.db, input.referralId);
    // A draft is its referrer's private work: no one learns it exists.
    if (!facts || facts.state === 'DRAFT') {
      await denied(ctx, { action: 'ACCESS_REQUEST', objectType: 'Referral', objectId: input.referralId, subjectId: facts?.subjectId, reason: 'NO_SUCH_OBJECT' });
      throw notFound('No such referral');
    }
    const { access } = accessToReferralById(ctx, viewer, facts.id);
    if (access && rank(access.level) >= rank(input.level)) throw badInput('input.level', `Your organisation holds ${access.level} access to this referral already`, 'ALREADY_IN_EFFECT');
    if (repo.findOpenRequest(ctx.deps.db, { referralId: facts.id, organisationId: viewer.organisationId })) {
      throw new AppError('CONFLICT', 'Your organisation has an open request for this referral already');
    }
    targets = [facts];
  } else {
    // The complex gate decides (and audits a refused look): who does not see the complex gets NOT_FOUND.
    await gates.seeComplex(input.caseComplexId!);
    targets = repo.findComplexReferrals(ctx.deps.db, input.caseComplexId!).filter((facts) => {
      const { access } = accessToReferralById(ctx, viewer, facts.id);
      return !(access && rank(access.level) >= rank(input.level)) && !repo.findOpenRequest(ctx.deps.db, { referralId: facts.id, organisationId: viewer.organisationId });
    });
    if (targets.length === 0) {
      throw badInput('input.caseComplexId', 'Your organisation holds that access, or has asked for it, on every referral linked to the complex', 'ALREADY_IN_EFFECT');
    }
  }
  return await runAudited(ctx, (unit) =>
    targets.map((referral) => {
      // Checked again inside the (immediate) transaction: two requests sent at once open one.
      if (repo.findOpenRequest(unit.tx, { referralId: referral.id, organisationId: viewer.organisationId })) {
        throw new AppError('CONFLICT', 'Your organisation has an open request for this referral already');
      }
      return openRequest(ctx, unit, referral, {
        caseComplexId: input.caseComplexId ?? null,
        organisationId: viewer.organisationId,
        requestedByUserId: viewer.userId,
        level: input.level,
        purpose: input.purpose,
        legalBasis: input.legalBasis,
        reason: input.reason,
        origin: 'REQUEST',
        state: 'PENDING',
        cappedGrantId: null,
      });
    }),
  );
}

/**
 * A hand-over of a case complex opens, for the new lead, a request for every linked referral it
 * does not see at OPERATIONAL yet. They await the new lead's confirmation of purpose and legal
 * basis (confirmAccessRequest): the system does not state a legal basis on anyone's behalf.
 */
export function openHandOverRequests(ctx: TContext, unit: TUnitOfWork, options: { caseComplexId: string; organisationId: string }): number {
  let opened = 0;
  const now = unit.now.toISOString();
  for (const referral of repo.findComplexReferrals(unit.tx, options.caseComplexId)) {
    if (referral.referringOrganisationId === options.organisationId || referral.competentAuthorityId === options.organisationId) continue;
    if (repo.findOpenRequest(unit.tx, { referralId: referral.id, organisationId: options.organisationId })) continue;
    // The one connection (deps.sqlite) is the unit's: this read runs inside its transaction.
    const held = findCandidateGrants(ctx.deps.sqlite, { referralIds: [referral.id], organisationId: options.organisationId, userId: '', now })
      .get(referral.id)
      ?.some((grant) => !grant.caseComplexId && rank(grant.level) >= rank(HAND_OVER_REQUEST_LEVEL));
    if (held) continue;
    openRequest(ctx, unit, referral, {
      caseComplexId: options.caseComplexId,
      organisationId: options.organisationId,
      requestedByUserId: null,
      level: HAND_OVER_REQUEST_LEVEL,
      purpose: null,
      legalBasis: null,
      reason: null,
      origin: 'HAND_OVER',
      state: 'AWAITING_CONFIRMATION',
      cappedGrantId: null,
    });
    opened += 1;
  }
  return opened;
}

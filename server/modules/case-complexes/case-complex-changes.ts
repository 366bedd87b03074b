// Changing a case complex: creating it, handing it over to another police organisation (with the
// access requests the new lead needs), and linking referrals and operations to it.
import { mayLeadCaseComplex, mayManageCaseComplex, requireViewer } from '../../core/access.js';
import { recordAudit, runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import { notify, organisationRecipients } from '../notifications/notifications.service.js';
import { openHandOverRequests } from '../sharing/access-requests.service.js';
import { recordComplexGrantsCover } from '../sharing/sharing.service.js';
import { findOrganisationByCode } from '../organisations/organisations.service.js';
import { localDate } from '../../core/calendar.js';
import { getReferral } from '../referrals/referrals.service.js';
import { loadVisibleOperation } from '../operations/operations.service.js';
import * as repo from './case-complexes.repo.js';
import { ZCreateCaseComplexInput } from './case-complexes.validation.js';
import { getCaseComplex, loadForChange, type TComplexView } from './case-complex-access.js';

const HAND_OVER_RECIPIENT_ROLES = ['COORDINATOR', 'INVESTIGATOR'] as const;

function link(id: string): string {
  return `/case-complexes/${id}`;
}


export async function createCaseComplex(ctx: TContext, raw: unknown): Promise<TComplexView> {
  const viewer = requireViewer(ctx.viewer);
  const input = parseInput(ZCreateCaseComplexInput, raw, 'input');
  const organisation = findOrganisationByCode(ctx.deps.db, viewer.organisationCode);
  if (!organisation || !mayLeadCaseComplex(organisation)) {
    await recordAudit(ctx, [{ action: 'CASE_COMPLEX_CREATE', objectType: 'CaseComplex', outcome: 'DENIED', details: { reason: 'NOT_A_LEAD_ORGANISATION' } }]);
    throw new AppError('FORBIDDEN', 'Only a police district or NSK leads a case complex');
  }
  const id = await runAudited(ctx, (unit) => {
    const complexId = newId();
    const at = unit.now.toISOString();
    repo.insertComplex(unit.tx, ctx.deps.sealer, {
      id: complexId,
      name: input.name,
      description: input.description,
      leadOrganisationId: viewer.organisationId,
      createdByUserId: viewer.userId,
      createdAt: at,
      updatedAt: at,
    });
    repo.insertCaseEvent(unit.tx, ctx.deps.sealer, {
      id: newId(),
      caseComplexId: complexId,
      kind: 'CREATED',
      occurredOn: localDate(unit.now),
      toOrganisationId: viewer.organisationId,
      actorUserId: viewer.userId,
      actorOrganisationId: viewer.organisationId,
      createdAt: at,
    });
    unit.audit({ action: 'CASE_COMPLEX_CREATE', objectType: 'CaseComplex', objectId: complexId, purpose: 'INVESTIGATION' });
    return complexId;
  });
  return await getCaseComplex(ctx, { id });
}

export async function handOverCaseComplex(ctx: TContext, input: { id: string; toOrganisationCode: string }): Promise<TComplexView> {
  const viewer = requireViewer(ctx.viewer);
  const view = await loadForChange(ctx, input.id, 'CASE_COMPLEX_HAND_OVER', mayManageCaseComplex, 'the lead organisation');
  const to = findOrganisationByCode(ctx.deps.db, input.toOrganisationCode.trim().toUpperCase());
  if (!to) throw badInput('toOrganisationCode', 'Unknown organisation', 'UNKNOWN_ORGANISATION');
  if (!mayLeadCaseComplex(to)) throw badInput('toOrganisationCode', 'A case complex is led by a police district or NSK', 'ORGANISATION_NOT_ALLOWED');
  if (to.id === view.row.leadOrganisationId) throw badInput('toOrganisationCode', 'That organisation leads the complex already', 'ALREADY_IN_EFFECT');
  await runAudited(ctx, (unit) => {
    const at = unit.now.toISOString();
    repo.updateComplex(unit.tx, ctx.deps.sealer, view.row.id, { leadOrganisationId: to.id, updatedAt: at });
    repo.insertCaseEvent(unit.tx, ctx.deps.sealer, {
      id: newId(),
      caseComplexId: view.row.id,
      kind: 'HANDED_OVER',
      occurredOn: localDate(unit.now),
      fromOrganisationId: view.row.leadOrganisationId,
      toOrganisationId: to.id,
      actorUserId: viewer.userId,
      actorOrganisationId: viewer.organisationId,
      createdAt: at,
    });
    unit.audit({
      action: 'CASE_COMPLEX_HAND_OVER',
      objectType: 'CaseComplex',
      objectId: view.row.id,
      purpose: 'INVESTIGATION',
      details: { from: view.row.leadOrganisationId, to: to.id },
    });
    // The new lead leads the investigation, not the disclosure: it asks each referral's controller,
    // confirming purpose and legal basis before the requests go (access-requests.service.ts).
    openHandOverRequests(ctx, unit, { caseComplexId: view.row.id, organisationId: to.id });
    notify(unit, {
      ctx,
      userIds: organisationRecipients(unit, { organisationId: to.id, roles: HAND_OVER_RECIPIENT_ROLES }),
      kind: 'CASE_COMPLEX_HANDED_OVER',
      objectType: 'CaseComplex',
      objectId: view.row.id,
      link: link(view.row.id),
    });
  });
  // The former lead keeps INVESTIGATION access (FORMER_LEAD), so it may read the result.
  return await getCaseComplex(ctx, { id: view.row.id });
}

export async function linkReferralToCaseComplex(ctx: TContext, input: { caseComplexId: string; referralId: string }): Promise<TComplexView> {
  const viewer = requireViewer(ctx.viewer);
  const view = await loadForChange(ctx, input.caseComplexId, 'CASE_COMPLEX_LINK_REFERRAL', mayManageCaseComplex, 'the lead organisation');
  // The referral gate decides: a referral the viewer may not see is NOT_FOUND (and that look is audited).
  const referral = await getReferral(ctx, { id: input.referralId });
  if (referral.row.state === 'DRAFT') throw badInput('referralId', 'A draft referral cannot be linked: submit it first', 'DRAFT_NOT_ALLOWED');
  await runAudited(ctx, (unit) => {
    const at = unit.now.toISOString();
    const added = repo.insertReferralLink(unit.tx, { caseComplexId: view.row.id, referralId: referral.row.id, linkedAt: at, linkedByUserId: viewer.userId });
    if (!added) throw new AppError('CONFLICT', 'The referral is linked to this complex already');
    repo.updateComplex(unit.tx, ctx.deps.sealer, view.row.id, { updatedAt: at });
    unit.audit({
      action: 'CASE_COMPLEX_LINK_REFERRAL',
      objectType: 'CaseComplex',
      objectId: view.row.id,
      subjectId: referral.row.subjectId,
      purpose: 'INVESTIGATION',
      details: { referralId: referral.row.id },
    });
    // The complex's grants now cover this person too: their report shows each of them.
    recordComplexGrantsCover(unit, { caseComplexId: view.row.id, referralId: referral.row.id, subjectId: referral.row.subjectId });
  });
  return await getCaseComplex(ctx, { id: view.row.id });
}

export async function linkOperationToCaseComplex(ctx: TContext, input: { caseComplexId: string; operationId: string }): Promise<TComplexView> {
  const viewer = requireViewer(ctx.viewer);
  const view = await loadForChange(ctx, input.caseComplexId, 'CASE_COMPLEX_LINK_OPERATION', mayManageCaseComplex, 'the lead organisation');
  // The operations gate: the lead and invited organisations see an operation; anyone else gets NOT_FOUND.
  const operation = await loadVisibleOperation(ctx, input.operationId, 'CASE_COMPLEX_LINK_OPERATION');
  await runAudited(ctx, (unit) => {
    const at = unit.now.toISOString();
    const added = repo.insertOperationLink(unit.tx, { caseComplexId: view.row.id, operationId: operation.row.id, linkedAt: at, linkedByUserId: viewer.userId });
    if (!added) throw new AppError('CONFLICT', 'The operation is linked to this complex already');
    repo.updateComplex(unit.tx, ctx.deps.sealer, view.row.id, { updatedAt: at });
    unit.audit({
      action: 'CASE_COMPLEX_LINK_OPERATION',
      objectType: 'CaseComplex',
      objectId: view.row.id,
      purpose: 'INVESTIGATION',
      details: { operationId: operation.row.id },
    });
  });
  return await getCaseComplex(ctx, { id: view.row.id });
}

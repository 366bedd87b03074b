// Answering an access request: the requester confirms or withdraws it; the controller approves
// (which creates the grant) or refuses with a reason. NOT_FOUND (audited) for anyone on neither side.
import type { TAuditAction } from '../../core/audit-actions.js';
import { requireViewer, type TViewer } from '../../core/access.js';
import { runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { notify } from '../notifications/notifications.service.js';
import { findOrganisationById } from '../organisations/organisations.service.js';
import { MAX_GRANT_DAYS, OPEN_REQUEST_STATES, mayActForRequester, mayDecideAccessRequest, needsConsentOverride } from './sharing.policy.js';
import * as repo from './sharing.repo.js';
import { denied } from './grant-support.js';
import { ZApproveAccessRequest, ZConfirmAccessRequestInput, ZRefusalReason } from './sharing.validation.js';
import { createGrant, overrideReason } from './grants.js';
import { assertState, auditRequest, controllerCoordinators, DAY_MS, link, loadRequest, moved, rank, tellRequester, type TRequestRow } from './access-request-support.js';

// --- The requester's side ----------------------------------------------------------------------

export async function confirmAccessRequest(ctx: TContext, input: { id: string; input: unknown }): Promise<TRequestRow> {
  const viewer = requireViewer(ctx.viewer);
  const values = parseInput(ZConfirmAccessRequestInput, input.input, 'input');
  const { request, referral } = await loadRequest(ctx, viewer, input.id, 'ACCESS_REQUEST_CONFIRM');
  if (!mayActForRequester(viewer, request)) {
    await denied(ctx, { action: 'ACCESS_REQUEST_CONFIRM', objectType: 'AccessRequest', objectId: request.id, subjectId: referral.subjectId, reason: 'NOT_PERMITTED' });
    throw new AppError('FORBIDDEN', "Only the requesting organisation's caseworkers confirm its requests");
  }
  assertState(request, ['AWAITING_CONFIRMATION'], 'CONFIRM');
  await runAudited(ctx, (unit) => {
    const changes = {
      state: 'PENDING',
      level: values.level ?? request.level,
      purpose: values.purpose,
      legalBasis: values.legalBasis,
      reason: values.reason,
      requestedByUserId: viewer.userId,
      confirmedAt: unit.now.toISOString(),
    };
    moved(repo.moveRequest(unit.tx, ctx.deps.sealer, request.id, ['AWAITING_CONFIRMATION'], changes), request, 'CONFIRM');
    const updated = { ...request, ...changes };
    auditRequest(unit, 'ACCESS_REQUEST_CONFIRM', updated, referral);
    notify(unit, { ctx, userIds: controllerCoordinators(unit, referral), kind: 'ACCESS_REQUESTED', objectType: 'AccessRequest', objectId: request.id, link: link(request) });
  });
  return repo.findRequest(ctx.deps.db, request.id)!;
}

export async function withdrawAccessRequest(ctx: TContext, input: { id: string }): Promise<TRequestRow> {
  const viewer = requireViewer(ctx.viewer);
  const { request, referral } = await loadRequest(ctx, viewer, input.id, 'ACCESS_REQUEST_WITHDRAW');
  if (!mayActForRequester(viewer, request)) {
    await denied(ctx, { action: 'ACCESS_REQUEST_WITHDRAW', objectType: 'AccessRequest', objectId: request.id, subjectId: referral.subjectId, reason: 'NOT_PERMITTED' });
    throw new AppError('FORBIDDEN', "Only the requesting organisation's caseworkers withdraw its requests");
  }
  assertState(request, OPEN_REQUEST_STATES, 'WITHDRAW');
  await runAudited(ctx, (unit) => {
    moved(repo.moveRequest(unit.tx, ctx.deps.sealer, request.id, OPEN_REQUEST_STATES, { state: 'WITHDRAWN', decidedAt: unit.now.toISOString(), decidedByUserId: viewer.userId, decidedByOrganisationId: viewer.organisationId }), request, 'WITHDRAW');
    auditRequest(unit, 'ACCESS_REQUEST_WITHDRAW', request, referral);
  });
  return repo.findRequest(ctx.deps.db, request.id)!;
}

// --- The controller's side ---------------------------------------------------------------------

async function loadForDecision(ctx: TContext, viewer: TViewer, id: string, action: TAuditAction) {
  const loaded = await loadRequest(ctx, viewer, id, action);
  // The requester never decides on its own request, whatever roles it holds.
  if (loaded.side !== 'CONTROLLER' || !mayDecideAccessRequest(viewer, loaded.referral, loaded.request)) {
    await denied(ctx, { action, objectType: 'AccessRequest', objectId: id, subjectId: loaded.referral.subjectId, reason: 'NOT_CONTROLLER' });
    throw new AppError('FORBIDDEN', "Only the referral's controller (a coordinator of its competent authority, or of CMM) decides on an access request");
  }
  return loaded;
}

export async function approveAccessRequest(ctx: TContext, input: { id: string; expiresAt: unknown; level?: unknown; consentOverrideReason?: unknown }): Promise<TRequestRow> {
  const viewer = requireViewer(ctx.viewer);
  const values = parseInput(ZApproveAccessRequest, { expiresAt: input.expiresAt, level: input.level, consentOverrideReason: input.consentOverrideReason });
  const { request, referral } = await loadForDecision(ctx, viewer, input.id, 'ACCESS_REQUEST_APPROVE');
  assertState(request, ['PENDING'], 'APPROVE');
  if (referral.erasedAt) throw new AppError('INVALID_TRANSITION', 'This referral was erased under the retention rules', { state: referral.state, action: 'APPROVE' });
  const now = ctx.deps.clock.now();
  if (values.expiresAt.getTime() <= now.getTime()) throw badInput('expiresAt', 'The expiry must be in the future', 'NOT_IN_FUTURE');
  if (values.expiresAt.getTime() > now.getTime() + MAX_GRANT_DAYS * DAY_MS) throw badInput('expiresAt', `A grant runs for at most ${MAX_GRANT_DAYS} days`, 'PERIOD_TOO_LONG', { limit: MAX_GRANT_DAYS });
  const level = values.level ?? request.level;
  if (rank(level) > rank(request.level)) throw badInput('level', `The request asks for ${request.level}: approve that or less`, 'LEVEL_TOO_HIGH');
  const grantee = findOrganisationById(ctx.deps.db, request.organisationId)!;
  const overrideNeeded = needsConsentOverride({ level, granteeCode: grantee.code, consents: [referral.consentToDisclosure] });
  const consentOverride = level === 'FULL' && (overrideNeeded || !!values.consentOverrideReason);
  if (overrideNeeded && !values.consentOverrideReason) {
    throw badInput('consentOverrideReason', 'The person has not consented to disclosure: approving FULL access needs your written reason for overriding that (or approve OPERATIONAL)', 'CONSENT_OVERRIDE_REASON_REQUIRED');
  }
  const reason = overrideReason({ consentOverride, reason: values.consentOverrideReason, field: 'consentOverrideReason' });
  await runAudited(ctx, (unit) => {
    const grant = createGrant(ctx, unit, viewer, {
      referralId: referral.id,
      caseComplexId: null,
      grantee,
      level,
      purpose: request.purpose!,
      legalBasis: request.legalBasis!,
      expiresAt: values.expiresAt,
      consentOverride,
      consentOverrideReason: reason,
      consentOverrideNeeded: overrideNeeded,
      accessRequestId: request.id,
    });
    const decision = { state: 'APPROVED', decidedAt: unit.now.toISOString(), decidedByUserId: viewer.userId, decidedByOrganisationId: viewer.organisationId, grantId: grant.id };
    moved(repo.moveRequest(unit.tx, ctx.deps.sealer, request.id, ['PENDING'], decision), request, 'APPROVE');
    auditRequest(unit, 'ACCESS_REQUEST_APPROVE', request, referral, { grantId: grant.id, approvedLevel: level });
    tellRequester(ctx, unit, request, 'ACCESS_REQUEST_APPROVED');
  });
  return repo.findRequest(ctx.deps.db, request.id)!;
}

export async function refuseAccessRequest(ctx: TContext, input: { id: string; reason: string }): Promise<TRequestRow> {
  const viewer = requireViewer(ctx.viewer);
  const reason = parseInput(ZRefusalReason, input.reason, 'reason');
  const { request, referral } = await loadForDecision(ctx, viewer, input.id, 'ACCESS_REQUEST_REFUSE');
  assertState(request, ['PENDING'], 'REFUSE');
  await runAudited(ctx, (unit) => {
    const decision = { state: 'REFUSED', decidedAt: unit.now.toISOString(), decidedByUserId: viewer.userId, decidedByOrganisationId: viewer.organisationId, refusalReason: reason };
    moved(repo.moveRequest(unit.tx, ctx.deps.sealer, request.id, ['PENDING'], decision), request, 'REFUSE');
    auditRequest(unit, 'ACCESS_REQUEST_REFUSE', request, referral);
    tellRequester(ctx, unit, request, 'ACCESS_REQUEST_REFUSED');
  });
  return repo.findRequest(ctx.deps.db, request.id)!;
}

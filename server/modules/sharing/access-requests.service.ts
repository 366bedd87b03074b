// Access requests: an organisation that needs more of a referral than it holds asks the
// referral's controller (its competent authority, and CMM as the national centre), who approves
// (which creates the grant) or refuses with a reason; the requester is told either way. A request
// made through a case complex becomes one request per linked referral, each to its controller.
// A request shows only ids, the level asked for and the requester's own words: nothing of the
// referral until it is approved (then the grant, judged by the gate, gives what it gives).
import type { TAuditAction } from '../../core/audit-actions.js';
import { ACCESS_LEVELS, isReferralController, requireViewer, type TAccessLevel, type TViewer } from '../../core/access.js';
import { recordAudit, runAudited, type TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { TNotificationKind } from '../../core/notification-kinds.js';
import { parseInput } from '../../core/validation.js';
import { notify, organisationRecipients } from '../notifications/notifications.service.js';
import { findOrganisationById } from '../organisations/organisations.service.js';
import { MAX_GRANT_DAYS, OPEN_REQUEST_STATES, mayActForRequester, mayDecideAccessRequest, needsConsentOverride, type TRequestState } from './sharing.policy.js';
import { findCandidateGrants } from '../referrals/referrals.service.js';
import * as repo from './sharing.repo.js';
import { accessToReferralById, createGrant, denied, overrideReason, type TReferralFacts } from './sharing.service.js';
import { ZApproveAccessRequest, ZConfirmAccessRequestInput, ZRefusalReason, ZRequestAccessInput, ZRequestState } from './sharing.validation.js';

export type TRequestRow = repo.TRequestRow;

const DAY_MS = 24 * 3600 * 1000;
const rank = (level: string): number => ACCESS_LEVELS.indexOf(level as TAccessLevel);

/** The level a hand-over asks for on the new lead's behalf: whereabouts and contact, what an investigation needs first. */
export const HAND_OVER_REQUEST_LEVEL = 'OPERATIONAL';

const link = (request: { id: string }) => `/access-requests/${request.id}`;

function auditRequest(unit: TUnitOfWork, action: TAuditAction, request: TRequestRow, referral: { subjectId: string }, extra: Record<string, string | number | boolean | null> = {}): void {
  unit.audit({
    action,
    objectType: 'Referral',
    objectId: request.referralId,
    subjectId: referral.subjectId,
    purpose: request.purpose,
    details: {
      requestId: request.id,
      requestingOrganisationId: request.organisationId,
      level: request.level,
      origin: request.origin,
      ...(request.caseComplexId ? { caseComplexId: request.caseComplexId } : {}),
      ...extra,
    },
  });
}

/** The controller's coordinators: the competent authority's; CMM's (the national centre decides too) when it has none. */
function controllerCoordinators(unit: TUnitOfWork, referral: TReferralFacts): string[] {
  const competent = referral.competentAuthorityId ? organisationRecipients(unit, { organisationId: referral.competentAuthorityId, roles: ['COORDINATOR'] }) : [];
  if (competent.length > 0) return competent;
  return repo.findOrganisationIdsOfKind(unit.tx, 'CMM').flatMap((id) => organisationRecipients(unit, { organisationId: id, roles: ['COORDINATOR'] }));
}

function tellRequester(ctx: TContext, unit: TUnitOfWork, request: TRequestRow, kind: TNotificationKind): void {
  const userIds = request.requestedByUserId ? [request.requestedByUserId] : organisationRecipients(unit, { organisationId: request.organisationId, roles: ['COORDINATOR'] });
  notify(unit, { ctx, userIds, kind, objectType: 'AccessRequest', objectId: request.id, link: link(request) });
}

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
export function requestAccess(ctx: TContext, raw: unknown, gates: { seeComplex: (id: string) => void }): TRequestRow[] {
  const viewer = requireViewer(ctx.viewer);
  const input = parseInput(ZRequestAccessInput, raw, 'input');
  if (!input.referralId === !input.caseComplexId) throw badInput('input.referralId', 'Give exactly one of referralId and caseComplexId', 'EXACTLY_ONE_OF');

  let targets: TReferralFacts[];
  if (input.referralId) {
    const facts = repo.findReferralFacts(ctx.deps.db, input.referralId);
    // A draft is its referrer's private work: no one learns it exists.
    if (!facts || facts.state === 'DRAFT') {
      denied(ctx, { action: 'ACCESS_REQUEST', objectType: 'Referral', objectId: input.referralId, subjectId: facts?.subjectId, reason: 'NO_SUCH_OBJECT' });
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
    gates.seeComplex(input.caseComplexId!);
    targets = repo.findComplexReferrals(ctx.deps.db, input.caseComplexId!).filter((facts) => {
      const { access } = accessToReferralById(ctx, viewer, facts.id);
      return !(access && rank(access.level) >= rank(input.level)) && !repo.findOpenRequest(ctx.deps.db, { referralId: facts.id, organisationId: viewer.organisationId });
    });
    if (targets.length === 0) {
      throw badInput('input.caseComplexId', 'Your organisation holds that access, or has asked for it, on every referral linked to the complex', 'ALREADY_IN_EFFECT');
    }
  }
  return runAudited(ctx, (unit) =>
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
    const held = findCandidateGrants(unit.tx, { referralIds: [referral.id], organisationId: options.organisationId, userId: '', now })
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

// --- Finding a request -------------------------------------------------------------------------

type TSide = 'REQUESTER' | 'CONTROLLER';

/** The request, the referral it is about, and the side the viewer is on; NOT_FOUND (audited) for anyone else. */
function loadRequest(ctx: TContext, viewer: TViewer, id: string, action: TAuditAction): { request: TRequestRow; referral: TReferralFacts; side: TSide } {
  const request = repo.findRequest(ctx.deps.db, id);
  const referral = request ? repo.findReferralFacts(ctx.deps.db, request.referralId) : undefined;
  if (request && referral) {
    if (request.organisationId === viewer.organisationId) return { request, referral, side: 'REQUESTER' };
    if (isReferralController(viewer, referral) && request.state !== 'AWAITING_CONFIRMATION') return { request, referral, side: 'CONTROLLER' };
  }
  denied(ctx, { action, objectType: 'AccessRequest', objectId: id, subjectId: referral?.subjectId, reason: 'NO_ACCESS' });
  throw notFound('No such access request');
}

function assertState(request: TRequestRow, allowed: readonly TRequestState[], action: string): void {
  if (!(allowed as readonly string[]).includes(request.state)) {
    throw new AppError('INVALID_TRANSITION', `The request is ${request.state.toLowerCase().replace('_', ' ')}`, { state: request.state, action });
  }
}

function moved(ok: boolean, request: TRequestRow, action: string): void {
  if (!ok) throw new AppError('CONFLICT', 'The request was changed meanwhile: load it again', { state: request.state, action });
}

// --- The requester's side ----------------------------------------------------------------------

export function confirmAccessRequest(ctx: TContext, input: { id: string; input: unknown }): TRequestRow {
  const viewer = requireViewer(ctx.viewer);
  const values = parseInput(ZConfirmAccessRequestInput, input.input, 'input');
  const { request, referral } = loadRequest(ctx, viewer, input.id, 'ACCESS_REQUEST_CONFIRM');
  if (!mayActForRequester(viewer, request)) {
    denied(ctx, { action: 'ACCESS_REQUEST_CONFIRM', objectType: 'AccessRequest', objectId: request.id, subjectId: referral.subjectId, reason: 'NOT_PERMITTED' });
    throw new AppError('FORBIDDEN', "Only the requesting organisation's caseworkers confirm its requests");
  }
  assertState(request, ['AWAITING_CONFIRMATION'], 'CONFIRM');
  runAudited(ctx, (unit) => {
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

export function withdrawAccessRequest(ctx: TContext, input: { id: string }): TRequestRow {
  const viewer = requireViewer(ctx.viewer);
  const { request, referral } = loadRequest(ctx, viewer, input.id, 'ACCESS_REQUEST_WITHDRAW');
  if (!mayActForRequester(viewer, request)) {
    denied(ctx, { action: 'ACCESS_REQUEST_WITHDRAW', objectType: 'AccessRequest', objectId: request.id, subjectId: referral.subjectId, reason: 'NOT_PERMITTED' });
    throw new AppError('FORBIDDEN', "Only the requesting organisation's caseworkers withdraw its requests");
  }
  assertState(request, OPEN_REQUEST_STATES, 'WITHDRAW');
  runAudited(ctx, (unit) => {
    moved(repo.moveRequest(unit.tx, ctx.deps.sealer, request.id, OPEN_REQUEST_STATES, { state: 'WITHDRAWN', decidedAt: unit.now.toISOString(), decidedByUserId: viewer.userId, decidedByOrganisationId: viewer.organisationId }), request, 'WITHDRAW');
    auditRequest(unit, 'ACCESS_REQUEST_WITHDRAW', request, referral);
  });
  return repo.findRequest(ctx.deps.db, request.id)!;
}

// --- The controller's side ---------------------------------------------------------------------

function loadForDecision(ctx: TContext, viewer: TViewer, id: string, action: TAuditAction) {
  const loaded = loadRequest(ctx, viewer, id, action);
  // The requester never decides on its own request, whatever roles it holds.
  if (loaded.side !== 'CONTROLLER' || !mayDecideAccessRequest(viewer, loaded.referral, loaded.request)) {
    denied(ctx, { action, objectType: 'AccessRequest', objectId: id, subjectId: loaded.referral.subjectId, reason: 'NOT_CONTROLLER' });
    throw new AppError('FORBIDDEN', "Only the referral's controller (a coordinator of its competent authority, or of CMM) decides on an access request");
  }
  return loaded;
}

export function approveAccessRequest(ctx: TContext, input: { id: string; expiresAt: unknown; level?: unknown; consentOverrideReason?: unknown }): TRequestRow {
  const viewer = requireViewer(ctx.viewer);
  const values = parseInput(ZApproveAccessRequest, { expiresAt: input.expiresAt, level: input.level, consentOverrideReason: input.consentOverrideReason });
  const { request, referral } = loadForDecision(ctx, viewer, input.id, 'ACCESS_REQUEST_APPROVE');
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
  runAudited(ctx, (unit) => {
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

export function refuseAccessRequest(ctx: TContext, input: { id: string; reason: string }): TRequestRow {
  const viewer = requireViewer(ctx.viewer);
  const reason = parseInput(ZRefusalReason, input.reason, 'reason');
  const { request, referral } = loadForDecision(ctx, viewer, input.id, 'ACCESS_REQUEST_REFUSE');
  assertState(request, ['PENDING'], 'REFUSE');
  runAudited(ctx, (unit) => {
    const decision = { state: 'REFUSED', decidedAt: unit.now.toISOString(), decidedByUserId: viewer.userId, decidedByOrganisationId: viewer.organisationId, refusalReason: reason };
    moved(repo.moveRequest(unit.tx, ctx.deps.sealer, request.id, ['PENDING'], decision), request, 'REFUSE');
    auditRequest(unit, 'ACCESS_REQUEST_REFUSE', request, referral);
    tellRequester(ctx, unit, request, 'ACCESS_REQUEST_REFUSED');
  });
  return repo.findRequest(ctx.deps.db, request.id)!;
}

// --- Lists ---------------------------------------------------------------------------------------

/**
 * The organisation's own requests, and (for a controller) the requests on the referrals it
 * controls, awaiting its decision first when `state` is PENDING: the controller's task list.
 */
export function listAccessRequests(ctx: TContext, input: { state?: unknown }): TRequestRow[] {
  const viewer = requireViewer(ctx.viewer);
  const state = parseInput(ZRequestState, input.state, 'state') ?? null;
  const rows = repo.listRequests(ctx.deps.db, { organisationId: viewer.organisationId, controlsAll: viewer.organisationKind === 'CMM', state, limit: 500 });
  recordAudit(ctx, [{ action: 'ACCESS_REQUESTS_READ', objectType: 'AccessRequest', details: { state, results: rows.length } }]);
  return rows;
}

export function accessRequest(ctx: TContext, input: { id: string }): TRequestRow {
  const viewer = requireViewer(ctx.viewer);
  const { request, referral } = loadRequest(ctx, viewer, input.id, 'ACCESS_REQUEST_READ');
  recordAudit(ctx, [{ action: 'ACCESS_REQUEST_READ', objectType: 'AccessRequest', objectId: request.id, subjectId: referral.subjectId, details: { state: request.state } }]);
  return request;
}

/** A request's sealed reason and refusal reason, opened for showing. */
export function requestTexts(ctx: TContext, request: TRequestRow): TRequestRow {
  return repo.openRequestTexts(ctx.deps.sealer, request);
}

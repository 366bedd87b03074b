// Case complexes (PRODUCT.md journey 3): one criminal network's referrals, operations and
// suspects, and the criminal case against each suspect. Who sees what is decided by
// caseComplexAccess in core/access.ts (docs/adr/0007); every change is one audited unit of work.
import type { TAuditAction } from '../../core/audit-actions.js';
import {
  caseComplexAccess,
  mayLeadCaseComplex,
  mayManageCaseComplex,
  mayRecordCaseEvent,
  operationAccess,
  referralAccess,
  requireViewer,
  seesReferralAsAuthority,
  isInvestigatingOrganisation,
  type TCaseComplexAccess,
  type TViewer,
} from '../../core/access.js';
import { recordAudit, runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { loadVisible as loadGated, refuse, type TGate } from '../../core/gate.js';
import { parseInput } from '../../core/validation.js';
import { notify, organisationRecipients } from '../notifications/notifications.service.js';
import { openHandOverRequests } from '../sharing/access-requests.service.js';
import { recordComplexGrantsCover } from '../sharing/sharing.service.js';
import { findOrganisationByCode } from '../organisations/organisations.service.js';
import { localDate } from '../../core/calendar.js';
import { getReferral, type TReferralView } from '../referrals/referrals.service.js';
import { referralSharing } from '../referrals/referrals.service.js';
import { loadVisibleOperation } from '../operations/operations.service.js';
import * as repo from './case-complexes.repo.js';
import { ZCaseEventInput, ZCreateCaseComplexInput, ZSuspectInput } from './case-complexes.validation.js';

export type TComplexView = { row: repo.TComplexRow; access: TCaseComplexAccess };

const HAND_OVER_RECIPIENT_ROLES = ['COORDINATOR', 'INVESTIGATOR'] as const;

function link(id: string): string {
  return `/case-complexes/${id}`;
}

/** The access the viewer holds on each complex, from the facts the gate needs (one query per kind of fact). */
export function accessToComplexes(ctx: TContext, viewer: TViewer, rows: readonly repo.TComplexRow[]): Map<string, TCaseComplexAccess> {
  const db = ctx.deps.db;
  const ids = rows.map((r) => r.id);
  const handedOver = repo.findHandedOverBy(db, ids, viewer.organisationId);
  const visible = new Set<string>();
  const asAuthority = new Set<string>();
  const linked = repo.findLinkedReferrals(db, ids);
  const sharing = referralSharing(ctx, viewer, [...new Set(linked.map((r) => r.referral.id))]);
  for (const { link: l, referral } of linked) {
    const access = referralAccess(viewer, referral, sharing(referral.id));
    if (access.level !== 'NONE') visible.add(l.caseComplexId);
    if (seesReferralAsAuthority(access)) asAuthority.add(l.caseComplexId);
  }
  for (const { link: l, operation, invitationStatus } of repo.findLinkedOperations(db, ids, viewer.organisationId)) {
    if (operationAccess(viewer, { leadOrganisationId: operation.leadOrganisationId, invitationStatus }).level !== 'NONE') visible.add(l.caseComplexId);
  }
  return new Map(
    rows.map((row) => [
      row.id,
      caseComplexAccess(viewer, {
        leadOrganisationId: row.leadOrganisationId,
        formerLead: handedOver.has(row.id),
        linkedRecordVisible: visible.has(row.id),
        linkedReferralAsAuthority: asAuthority.has(row.id),
      }),
    ]),
  );
}

/** A complex the viewer may see, or the refused look is recorded and the answer is NOT_FOUND. */
/** Loading a case complex for a viewer (core/gate.ts): NOT_FOUND, audited, for who does not see it. */
const COMPLEX_GATE: TGate<repo.TComplexRow, TCaseComplexAccess> = {
  objectType: 'CaseComplex',
  missing: 'No such case complex',
  load: (ctx, id) => repo.findComplex(ctx.deps.db, ctx.deps.sealer, id),
  accessOf: (ctx, viewer, row) => accessToComplexes(ctx, viewer, [row]).get(row.id)!,
};

function loadVisible(ctx: TContext, id: string, attempted: TAuditAction): TComplexView {
  return loadGated(ctx, COMPLEX_GATE, id, attempted);
}

/** A complex the viewer may see and change as `may` says, else NOT_FOUND or FORBIDDEN (both audited). */
function loadForChange(ctx: TContext, id: string, attempted: TAuditAction, may: (access: TCaseComplexAccess) => boolean, what: string): TComplexView {
  const view = loadVisible(ctx, id, attempted);
  if (!may(view.access)) refuse(ctx, COMPLEX_GATE, { id, row: view.row, attempted, message: `Only ${what} may do this` });
  // Retention erased it (its data key is shredded): it stays as a record of facts and can no longer be changed.
  if (view.row.erasedAt) throw new AppError('INVALID_TRANSITION', 'This case complex was erased under the retention rules and can no longer be changed', { state: 'ERASED', action: attempted });
  return view;
}

export function getCaseComplex(ctx: TContext, input: { id: string }): TComplexView {
  return loadVisible(ctx, input.id, 'CASE_COMPLEX_READ');
}

export function listCaseComplexes(ctx: TContext): TComplexView[] {
  const viewer = requireViewer(ctx.viewer);
  const all = viewer.organisationCode === 'NSK' || viewer.organisationKind === 'PROSECUTION';
  const candidates = repo.findCandidateComplexes(ctx.deps.db, ctx.deps.sealer, { organisationId: viewer.organisationId, all, allSubmittedReferrals: viewer.organisationKind === 'CMM' });
  const access = accessToComplexes(ctx, viewer, candidates);
  const views = candidates.map((row) => ({ row, access: access.get(row.id)! })).filter((v) => v.access.level !== 'NONE');
  recordAudit(ctx, [{ action: 'CASE_COMPLEX_SEARCH', objectType: 'CaseComplex', purpose: 'INVESTIGATION', details: { results: views.length } }]);
  return views;
}

export function createCaseComplex(ctx: TContext, raw: unknown): TComplexView {
  const viewer = requireViewer(ctx.viewer);
  const input = parseInput(ZCreateCaseComplexInput, raw, 'input');
  const organisation = findOrganisationByCode(ctx.deps.db, viewer.organisationCode);
  if (!organisation || !mayLeadCaseComplex(organisation)) {
    recordAudit(ctx, [{ action: 'CASE_COMPLEX_CREATE', objectType: 'CaseComplex', outcome: 'DENIED', details: { reason: 'NOT_A_LEAD_ORGANISATION' } }]);
    throw new AppError('FORBIDDEN', 'Only a police district or NSK leads a case complex');
  }
  const id = runAudited(ctx, (unit) => {
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
  return getCaseComplex(ctx, { id });
}

export function handOverCaseComplex(ctx: TContext, input: { id: string; toOrganisationCode: string }): TComplexView {
  const viewer = requireViewer(ctx.viewer);
  const view = loadForChange(ctx, input.id, 'CASE_COMPLEX_HAND_OVER', mayManageCaseComplex, 'the lead organisation');
  const to = findOrganisationByCode(ctx.deps.db, input.toOrganisationCode.trim().toUpperCase());
  if (!to) throw badInput('toOrganisationCode', 'Unknown organisation', 'UNKNOWN_ORGANISATION');
  if (!mayLeadCaseComplex(to)) throw badInput('toOrganisationCode', 'A case complex is led by a police district or NSK', 'ORGANISATION_NOT_ALLOWED');
  if (to.id === view.row.leadOrganisationId) throw badInput('toOrganisationCode', 'That organisation leads the complex already', 'ALREADY_IN_EFFECT');
  runAudited(ctx, (unit) => {
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
  return getCaseComplex(ctx, { id: view.row.id });
}

export function linkReferralToCaseComplex(ctx: TContext, input: { caseComplexId: string; referralId: string }): TComplexView {
  const viewer = requireViewer(ctx.viewer);
  const view = loadForChange(ctx, input.caseComplexId, 'CASE_COMPLEX_LINK_REFERRAL', mayManageCaseComplex, 'the lead organisation');
  // The referral gate decides: a referral the viewer may not see is NOT_FOUND (and that look is audited).
  const referral = getReferral(ctx, { id: input.referralId });
  if (referral.row.state === 'DRAFT') throw badInput('referralId', 'A draft referral cannot be linked: submit it first', 'DRAFT_NOT_ALLOWED');
  runAudited(ctx, (unit) => {
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
  return getCaseComplex(ctx, { id: view.row.id });
}

export function linkOperationToCaseComplex(ctx: TContext, input: { caseComplexId: string; operationId: string }): TComplexView {
  const viewer = requireViewer(ctx.viewer);
  const view = loadForChange(ctx, input.caseComplexId, 'CASE_COMPLEX_LINK_OPERATION', mayManageCaseComplex, 'the lead organisation');
  // The operations gate: the lead and invited organisations see an operation; anyone else gets NOT_FOUND.
  const operation = loadVisibleOperation(ctx, input.operationId, 'CASE_COMPLEX_LINK_OPERATION');
  runAudited(ctx, (unit) => {
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
  return getCaseComplex(ctx, { id: view.row.id });
}

export type TSuspectView = { row: repo.TSuspectRow; complex: TComplexView };

export function addSuspect(ctx: TContext, input: { caseComplexId: string; input: unknown }): TSuspectView {
  const viewer = requireViewer(ctx.viewer);
  const data = parseInput(ZSuspectInput, input.input, 'input');
  if (data.dateOfBirth && data.dateOfBirth > localDate(ctx.deps.clock.now())) throw badInput('input.dateOfBirth', 'The date of birth cannot be in the future', 'DATE_IN_FUTURE');
  const complex = loadForChange(ctx, input.caseComplexId, 'SUSPECT_ADD', mayManageCaseComplex, 'the lead organisation');
  const id = runAudited(ctx, (unit) => {
    const suspectId = newId();
    const at = unit.now.toISOString();
    repo.insertSuspect(unit.tx, ctx.deps.sealer, { id: suspectId, caseComplexId: complex.row.id, ...data, createdAt: at, createdByUserId: viewer.userId });
    repo.updateComplex(unit.tx, ctx.deps.sealer, complex.row.id, { updatedAt: at });
    unit.audit({ action: 'SUSPECT_ADD', objectType: 'Suspect', objectId: suspectId, dataCategory: 'SUSPECT', purpose: 'INVESTIGATION', details: { caseComplexId: complex.row.id } });
    return suspectId;
  });
  return { row: repo.findSuspect(ctx.deps.db, ctx.deps.sealer, id)!, complex };
}

export function recordCaseEvent(ctx: TContext, input: { caseComplexId: string; input: unknown }): repo.TCaseEventRow {
  const viewer = requireViewer(ctx.viewer);
  const data = parseInput(ZCaseEventInput, input.input, 'input');
  if (data.occurredOn > localDate(ctx.deps.clock.now())) throw badInput('input.occurredOn', 'Cannot be in the future', 'DATE_IN_FUTURE');
  const complex = loadForChange(ctx, input.caseComplexId, 'CASE_EVENT_RECORD', mayRecordCaseEvent, 'the lead police organisation or the prosecution');
  const suspect = repo.findSuspect(ctx.deps.db, ctx.deps.sealer, data.suspectId);
  if (!suspect || suspect.caseComplexId !== complex.row.id) throw badInput('input.suspectId', 'No such suspect in this case complex', 'UNKNOWN_REFERENCE');
  if (suspect.erasedAt) throw new AppError('INVALID_TRANSITION', 'This suspect was erased under the retention rules and can no longer be changed', { state: 'ERASED', action: 'CASE_EVENT_RECORD' });
  const id = runAudited(ctx, (unit) => {
    const eventId = newId();
    const at = unit.now.toISOString();
    repo.insertCaseEvent(unit.tx, ctx.deps.sealer, {
      id: eventId,
      caseComplexId: complex.row.id,
      suspectId: suspect.id,
      kind: data.kind,
      provision: data.provision,
      provisionText: data.provisionText,
      occurredOn: data.occurredOn,
      note: data.note,
      actorUserId: viewer.userId,
      actorOrganisationId: viewer.organisationId,
      createdAt: at,
    });
    repo.updateComplex(unit.tx, ctx.deps.sealer, complex.row.id, { updatedAt: at });
    unit.audit({
      action: 'CASE_EVENT_RECORD',
      objectType: 'Suspect',
      objectId: suspect.id,
      dataCategory: 'SUSPECT',
      purpose: 'INVESTIGATION',
      details: { caseComplexId: complex.row.id, kind: data.kind, provision: data.provision },
    });
    return eventId;
  });
  return repo.findCaseEvent(ctx.deps.db, ctx.deps.sealer, id)!;
}

/** The current stage of a suspect's case: the latest event by occurredOn (then by when it was recorded). */
export function currentStage(events: readonly repo.TCaseEventRow[]): repo.TCaseEventRow | null {
  let latest: repo.TCaseEventRow | null = null;
  for (const event of events) {
    if (!latest || event.occurredOn > latest.occurredOn || (event.occurredOn === latest.occurredOn && event.createdAt >= latest.createdAt)) latest = event;
  }
  return latest;
}

// --- Reading the parts of a complex (batched per request in case-complex-reader.ts) -------------

/** The linked referrals the viewer may see, as views the Referral type resolves. */
export function visibleReferralsOf(ctx: TContext, rows: ReadonlyArray<{ link: repo.TReferralLinkRow; referral: repo.TReferralRow }>): TReferralView[] {
  const viewer = requireViewer(ctx.viewer);
  const sharing = referralSharing(ctx, viewer, rows.map((r) => r.referral.id));
  return rows.map(({ referral }) => ({ row: referral, access: referralAccess(viewer, referral, sharing(referral.id)) })).filter((v) => v.access.level !== 'NONE');
}

/** Whether a viewer who sees a referral may learn which complexes it belongs to (docs/adr/0007). */
export function mayLearnComplexesOf(viewer: TViewer, referral: TReferralView): boolean {
  return referral.access.level !== 'NONE' && (isInvestigatingOrganisation(viewer) || seesReferralAsAuthority(referral.access));
}

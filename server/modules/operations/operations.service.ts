// Joint operations (inspections and raids across agencies): planning, invitations and answers,
// the state machine's moves, outcomes, the calendar list and the reminders. Every look goes
// through the access gate first (NOT_FOUND for organisations that are not lead or invited), and
// every change is one audited unit of work that tells those concerned (no details in mail).
import type { TAuditAction } from '../../core/audit-actions.js';
import {
  hasAnyRole,
  mayPlanOperation,
  mayRecordOperationOutcome,
  mayRespondToOperation,
  OPERATION_ACTORS,
  operationAccess,
  requireViewer,
  type TOperationAccess,
  type TViewer,
} from '../../core/access.js';
import { recordAudit, runAudited, type TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { TNotificationKind } from '../../core/notification-kinds.js';
import { loadVisible as loadGated, refuse, type TGate } from '../../core/gate.js';
import { decodeCursor, encodeCursor, pageOf, pageSize } from '../../core/pagination.js';
import { parseInput } from '../../core/validation.js';
import { notify, organisationRecipients } from '../notifications/notifications.service.js';
import { findOrganisationByCode, findOrganisationById } from '../organisations/organisations.service.js';
import { transition, type TOperationAction, type TOperationState } from './operation-state-machine.js';
import { checkTimeWindow, cmmAnswerOverdue, reminderDue } from './operations.policy.js';
import * as repo from './operations.repo.js';
import {
  ZAttendeeIds,
  ZCreateOperationInput,
  ZNote,
  ZOrganisationCodes,
  ZOutcomeInput,
  ZReason,
  ZUpdateOperationInput,
  type TCreateOperationInput,
} from './operations.validation.js';

export type TOperationView = { row: repo.TOperationRow; access: TOperationAccess };

const RESPONDER_ROLES = ['COORDINATOR', 'CASEWORKER'] as const;

export function operationLink(operationId: string): string {
  return `/operations/${operationId}`;
}

function viewerInvitationStatus(ctx: TContext, operationId: string, viewer: TViewer): string | null {
  return repo.findInvitation(ctx.deps.db, ctx.deps.sealer, operationId, viewer.organisationId)?.status ?? null;
}

function accessToOperation(ctx: TContext, viewer: TViewer | null, row: repo.TOperationRow): TOperationAccess {
  const status = viewer ? viewerInvitationStatus(ctx, row.id, viewer) : null;
  return operationAccess(viewer, { leadOrganisationId: row.leadOrganisationId, invitationStatus: status });
}

/** Loading an operation for a viewer (core/gate.ts): the lead and invited organisations see it; NOT_FOUND for anyone else. */
const OPERATION_GATE: TGate<repo.TOperationRow, TOperationAccess> = {
  objectType: 'Operation',
  missing: 'No such operation',
  load: (ctx, id) => repo.findOperation(ctx.deps.db, ctx.deps.sealer, id),
  accessOf: accessToOperation,
};

/**
 * An operation the viewer's organisation may see, or a DENIED record of `attempted` and NOT_FOUND.
 * Exported for other modules' actions on an operation (linking it to a case complex).
 */
export function loadVisibleOperation(ctx: TContext, id: string, attempted: TAuditAction): TOperationView {
  return loadGated(ctx, OPERATION_GATE, id, attempted);
}
const loadVisible = loadVisibleOperation;

export function getOperation(ctx: TContext, input: { id: string }): TOperationView {
  return loadVisible(ctx, input.id, 'OPERATION_READ');
}

/** For other modules (a referral made during an operation): may the viewer's organisation see it? */
export function isOperationVisible(ctx: TContext, operationId: string): boolean {
  const row = repo.findOperation(ctx.deps.db, ctx.deps.sealer, operationId);
  return !!row && accessToOperation(ctx, ctx.viewer, row).level !== 'NONE';
}

function cmmOrganisationId(ctx: TContext): string {
  const cmm = findOrganisationByCode(ctx.deps.db, 'CMM');
  if (!cmm) throw new Error('Organisation CMM is not seeded');
  return cmm.id;
}

function notifyOrganisations(
  ctx: TContext,
  unit: TUnitOfWork,
  options: { organisationIds: string[]; roles: readonly string[]; kind: TNotificationKind; operationId: string; alsoUserIds?: string[] },
): void {
  const userIds = options.organisationIds.flatMap((organisationId) => organisationRecipients(unit, { organisationId, roles: options.roles }));
  const also = repo.filterActiveUsers(unit.tx, options.alsoUserIds ?? []);
  notify(unit, { ctx, userIds: [...userIds, ...also], kind: options.kind, objectType: 'Operation', objectId: options.operationId, link: operationLink(options.operationId) });
}

/** Everyone taking part but the lead: the coordinators and named attendees of invited organisations that have not declined. */
function notifyInvited(ctx: TContext, unit: TUnitOfWork, operationId: string, kind: TNotificationKind): void {
  const invitations = repo.findInvitations(unit.tx, ctx.deps.sealer, [operationId]).filter((i) => i.status !== 'DECLINED');
  notifyOrganisations(ctx, unit, {
    organisationIds: invitations.map((i) => i.organisationId),
    roles: ['COORDINATOR'],
    kind,
    operationId,
    alsoUserIds: invitations.flatMap((i) => i.attendeeUserIds),
  });
}

/** Adds invitations for the organisations not yet invited and tells them; returns how many were new. */
function invite(ctx: TContext, unit: TUnitOfWork, row: repo.TOperationRow, organisationIds: string[]): number {
  const existing = new Set(repo.findInvitations(unit.tx, ctx.deps.sealer, [row.id]).map((i) => i.organisationId));
  const fresh = [...new Set(organisationIds)].filter((id) => !existing.has(id) && id !== row.leadOrganisationId);
  for (const organisationId of fresh) {
    repo.insertInvitation(unit.tx, ctx.deps.sealer, { operationId: row.id, organisationId, status: 'INVITED', invitedAt: unit.now.toISOString(), attendeeUserIds: [] });
  }
  if (fresh.length > 0) notifyOrganisations(ctx, unit, { organisationIds: fresh, roles: RESPONDER_ROLES, kind: 'OPERATION_INVITATION', operationId: row.id });
  return fresh.length;
}

function targetRows(targets: TCreateOperationInput['targets']) {
  return (targets ?? []).map((t) => ({ id: newId(), address: t.address, description: t.description ?? null }));
}

export function createOperation(ctx: TContext, raw: unknown): TOperationView {
  const viewer = requireViewer(ctx.viewer);
  const input = parseInput(ZCreateOperationInput, raw, 'input');
  checkTimeWindow({ startsAt: input.startsAt, endsAt: input.endsAt, notBefore: ctx.deps.clock.now(), prefix: 'input.' });
  // The lead is the creator's organisation; only its coordinators plan (the schema admits COORDINATOR only).
  if (!hasAnyRole(viewer, OPERATION_ACTORS.plan)) throw new AppError('FORBIDDEN', 'Only coordinators plan operations');
  const id = runAudited(ctx, (unit) => {
    const operationId = newId();
    const at = unit.now.toISOString();
    repo.insertOperation(unit.tx, ctx.deps.sealer, {
      id: operationId,
      version: 1,
      state: 'DRAFT',
      codename: input.codename,
      objective: input.objective,
      sector: input.sector ?? null,
      region: input.region,
      startsAt: input.startsAt.toISOString(),
      endsAt: input.endsAt.toISOString(),
      briefingPoint: input.briefingPoint ?? null,
      requestCmmAttendance: input.requestCmmAttendance ?? false,
      interpreterLanguages: [...new Set(input.interpreterLanguages ?? [])],
      leadOrganisationId: viewer.organisationId,
      createdByUserId: viewer.userId,
      createdAt: at,
      updatedAt: at,
    });
    const targets = targetRows(input.targets);
    repo.replaceTargets(unit.tx, ctx.deps.sealer, operationId, targets);
    unit.audit({ action: 'OPERATION_CREATE', objectType: 'Operation', objectId: operationId, dataCategory: 'OPERATION_TARGETS', details: { targets: targets.length } });
    return operationId;
  });
  return getOperation(ctx, { id });
}

type TPlan = {
  values?: Partial<repo.TOperationRow>;
  /** Runs in the unit after the row was updated (invitations, notifications); its result goes in the audit details. */
  after?: (unit: TUnitOfWork, updated: repo.TOperationRow) => Record<string, string | number | boolean | null> | void;
  dataCategory?: 'OPERATION_TARGETS' | null;
};

type TMoveOptions = {
  id: string;
  action: TOperationAction;
  expectedVersion?: number;
  authorise: (viewer: TViewer, access: TOperationAccess) => boolean;
  refusal: string;
  plan: (view: TOperationView, viewer: TViewer, now: Date) => TPlan;
  /** Whether the move changes the operation row (and so its version); answers and outcomes do not. */
  touchesRow?: boolean;
};

/**
 * One move: the gate (NOT_FOUND, audited), the state table (INVALID_TRANSITION), who may act
 * (FORBIDDEN, audited), the optimistic version check (CONFLICT), then one audited unit of work.
 */
function move(ctx: TContext, options: TMoveOptions): TOperationView {
  const viewer = requireViewer(ctx.viewer);
  const auditAction = `OPERATION_${options.action}` as const;
  const view = loadVisible(ctx, options.id, auditAction);
  // Retention erased its targets and notes (its data key is shredded): it can no longer be changed.
  if (view.row.erasedAt) {
    throw new AppError('INVALID_TRANSITION', 'This operation was erased under the retention rules and can no longer be changed', { state: view.row.state, action: options.action });
  }
  const to: TOperationState = transition(view.row.state as TOperationState, options.action);
  if (!options.authorise(viewer, view.access)) {
    refuse(ctx, OPERATION_GATE, { id: view.row.id, row: view.row, attempted: auditAction, message: options.refusal });
  }
  if (options.expectedVersion !== undefined && options.expectedVersion !== view.row.version) {
    throw new AppError('CONFLICT', 'The operation has changed since you loaded it; reload and try again', { field: 'version' });
  }
  runAudited(ctx, (unit) => {
    const planned = options.plan(view, viewer, unit.now);
    if (options.touchesRow !== false) {
      const values = { ...planned.values, state: to, updatedAt: unit.now.toISOString() };
      if (!repo.updateOperationAtVersion(unit.tx, ctx.deps.sealer, view.row.id, view.row.version, values)) {
        throw new AppError('CONFLICT', 'The operation has changed since you loaded it; reload and try again', { field: 'version' });
      }
    }
    const details = planned.after?.(unit, repo.findOperation(unit.tx, ctx.deps.sealer, view.row.id)!) ?? {};
    unit.audit({
      action: auditAction,
      objectType: 'Operation',
      objectId: view.row.id,
      dataCategory: planned.dataCategory ?? null,
      details: { from: view.row.state, to, ...details },
    });
  });
  return getOperation(ctx, { id: options.id });
}

const PLANNER_REFUSAL = 'Only coordinators of the lead organisation plan and move this operation';

export function updateOperation(ctx: TContext, input: { id: string; version: number; input: unknown }): TOperationView {
  const changes = parseInput(ZUpdateOperationInput, input.input, 'input');
  for (const key of ['codename', 'objective', 'region', 'startsAt', 'endsAt', 'requestCmmAttendance'] as const) {
    if (changes[key] === null) throw badInput(`input.${key}`, 'Required: leave it out to keep it', 'REQUIRED');
  }
  return move(ctx, {
    id: input.id,
    action: 'UPDATE',
    expectedVersion: input.version,
    authorise: mayPlanOperation,
    refusal: PLANNER_REFUSAL,
    plan: ({ row }, _viewer, now) => {
      const startsAt = changes.startsAt ?? new Date(row.startsAt);
      const endsAt = changes.endsAt ?? new Date(row.endsAt);
      const moved = startsAt.toISOString() !== row.startsAt || endsAt.toISOString() !== row.endsAt;
      if (moved) checkTimeWindow({ startsAt, endsAt, notBefore: startsAt.toISOString() !== row.startsAt ? now : null, prefix: 'input.' });
      const values: Partial<repo.TOperationRow> = { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() };
      if (changes.codename) values.codename = changes.codename;
      if (changes.objective) values.objective = changes.objective;
      if (changes.sector !== undefined) values.sector = changes.sector;
      if (changes.region) values.region = changes.region;
      if (changes.briefingPoint !== undefined) values.briefingPoint = changes.briefingPoint;
      if (changes.requestCmmAttendance !== undefined && changes.requestCmmAttendance !== null) values.requestCmmAttendance = changes.requestCmmAttendance;
      if (changes.interpreterLanguages) values.interpreterLanguages = [...new Set(changes.interpreterLanguages)];
      const secret = changes.targets !== undefined || changes.briefingPoint !== undefined;
      return {
        values,
        dataCategory: secret ? 'OPERATION_TARGETS' : null,
        after: (unit, updated) => {
          if (changes.targets) repo.replaceTargets(unit.tx, ctx.deps.sealer, row.id, targetRows(changes.targets));
          let invited = 0;
          // Asked for CMM after planning: CMM is invited at once, as at planning.
          if (updated.state !== 'DRAFT' && updated.requestCmmAttendance && !row.requestCmmAttendance) invited = invite(ctx, unit, updated, [cmmOrganisationId(ctx)]);
          if (moved && updated.state !== 'DRAFT') notifyInvited(ctx, unit, row.id, 'OPERATION_CHANGED');
          return { moved, invited };
        },
      };
    },
  });
}

export function inviteToOperation(ctx: TContext, input: { id: string; organisationCodes: string[] }): TOperationView {
  const codes = parseInput(ZOrganisationCodes, input.organisationCodes, 'organisationCodes');
  const organisationIds = codes.map((code) => {
    const organisation = findOrganisationByCode(ctx.deps.db, code);
    if (!organisation) throw badInput('organisationCodes', 'Unknown organisation', 'UNKNOWN_ORGANISATION');
    return organisation.id;
  });
  return move(ctx, {
    id: input.id,
    action: 'INVITE',
    authorise: mayPlanOperation,
    refusal: PLANNER_REFUSAL,
    plan: ({ row }, _viewer, now) => {
      if (organisationIds.includes(row.leadOrganisationId)) throw badInput('organisationCodes', 'Your organisation leads this operation', 'ORGANISATION_NOT_ALLOWED');
      if (row.startsAt < now.toISOString()) {
        throw new AppError('INVALID_TRANSITION', 'The operation’s start has passed: move its time window before inviting', { state: row.state, action: 'INVITE' });
      }
      const wanted = [...organisationIds];
      if (row.requestCmmAttendance) wanted.push(cmmOrganisationId(ctx));
      const already = new Set(repo.findInvitations(ctx.deps.db, ctx.deps.sealer, [row.id]).map((i) => i.organisationId));
      if (wanted.filter((id) => id !== row.leadOrganisationId && !already.has(id)).length === 0) {
        throw badInput('organisationCodes', row.state === 'DRAFT' ? 'Invite at least one organisation' : 'These organisations are invited already', row.state === 'DRAFT' ? 'TOO_FEW' : 'ALREADY_IN_EFFECT');
      }
      return { after: (unit, updated) => ({ invited: invite(ctx, unit, updated, wanted) }) };
    },
  });
}

export function respondToInvitation(
  ctx: TContext,
  input: { operationId: string; accept: boolean; attendeeUserIds?: string[] | null; note?: string | null },
): TOperationView {
  const viewer = requireViewer(ctx.viewer);
  const note = parseInput(ZNote, input.note, 'note') ?? null;
  const attendees = input.accept ? [...new Set(parseInput(ZAttendeeIds, input.attendeeUserIds ?? [], 'attendeeUserIds'))] : [];
  if (input.accept && attendees.length === 0) throw badInput('attendeeUserIds', 'Name at least one attendee when accepting', 'ATTENDEES_REQUIRED');
  if (!input.accept && (input.attendeeUserIds ?? []).length > 0) throw badInput('attendeeUserIds', 'An organisation that declines names no attendees', 'ATTENDEES_NOT_ALLOWED');
  return move(ctx, {
    id: input.operationId,
    action: 'RESPOND',
    authorise: mayRespondToOperation,
    refusal: 'Only an invited organisation’s coordinators and caseworkers answer its invitation',
    touchesRow: false,
    plan: ({ row }) => {
      const valid = new Set(repo.findActiveUsersOfOrganisation(ctx.deps.db, viewer.organisationId, attendees));
      if (attendees.some((id) => !valid.has(id))) throw badInput('attendeeUserIds', 'Attendees must be active users of your organisation', 'ATTENDEE_NOT_ALLOWED');
      return {
        after: (unit) => {
          const status = input.accept ? 'ACCEPTED' : 'DECLINED';
          repo.updateInvitation(unit.tx, ctx.deps.sealer, row.id, viewer.organisationId, {
            status,
            respondedAt: unit.now.toISOString(),
            respondedByUserId: viewer.userId,
            attendeeUserIds: attendees,
            note,
          });
          notifyOrganisations(ctx, unit, {
            organisationIds: [row.leadOrganisationId],
            roles: ['COORDINATOR'],
            kind: input.accept ? 'OPERATION_ACCEPTED' : 'OPERATION_DECLINED',
            operationId: row.id,
            alsoUserIds: [row.createdByUserId],
          });
          return { status, attendees: attendees.length };
        },
      };
    },
  });
}

export function confirmOperation(ctx: TContext, input: { id: string }): TOperationView {
  return move(ctx, { id: input.id, action: 'CONFIRM', authorise: mayPlanOperation, refusal: PLANNER_REFUSAL, plan: () => ({}) });
}

export function startOperation(ctx: TContext, input: { id: string }): TOperationView {
  return move(ctx, { id: input.id, action: 'START', authorise: mayPlanOperation, refusal: PLANNER_REFUSAL, plan: () => ({}) });
}

export function completeOperation(ctx: TContext, input: { id: string }): TOperationView {
  return move(ctx, { id: input.id, action: 'COMPLETE', authorise: mayPlanOperation, refusal: PLANNER_REFUSAL, plan: () => ({}) });
}

export function cancelOperation(ctx: TContext, input: { id: string; reason: string }): TOperationView {
  const reason = parseInput(ZReason, input.reason, 'reason');
  return move(ctx, {
    id: input.id,
    action: 'CANCEL',
    authorise: mayPlanOperation,
    refusal: PLANNER_REFUSAL,
    plan: (_view, _viewer, now) => ({
      values: { cancelledAt: now.toISOString(), cancelReason: reason },
      after: (unit, updated) => {
        notifyInvited(ctx, unit, updated.id, 'OPERATION_CANCELLED');
      },
    }),
  });
}

export function recordOperationOutcome(ctx: TContext, input: { operationId: string; input: unknown }): TOperationView {
  const viewer = requireViewer(ctx.viewer);
  const outcome = parseInput(ZOutcomeInput, input.input, 'input');
  return move(ctx, {
    id: input.operationId,
    action: 'RECORD_OUTCOME',
    authorise: mayRecordOperationOutcome,
    refusal: 'Only the lead and the organisations that took part record an outcome',
    touchesRow: false,
    plan: ({ row }) => ({
      after: (unit) => {
        const inserted = repo.insertOutcome(unit.tx, ctx.deps.sealer, {
          operationId: row.id,
          organisationId: viewer.organisationId,
          personsEncountered: outcome.personsEncountered,
          possibleVictimsSpokenWith: outcome.possibleVictimsSpokenWith,
          arrests: outcome.arrests,
          findings: outcome.findings ?? null,
          recordedAt: unit.now.toISOString(),
          recordedByUserId: viewer.userId,
        });
        if (!inserted) throw new AppError('CONFLICT', 'Your organisation has recorded its outcome of this operation already');
      },
    }),
  });
}

/** The active staff of the viewer's organisation, to name as attendees of an operation it is invited to. */
export function listAttendeeCandidates(ctx: TContext, input: { operationId: string }): Array<{ id: string; name: string }> {
  const viewer = requireViewer(ctx.viewer);
  loadVisible(ctx, input.operationId, 'OPERATION_READ');
  return repo.listStaff(ctx.deps.db, viewer.organisationId);
}

// --- Listing -----------------------------------------------------------------------------------

export type TOperationListInput = {
  filter?: { from?: Date | null; to?: Date | null; region?: string | null; state?: string | null; organisationCode?: string | null } | null;
  first?: number | null;
  after?: string | null;
};

/** Operations are listed by start time: the cursor is the last row's [startsAt, id]. */
export function operationCursor(row: repo.TOperationRow): string {
  return encodeCursor([row.startsAt, row.id]);
}

/** The viewer's calendar: operations its organisation leads or is invited to, by start time. */
export function listOperations(ctx: TContext, input: TOperationListInput) {
  const viewer = requireViewer(ctx.viewer);
  const first = pageSize(input.first, { fallback: 20, max: 100 });
  const [startsAt, id] = input.after ? decodeCursor(input.after, ['string', 'string']) : [];
  const after = startsAt !== undefined && id !== undefined ? { startsAt, id } : null;
  const filter = input.filter ?? {};
  if (filter.from && filter.to && filter.to.getTime() <= filter.from.getTime()) throw badInput('filter.to', 'to must be after from', 'END_BEFORE_START');
  let organisationId: string | null = null;
  if (filter.organisationCode) {
    organisationId = findOrganisationByCode(ctx.deps.db, filter.organisationCode)?.id ?? null;
    if (!organisationId) throw badInput('filter.organisationCode', 'Unknown organisation', 'UNKNOWN_ORGANISATION');
  }
  const result = repo.listOperations(ctx.deps.db, ctx.deps.sealer, {
    scope: { none: false, organisationId: viewer.organisationId },
    filter: { from: filter.from?.toISOString() ?? null, to: filter.to?.toISOString() ?? null, region: filter.region, state: filter.state, organisationId },
    first: first + 1,
    after,
  });
  const { rows, pageInfo } = pageOf(result.rows, first, operationCursor);
  const statuses = new Map(
    repo
      .findInvitations(ctx.deps.db, ctx.deps.sealer, rows.map((r) => r.id))
      .filter((i) => i.organisationId === viewer.organisationId)
      .map((i) => [i.operationId, i.status]),
  );
  const views = rows
    .map((row) => ({ row, access: operationAccess(viewer, { leadOrganisationId: row.leadOrganisationId, invitationStatus: statuses.get(row.id) ?? null }) }))
    .filter((v) => v.access.level !== 'NONE');
  const criteria: Record<string, string> = {};
  for (const [key, value] of Object.entries(filter)) if (value !== null && value !== undefined) criteria[key] = value instanceof Date ? value.toISOString() : String(value);
  recordAudit(ctx, [{ action: 'OPERATION_SEARCH', objectType: 'Operation', details: { ...criteria, results: views.length, totalCount: result.totalCount } }]);
  return {
    edges: views.map((view) => ({ cursor: operationCursor(view.row), node: view })),
    pageInfo,
    totalCount: result.totalCount,
  };
}

// --- Calendar export ---------------------------------------------------------------------------

/** The operation for an iCalendar export: the same gate as a read, and the export is audited. */
export function getOperationForCalendar(ctx: TContext, input: { id: string }): TOperationView & { leadOrganisationName: string } {
  const view = loadVisible(ctx, input.id, 'OPERATION_EXPORT');
  recordAudit(ctx, [{ action: 'OPERATION_EXPORT', objectType: 'Operation', objectId: view.row.id, details: { format: 'ics' } }]);
  return { ...view, leadOrganisationName: findOrganisationById(ctx.deps.db, view.row.leadOrganisationId)?.name ?? '' };
}

// --- Reminders ---------------------------------------------------------------------------------

const HOUR = 3_600_000;

function sendNotice(
  ctx: TContext,
  key: { operationId: string; kind: TNotificationKind; startsAt: string },
  recipients: (unit: TUnitOfWork) => { organisationIds: string[]; roles: readonly string[]; alsoUserIds: string[] },
): boolean {
  // A notice sent already is passed over without a transaction: the job runs every five minutes.
  if (repo.noticeSent(ctx.deps.db, key)) return false;
  return runAudited(ctx, (unit) => {
    if (!repo.claimNotice(unit.tx, { ...key, sentAt: unit.now.toISOString() })) {
      unit.audit({ action: 'OPERATION_NOTICE_SKIPPED', objectType: 'Operation', objectId: key.operationId, details: { kind: key.kind } });
      return false;
    }
    const to = recipients(unit);
    notifyOrganisations(ctx, unit, { organisationIds: to.organisationIds, roles: to.roles, kind: key.kind, operationId: key.operationId, alsoUserIds: to.alsoUserIds });
    unit.audit({ action: 'OPERATION_NOTICE', objectType: 'Operation', objectId: key.operationId, details: { kind: key.kind } });
    return true;
  });
}

/**
 * Sends each reminder once: 24 hours and 2 hours before the start to the attendees of every
 * organisation that accepted (and the lead's coordinators), and tells CMM's coordinators when
 * an operation starting within 48 hours has no answer from CMM. The notices are keyed by the
 * start time, so an operation moved to a new time is reminded again for the new time.
 */
export function sendOperationReminders(ctx: TContext, now: Date): { reminders24h: number; reminders2h: number; cmmUnanswered: number } {
  const counts = { reminders24h: 0, reminders2h: 0, cmmUnanswered: 0 };
  const cmmId = cmmOrganisationId(ctx);
  const candidates = repo.findStartingBetween(ctx.deps.db, ctx.deps.sealer, now.toISOString(), new Date(now.getTime() + 48 * HOUR).toISOString());
  const invitations = repo.findInvitations(ctx.deps.db, ctx.deps.sealer, candidates.map((c) => c.id));
  for (const row of candidates) {
    const startsAt = new Date(row.startsAt);
    const own = invitations.filter((i) => i.operationId === row.id);
    const due = reminderDue(startsAt, now);
    if (due) {
      const sent = sendNotice(ctx, { operationId: row.id, kind: due, startsAt: row.startsAt }, () => ({
        organisationIds: [row.leadOrganisationId],
        roles: ['COORDINATOR'],
        alsoUserIds: own.filter((i) => i.status === 'ACCEPTED').flatMap((i) => i.attendeeUserIds),
      }));
      if (sent) counts[due === 'OPERATION_REMINDER_24H' ? 'reminders24h' : 'reminders2h'] += 1;
    }
    const cmmStatus = own.find((i) => i.organisationId === cmmId)?.status ?? null;
    if (cmmAnswerOverdue({ startsAt, now, cmmStatus })) {
      const sent = sendNotice(ctx, { operationId: row.id, kind: 'OPERATION_CMM_ANSWER_MISSING', startsAt: row.startsAt }, () => ({
        organisationIds: [cmmId],
        roles: ['COORDINATOR'],
        alsoUserIds: [],
      }));
      if (sent) counts.cmmUnanswered += 1;
    }
  }
  return counts;
}

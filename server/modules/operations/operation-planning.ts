// Planning an operation: creating and changing it, inviting organisations, the invited
// organisations' answers and their attendees.
import { hasAnyRole, mayAttendOperation, mayPlanOperation, mayRespondToOperation, OPERATION_ACTORS, requireViewer } from '../../core/access.js';
import { runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import { findOrganisationByCode } from '../organisations/organisations.service.js';
import { checkTimeWindow } from './operations.policy.js';
import * as repo from './operations.repo.js';
import { ZAttendeeIds, ZCreateOperationInput, ZNote, ZOrganisationCodes, ZUpdateOperationInput, type TCreateOperationInput } from './operations.validation.js';
import { getOperation, loadVisible, type TOperationView } from './operation-gate.js';
import { cmmOrganisationId, invite, notifyInvited, notifyOrganisations } from './operation-participants.js';
import { move, PLANNER_REFUSAL } from './operation-move.js';
import { checkAttendees, checkDoubleBookings, checkWindowDoubleBookings, type TDoubleBookingInput } from './operation-staff.js';
import { syncInterpreterLanguages } from './operation-interpreters.js';

function targetRows(targets: TCreateOperationInput['targets']) {
  return (targets ?? []).map((t) => ({ id: newId(), address: t.address, description: t.description ?? null }));
}

export async function createOperation(ctx: TContext, raw: unknown): Promise<TOperationView> {
  const viewer = requireViewer(ctx.viewer);
  const input = parseInput(ZCreateOperationInput, raw, 'input');
  checkTimeWindow({ startsAt: input.startsAt, endsAt: input.endsAt, notBefore: ctx.deps.clock.now(), prefix: 'input.' });
  // The lead is the creator's organisation; only its coordinators plan (the schema admits COORDINATOR only).
  if (!hasAnyRole(viewer, OPERATION_ACTORS.plan)) throw new AppError('FORBIDDEN', 'Only coordinators plan operations');
  const id = await runAudited(ctx, (unit) => {
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
      leadOrganisationId: viewer.organisationId,
      createdByUserId: viewer.userId,
      createdAt: at,
      updatedAt: at,
    });
    const targets = targetRows(input.targets);
    repo.replaceTargets(unit.tx, ctx.deps.sealer, operationId, targets);
    syncInterpreterLanguages(ctx, unit, operationId, input.interpreterLanguages ?? []);
    unit.audit({ action: 'OPERATION_CREATE', objectType: 'Operation', objectId: operationId, dataCategory: 'OPERATION_TARGETS', details: { targets: targets.length } });
    return operationId;
  });
  return await getOperation(ctx, { id });
}


export function updateOperation(ctx: TContext, input: { id: string; version: number; input: unknown } & TDoubleBookingInput): Promise<TOperationView> {
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
      // Drafts occupy no time; a planned operation moved onto another's window books its people twice.
      const confirm = moved && row.state !== 'DRAFT'
        ? checkWindowDoubleBookings(ctx, { row, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), activeBefore: true, field: 'input.startsAt', input })
        : () => 0;
      const values: Partial<repo.TOperationRow> = { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() };
      if (changes.codename) values.codename = changes.codename;
      if (changes.objective) values.objective = changes.objective;
      if (changes.sector !== undefined) values.sector = changes.sector;
      if (changes.region) values.region = changes.region;
      if (changes.briefingPoint !== undefined) values.briefingPoint = changes.briefingPoint;
      if (changes.requestCmmAttendance !== undefined && changes.requestCmmAttendance !== null) values.requestCmmAttendance = changes.requestCmmAttendance;
      const secret = changes.targets !== undefined || changes.briefingPoint !== undefined;
      return {
        values,
        dataCategory: secret ? 'OPERATION_TARGETS' : null,
        after: (unit, updated) => {
          if (changes.targets) repo.replaceTargets(unit.tx, ctx.deps.sealer, row.id, targetRows(changes.targets));
          // The older list form: languages left out are cancelled, new ones asked for.
          if (changes.interpreterLanguages) syncInterpreterLanguages(ctx, unit, row.id, changes.interpreterLanguages);
          let invited = 0;
          // Asked for CMM after planning: CMM is invited at once, as at planning.
          if (updated.state !== 'DRAFT' && updated.requestCmmAttendance && !row.requestCmmAttendance) invited = invite(ctx, unit, updated, [cmmOrganisationId(ctx)]);
          if (moved && updated.state !== 'DRAFT') notifyInvited(ctx, unit, row.id, 'OPERATION_CHANGED');
          return { moved, invited, doubleBookings: confirm(unit) };
        },
      };
    },
  });
}

export function inviteToOperation(ctx: TContext, input: { id: string; organisationCodes: string[] } & TDoubleBookingInput): Promise<TOperationView> {
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
      // The first invitation plans a draft: from now on it occupies its time, and the lead's people named on it may be booked twice.
      const confirm = row.state === 'DRAFT'
        ? checkWindowDoubleBookings(ctx, { row, startsAt: row.startsAt, endsAt: row.endsAt, activeBefore: false, field: 'organisationCodes', input })
        : () => 0;
      return { after: (unit, updated) => ({ invited: invite(ctx, unit, updated, wanted), doubleBookings: confirm(unit) }) };
    },
  });
}

export function respondToInvitation(
  ctx: TContext,
  input: { operationId: string; accept: boolean; attendeeUserIds?: string[] | null; note?: string | null } & TDoubleBookingInput,
): Promise<TOperationView> {
  const viewer = requireViewer(ctx.viewer);
  const note = parseInput(ZNote, input.note, 'note') ?? null;
  const named = input.accept ? [...new Set(parseInput(ZAttendeeIds, input.attendeeUserIds ?? [], 'attendeeUserIds'))] : [];
  if (input.accept && named.length === 0) throw badInput('attendeeUserIds', 'Name at least one attendee when accepting', 'ATTENDEES_REQUIRED');
  if (!input.accept && (input.attendeeUserIds ?? []).length > 0) throw badInput('attendeeUserIds', 'An organisation that declines names no attendees', 'ATTENDEES_NOT_ALLOWED');
  return move(ctx, {
    id: input.operationId,
    action: 'RESPOND',
    authorise: mayRespondToOperation,
    refusal: 'Only an invited organisation’s coordinators and caseworkers answer its invitation',
    touchesRow: false,
    plan: ({ row }) => {
      const attendees = checkAttendees(ctx, viewer.organisationId, named, 'attendeeUserIds');
      const before = repo.findInvitation(ctx.deps.db, ctx.deps.sealer, row.id, viewer.organisationId);
      const confirm = checkDoubleBookings(ctx, { row, userIds: attendees, alreadyNamed: before?.status === 'ACCEPTED' ? before.attendeeUserIds : [], field: 'attendeeUserIds', input });
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
          return { status, attendees: attendees.length, doubleBookings: confirm(unit) };
        },
      };
    },
  });
}


/** The active staff of the viewer's organisation who can attend (not its admins, analysts or auditors). */
export async function listAttendeeCandidates(ctx: TContext, input: { operationId: string }): Promise<Array<{ id: string; name: string }>> {
  const viewer = requireViewer(ctx.viewer);
  await loadVisible(ctx, input.operationId, 'OPERATION_READ');
  return repo
    .listStaff(ctx.deps.db, viewer.organisationId)
    .filter((u) => mayAttendOperation(u.roles))
    .map((u) => ({ id: u.id, name: u.name }));
}

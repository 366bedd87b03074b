// The people on an operation (PRODUCT.md journey 1): the lead names its own staff as invited
// organisations name theirs, only people who can attend may be named, and a person already named
// on an overlapping active operation is a double booking, refused unless the namer confirms it
// with a reason (sealed with the operation, audited per person).
import { mayAttendOperation, mayNameLeadAttendees, requireViewer, type TViewer } from '../../core/access.js';
import type { TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import * as repo from './operations.repo.js';
import { ZAttendeeIds, ZReason } from './operations.validation.js';
import { loadVisible, type TOperationView } from './operation-gate.js';
import { move, PLANNER_REFUSAL } from './operation-move.js';
import { viewOf } from './operation-reader.js';

export type TDoubleBookingInput = { confirmDoubleBooking?: boolean | null; doubleBookingReason?: string | null };

export type TAttendeeConflictView = {
  attendee: { id: string; name: string };
  startsAt: string;
  endsAt: string;
  operation: TOperationView | null;
};

/** Attendee ids, distinct; each an active member of the organisation who can attend, else the error names `field`. */
export function checkAttendees(ctx: TContext, organisationId: string, raw: readonly string[], field: string): string[] {
  const ids = [...new Set(parseInput(ZAttendeeIds, raw, field))];
  const members = new Set(repo.findActiveUsersOfOrganisation(ctx.deps.db, organisationId, ids));
  if (ids.some((id) => !members.has(id))) throw badInput(field, 'Attendees must be active users of your organisation', 'ATTENDEE_NOT_ALLOWED');
  const roles = repo.findUserRoles(ctx.deps.db, ids);
  if (ids.some((id) => !mayAttendOperation(roles.get(id) ?? []))) {
    throw badInput(field, 'Only caseworkers, coordinators and investigators can attend an operation', 'ATTENDEE_CANNOT_ATTEND');
  }
  return ids;
}

/**
 * The double bookings naming `userIds` on `row` makes, for those not named on it already (a
 * booking confirmed once is not asked again). Refused unless confirmed with a reason; returns
 * the confirmation to record in the unit of work.
 */
export function checkDoubleBookings(
  ctx: TContext,
  options: { row: repo.TOperationRow; userIds: string[]; alreadyNamed: readonly string[]; field: string; input: TDoubleBookingInput },
): (unit: TUnitOfWork) => number {
  const already = new Set(options.alreadyNamed);
  const fresh = options.userIds.filter((id) => !already.has(id));
  // Drafts occupy no time: a double booking is made when the operation is planned.
  const bookings = options.row.state === 'DRAFT' ? [] : repo.findOverlappingBookings(ctx.deps.db, { userIds: fresh, exceptOperationId: options.row.id, startsAt: options.row.startsAt, endsAt: options.row.endsAt });
  return confirmBookings(ctx, options.row.id, bookings, options.field, options.input);
}

/** Everyone named on the operation: the lead's own staff and the attendees of invitations not declined. */
function everyoneNamed(ctx: TContext, row: repo.TOperationRow): string[] {
  const invited = repo.findInvitations(ctx.deps.db, ctx.deps.sealer, [row.id]).filter((i) => i.status !== 'DECLINED').flatMap((i) => i.attendeeUserIds);
  return [...new Set([...row.leadAttendeeUserIds, ...invited])];
}

/**
 * The double bookings an operation's new time window (or its planning, when a draft starts to
 * occupy its time) makes for the people named on it. Only those it did not make before are
 * asked about: a double booking known (and confirmed) at naming is not asked again.
 */
export function checkWindowDoubleBookings(
  ctx: TContext,
  options: { row: repo.TOperationRow; startsAt: string; endsAt: string; activeBefore: boolean; field: string; input: TDoubleBookingInput },
): (unit: TUnitOfWork) => number {
  const named = everyoneNamed(ctx, options.row);
  const find = (startsAt: string, endsAt: string) => repo.findOverlappingBookings(ctx.deps.db, { userIds: named, exceptOperationId: options.row.id, startsAt, endsAt });
  const key = (b: repo.TBookingRow) => `${b.userId} ${b.operationId}`;
  const before = new Set(options.activeBefore ? find(options.row.startsAt, options.row.endsAt).map(key) : []);
  const bookings = find(options.startsAt, options.endsAt).filter((b) => !before.has(key(b)));
  return confirmBookings(ctx, options.row.id, bookings, options.field, options.input);
}

/** Refused unless confirmed with a reason; returns the confirmation to record (sealed, audited per person) in the unit of work. */
function confirmBookings(ctx: TContext, operationId: string, bookings: repo.TBookingRow[], field: string, input: TDoubleBookingInput): (unit: TUnitOfWork) => number {
  if (bookings.length === 0) return () => 0;
  if (!input.confirmDoubleBooking) {
    throw badInput(field, 'Someone named is already on another operation at the same time: confirm the double booking with a reason', 'DOUBLE_BOOKING_NOT_CONFIRMED');
  }
  if (!input.doubleBookingReason?.trim()) throw badInput('doubleBookingReason', 'Give a reason for the double booking', 'DOUBLE_BOOKING_REASON_REQUIRED');
  const reason = parseInput(ZReason, input.doubleBookingReason, 'doubleBookingReason');
  const viewer = requireViewer(ctx.viewer);
  return (unit) => {
    for (const booking of bookings) {
      const id = newId();
      repo.insertDoubleBooking(unit.tx, ctx.deps.sealer, {
        id,
        operationId,
        userId: booking.userId,
        otherOperationId: booking.operationId,
        reason,
        confirmedAt: unit.now.toISOString(),
        confirmedByUserId: viewer.userId,
      });
      unit.audit({ action: 'OPERATION_DOUBLE_BOOKING', objectType: 'Operation', objectId: operationId, details: { attendeeUserId: booking.userId, otherOperationId: booking.operationId, doubleBookingId: id } });
    }
    return bookings.length;
  };
}

/** The lead's coordinators name the lead's own staff on the operation (the list replaces the one before). */
export function nameOperationAttendees(ctx: TContext, input: { operationId: string; userIds: string[] } & TDoubleBookingInput): Promise<TOperationView> {
  const viewer = requireViewer(ctx.viewer);
  return move(ctx, {
    id: input.operationId,
    action: 'NAME_ATTENDEES',
    authorise: mayNameLeadAttendees,
    refusal: PLANNER_REFUSAL,
    touchesRow: false,
    plan: ({ row }) => {
      const userIds = checkAttendees(ctx, viewer.organisationId, input.userIds, 'userIds');
      const confirm = checkDoubleBookings(ctx, { row, userIds, alreadyNamed: row.leadAttendeeUserIds, field: 'userIds', input });
      return {
        after: (unit) => {
          repo.setLeadAttendees(unit.tx, row.id, userIds);
          return { attendees: userIds.length, doubleBookings: confirm(unit) };
        },
      };
    },
  });
}

/** The people the viewer's organisation has named on this operation. */
function namedByOwnOrganisation(ctx: TContext, viewer: TViewer, row: repo.TOperationRow): string[] {
  if (row.leadOrganisationId === viewer.organisationId) return row.leadAttendeeUserIds;
  return repo.findInvitation(ctx.deps.db, ctx.deps.sealer, row.id, viewer.organisationId)?.attendeeUserIds ?? [];
}

async function conflictViews(ctx: TContext, row: repo.TOperationRow, userIds: string[]): Promise<TAttendeeConflictView[]> {
  const bookings = repo.findOverlappingBookings(ctx.deps.db, { userIds, exceptOperationId: row.id, startsAt: row.startsAt, endsAt: row.endsAt });
  const names = repo.findUserNames(ctx.deps.db, bookings.map((b) => b.userId));
  return Promise.all(
    bookings.map(async (b) => ({
      attendee: { id: b.userId, name: names.get(b.userId) ?? '' },
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      operation: await viewOf(ctx, b.operationId),
    })),
  );
}

/**
 * The warning before naming: where these people of the viewer's organisation are booked at the
 * same time. Only the viewer's own staff (their time is the organisation's to plan); the other
 * operation is shown only as far as the viewer may see it.
 */
export async function attendeeConflicts(ctx: TContext, input: { operationId: string; userIds: string[] }): Promise<TAttendeeConflictView[]> {
  const viewer = requireViewer(ctx.viewer);
  const { row } = await loadVisible(ctx, input.operationId, 'OPERATION_READ');
  const ids = [...new Set(parseInput(ZAttendeeIds, input.userIds, 'userIds'))];
  const members = new Set(repo.findActiveUsersOfOrganisation(ctx.deps.db, viewer.organisationId, ids));
  if (ids.some((id) => !members.has(id))) throw badInput('userIds', 'Attendees must be active users of your organisation', 'ATTENDEE_NOT_ALLOWED');
  return conflictViews(ctx, row, ids);
}

/** Operation.attendeeConflicts: the double bookings of those the viewer's organisation named on it. */
export async function ownAttendeeConflicts(ctx: TContext, view: TOperationView): Promise<TAttendeeConflictView[]> {
  const viewer = ctx.viewer;
  if (!viewer || view.row.state === 'DRAFT') return [];
  return conflictViews(ctx, view.row, namedByOwnOrganisation(ctx, viewer, view.row));
}

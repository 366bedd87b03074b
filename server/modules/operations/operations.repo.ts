// Queries of the operations domain. The list query takes the viewer's scope from the access gate,
// so a calendar never returns an operation the viewer's organisation may not see.
import { and, asc, eq, gt, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import {
  calendarFeeds,
  operationDoubleBookings,
  operationInterpreters,
  operationInvitations,
  operationNotices,
  operationOutcomes,
  operations,
  operationTargets,
  referrals,
  users,
} from '../../../db/schema/index.js';
import type { operationListScope } from '../../core/access.js';
import { insertionOrder, type TExecutor } from '../../core/db.js';
import { openFields, SEALED, sealFields } from '../../core/sealing/sealed-columns.js';
import { recordKeyId, type TSealer } from '../../core/sealing/sealer.js';
import { ACTIVE_STATES } from './operation-state-machine.js';

// Sealed (docs/adr/0021-…): the briefing point, the cancel reason, the targets, the invitations'
// notes and the outcomes' findings, under the operation's own data key; these functions seal what
// they write and open what they read, so the service sees plaintext.
const keyOf = (operationId: string) => recordKeyId('operation', operationId);
const opRef = (id: string) => ({ rowId: id, keyId: keyOf(id) });
const pairRef = (operationId: string, organisationId: string) => ({ rowId: `${operationId}:${organisationId}`, keyId: keyOf(operationId) });
const openOperation = (sealer: TSealer, row: TOperationRow): TOperationRow => openFields(sealer, SEALED.operations, opRef(row.id), row);
function openOperations(sealer: TSealer, rows: TOperationRow[]): TOperationRow[] {
  sealer.prime(rows.filter((r) => r.briefingPoint !== null || r.cancelReason !== null).map((r) => keyOf(r.id)));
  return rows.map((r) => openOperation(sealer, r));
}

export type TOperationRow = typeof operations.$inferSelect;
export type TTargetRow = typeof operationTargets.$inferSelect;
export type TInvitationRow = typeof operationInvitations.$inferSelect;
export type TOutcomeRow = typeof operationOutcomes.$inferSelect;
export type TScope = ReturnType<typeof operationListScope>;

export type TOperationFilter = {
  from?: string | null;
  to?: string | null;
  region?: TOperationRow['region'] | null;
  state?: TOperationRow['state'] | null;
  organisationId?: string | null;
};

export function insertOperation(ex: TExecutor, sealer: TSealer, row: typeof operations.$inferInsert): void {
  ex.insert(operations).values(sealFields(sealer, SEALED.operations, opRef(row.id), row)).run();
}

export function findOperation(ex: TExecutor, sealer: TSealer, id: string): TOperationRow | undefined {
  const row = ex.select().from(operations).where(eq(operations.id, id)).get();
  return row && openOperation(sealer, row);
}

export function findOperations(ex: TExecutor, sealer: TSealer, ids: readonly string[]): TOperationRow[] {
  if (ids.length === 0) return [];
  return openOperations(sealer, ex.select().from(operations).where(inArray(operations.id, [...ids])).all());
}

/** Applies a change only if the row is still at `version`; false when someone else got there first. */
export function updateOperationAtVersion(ex: TExecutor, sealer: TSealer, id: string, version: number, values: Partial<typeof operations.$inferInsert>): boolean {
  return (
    ex
      .update(operations)
      .set({ ...sealFields(sealer, SEALED.operations, opRef(id), values), version: version + 1 })
      .where(and(eq(operations.id, id), eq(operations.version, version)))
      .run().changes === 1
  );
}

export function replaceTargets(ex: TExecutor, sealer: TSealer, operationId: string, targets: Array<{ id: string; address: string; description: string | null }>): void {
  ex.delete(operationTargets).where(eq(operationTargets.operationId, operationId)).run();
  if (targets.length === 0) return;
  ex.insert(operationTargets)
    .values(targets.map((t, position) => sealFields(sealer, SEALED.operationTargets, { rowId: t.id, keyId: keyOf(operationId) }, { ...t, operationId, position })))
    .run();
}

export function findTargets(ex: TExecutor, sealer: TSealer, operationIds: readonly string[]): TTargetRow[] {
  if (operationIds.length === 0) return [];
  const rows = ex
    .select()
    .from(operationTargets)
    .where(inArray(operationTargets.operationId, [...operationIds]))
    .orderBy(asc(operationTargets.operationId), asc(operationTargets.position))
    .all();
  sealer.prime([...new Set(rows.map((r) => keyOf(r.operationId)))]);
  return rows.map((r) => openFields(sealer, SEALED.operationTargets, { rowId: r.id, keyId: keyOf(r.operationId) }, r));
}

const openInvitation = (sealer: TSealer, row: TInvitationRow): TInvitationRow => openFields(sealer, SEALED.operationInvitations, pairRef(row.operationId, row.organisationId), row);

export function insertInvitation(ex: TExecutor, sealer: TSealer, row: typeof operationInvitations.$inferInsert): void {
  ex.insert(operationInvitations).values(sealFields(sealer, SEALED.operationInvitations, pairRef(row.operationId, row.organisationId), row)).run();
}

export function findInvitations(ex: TExecutor, sealer: TSealer, operationIds: readonly string[]): TInvitationRow[] {
  if (operationIds.length === 0) return [];
  const rows = ex
    .select()
    .from(operationInvitations)
    .where(inArray(operationInvitations.operationId, [...operationIds]))
    .orderBy(asc(operationInvitations.invitedAt), asc(insertionOrder(operationInvitations)))
    .all();
  sealer.prime([...new Set(rows.filter((r) => r.note !== null).map((r) => keyOf(r.operationId)))]);
  return rows.map((r) => openInvitation(sealer, r));
}

export function findInvitation(ex: TExecutor, sealer: TSealer, operationId: string, organisationId: string): TInvitationRow | undefined {
  const row = ex
    .select()
    .from(operationInvitations)
    .where(and(eq(operationInvitations.operationId, operationId), eq(operationInvitations.organisationId, organisationId)))
    .get();
  return row && openInvitation(sealer, row);
}

export function updateInvitation(ex: TExecutor, sealer: TSealer, operationId: string, organisationId: string, values: Partial<typeof operationInvitations.$inferInsert>): void {
  ex.update(operationInvitations)
    .set(sealFields(sealer, SEALED.operationInvitations, pairRef(operationId, organisationId), values))
    .where(and(eq(operationInvitations.operationId, operationId), eq(operationInvitations.organisationId, organisationId)))
    .run();
}

export function insertOutcome(ex: TExecutor, sealer: TSealer, row: typeof operationOutcomes.$inferInsert): boolean {
  return ex.insert(operationOutcomes).values(sealFields(sealer, SEALED.operationOutcomes, pairRef(row.operationId, row.organisationId), row)).onConflictDoNothing().run().changes === 1;
}

export function findOutcomes(ex: TExecutor, sealer: TSealer, operationIds: readonly string[]): TOutcomeRow[] {
  if (operationIds.length === 0) return [];
  const rows = ex
    .select()
    .from(operationOutcomes)
    .where(inArray(operationOutcomes.operationId, [...operationIds]))
    .orderBy(asc(operationOutcomes.recordedAt), asc(insertionOrder(operationOutcomes)))
    .all();
  return rows.map((r) => openFields(sealer, SEALED.operationOutcomes, pairRef(r.operationId, r.organisationId), r));
}

/** Referrals made during the operations (drafts not counted: they have not been made yet). */
export function countReferrals(ex: TExecutor, operationIds: readonly string[]): Map<string, number> {
  if (operationIds.length === 0) return new Map();
  const rows = ex
    .select({ operationId: referrals.operationId, n: sql<number>`count(*)` })
    .from(referrals)
    .where(and(inArray(referrals.operationId, [...operationIds]), ne(referrals.state, 'DRAFT')))
    .groupBy(referrals.operationId)
    .all();
  return new Map(rows.map((r) => [r.operationId!, r.n]));
}

/** Active users of an organisation among `ids` (attendees must belong to the answering organisation). */
export function findActiveUsersOfOrganisation(ex: TExecutor, organisationId: string, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  return ex
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, [...ids]), eq(users.organisationId, organisationId), eq(users.active, true)))
    .all()
    .map((r) => r.id);
}

/** The active staff of an organisation, with their roles (who may attend is the policy's answer). */
export function listStaff(ex: TExecutor, organisationId: string): Array<{ id: string; name: string; roles: string[] }> {
  return ex
    .select({ id: users.id, name: users.name, roles: users.roles })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.active, true)))
    .orderBy(asc(users.name))
    .all();
}

/** The roles of the given users (to refuse naming someone who cannot attend). */
export function findUserRoles(ex: TExecutor, ids: readonly string[]): Map<string, string[]> {
  if (ids.length === 0) return new Map();
  return new Map(
    ex
      .select({ id: users.id, roles: users.roles })
      .from(users)
      .where(inArray(users.id, [...ids]))
      .all()
      .map((r) => [r.id, r.roles]),
  );
}


/** Only active users among the given ids (attendees who left are not reminded). */
export function filterActiveUsers(ex: TExecutor, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  return ex
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, [...ids]), eq(users.active, true)))
    .all()
    .map((r) => r.id);
}

// --- Listing -----------------------------------------------------------------------------------

function visibility(scope: TScope): SQL {
  return or(
    eq(operations.leadOrganisationId, scope.organisationId),
    sql`exists (select 1 from operation_invitations i where i.operation_id = ${operations.id} and i.organisation_id = ${scope.organisationId})`,
  )!;
}

function listConditions(scope: TScope, filter: TOperationFilter): SQL {
  const conditions: SQL[] = [visibility(scope)];
  // A calendar asks for what overlaps its window.
  if (filter.from) conditions.push(gt(operations.endsAt, filter.from));
  if (filter.to) conditions.push(lt(operations.startsAt, filter.to));
  if (filter.region) conditions.push(eq(operations.region, filter.region));
  if (filter.state) conditions.push(eq(operations.state, filter.state));
  if (filter.organisationId) {
    conditions.push(
      or(
        eq(operations.leadOrganisationId, filter.organisationId),
        sql`exists (select 1 from operation_invitations i where i.operation_id = ${operations.id} and i.organisation_id = ${filter.organisationId})`,
      )!,
    );
  }
  return and(...conditions)!;
}

export function listOperations(
  ex: TExecutor,
  sealer: TSealer,
  options: { scope: TScope; filter: TOperationFilter; first: number; after: { startsAt: string; id: string } | null },
): { rows: TOperationRow[]; totalCount: number } {
  const where = listConditions(options.scope, options.filter);
  const cursor = options.after
    ? or(gt(operations.startsAt, options.after.startsAt), and(eq(operations.startsAt, options.after.startsAt), gt(operations.id, options.after.id)))
    : undefined;
  const rows = ex
    .select()
    .from(operations)
    .where(cursor ? and(where, cursor) : where)
    .orderBy(asc(operations.startsAt), asc(operations.id))
    .limit(options.first)
    .all();
  const totalCount = ex.select({ n: sql<number>`count(*)` }).from(operations).where(where).get()?.n ?? 0;
  return { rows: openOperations(sealer, rows), totalCount };
}

// --- Conflicts ---------------------------------------------------------------------------------

export type TConflictRow = { operationId: string; organisationId: string; otherOperationId: string };

/**
 * For each of the operations, the organisations engaged in it (the lead, or invited and not
 * declined) that are engaged in another active operation whose time window overlaps.
 */
export function findConflicts(ex: TExecutor, operationIds: readonly string[]): TConflictRow[] {
  if (operationIds.length === 0) return [];
  const active = sql.join(
    ACTIVE_STATES.map((s) => sql`${s}`),
    sql`, `,
  );
  const ids = sql.join(
    operationIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const engaged = sql`(select id as operation_id, lead_organisation_id as organisation_id from operations
      union select operation_id, organisation_id from operation_invitations where status != 'DECLINED')`;
  return ex.all<TConflictRow>(sql`
    select a.id as operationId, ea.organisation_id as organisationId, b.id as otherOperationId
    from operations a
    join ${engaged} ea on ea.operation_id = a.id
    join ${engaged} eb on eb.organisation_id = ea.organisation_id and eb.operation_id != a.id
    join operations b on b.id = eb.operation_id
    where a.id in (${ids})
      and a.state in (${active}) and b.state in (${active})
      and b.starts_at < a.ends_at and b.ends_at > a.starts_at
    order by a.id, ea.organisation_id, b.starts_at, b.id`);
}

// --- Reminders ---------------------------------------------------------------------------------

/** Operations not yet started whose start lies between `now` and `until`. */
export function findStartingBetween(ex: TExecutor, sealer: TSealer, now: string, until: string): TOperationRow[] {
  const rows = ex
    .select()
    .from(operations)
    .where(and(inArray(operations.state, ['PLANNED', 'CONFIRMED']), gt(operations.startsAt, now), lt(operations.startsAt, until)))
    .orderBy(asc(operations.startsAt))
    .all();
  return openOperations(sealer, rows);
}

export function noticeSent(ex: TExecutor, key: { operationId: string; kind: string; startsAt: string }): boolean {
  return (
    ex
      .select({ kind: operationNotices.kind })
      .from(operationNotices)
      .where(and(eq(operationNotices.operationId, key.operationId), eq(operationNotices.kind, key.kind), eq(operationNotices.startsAt, key.startsAt)))
      .get() !== undefined
  );
}

/** Records that a notice was sent; false when it had been sent already. */
export function claimNotice(ex: TExecutor, row: typeof operationNotices.$inferInsert): boolean {
  return ex.insert(operationNotices).values(row).onConflictDoNothing().run().changes === 1;
}

// --- Named people and double bookings ----------------------------------------------------------

export type TBookingRow = { userId: string; operationId: string; startsAt: string; endsAt: string };

/**
 * Where these people are named (as the lead's own staff, or as attendees of an invitation not
 * declined) on another active operation whose time window overlaps [startsAt, endsAt).
 */
export function findOverlappingBookings(ex: TExecutor, options: { userIds: readonly string[]; exceptOperationId: string; startsAt: string; endsAt: string }): TBookingRow[] {
  if (options.userIds.length === 0) return [];
  const active = sql.join(
    ACTIVE_STATES.map((s) => sql`${s}`),
    sql`, `,
  );
  const people = sql.join(
    options.userIds.map((id) => sql`${id}`),
    sql`, `,
  );
  return ex.all<TBookingRow>(sql`
    select n.user_id as userId, o.id as operationId, o.starts_at as startsAt, o.ends_at as endsAt
    from (
      select o2.id as operation_id, j.value as user_id from operations o2, json_each(o2.lead_attendee_user_ids) j
      union
      select i.operation_id, j.value from operation_invitations i, json_each(i.attendee_user_ids) j where i.status != 'DECLINED'
    ) n
    join operations o on o.id = n.operation_id
    where n.user_id in (${people}) and o.id != ${options.exceptOperationId}
      and o.state in (${active})
      and o.starts_at < ${options.endsAt} and o.ends_at > ${options.startsAt}
    order by o.starts_at, o.id, n.user_id`);
}

export function insertDoubleBooking(ex: TExecutor, sealer: TSealer, row: typeof operationDoubleBookings.$inferInsert): void {
  ex.insert(operationDoubleBookings)
    .values(sealFields(sealer, SEALED.operationDoubleBookings, { rowId: row.id, keyId: keyOf(row.operationId) }, row))
    .run();
}

// --- Interpreters ------------------------------------------------------------------------------

export type TInterpreterRow = typeof operationInterpreters.$inferSelect;

const interpreterRef = (row: { id: string; operationId: string }) => ({ rowId: row.id, keyId: keyOf(row.operationId) });

export function insertInterpreter(ex: TExecutor, sealer: TSealer, row: TInterpreterRow): void {
  ex.insert(operationInterpreters).values(sealFields(sealer, SEALED.operationInterpreters, interpreterRef(row), row)).run();
}

export function updateInterpreter(ex: TExecutor, sealer: TSealer, row: { id: string; operationId: string }, values: Partial<TInterpreterRow>): void {
  ex.update(operationInterpreters)
    .set(sealFields(sealer, SEALED.operationInterpreters, interpreterRef(row), values))
    .where(and(eq(operationInterpreters.id, row.id), eq(operationInterpreters.operationId, row.operationId)))
    .run();
}

export function findInterpreters(ex: TExecutor, sealer: TSealer, operationIds: readonly string[]): TInterpreterRow[] {
  if (operationIds.length === 0) return [];
  const rows = ex
    .select()
    .from(operationInterpreters)
    .where(inArray(operationInterpreters.operationId, [...operationIds]))
    .orderBy(asc(operationInterpreters.requestedAt), asc(insertionOrder(operationInterpreters)))
    .all();
  sealer.prime([...new Set(rows.filter((r) => r.provider !== null).map((r) => keyOf(r.operationId)))]);
  return rows.map((r) => openFields(sealer, SEALED.operationInterpreters, interpreterRef(r), r));
}

/** Interpreters not confirmed (asked for, or the provider could not) of active operations a organisation leads, starting between `now` and `until`. */
export function findUnconfirmedInterpreters(ex: TExecutor, sealer: TSealer, options: { leadOrganisationId: string; now: string; until: string }): TInterpreterRow[] {
  const rows = ex
    .select({ interpreter: operationInterpreters })
    .from(operationInterpreters)
    .innerJoin(operations, eq(operations.id, operationInterpreters.operationId))
    .where(
      and(
        eq(operations.leadOrganisationId, options.leadOrganisationId),
        inArray(operations.state, ['DRAFT', 'PLANNED', 'CONFIRMED']),
        gt(operations.startsAt, options.now),
        lt(operations.startsAt, options.until),
        inArray(operationInterpreters.status, ['REQUESTED', 'UNAVAILABLE']),
      ),
    )
    .orderBy(asc(operations.startsAt), asc(operationInterpreters.requestedAt))
    .all();
  return rows.map((r) => openFields(sealer, SEALED.operationInterpreters, interpreterRef(r.interpreter), r.interpreter));
}

// --- Calendar feeds ----------------------------------------------------------------------------

export type TCalendarFeedRow = typeof calendarFeeds.$inferSelect;

export function findCalendarFeedOfUser(ex: TExecutor, userId: string): TCalendarFeedRow | undefined {
  return ex.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).get();
}

export function findCalendarFeedBySecretHash(ex: TExecutor, secretHash: string): TCalendarFeedRow | undefined {
  return ex.select().from(calendarFeeds).where(eq(calendarFeeds.secretHash, secretHash)).get();
}

export function deleteCalendarFeedOfUser(ex: TExecutor, userId: string): TCalendarFeedRow | undefined {
  const found = findCalendarFeedOfUser(ex, userId);
  if (found) ex.delete(calendarFeeds).where(eq(calendarFeeds.id, found.id)).run();
  return found;
}

export function insertCalendarFeed(ex: TExecutor, row: TCalendarFeedRow): void {
  ex.insert(calendarFeeds).values(row).run();
}

/** A feed's operations: led by the organisation or inviting it (not declined), planned or later, not ended before `since`. */
export function listFeedOperations(ex: TExecutor, sealer: TSealer, options: { organisationId: string; since: string; limit: number }): TOperationRow[] {
  const rows = ex
    .select()
    .from(operations)
    .where(
      and(
        ne(operations.state, 'DRAFT'),
        gt(operations.endsAt, options.since),
        or(
          eq(operations.leadOrganisationId, options.organisationId),
          sql`exists (select 1 from operation_invitations i where i.operation_id = ${operations.id} and i.organisation_id = ${options.organisationId} and i.status != 'DECLINED')`,
        ),
      ),
    )
    .orderBy(asc(operations.startsAt), asc(operations.id))
    .limit(options.limit)
    .all();
  return openOperations(sealer, rows);
}

export function setLeadAttendees(ex: TExecutor, operationId: string, userIds: string[]): void {
  ex.update(operations).set({ leadAttendeeUserIds: userIds }).where(eq(operations.id, operationId)).run();
}

export function findUserNames(ex: TExecutor, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  return new Map(ex.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...new Set(ids)])).all().map((r) => [r.id, r.name]));
}

import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';
import type { InterpreterStatus, InvitationStatus, OperationState, Region, Sector } from '../../schema/enums.generated.js';

// A joint operation (inspection or raid) led by one organisation with invited agencies.
export const operations = sqliteTable(
  'operations',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull(),
    state: text('state').$type<OperationState>().notNull(),
    codename: text('codename').notNull(),
    objective: text('objective').notNull(),
    sector: text('sector').$type<Sector>(),
    region: text('region').$type<Region>().notNull(),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    /** Secret like the targets: the lead and accepted organisations only. */
    briefingPoint: text('briefing_point'),
    requestCmmAttendance: integer('request_cmm_attendance', { mode: 'boolean' }).notNull().default(false),
    /** The lead organisation's own named staff (invited organisations name theirs on their invitation). */
    leadAttendeeUserIds: text('lead_attendee_user_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
    leadOrganisationId: text('lead_organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdByUserId: text('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    cancelledAt: text('cancelled_at'),
    cancelReason: text('cancel_reason'),
    /** Retention erased (shredded) its targets, briefing point and notes: it can no longer be changed. */
    erasedAt: text('erased_at'),
  },
  (t) => [index('operations_lead_idx').on(t.leadOrganisationId), index('operations_time_idx').on(t.startsAt, t.endsAt)],
);

export const operationTargets = sqliteTable(
  'operation_targets',
  {
    id: text('id').primaryKey(),
    operationId: text('operation_id')
      .notNull()
      .references(() => operations.id),
    position: integer('position').notNull(),
    address: text('address').notNull(),
    description: text('description'),
  },
  (t) => [index('operation_targets_operation_idx').on(t.operationId)],
);

export const operationInvitations = sqliteTable(
  'operation_invitations',
  {
    operationId: text('operation_id')
      .notNull()
      .references(() => operations.id),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status').$type<InvitationStatus>().notNull(),
    invitedAt: text('invited_at').notNull(),
    respondedAt: text('responded_at'),
    respondedByUserId: text('responded_by_user_id').references(() => users.id),
    attendeeUserIds: text('attendee_user_ids', { mode: 'json' }).$type<string[]>().notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.operationId, t.organisationId] }), index('operation_invitations_org_idx').on(t.organisationId)],
);

export const operationOutcomes = sqliteTable(
  'operation_outcomes',
  {
    operationId: text('operation_id')
      .notNull()
      .references(() => operations.id),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    personsEncountered: integer('persons_encountered').notNull(),
    possibleVictimsSpokenWith: integer('possible_victims_spoken_with').notNull(),
    arrests: integer('arrests').notNull(),
    findings: text('findings'),
    recordedAt: text('recorded_at').notNull(),
    recordedByUserId: text('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.operationId, t.organisationId] })],
);

// One row per reminder or notice already sent (keyed by the start time it was about), so a job
// run twice never sends twice, and a moved start time gets its own reminders.
export const operationNotices = sqliteTable(
  'operation_notices',
  {
    operationId: text('operation_id')
      .notNull()
      .references(() => operations.id),
    kind: text('kind').notNull(),
    startsAt: text('starts_at').notNull(),
    sentAt: text('sent_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.operationId, t.kind, t.startsAt] })],
);

// An interpreter asked for one language: who provides it (an agency or organisation) and whether
// it is confirmed. Replaces the bare list of language codes the operation carried before.
export const operationInterpreters = sqliteTable(
  'operation_interpreters',
  {
    id: text('id').primaryKey(),
    operationId: text('operation_id')
      .notNull()
      .references(() => operations.id),
    language: text('language').notNull(),
    /** Sealed under the operation's key: an agency's name, but a freelance interpreter's would be a person's. */
    provider: text('provider'),
    status: text('status').$type<InterpreterStatus>().notNull(),
    requestedAt: text('requested_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('operation_interpreters_operation_idx').on(t.operationId)],
);

// A person named on this operation although already named on an overlapping one: confirmed by
// the namer with a reason (sealed under the operation's key, so retention shreds it with it).
export const operationDoubleBookings = sqliteTable(
  'operation_double_bookings',
  {
    id: text('id').primaryKey(),
    operationId: text('operation_id')
      .notNull()
      .references(() => operations.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    otherOperationId: text('other_operation_id')
      .notNull()
      .references(() => operations.id),
    reason: text('reason').notNull(),
    confirmedAt: text('confirmed_at').notNull(),
    confirmedByUserId: text('confirmed_by_user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [index('operation_double_bookings_operation_idx').on(t.operationId)],
);

// A user's personal calendar feed (GET /calendar/<secret>.ics): only the secret's hash is kept;
// rotating or revoking deletes the row, so an old secret finds nothing.
export const calendarFeeds = sqliteTable('calendar_feeds', {
  id: text('id').primaryKey(),
  userId: text('user_id')
    .notNull()
    .unique()
    .references(() => users.id),
  secretHash: text('secret_hash').notNull().unique(),
  createdAt: text('created_at').notNull(),
});

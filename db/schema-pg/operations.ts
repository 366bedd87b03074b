// PostgreSQL mirror of db/schema/operations.ts (ADR 0029): same tables, columns and indexes, types mapped as
// the ADR's table says. What each column means is written there.

import { boolean, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';
import type { InterpreterStatus, InvitationStatus, OperationState, Region, Sector } from '../../schema/enums.generated.js';
export const operations = pgTable(
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
    briefingPoint: text('briefing_point'),
    requestCmmAttendance: boolean('request_cmm_attendance').notNull().default(false),
    leadAttendeeUserIds: jsonb('lead_attendee_user_ids').$type<string[]>().notNull().default([]),
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
    erasedAt: text('erased_at'),
  },
  (t) => [index('operations_lead_idx').on(t.leadOrganisationId), index('operations_time_idx').on(t.startsAt, t.endsAt)],
);

export const operationTargets = pgTable(
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

export const operationInvitations = pgTable(
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
    attendeeUserIds: jsonb('attendee_user_ids').$type<string[]>().notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.operationId, t.organisationId] }), index('operation_invitations_org_idx').on(t.organisationId)],
);

export const operationOutcomes = pgTable(
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
export const operationNotices = pgTable(
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
export const operationInterpreters = pgTable(
  'operation_interpreters',
  {
    id: text('id').primaryKey(),
    operationId: text('operation_id')
      .notNull()
      .references(() => operations.id),
    language: text('language').notNull(),
    provider: text('provider'),
    status: text('status').$type<InterpreterStatus>().notNull(),
    requestedAt: text('requested_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('operation_interpreters_operation_idx').on(t.operationId)],
);
export const operationDoubleBookings = pgTable(
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
export const calendarFeeds = pgTable('calendar_feeds', {
  id: text('id').primaryKey(),
  userId: text('user_id')
    .notNull()
    .unique()
    .references(() => users.id),
  secretHash: text('secret_hash').notNull().unique(),
  createdAt: text('created_at').notNull(),
});

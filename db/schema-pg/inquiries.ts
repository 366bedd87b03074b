// PostgreSQL mirror of db/schema/inquiries.ts (ADR 0029): same tables, columns and indexes, types mapped as
// the ADR's table says. What each column means is written there.

import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';
export const inquiries = pgTable(
  'inquiries',
  {
    id: text('id').primaryKey(),
    receivedAt: text('received_at').notNull(),
    kind: text('kind').notNull(),
    callerKind: text('caller_kind').notNull(),
    callerOrganisationId: text('caller_organisation_id').references(() => organisations.id),
    ledTo: text('led_to').notNull(),
    referralId: text('referral_id'),
    operationId: text('operation_id'),
    note: text('note'),
    recordedByUserId: text('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    recordingOrganisationId: text('recording_organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('inquiries_received_idx').on(t.receivedAt, t.id)],
);

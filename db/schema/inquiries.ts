import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';

// An inquiry to CMM's hotline that need not lead to a referral (issue 14): who called (an
// organisation, or an anonymous caller), about what, and what it led to. No identity is stored;
// the note is free text that may name a person, sealed under the inquiry's own data key.
export const inquiries = sqliteTable(
  'inquiries',
  {
    id: text('id').primaryKey(),
    receivedAt: text('received_at').notNull(),
    kind: text('kind').notNull(),
    /** ORGANISATION (callerOrganisationId set) or ANONYMOUS. */
    callerKind: text('caller_kind').notNull(),
    callerOrganisationId: text('caller_organisation_id').references(() => organisations.id),
    /** REFERRAL, OPERATION or NOTHING; the linked record's id for the first two. */
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

import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './auth.js';

export const reviewNotes = sqliteTable(
  'review_notes',
  {
    id: text('id').primaryKey(),
    referenceGroup: text('reference_group').notNull(),
    region: text('region').notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    text: text('text').notNull(),
    /** The referral the note is about (case-level review); null for a note on the period as a whole. */
    referralId: text('referral_id'),
    /** Marked as a recommendation to the national reference group. */
    recommendation: integer('recommendation', { mode: 'boolean' }).notNull().default(false),
    authorUserId: text('author_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('review_notes_group_idx').on(t.referenceGroup, t.region, t.periodFrom), index('review_notes_region_idx').on(t.region, t.periodFrom)],
);

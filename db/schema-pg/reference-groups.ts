// PostgreSQL mirror of db/schema/reference-groups.ts (ADR 0029): same tables, columns and indexes, types mapped as
// the ADR's table says. What each column means is written there.

import { boolean, index, pgTable, text } from 'drizzle-orm/pg-core';
import { users } from './auth.js';

export const reviewNotes = pgTable(
  'review_notes',
  {
    id: text('id').primaryKey(),
    referenceGroup: text('reference_group').notNull(),
    region: text('region').notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    text: text('text').notNull(),
    referralId: text('referral_id'),
    recommendation: boolean('recommendation').notNull().default(false),
    authorUserId: text('author_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('review_notes_group_idx').on(t.referenceGroup, t.region, t.periodFrom), index('review_notes_region_idx').on(t.region, t.periodFrom)],
);

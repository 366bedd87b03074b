import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
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
    authorUserId: text('author_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('review_notes_group_idx').on(t.referenceGroup, t.region, t.periodFrom)],
);

import { index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';
import { caseComplexes } from './case-complexes.js';

// Agencies outside police and prosecution (SKTST, AT, …) invited by the lead to contribute to a
// complex: a basis of their own in the complex's access rule (core/access.ts).
export const caseComplexContributors = sqliteTable(
  'case_complex_contributors',
  {
    caseComplexId: text('case_complex_id')
      .notNull()
      .references(() => caseComplexes.id),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    invitedAt: text('invited_at').notNull(),
    invitedByUserId: text('invited_by_user_id').references(() => users.id),
    /** The lead ended the invitation: its contributions stay, it sees the complex no more. */
    removedAt: text('removed_at'),
  },
  (t) => [primaryKey({ columns: [t.caseComplexId, t.organisationId] }), index('case_complex_contributors_org_idx').on(t.organisationId)],
);

// A contributor's findings (a control visit, a tax audit): a dated note with a category. The note
// is sealed under the complex's data key and erased with the complex under retention.
export const caseComplexContributions = sqliteTable(
  'case_complex_contributions',
  {
    id: text('id').primaryKey(),
    caseComplexId: text('case_complex_id')
      .notNull()
      .references(() => caseComplexes.id),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    authorUserId: text('author_user_id').references(() => users.id),
    category: text('category').notNull(),
    notedOn: text('noted_on').notNull(),
    note: text('note'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('case_complex_contributions_complex_idx').on(t.caseComplexId, t.notedOn)],
);

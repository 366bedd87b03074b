// PostgreSQL mirror of db/schema/case-complex-contributions.ts (ADR 0029): same tables, columns and indexes, types mapped as
// the ADR's table says. What each column means is written there.

import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';
import { caseComplexes } from './case-complexes.js';
export const caseComplexContributors = pgTable(
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
    removedAt: text('removed_at'),
  },
  (t) => [primaryKey({ columns: [t.caseComplexId, t.organisationId] }), index('case_complex_contributors_org_idx').on(t.organisationId)],
);
export const caseComplexContributions = pgTable(
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

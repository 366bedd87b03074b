// PostgreSQL mirror of db/schema/statistics.ts (ADR 0029): same tables, columns and indexes, types mapped as
// the ADR's table says. What each column means is written there.

import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
export const historicalAssessments = pgTable(
  'historical_assessments',
  {
    id: text('id').primaryKey(),
    rowHash: text('row_hash').notNull().unique(),
    personKey: text('person_key').notNull(),
    assessedOn: text('assessed_on').notNull(),
    decision: text('decision').notNull(),
    authority: text('authority').notNull(),
    gender: text('gender').notNull(),
    nationality: text('nationality').notNull(),
    ageAtAssessment: integer('age_at_assessment'),
    primaryExploitation: text('primary_exploitation').notNull(),
    firstContact: text('first_contact').notNull(),
    interviewHeldOn: text('interview_held_on'),
    outcome: text('outcome'),
    region: text('region'),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [index('historical_assessments_assessed_idx').on(t.assessedOn), index('historical_assessments_person_idx').on(t.personKey)],
);

import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// CMM's historical register (since 2007), as non-identifying facts only. person_key is the
// register's anonymous key, so one person assessed in several rows counts as one person.
export const historicalAssessments = sqliteTable(
  'historical_assessments',
  {
    id: text('id').primaryKey(),
    /** SHA-256 of the normalised row: importing the same file twice changes nothing. */
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

// PostgreSQL mirror of db/schema/subjects.ts (ADR 0029): same tables, columns and indexes, types mapped as
// the ADR's table says. What each column means is written there.

import { index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';
import { referralEvents, referrals, subjects } from './referrals.js';
export const subjectMatchTokens = pgTable(
  'subject_match_tokens',
  {
    referralId: text('referral_id')
      .notNull()
      .references(() => referrals.id),
    token: text('token').notNull(),
    field: text('field').notNull(),
    kind: text('kind').notNull(),
  },
  (t) => [primaryKey({ columns: [t.referralId, t.token, t.field] }), index('subject_match_tokens_token_idx').on(t.token, t.kind, t.referralId, t.field)],
);
export const subjectMatchIndexed = pgTable('subject_match_indexed', {
  referralId: text('referral_id')
    .primaryKey()
    .references(() => referrals.id),
  keyId: text('key_id').notNull(),
  indexedAt: text('indexed_at').notNull(),
});
export const subjectMatchDismissals = pgTable(
  'subject_match_dismissals',
  {
    subjectId: text('subject_id')
      .notNull()
      .references(() => subjects.id),
    otherSubjectId: text('other_subject_id')
      .notNull()
      .references(() => subjects.id),
    referralId: text('referral_id')
      .notNull()
      .references(() => referrals.id),
    dismissedByUserId: text('dismissed_by_user_id').references(() => users.id),
    dismissedByOrganisationId: text('dismissed_by_organisation_id').references(() => organisations.id),
    dismissedAt: text('dismissed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.subjectId, t.otherSubjectId] })],
);
export const subjectMerges = pgTable(
  'subject_merges',
  {
    id: text('id').primaryKey(),
    survivingSubjectId: text('surviving_subject_id')
      .notNull()
      .references(() => subjects.id),
    mergedSubjectId: text('merged_subject_id')
      .notNull()
      .references(() => subjects.id),
    referralId: text('referral_id')
      .notNull()
      .references(() => referrals.id),
    moved: jsonb('moved').$type<Array<{ referralId: string; referredSubjectId: string | null }>>().notNull(),
    mergedByUserId: text('merged_by_user_id').references(() => users.id),
    mergedByOrganisationId: text('merged_by_organisation_id').references(() => organisations.id),
    mergedAt: text('merged_at').notNull(),
    unmergedByUserId: text('unmerged_by_user_id').references(() => users.id),
    unmergedByOrganisationId: text('unmerged_by_organisation_id').references(() => organisations.id),
    unmergedAt: text('unmerged_at'),
  },
  (t) => [index('subject_merges_surviving_idx').on(t.survivingSubjectId), index('subject_merges_merged_idx').on(t.mergedSubjectId)],
);
export const subjectCorrections = pgTable(
  'subject_corrections',
  {
    id: text('id').primaryKey(),
    referralId: text('referral_id')
      .notNull()
      .references(() => referrals.id),
    eventId: text('event_id')
      .notNull()
      .references(() => referralEvents.id),
    field: text('field').notNull(),
    dataClass: text('data_class').notNull(),
    previous: text('previous'),
    position: integer('position').notNull(),
  },
  (t) => [index('subject_corrections_referral_idx').on(t.referralId, t.position)],
);

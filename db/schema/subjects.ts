// One person, one subject (docs/adr/0015-subject-matching-with-blind-indexes.md): the blind index
// that finds possible duplicates, the controller's dismissals and merges, and the corrections of
// a referral's personal data with the values they replaced.
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';
import { referralEvents, referrals, subjects } from './referrals.js';

/**
 * Keyed HMAC tokens of a referral's normalised name and alias tokens and of its date of birth
 * (BLIND_INDEX_KEY, kept outside the database): never a plaintext value. Per referral, so a merge
 * moves nothing and erasing a referral's personal data deletes its tokens with it.
 */
export const subjectMatchTokens = sqliteTable(
  'subject_match_tokens',
  {
    referralId: text('referral_id')
      .notNull()
      .references(() => referrals.id),
    token: text('token').notNull(),
    /** NAME or ALIAS: which field the token came from (the token itself says nothing). */
    field: text('field').notNull(),
    /** EXACT (a normalised token), SOUND (its spelling-variant key) or BIRTH (the date of birth). */
    kind: text('kind').notNull(),
  },
  // The token index covers what matching reads (token → kind, referral), so it never touches the table.
  (t) => [primaryKey({ columns: [t.referralId, t.token, t.field] }), index('subject_match_tokens_token_idx').on(t.token, t.kind, t.referralId, t.field)],
);

/** Which referrals are indexed, under which key: the start-up backfill indexes the others. */
export const subjectMatchIndexed = sqliteTable('subject_match_indexed', {
  referralId: text('referral_id')
    .primaryKey()
    .references(() => referrals.id),
  /** Names the key (a hash of it, never the key): a new key re-indexes everything. */
  keyId: text('key_id').notNull(),
  indexedAt: text('indexed_at').notNull(),
});

/** A possible match the controller dismissed: that pair of subjects is not proposed again. */
export const subjectMatchDismissals = sqliteTable(
  'subject_match_dismissals',
  {
    /** The pair in a fixed order (the smaller id first). */
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

/** A confirmed match: the merged subject's referrals moved to the surviving one; undone by an unmerge. */
export const subjectMerges = sqliteTable(
  'subject_merges',
  {
    id: text('id').primaryKey(),
    survivingSubjectId: text('surviving_subject_id')
      .notNull()
      .references(() => subjects.id),
    mergedSubjectId: text('merged_subject_id')
      .notNull()
      .references(() => subjects.id),
    /** The referral whose possible match was confirmed. */
    referralId: text('referral_id')
      .notNull()
      .references(() => referrals.id),
    /** Each referral moved, with the referred_subject_id it had before: what an unmerge restores. */
    moved: text('moved', { mode: 'json' }).$type<Array<{ referralId: string; referredSubjectId: string | null }>>().notNull(),
    mergedByUserId: text('merged_by_user_id').references(() => users.id),
    mergedByOrganisationId: text('merged_by_organisation_id').references(() => organisations.id),
    mergedAt: text('merged_at').notNull(),
    unmergedByUserId: text('unmerged_by_user_id').references(() => users.id),
    unmergedByOrganisationId: text('unmerged_by_organisation_id').references(() => organisations.id),
    unmergedAt: text('unmerged_at'),
  },
  (t) => [index('subject_merges_surviving_idx').on(t.survivingSubjectId), index('subject_merges_merged_idx').on(t.mergedSubjectId)],
);

/**
 * The values a correction of personal data replaced, one row per field, under the data class that
 * decides who may read it (the same as the field's own). Personal values are erased with the referral.
 */
export const subjectCorrections = sqliteTable(
  'subject_corrections',
  {
    id: text('id').primaryKey(),
    referralId: text('referral_id')
      .notNull()
      .references(() => referrals.id),
    /** The timeline event of the correction (its note is the reason). */
    eventId: text('event_id')
      .notNull()
      .references(() => referralEvents.id),
    field: text('field').notNull(),
    /** SUMMARY, IDENTITY, CONTACT or WHEREABOUTS (core/access.ts TReferralData). */
    dataClass: text('data_class').notNull(),
    /** The value before, as JSON (null: it was empty, or erased under retention). */
    previous: text('previous'),
    position: integer('position').notNull(),
  },
  (t) => [index('subject_corrections_referral_idx').on(t.referralId, t.position)],
);

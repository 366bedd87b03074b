import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';
import { referralEvents, referrals } from './referrals.js';
import type { ExploitationForm } from '../../schema/enums.generated.js';

// The maintained list of indicators a referral is checked against, per exploitation form. An
// administrator adds, relabels and retires entries; a code is never removed, since referrals and
// the statistics keep naming it.
export const indicatorDefinitions = sqliteTable(
  'indicator_definitions',
  {
    code: text('code').primaryKey(),
    exploitationForm: text('exploitation_form').$type<ExploitationForm>().notNull(),
    labelDa: text('label_da').notNull(),
    labelEn: text('label_en').notNull(),
    sortOrder: integer('sort_order').notNull(),
    /** Retired entries are no longer offered, but old referrals still show them. */
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('indicator_definitions_form_idx').on(t.exploitationForm, t.sortOrder)],
);

// What the referrer learned after submission: one per ADDENDUM event of the referral's timeline.
// The indicator text and the narrative are sealed under the referral's data key and erased with it.
export const referralAddenda = sqliteTable(
  'referral_addenda',
  {
    id: text('id')
      .primaryKey()
      .references(() => referralEvents.id),
    referralId: text('referral_id')
      .notNull()
      .references(() => referrals.id),
    indicatorCodes: text('indicator_codes', { mode: 'json' }).$type<string[]>().notNull(),
    /** A JSON array of free-text indicators, sealed as one value. */
    indicatorText: text('indicator_text'),
    narrative: text('narrative'),
    authorUserId: text('author_user_id').references(() => users.id),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('referral_addenda_referral_idx').on(t.referralId, t.createdAt)],
);

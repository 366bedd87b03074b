// PostgreSQL mirror of db/schema/referral-addenda.ts (ADR 0029): same tables, columns and indexes, types mapped as
// the ADR's table says. What each column means is written there.

import { boolean, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';
import { referralEvents, referrals } from './referrals.js';
import type { ExploitationForm } from '../../schema/enums.generated.js';
export const indicatorDefinitions = pgTable(
  'indicator_definitions',
  {
    code: text('code').primaryKey(),
    exploitationForm: text('exploitation_form').$type<ExploitationForm>().notNull(),
    labelDa: text('label_da').notNull(),
    labelEn: text('label_en').notNull(),
    sortOrder: integer('sort_order').notNull(),
    active: boolean('active').notNull().default(true),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('indicator_definitions_form_idx').on(t.exploitationForm, t.sortOrder)],
);
export const referralAddenda = pgTable(
  'referral_addenda',
  {
    id: text('id')
      .primaryKey()
      .references(() => referralEvents.id),
    referralId: text('referral_id')
      .notNull()
      .references(() => referrals.id),
    indicatorCodes: jsonb('indicator_codes').$type<string[]>().notNull(),
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

// PostgreSQL mirror of db/schema/case-complexes.ts (ADR 0029): same tables, columns and indexes, types mapped as
// the ADR's table says. What each column means is written there.

import { boolean, index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';
import { operations } from './operations.js';
import { referrals } from './referrals.js';
import type { CaseProvision } from '../../schema/enums.generated.js';
export const caseComplexes = pgTable('case_complexes', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  policeJournalNumbers: jsonb('police_journal_numbers').$type<string[]>().notNull().default([]),
  prosecutionCaseNumber: text('prosecution_case_number'),
  partnerCountries: jsonb('partner_countries').$type<string[]>().notNull().default([]),
  jointInvestigationTeam: boolean('joint_investigation_team').notNull().default(false),
  jointInvestigationTeamName: text('joint_investigation_team_name'),
  leadOrganisationId: text('lead_organisation_id')
    .notNull()
    .references(() => organisations.id),
  createdByUserId: text('created_by_user_id')
    .notNull()
    .references(() => users.id),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  erasedAt: text('erased_at'),
});

export const caseComplexReferrals = pgTable(
  'case_complex_referrals',
  {
    caseComplexId: text('case_complex_id')
      .notNull()
      .references(() => caseComplexes.id),
    referralId: text('referral_id')
      .notNull()
      .references(() => referrals.id),
    linkedAt: text('linked_at').notNull(),
    linkedByUserId: text('linked_by_user_id').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.caseComplexId, t.referralId] }), index('case_complex_referrals_referral_idx').on(t.referralId)],
);

export const caseComplexOperations = pgTable(
  'case_complex_operations',
  {
    caseComplexId: text('case_complex_id')
      .notNull()
      .references(() => caseComplexes.id),
    operationId: text('operation_id')
      .notNull()
      .references(() => operations.id),
    linkedAt: text('linked_at').notNull(),
    linkedByUserId: text('linked_by_user_id').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.caseComplexId, t.operationId] })],
);
export const suspects = pgTable(
  'suspects',
  {
    id: text('id').primaryKey(),
    caseComplexId: text('case_complex_id')
      .notNull()
      .references(() => caseComplexes.id),
    name: text('name').notNull(),
    dateOfBirth: text('date_of_birth'),
    nationality: text('nationality'),
    roleInNetwork: text('role_in_network'),
    notes: text('notes'),
    createdAt: text('created_at').notNull(),
    createdByUserId: text('created_by_user_id').references(() => users.id),
    erasedAt: text('erased_at'),
  },
  (t) => [index('suspects_complex_idx').on(t.caseComplexId)],
);
export const caseEvents = pgTable(
  'case_events',
  {
    id: text('id').primaryKey(),
    caseComplexId: text('case_complex_id')
      .notNull()
      .references(() => caseComplexes.id),
    suspectId: text('suspect_id').references(() => suspects.id),
    kind: text('kind').notNull(),
    provision: text('provision').$type<CaseProvision>(),
    provisionText: text('provision_text'),
    occurredOn: text('occurred_on').notNull(),
    note: text('note'),
    fromOrganisationId: text('from_organisation_id').references(() => organisations.id),
    toOrganisationId: text('to_organisation_id').references(() => organisations.id),
    actorUserId: text('actor_user_id').references(() => users.id),
    actorOrganisationId: text('actor_organisation_id').references(() => organisations.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('case_events_complex_idx').on(t.caseComplexId, t.createdAt)],
);

import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';
import { operations } from './operations.js';
import { referrals } from './referrals.js';
import type { CaseProvision } from '../../schema/enums.generated.js';

// An organised case: the referrals (victims), operations and suspects of one criminal network.
export const caseComplexes = sqliteTable('case_complexes', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  /** The police journal number(s) of the investigation (not personal data). */
  policeJournalNumbers: text('police_journal_numbers', { mode: 'json' }).$type<string[]>().notNull().default([]),
  prosecutionCaseNumber: text('prosecution_case_number'),
  /** International cooperation: ISO 3166-1 alpha-2 codes of the partner countries. */
  partnerCountries: text('partner_countries', { mode: 'json' }).$type<string[]>().notNull().default([]),
  jointInvestigationTeam: integer('joint_investigation_team', { mode: 'boolean' }).notNull().default(false),
  jointInvestigationTeamName: text('joint_investigation_team_name'),
  leadOrganisationId: text('lead_organisation_id')
    .notNull()
    .references(() => organisations.id),
  createdByUserId: text('created_by_user_id')
    .notNull()
    .references(() => users.id),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  /** Retention erased (shredded) its notes and suspects: it can no longer be changed. */
  erasedAt: text('erased_at'),
});

export const caseComplexReferrals = sqliteTable(
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

export const caseComplexOperations = sqliteTable(
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

// Suspects: police and prosecution only, always audited on read.
export const suspects = sqliteTable(
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
    /** Retention erased (shredded) the suspect's identity and notes. */
    erasedAt: text('erased_at'),
  },
  (t) => [index('suspects_complex_idx').on(t.caseComplexId)],
);

// The criminal case per suspect (REPORTED … CONVICTED), and the complex's own timeline
// (created, handed over, linked): one table, kind tells them apart.
export const caseEvents = sqliteTable(
  'case_events',
  {
    id: text('id').primaryKey(),
    caseComplexId: text('case_complex_id')
      .notNull()
      .references(() => caseComplexes.id),
    suspectId: text('suspect_id').references(() => suspects.id),
    kind: text('kind').notNull(),
    /** STRAFFELOVEN_262A, STRAFFELOVEN_282_286 or OTHER (then provision_text names it). */
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

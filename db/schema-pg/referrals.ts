// PostgreSQL mirror of db/schema/referrals.ts (ADR 0029): same tables, columns and indexes, types mapped as
// the ADR's table says. What each column means is written there.

import { type AnyPgColumn, boolean, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';
import type { AssessmentDecision, Consent, ExploitationForm, Gender, ReferralOutcome, ReferralState, Region, ResidenceStatus, Sector, Urgency } from '../../schema/enums.generated.js';
export const subjects = pgTable(
  'subjects',
  {
    id: text('id').primaryKey(),
    pseudonym: text('pseudonym').notNull().unique(),
    createdAt: text('created_at').notNull(),
    mergedIntoId: text('merged_into_id').references((): AnyPgColumn => subjects.id),
    mergedAt: text('merged_at'),
  },
  (t) => [index('subjects_merged_into_idx').on(t.mergedIntoId)],
);
export const referrals = pgTable(
  'referrals',
  {
    id: text('id').primaryKey(),
    reference: text('reference').notNull().unique(),
    version: integer('version').notNull(),
    state: text('state').$type<ReferralState>().notNull(),
    urgency: text('urgency').$type<Urgency>().notNull(),
    minor: boolean('minor').notNull(),
    subjectId: text('subject_id').notNull().references(() => subjects.id),
    referredSubjectId: text('referred_subject_id').references(() => subjects.id),
    referringOrganisationId: text('referring_organisation_id').notNull().references(() => organisations.id),
    createdByUserId: text('created_by_user_id').notNull().references(() => users.id),
    receivingOrganisationId: text('receiving_organisation_id').references(() => organisations.id),
    competentAuthorityId: text('competent_authority_id').references(() => organisations.id),
    gender: text('gender').$type<Gender>().notNull(),
    nationality: text('nationality'),
    ageBand: text('age_band').notNull(),
    residenceStatus: text('residence_status').$type<ResidenceStatus>().notNull(),
    languages: jsonb('languages').$type<string[]>().notNull(),
    suspectedExploitation: jsonb('suspected_exploitation').$type<ExploitationForm[]>().notNull(),
    indicatorCodes: jsonb('indicator_codes').$type<string[]>().notNull().default([]),
    sector: text('sector').$type<Sector>(),
    region: text('region').$type<Region>().notNull(),
    operationId: text('operation_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    submittedAt: text('submitted_at'),
    acknowledgedAt: text('acknowledged_at'),
    acknowledgeBy: text('acknowledge_by'),
    interviewBy: text('interview_by'),
    interviewAt: text('interview_at'),
    decision: text('decision').$type<AssessmentDecision>(),
    primaryExploitation: text('primary_exploitation').$type<ExploitationForm>(),
    assessedOn: text('assessed_on'),
    assessedByOrganisationId: text('assessed_by_organisation_id').references(() => organisations.id),
    ageAtAssessment: integer('age_at_assessment'),
    consentToReferral: text('consent_to_referral').$type<Consent>().notNull().default('NOT_ASKED'),
    consentToDisclosure: text('consent_to_disclosure').$type<Consent>().notNull().default('NOT_ASKED'),
    reflectionStartsOn: text('reflection_starts_on'),
    reflectionDays: integer('reflection_days'),
    representativeRecordedAt: text('representative_recorded_at'),
    outcome: text('outcome').$type<ReferralOutcome>(),
    closedAt: text('closed_at'),
    erasedAt: text('erased_at'),
    assigneeUserId: text('assignee_user_id').references(() => users.id),
    deputyUserId: text('deputy_user_id').references(() => users.id),
  },
  (t) => [
    index('referrals_created_idx').on(t.createdAt, t.id),
    index('referrals_referring_idx').on(t.referringOrganisationId),
    index('referrals_receiving_idx').on(t.receivingOrganisationId),
    index('referrals_competent_idx').on(t.competentAuthorityId),
    index('referrals_subject_idx').on(t.subjectId),
    index('referrals_state_idx').on(t.state),
    index('referrals_assessed_idx').on(t.assessedOn),
    index('referrals_operation_idx').on(t.operationId),
    index('referrals_assignee_idx').on(t.assigneeUserId),
  ],
);
export const referralPersonalData = pgTable('referral_personal_data', {
  referralId: text('referral_id')
    .primaryKey()
    .references(() => referrals.id),
  name: text('name'),
  alias: text('alias'),
  dateOfBirth: text('date_of_birth'),
  estimatedAge: integer('estimated_age'),
  contact: text('contact'),
  whereabouts: text('whereabouts'),
  location: text('location'),
  indicators: text('indicators'),
  narrative: text('narrative'),
  assessmentGrounds: text('assessment_grounds'),
  representativeName: text('representative_name'),
  representativeAppointedBy: text('representative_appointed_by'),
  sealedFields: text('sealed_fields'),
});

export const referralEvents = pgTable(
  'referral_events',
  {
    id: text('id').primaryKey(),
    referralId: text('referral_id')
      .notNull()
      .references(() => referrals.id),
    action: text('action').notNull(),
    fromState: text('from_state').$type<ReferralState>(),
    toState: text('to_state').$type<ReferralState>().notNull(),
    actorUserId: text('actor_user_id').references(() => users.id),
    actorOrganisationId: text('actor_organisation_id').references(() => organisations.id),
    at: text('at').notNull(),
    note: text('note'),
  },
  (t) => [index('referral_events_referral_idx').on(t.referralId, t.at)],
);
export const referenceSequences = pgTable('reference_sequences', {
  scope: text('scope').primaryKey(),
  last: integer('last').notNull(),
});
export const deadlineNotices = pgTable(
  'deadline_notices',
  {
    referralId: text('referral_id')
      .notNull()
      .references(() => referrals.id),
    kind: text('kind').notNull(),
    dueAt: text('due_at').notNull(),
    sentAt: text('sent_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.referralId, t.kind, t.dueAt] })],
);

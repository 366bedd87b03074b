import { index, integer, primaryKey, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';
import type { AssessmentDecision, Consent, ExploitationForm, Gender, ReferralOutcome, ReferralState, Region, ResidenceStatus, Sector, Urgency } from '../../schema/enums.generated.js';

// A person who may be referred several times. The pseudonym reveals nothing about the person.
// A subject merged into another (the same person, confirmed by the controller) stays as an alias:
// its id and pseudonym still resolve, to the subject it was merged into.
export const subjects = sqliteTable(
  'subjects',
  {
    id: text('id').primaryKey(),
    pseudonym: text('pseudonym').notNull().unique(),
    createdAt: text('created_at').notNull(),
    mergedIntoId: text('merged_into_id').references((): AnySQLiteColumn => subjects.id),
    mergedAt: text('merged_at'),
  },
  (t) => [index('subjects_merged_into_idx').on(t.mergedIntoId)],
);

// One referral: only non-identifying facts live here, so statistics survive erasure.
export const referrals = sqliteTable(
  'referrals',
  {
    id: text('id').primaryKey(),
    reference: text('reference').notNull().unique(),
    version: integer('version').notNull(),
    state: text('state').$type<ReferralState>().notNull(),
    urgency: text('urgency').$type<Urgency>().notNull(),
    minor: integer('minor', { mode: 'boolean' }).notNull(),
    subjectId: text('subject_id').notNull().references(() => subjects.id),
    /**
     * The subject the referral was made under, once a merge has moved it to another (null until
     * then): everyone but the controller keeps seeing this one, so a merge reveals nothing.
     */
    referredSubjectId: text('referred_subject_id').references(() => subjects.id),
    referringOrganisationId: text('referring_organisation_id').notNull().references(() => organisations.id),
    createdByUserId: text('created_by_user_id').notNull().references(() => users.id),
    receivingOrganisationId: text('receiving_organisation_id').references(() => organisations.id),
    competentAuthorityId: text('competent_authority_id').references(() => organisations.id),
    gender: text('gender').$type<Gender>().notNull(),
    nationality: text('nationality'),
    ageBand: text('age_band').notNull(),
    residenceStatus: text('residence_status').$type<ResidenceStatus>().notNull(),
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
    suspectedExploitation: text('suspected_exploitation', { mode: 'json' }).$type<ExploitationForm[]>().notNull(),
    /** Codes of the maintained indicator list (indicator_definitions), the referral's and its addenda's: counted by the statistics. */
    indicatorCodes: text('indicator_codes', { mode: 'json' }).$type<string[]>().notNull().default([]),
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
    /** Age in whole years on the assessment date: kept for statistics after erasure. */
    ageAtAssessment: integer('age_at_assessment'),
    consentToReferral: text('consent_to_referral').$type<Consent>().notNull().default('NOT_ASKED'),
    consentToDisclosure: text('consent_to_disclosure').$type<Consent>().notNull().default('NOT_ASKED'),
    reflectionStartsOn: text('reflection_starts_on'),
    reflectionDays: integer('reflection_days'),
    representativeRecordedAt: text('representative_recorded_at'),
    outcome: text('outcome').$type<ReferralOutcome>(),
    closedAt: text('closed_at'),
    erasedAt: text('erased_at'),
    /** The receiving authority's caseworker who has the case (set on acknowledgement), and a deputy. */
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

// The personal data of a referral, kept apart so that retention can erase it in one place. Every
// text column here holds a sealed value (sv1.…, docs/adr/0021-personal-data-sealed-at-rest.md) under
// the referral's own data key; only the estimated age (a number behind the age band) is not.
export const referralPersonalData = sqliteTable('referral_personal_data', {
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
  /** A JSON array of free-text indicators, sealed as one value (the server's repo opens it). */
  indicators: text('indicators'),
  narrative: text('narrative'),
  assessmentGrounds: text('assessment_grounds'),
  representativeName: text('representative_name'),
  representativeAppointedBy: text('representative_appointed_by'),
  /**
   * The personal fields above, sealed as one value (sv2: one opening per referral, not per field);
   * the columns above are then null. They still hold per-field sv1 values in a database the
   * start-up step has not upgraded yet (server/core/sealing/seal-existing.ts).
   */
  sealedFields: text('sealed_fields'),
});

export const referralEvents = sqliteTable(
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
    /** Free text: personal data, erased with the rest under retention. */
    note: text('note'),
  },
  (t) => [index('referral_events_referral_idx').on(t.referralId, t.at)],
);

// Per-year counter behind HEN-YYYY-NNNNNN; incremented inside the creating transaction.
export const referenceSequences = sqliteTable('reference_sequences', {
  scope: text('scope').primaryKey(),
  last: integer('last').notNull(),
});

// One row per deadline notice already sent, so a job run twice never notifies twice.
export const deadlineNotices = sqliteTable(
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

// PostgreSQL mirror of db/schema/sharing.ts (ADR 0029): same tables, columns and indexes, types mapped as
// the ADR's table says. What each column means is written there.

import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';
export const accessGrants = pgTable(
  'access_grants',
  {
    id: text('id').primaryKey(),
    referralId: text('referral_id'),
    caseComplexId: text('case_complex_id'),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: text('user_id').references(() => users.id),
    level: text('level').notNull(),
    purpose: text('purpose').notNull(),
    legalBasis: text('legal_basis').notNull(),
    consentOverride: boolean('consent_override').notNull().default(false),
    breakGlass: boolean('break_glass').notNull().default(false),
    justification: text('justification'),
    expiresAt: text('expires_at').notNull(),
    grantedByUserId: text('granted_by_user_id').references(() => users.id),
    grantedByOrganisationId: text('granted_by_organisation_id').references(() => organisations.id),
    createdAt: text('created_at').notNull(),
    revokedAt: text('revoked_at'),
    revokedByUserId: text('revoked_by_user_id').references(() => users.id),
    revokeReason: text('revoke_reason'),
    reviewedAt: text('reviewed_at'),
    reviewedByUserId: text('reviewed_by_user_id').references(() => users.id),
    reviewNote: text('review_note'),
    expiryNoticeSentAt: text('expiry_notice_sent_at'),
    consentOverrideReason: text('consent_override_reason'),
    cappedFromLevel: text('capped_from_level'),
    cappedAt: text('capped_at'),
    capReason: text('cap_reason'),
    reviewOverdueNoticeSentAt: text('review_overdue_notice_sent_at'),
  },
  (t) => [
    index('access_grants_referral_idx').on(t.referralId),
    index('access_grants_complex_idx').on(t.caseComplexId),
    index('access_grants_organisation_idx').on(t.organisationId),
  ],
);
export const accessRequests = pgTable(
  'access_requests',
  {
    id: text('id').primaryKey(),
    referralId: text('referral_id').notNull(),
    caseComplexId: text('case_complex_id'),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    requestedByUserId: text('requested_by_user_id').references(() => users.id),
    level: text('level').notNull(),
    purpose: text('purpose'),
    legalBasis: text('legal_basis'),
    reason: text('reason'),
    origin: text('origin').notNull(),
    state: text('state').notNull(),
    createdAt: text('created_at').notNull(),
    confirmedAt: text('confirmed_at'),
    decidedAt: text('decided_at'),
    decidedByUserId: text('decided_by_user_id').references(() => users.id),
    decidedByOrganisationId: text('decided_by_organisation_id').references(() => organisations.id),
    refusalReason: text('refusal_reason'),
    grantId: text('grant_id'),
    cappedGrantId: text('capped_grant_id'),
  },
  (t) => [
    index('access_requests_referral_idx').on(t.referralId),
    index('access_requests_organisation_idx').on(t.organisationId, t.state),
    index('access_requests_state_idx').on(t.state),
    uniqueIndex('access_requests_open_idx').on(t.referralId, t.organisationId).where(sql`${t.state} in ('AWAITING_CONFIRMATION', 'PENDING')`),
  ],
);
export const referralConsents = pgTable(
  'referral_consents',
  {
    id: text('id').primaryKey(),
    referralId: text('referral_id').notNull(),
    version: integer('version').notNull(),
    toReferral: text('to_referral').notNull(),
    toDisclosure: text('to_disclosure').notNull(),
    recordedByUserId: text('recorded_by_user_id').references(() => users.id),
    recordedByOrganisationId: text('recorded_by_organisation_id').references(() => organisations.id),
    recordedAt: text('recorded_at').notNull(),
    eventId: text('event_id'),
  },
  (t) => [uniqueIndex('referral_consents_version_idx').on(t.referralId, t.version)],
);

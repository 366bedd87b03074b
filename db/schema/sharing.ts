import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';

// One organisation's access to one referral, or to every referral of one case complex, for a
// stated purpose and legal basis until it expires or is revoked. A break-glass grant is a grant
// to one user, for a few hours, with a written justification that auditors review.
export const accessGrants = sqliteTable(
  'access_grants',
  {
    id: text('id').primaryKey(),
    referralId: text('referral_id'),
    caseComplexId: text('case_complex_id'),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** Set for break-glass: the grant is that user's only. */
    userId: text('user_id').references(() => users.id),
    level: text('level').notNull(),
    purpose: text('purpose').notNull(),
    legalBasis: text('legal_basis').notNull(),
    /** FULL access without the subject's consent to disclosure needs an explicit override. */
    consentOverride: integer('consent_override', { mode: 'boolean' }).notNull().default(false),
    breakGlass: integer('break_glass', { mode: 'boolean' }).notNull().default(false),
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
    /** When the grantee was told the grant expires soon: the notice goes out once. */
    expiryNoticeSentAt: text('expiry_notice_sent_at'),
    /** The controller's written reason for overriding missing consent (shown to auditors, never mailed or logged). */
    consentOverrideReason: text('consent_override_reason'),
    /** A grant whose level was lowered after it was made: the level it had, when, and why (CONTROLLER_RULE, CONSENT_WITHDRAWN). */
    cappedFromLevel: text('capped_from_level'),
    cappedAt: text('capped_at'),
    capReason: text('cap_reason'),
    /** Break-glass: when CMM's auditors were told its review is overdue (once). */
    reviewOverdueNoticeSentAt: text('review_overdue_notice_sent_at'),
  },
  (t) => [
    index('access_grants_referral_idx').on(t.referralId),
    index('access_grants_complex_idx').on(t.caseComplexId),
    index('access_grants_organisation_idx').on(t.organisationId),
  ],
);

// An organisation's request for access to one referral (asked on the referral, or through a case
// complex: one request per linked referral). The referral's controller approves it (which creates
// the grant) or refuses it with a reason. A request opened by the system (a hand-over, a capped
// grant) names its origin; a hand-over request awaits the new lead's confirmation of purpose and
// legal basis before the controller sees it.
export const accessRequests = sqliteTable(
  'access_requests',
  {
    id: text('id').primaryKey(),
    referralId: text('referral_id').notNull(),
    /** The complex the request was made through (or that was handed over), if any. */
    caseComplexId: text('case_complex_id'),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    requestedByUserId: text('requested_by_user_id').references(() => users.id),
    level: text('level').notNull(),
    /** Null until the requester confirms a system-opened request. */
    purpose: text('purpose'),
    legalBasis: text('legal_basis'),
    reason: text('reason'),
    /** REQUEST, HAND_OVER or CAPPED_GRANT. */
    origin: text('origin').notNull(),
    /** AWAITING_CONFIRMATION, PENDING, APPROVED, REFUSED or WITHDRAWN. */
    state: text('state').notNull(),
    createdAt: text('created_at').notNull(),
    confirmedAt: text('confirmed_at'),
    decidedAt: text('decided_at'),
    decidedByUserId: text('decided_by_user_id').references(() => users.id),
    decidedByOrganisationId: text('decided_by_organisation_id').references(() => organisations.id),
    refusalReason: text('refusal_reason'),
    /** The grant an approval created. */
    grantId: text('grant_id'),
    /** The grant whose capping opened this request. */
    cappedGrantId: text('capped_grant_id'),
  },
  (t) => [
    index('access_requests_referral_idx').on(t.referralId),
    index('access_requests_organisation_idx').on(t.organisationId, t.state),
    index('access_requests_state_idx').on(t.state),
    // One open request per organisation and referral, also under concurrent requests.
    uniqueIndex('access_requests_open_idx').on(t.referralId, t.organisationId).where(sql`${t.state} in ('AWAITING_CONFIRMATION', 'PENDING')`),
  ],
);

// Every consent the controller (or the referrer, on its draft) records: the values, versioned.
// The note that goes with it is free text and lives in the referral's timeline (erased by retention).
export const referralConsents = sqliteTable(
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
    /** The timeline event that carries the note. */
    eventId: text('event_id'),
  },
  (t) => [uniqueIndex('referral_consents_version_idx').on(t.referralId, t.version)],
);

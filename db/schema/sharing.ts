import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
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
  },
  (t) => [
    index('access_grants_referral_idx').on(t.referralId),
    index('access_grants_complex_idx').on(t.caseComplexId),
    index('access_grants_organisation_idx').on(t.organisationId),
  ],
);

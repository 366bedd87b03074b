// Who may grant, revoke and review access, and what a grant needs (pure decisions; the access
// a grant gives is decided by the one gate, core/access.ts).
import { COMPETENT_AUTHORITY_CODES, hasAnyRole, type TViewer } from '../../core/access.js';

export const GRANT_LEVELS = ['SUMMARY', 'OPERATIONAL', 'FULL'] as const;
export const PURPOSES = ['INVESTIGATION', 'PREPARED_RETURN', 'ACCOMMODATION', 'REFERENCE_GROUP_REVIEW', 'STATISTICS', 'OTHER'] as const;
export const CONSENTS = ['GIVEN', 'REFUSED', 'NOT_ASKED', 'NOT_REQUIRED_MINOR'] as const;

/** A grant runs for at most a year. */
export const MAX_GRANT_DAYS = 365;
/** Break-glass gives OPERATIONAL access for this long. */
export const BREAK_GLASS_HOURS = 4;
export const BREAK_GLASS_LEVEL = 'OPERATIONAL';
/** The grantee is told this many days before a grant expires. */
export const EXPIRY_NOTICE_DAYS = 3;

/** The organisations that may grant on any case complex besides its lead: NSK tracks organised cases, CMM is the national centre. */
export const COMPLEX_GRANTORS: readonly string[] = ['NSK', 'CMM'];

export type TGrantStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

export function grantStatus(grant: { revokedAt: string | null; expiresAt: string }, now: Date): TGrantStatus {
  if (grant.revokedAt) return 'REVOKED';
  return grant.expiresAt > now.toISOString() ? 'ACTIVE' : 'EXPIRED';
}

/** Only the competent authority, and CMM, grant access to a submitted referral. */
export function mayGrantOnReferral(viewer: TViewer, referral: { state: string; competentAuthorityId: string | null }): boolean {
  if (referral.state === 'DRAFT') return false;
  return referral.competentAuthorityId === viewer.organisationId || viewer.organisationKind === 'CMM';
}

/** The complex's lead organisation, NSK or CMM grant access to a case complex. */
export function mayGrantOnComplex(viewer: TViewer, complex: { leadOrganisationId: string }): boolean {
  return complex.leadOrganisationId === viewer.organisationId || COMPLEX_GRANTORS.includes(viewer.organisationCode);
}

/**
 * A FULL grant to anyone but the competent authorities (CMM, US) discloses identity, narrative
 * and health: without the person's consent to disclosure it needs an explicit legal-basis override.
 */
export function needsConsentOverride(options: { level: string; granteeCode: string; consents: readonly string[] }): boolean {
  if (options.level !== 'FULL' || COMPETENT_AUTHORITY_CODES.includes(options.granteeCode)) return false;
  return options.consents.some((consent) => consent !== 'GIVEN');
}

/** Auditors review the break-glass uses of their own organisation's users; CMM's auditors review all. */
export function mayReviewBreakGlass(viewer: TViewer, grant: { organisationId: string; breakGlass: boolean }): boolean {
  if (!grant.breakGlass || !hasAnyRole(viewer, ['AUDITOR'])) return false;
  return grant.organisationId === viewer.organisationId || viewer.organisationKind === 'CMM';
}

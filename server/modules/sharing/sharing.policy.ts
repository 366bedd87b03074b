// Who may grant, revoke and review access, and what a grant needs (pure decisions; the access
// a grant gives is decided by the one gate, core/access.ts).
import { CASEWORK_ROLES, COMPETENT_AUTHORITY_CODES, COMPLEX_GRANT_MAX_LEVEL, hasAnyRole, isReferralController, type TViewer } from '../../core/access.js';
import { addWorkingDays, localDate, zonedTime } from '../../core/calendar.js';

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

/** Only the controller (the competent authority, and CMM as the national centre) grants access to a submitted referral. */
export function mayGrantOnReferral(viewer: TViewer, referral: { state: string; competentAuthorityId: string | null }): boolean {
  return isReferralController(viewer, referral);
}

/** A grant on a case complex gives SUMMARY at most: personal data is disclosed referral by referral, by its controller. */
export const COMPLEX_GRANT_LEVELS: readonly string[] = [COMPLEX_GRANT_MAX_LEVEL];

/** The complex's lead organisation, NSK or CMM grant (SUMMARY) access to a case complex. */
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

/** A consent override is reviewed like a break-glass: by the granting controller's auditors, or CMM's. */
export function mayReviewConsentOverride(viewer: TViewer, grant: { grantedByOrganisationId: string | null; consentOverride: boolean }): boolean {
  if (!grant.consentOverride || !hasAnyRole(viewer, ['AUDITOR'])) return false;
  return grant.grantedByOrganisationId === viewer.organisationId || viewer.organisationKind === 'CMM';
}

/** The override's written reason: the granting organisation and the auditors who review it, no one else (not the grantee). */
export function mayReadConsentOverrideReason(viewer: TViewer, grant: { grantedByOrganisationId: string | null; consentOverride: boolean }): boolean {
  if (!grant.consentOverride) return false;
  if (mayReviewConsentOverride(viewer, grant)) return true;
  return grant.grantedByOrganisationId === viewer.organisationId && hasAnyRole(viewer, CASEWORK_ROLES);
}

/** A break-glass use must be reviewed by the end of the 3rd working day after the day of use; after that CMM's auditors are told. */
export const BREAK_GLASS_REVIEW_WORKING_DAYS = 3;

export function breakGlassReviewDueAt(usedAt: Date): Date {
  return zonedTime(addWorkingDays(localDate(usedAt), BREAK_GLASS_REVIEW_WORKING_DAYS), 23, 59, 59, 999);
}

// --- Access requests ---------------------------------------------------------------------------

export const REQUEST_STATES = ['AWAITING_CONFIRMATION', 'PENDING', 'APPROVED', 'REFUSED', 'WITHDRAWN'] as const;
export type TRequestState = (typeof REQUEST_STATES)[number];
export const OPEN_REQUEST_STATES: readonly TRequestState[] = ['AWAITING_CONFIRMATION', 'PENDING'];

/** The controller's coordinators decide on a request, never the organisation that asked. */
export function mayDecideAccessRequest(
  viewer: TViewer,
  referral: { state: string; competentAuthorityId: string | null },
  request: { organisationId: string },
): boolean {
  return isReferralController(viewer, referral) && hasAnyRole(viewer, ['COORDINATOR']) && request.organisationId !== viewer.organisationId;
}

/** The requesting organisation's caseworkers confirm (a system-opened request) or withdraw its requests. */
export function mayActForRequester(viewer: TViewer, request: { organisationId: string }): boolean {
  return request.organisationId === viewer.organisationId && hasAnyRole(viewer, CASEWORK_ROLES);
}

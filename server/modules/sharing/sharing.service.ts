// Sharing: access grants (one organisation, one level, one referral or case complex, a purpose, a
// legal basis, an expiry), their revocation and expiry notices, and break-glass with its review.
// Only a referral's controller discloses personal data (OPERATIONAL, FULL): a complex grant gives
// SUMMARY; anyone else asks (access-requests.service.ts). docs/adr/0014-only-the-controller-discloses.md
// What a grant lets a viewer see is decided by the one gate (core/access.ts referralAccess), which
// is asked with the grants that cover a referral (referrals.service.ts referralSharing).
//
// The public entry of the module for grants; each concern lives in its own file:
//   grants.ts             granting, revoking, the list on a referral, complex grants covering a referral
//   break-glass.ts        break-glass, its review by the auditors and the overdue-review job
//   consent-overrides.ts  the auditors' review of FULL disclosures made without consent
//   grant-expiry.ts       the expiry notices job
//   grant-support.ts      what these share (bookkeeping columns, denial, notices, referrals concerned,
//                         the grant's sealed texts opened for showing)
export {
  accessToReferralById,
  auditPerSubject,
  cmmAuditors,
  denied,
  grantTexts,
  notifyGrantee,
  referralsConcerned,
  reviewingAuditors,
  type TGrantRow,
  type TReferralFacts,
} from './grant-support.js';
export { createGrant, findGrantById, grantAccess, listAccessGrants, overrideReason, recordComplexGrantsCover, revokeAccess, type TNewGrant } from './grants.js';
export { breakGlass, listBreakGlassUses, notifyOverdueBreakGlassReviews, reviewBreakGlass, reviewDueAt } from './break-glass.js';
export { listConsentOverrides, reviewConsentOverride } from './consent-overrides.js';
export { notifyExpiringGrants } from './grant-expiry.js';
export { grantStatus } from './sharing.policy.js';

// The rows the schema's types are resolved from (server/graphql/mappers.ts).
export type { TConsentRow } from './sharing.repo.js';

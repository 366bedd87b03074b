// The one access gate. Every decision about who may call what, and (as the domains grow) what
// level a viewer holds on a record and why, is made here. Default is deny.
import { AppError } from './errors.js';

export const ROLES = [
  'CASEWORKER',
  'COORDINATOR',
  'ASSESSOR',
  'INVESTIGATOR',
  'REFERENCE_GROUP_MEMBER',
  'ANALYST',
  'AUDITOR',
  'ADMIN',
] as const;
export type TRole = (typeof ROLES)[number];

/** Roles that only count when the user signed in with a second factor, if that is required. */
export const PRIVILEGED_ROLES: readonly TRole[] = ['ADMIN', 'AUDITOR'];

export type TViewer = {
  userId: string;
  organisationId: string;
  organisationCode: string;
  organisationKind: string;
  region: string | null;
  roles: TRole[];
  referenceGroup: string | null;
  sessionId: string;
};

/** What a root field declares in the schema: @public, or @auth(roles: [...]) (empty: any signed-in user). */
export type TFieldRule = { kind: 'public' } | { kind: 'auth'; roles: TRole[] };

export function hasAnyRole(viewer: TViewer, roles: readonly TRole[]): boolean {
  return roles.some((role) => viewer.roles.includes(role));
}

export function assertMayCallField(options: { viewer: TViewer | null; rule: TFieldRule }): void {
  const { viewer, rule } = options;
  if (rule.kind === 'public') return;
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  if (rule.roles.length > 0 && !hasAnyRole(viewer, rule.roles)) {
    throw new AppError('FORBIDDEN', 'Your roles do not allow this');
  }
}

export function requireViewer(viewer: TViewer | null): TViewer {
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return viewer;
}

/**
 * Roles that take effect for a session: privileged roles are dropped when the organisation
 * requires a second factor for them and the user has not signed in with one.
 */
export function effectiveRoles(options: { roles: TRole[]; secondFactor: boolean; requireTotpForPrivileged: boolean }): TRole[] {
  if (!options.requireTotpForPrivileged || options.secondFactor) return options.roles;
  return options.roles.filter((role) => !PRIVILEGED_ROLES.includes(role));
}

// ---------------------------------------------------------------------------------------------
// Referrals: what level a viewer holds on a referral, and why (PRODUCT.md § Need to know).

export const ACCESS_LEVELS = ['NONE', 'SUMMARY', 'OPERATIONAL', 'FULL'] as const;
export type TAccessLevel = (typeof ACCESS_LEVELS)[number];

/** Roles that work with cases; auditors, analysts, admins and reference groups see no referral data through casework. */
export const CASEWORK_ROLES: readonly TRole[] = ['CASEWORKER', 'COORDINATOR', 'ASSESSOR', 'INVESTIGATOR'];

export type TReferralBasis = 'REFERRING_ORGANISATION' | 'RECEIVING_AUTHORITY' | 'COMPETENT_AUTHORITY' | 'NATIONAL_CENTRE' | 'NONE';

export type TReferralAccess = { level: TAccessLevel; basis: TReferralBasis; reason: string; purpose: string };

export type TReferralParties = {
  state: string;
  referringOrganisationId: string;
  receivingOrganisationId: string | null;
  competentAuthorityId: string | null;
};

/** Categories of referral data that are withheld field by field. */
export type TReferralData = 'SUMMARY' | 'CONTACT' | 'WHEREABOUTS' | 'IDENTITY' | 'NARRATIVE' | 'ASSESSMENT_GROUNDS' | 'SUPPORT' | 'OUTCOME';

const LEVEL_DATA: Record<TAccessLevel, readonly TReferralData[]> = {
  NONE: [],
  SUMMARY: ['SUMMARY'],
  OPERATIONAL: ['SUMMARY', 'CONTACT', 'WHEREABOUTS'],
  FULL: ['SUMMARY', 'CONTACT', 'WHEREABOUTS', 'IDENTITY', 'NARRATIVE', 'ASSESSMENT_GROUNDS', 'SUPPORT', 'OUTCOME'],
};

/** The referring organisation sees what it sent and the progress, never what the authorities found or provide. */
const REFERRER_WITHHELD: readonly TReferralData[] = ['ASSESSMENT_GROUNDS', 'SUPPORT', 'OUTCOME'];

const NO_ACCESS: TReferralAccess = { level: 'NONE', basis: 'NONE', reason: 'No access', purpose: 'NONE' };

export function referralAccess(viewer: TViewer | null, referral: TReferralParties): TReferralAccess {
  if (!viewer || !hasAnyRole(viewer, CASEWORK_ROLES)) return NO_ACCESS;
  const org = viewer.organisationId;
  const submitted = referral.state !== 'DRAFT';
  if (submitted && referral.competentAuthorityId === org) {
    return { level: 'FULL', basis: 'COMPETENT_AUTHORITY', reason: 'Your organisation is the competent authority for this referral', purpose: 'CASE_HANDLING' };
  }
  if (submitted && referral.receivingOrganisationId === org) {
    return { level: 'FULL', basis: 'RECEIVING_AUTHORITY', reason: 'The referral was sent to your organisation', purpose: 'CASE_HANDLING' };
  }
  if (submitted && viewer.organisationKind === 'CMM') {
    return { level: 'FULL', basis: 'NATIONAL_CENTRE', reason: 'CMM is the national centre and contact for every possible victim', purpose: 'CASE_HANDLING' };
  }
  if (referral.referringOrganisationId === org) {
    return {
      level: 'FULL',
      basis: 'REFERRING_ORGANISATION',
      reason: 'Your organisation made this referral: you see it as sent and its progress, not the assessment grounds, support or outcome',
      purpose: 'REFERRAL_FOLLOW_UP',
    };
  }
  return NO_ACCESS;
}

export function mayReadReferralData(access: TReferralAccess, data: TReferralData): boolean {
  if (!LEVEL_DATA[access.level].includes(data)) return false;
  return !(access.basis === 'REFERRING_ORGANISATION' && REFERRER_WITHHELD.includes(data));
}

/**
 * The same rule as referralAccess, as the parts a list query filters on, so that a search
 * never returns what the viewer may not see.
 */
export function referralListScope(viewer: TViewer): { none: boolean; organisationId: string; allSubmitted: boolean } {
  return {
    none: !hasAnyRole(viewer, CASEWORK_ROLES),
    organisationId: viewer.organisationId,
    allSubmitted: viewer.organisationKind === 'CMM',
  };
}

// The one access gate. Every decision about who may call what, and (as the domains grow) what
// level a viewer holds on a record and why, is made here. Default is deny.
import { accessReasonText, type TAccessReason, type TAccessReasonCode } from '../../schema/access-reasons.js';
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
  /** Set when the viewer is a service account of an integration (ADR 0027): its id and the purpose its reads are recorded with. */
  serviceAccount?: { id: string; purpose: string };
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

// ---------------------------------------------------------------------------------------------
// Service accounts (ADR 0027): a system acts as itself, never as a person with special powers.

/** Roles a service account may never hold: administering and auditing are people's work. */
export const SERVICE_ACCOUNT_EXCLUDED_ROLES: readonly TRole[] = ['ADMIN', 'AUDITOR'];

/** Whether a service account may be given this role. */
export function mayServiceAccountHold(role: TRole): boolean {
  return !SERVICE_ACCOUNT_EXCLUDED_ROLES.includes(role);
}

/**
 * Break-glass is a person's justified decision in an emergency, reviewed afterwards: a system
 * cannot take that decision, so a service account never breaks the glass.
 */
export function mayBreakGlass(viewer: TViewer): boolean {
  return !viewer.serviceAccount;
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
// Why: every decision below names its reason by a code from schema/access-reasons.ts, with the
// values its text names; the words (Danish and English) live in that table, not here.

export type TAccessReasoned = {
  reasonCode: TAccessReasonCode;
  /** The values the code's text names (level, until, purpose, legalBasis); null when it names none. */
  reasonParams: Readonly<Record<string, string>> | null;
  /** The code's English text with its values: what the API gave before the codes, kept for its clients. */
  reason: string;
};

export function because(reason: TAccessReason): TAccessReasoned {
  const params = 'params' in reason ? reason.params : null;
  return { reasonCode: reason.code, reasonParams: params, reason: accessReasonText(reason.code, params, 'en') };
}

// ---------------------------------------------------------------------------------------------
// Referrals: what level a viewer holds on a referral, and why (PRODUCT.md § Need to know).

export const ACCESS_LEVELS = ['NONE', 'SUMMARY', 'OPERATIONAL', 'FULL'] as const;
export type TAccessLevel = (typeof ACCESS_LEVELS)[number];

/** Roles that work with cases; auditors, analysts, admins and reference groups see no referral data through casework. */
export const CASEWORK_ROLES: readonly TRole[] = ['CASEWORKER', 'COORDINATOR', 'ASSESSOR', 'INVESTIGATOR'];

export type TReferralBasis =
  | 'REFERRING_ORGANISATION'
  | 'RECEIVING_AUTHORITY'
  | 'COMPETENT_AUTHORITY'
  | 'NATIONAL_CENTRE'
  | 'GRANT'
  | 'BREAK_GLASS'
  | 'CASE_COMPLEX_CONTRIBUTOR'
  | 'NONE';

export type TReferralAccess = TAccessReasoned & {
  level: TAccessLevel;
  basis: TReferralBasis;
  purpose: string;
  /** The access grant (or break-glass) the access rests on: recorded with every read it allows. */
  grantId?: string;
  /** The grant gives FULL access without the subject's consent to disclosure, under an explicit legal basis. */
  consentOverride?: boolean;
};

export type TReferralParties = {
  state: string;
  referringOrganisationId: string;
  receivingOrganisationId: string | null;
  competentAuthorityId: string | null;
  /** GIVEN, REFUSED, NOT_ASKED or NOT_REQUIRED_MINOR; absent reads as not given. */
  consentToDisclosure?: string | null;
};

/**
 * An access grant that covers a referral (on the referral itself, or on a case complex it is
 * linked to; the caller finds those). Whether it counts — its organisation or user, revocation,
 * expiry against the clock of this request, consent — is decided here, on every request.
 */
export type TGrantFacts = {
  id: string;
  organisationId: string;
  /** Set for break-glass: that user's only. */
  userId: string | null;
  level: string;
  purpose: string;
  legalBasis: string;
  expiresAt: string;
  revokedAt: string | null;
  breakGlass: boolean;
  consentOverride: boolean;
  caseComplexId: string | null;
};

/** The grants that cover one referral, and the time of the request they are judged at. */
export type TReferralSharing = { grants: readonly TGrantFacts[]; now: Date };

/** The competent authorities (CMM, US) may see everything anyway: FULL grants to others need consent or an override. */
export const COMPETENT_AUTHORITY_CODES: readonly string[] = ['CMM', 'US'];

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

const NO_ACCESS: TReferralAccess = { level: 'NONE', basis: 'NONE', ...because({ code: 'NO_ACCESS' }), purpose: 'NONE' };

export function referralAccess(viewer: TViewer | null, referral: TReferralParties, sharing?: TReferralSharing): TReferralAccess {
  if (!viewer || !hasAnyRole(viewer, CASEWORK_ROLES)) return NO_ACCESS;
  const org = viewer.organisationId;
  const submitted = referral.state !== 'DRAFT';
  if (submitted && referral.competentAuthorityId === org) {
    return { level: 'FULL', basis: 'COMPETENT_AUTHORITY', ...because({ code: 'REFERRAL_COMPETENT_AUTHORITY' }), purpose: 'CASE_HANDLING' };
  }
  if (submitted && referral.receivingOrganisationId === org) {
    return { level: 'FULL', basis: 'RECEIVING_AUTHORITY', ...because({ code: 'REFERRAL_RECEIVING_AUTHORITY' }), purpose: 'CASE_HANDLING' };
  }
  if (submitted && viewer.organisationKind === 'CMM') {
    return { level: 'FULL', basis: 'NATIONAL_CENTRE', ...because({ code: 'REFERRAL_NATIONAL_CENTRE' }), purpose: 'CASE_HANDLING' };
  }
  const granted = submitted && sharing ? bestGrantAccess(viewer, referral, sharing) : null;
  if (referral.referringOrganisationId === org) {
    // The referrer's own view is FULL less the authorities' findings; only a FULL grant gives more.
    if (granted?.level === 'FULL') return granted;
    return {
      level: 'FULL',
      basis: 'REFERRING_ORGANISATION',
      ...because({ code: 'REFERRAL_REFERRING_ORGANISATION' }),
      purpose: 'REFERRAL_FOLLOW_UP',
    };
  }
  return granted ?? NO_ACCESS;
}

const LEVEL_RANK: Record<TAccessLevel, number> = { NONE: 0, SUMMARY: 1, OPERATIONAL: 2, FULL: 3 };

function isGrantLevel(level: string): level is 'SUMMARY' | 'OPERATIONAL' | 'FULL' {
  return level === 'SUMMARY' || level === 'OPERATIONAL' || level === 'FULL';
}

/** Whether a grant counts for this viewer now: its organisation (or, for break-glass, its user), not revoked, not expired. */
export function grantIsActive(viewer: TViewer, grant: TGrantFacts, now: Date): boolean {
  if (grant.organisationId !== viewer.organisationId) return false;
  if (grant.userId !== null && grant.userId !== viewer.userId) return false;
  return grant.revokedAt === null && grant.expiresAt > now.toISOString();
}

/**
 * The controller of a submitted referral's personal data: its competent authority (CMM or US),
 * and CMM as the national centre. Only a controller discloses OPERATIONAL or FULL access, approves
 * an access request, or overrides missing consent (docs/adr/0014-only-the-controller-discloses.md).
 */
export function isReferralController(viewer: TViewer, referral: { state: string; competentAuthorityId: string | null }): boolean {
  if (referral.state === 'DRAFT') return false;
  return referral.competentAuthorityId === viewer.organisationId || viewer.organisationKind === 'CMM';
}

/** The most a grant on a case complex gives on each linked referral: that the person is linked, non-identifying facts. */
export const COMPLEX_GRANT_MAX_LEVEL: TAccessLevel & 'SUMMARY' = 'SUMMARY';

/** The access one grant gives on this referral (a FULL grant without consent or override gives OPERATIONAL). */
function grantAccess(viewer: TViewer, referral: TReferralParties, grant: TGrantFacts): TReferralAccess | null {
  if (!isGrantLevel(grant.level)) return null;
  // A complex grant never discloses personal data, whatever its row says (a grant from before the
  // controller rule that the start-up step has not capped yet, or a database edited by hand).
  const level = grant.caseComplexId ? COMPLEX_GRANT_MAX_LEVEL : grant.level;
  if (grant.breakGlass) {
    return {
      level,
      basis: 'BREAK_GLASS',
      ...because({ code: 'REFERRAL_BREAK_GLASS', params: { level: grant.level, until: grant.expiresAt } }),
      purpose: 'BREAK_GLASS',
      grantId: grant.id,
    };
  }
  const params = { purpose: grant.purpose, until: grant.expiresAt, legalBasis: grant.legalBasis };
  const needsConsent = level === 'FULL' && !COMPETENT_AUTHORITY_CODES.includes(viewer.organisationCode) && referral.consentToDisclosure !== 'GIVEN';
  if (needsConsent && !grant.consentOverride) {
    return {
      level: 'OPERATIONAL',
      basis: 'GRANT',
      ...because({ code: 'REFERRAL_GRANT_WITHOUT_CONSENT', params }),
      purpose: grant.purpose,
      grantId: grant.id,
    };
  }
  return {
    level,
    basis: 'GRANT',
    // Only a FULL grant needs consent, and a complex grant is never FULL.
    ...because({ code: needsConsent ? 'REFERRAL_GRANT_CONSENT_OVERRIDE' : grant.caseComplexId ? 'REFERRAL_CASE_COMPLEX_GRANT' : 'REFERRAL_GRANT', params }),
    purpose: grant.purpose,
    grantId: grant.id,
    ...(needsConsent ? { consentOverride: true } : {}),
  };
}

/** The highest access any active grant gives (a grant before break-glass at the same level, then the latest expiry). */
function bestGrantAccess(viewer: TViewer, referral: TReferralParties, sharing: TReferralSharing): TReferralAccess | null {
  let best: { access: TReferralAccess; grant: TGrantFacts } | null = null;
  for (const grant of sharing.grants) {
    if (!grantIsActive(viewer, grant, sharing.now)) continue;
    const access = grantAccess(viewer, referral, grant);
    if (!access) continue;
    if (!best) {
      best = { access, grant };
      continue;
    }
    const byLevel = LEVEL_RANK[access.level] - LEVEL_RANK[best.access.level];
    const byKind = Number(best.grant.breakGlass) - Number(grant.breakGlass);
    const byExpiry = grant.expiresAt.localeCompare(best.grant.expiresAt);
    if (byLevel > 0 || (byLevel === 0 && (byKind > 0 || (byKind === 0 && byExpiry > 0)))) best = { access, grant };
  }
  return best?.access ?? null;
}

/**
 * What the actor of a move that ended its access (an authority forwarding to the other one) sees
 * in the answer: the non-identifying summary that confirms the move; a later read is NOT_FOUND.
 */
export function handedOverAccess(): TReferralAccess {
  return { level: 'SUMMARY', basis: 'NONE', ...because({ code: 'REFERRAL_HANDED_OVER' }), purpose: 'CASE_HANDLING' };
}

/**
 * A referral linked to a complex, as an invited contributor sees it in the complex (issue 14): what
 * a SUMMARY grant on the complex shows (COMPLEX_GRANT_MAX_LEVEL), only there; referral(id) stays
 * NOT_FOUND for it, and it learns nothing of the referral's other complexes.
 */
export function contributorReferralAccess(): TReferralAccess {
  return { level: COMPLEX_GRANT_MAX_LEVEL, basis: 'CASE_COMPLEX_CONTRIBUTOR', ...because({ code: 'REFERRAL_CASE_COMPLEX_CONTRIBUTOR' }), purpose: 'INVESTIGATION' };
}

export function mayReadReferralData(access: TReferralAccess, data: TReferralData): boolean {
  if (!LEVEL_DATA[access.level].includes(data)) return false;
  return !(access.basis === 'REFERRING_ORGANISATION' && REFERRER_WITHHELD.includes(data));
}

/**
 * The same rule as referralAccess, as the parts a list query filters on, so that a search
 * never returns what the viewer may not see: the viewer's own referrals, submitted ones where its
 * organisation is receiving or competent (every submitted one for CMM), and submitted ones covered
 * by an access grant to its organisation (or a break-glass grant to the viewer) that is neither
 * revoked nor expired at `now`, directly or through a case complex the referral is linked to.
 */
export function referralListScope(
  viewer: TViewer,
  now: Date,
): { none: boolean; organisationId: string; userId: string; allSubmitted: boolean; grantsActiveAt: string } {
  return {
    none: !hasAnyRole(viewer, CASEWORK_ROLES),
    organisationId: viewer.organisationId,
    userId: viewer.userId,
    allSubmitted: viewer.organisationKind === 'CMM',
    grantsActiveAt: now.toISOString(),
  };
}

// ---------------------------------------------------------------------------------------------
// One person, one subject (docs/adr/0015-subject-matching-with-blind-indexes.md): the data's
// controller — the referral's competent authority (CMM or US) and CMM as the national centre —
// sees possible matches with earlier subjects, confirms (merges) or dismisses them, undoes a merge,
// and corrects the person's data after submission. No one else learns that the person is known.

/** Who handles a person's identity for the controller (investigators and non-casework roles do not). */
export const SUBJECT_IDENTITY_ROLES: readonly TRole[] = ['CASEWORKER', 'COORDINATOR', 'ASSESSOR'];

/** The viewer's organisation is the controller of this submitted referral's personal data. */
export function holdsReferralAsController(viewer: TViewer | null, referral: Pick<TReferralParties, 'state' | 'competentAuthorityId'>): boolean {
  if (!viewer || !hasAnyRole(viewer, SUBJECT_IDENTITY_ROLES) || referral.state === 'DRAFT') return false;
  return referral.competentAuthorityId === viewer.organisationId || viewer.organisationKind === 'CMM';
}

/**
 * Possible matches, merges and aliases of a referral's subject: the controller with FULL access
 * as controller only. A FULL grant, a break-glass or the referrer's own view never qualifies, so
 * for them the field is null whether or not the person is known.
 */
export function mayHandleSubjectIdentity(viewer: TViewer | null, referral: Pick<TReferralParties, 'state' | 'competentAuthorityId'>, access: TReferralAccess): boolean {
  const asController = access.basis === 'COMPETENT_AUTHORITY' || access.basis === 'NATIONAL_CENTRE' || access.basis === 'RECEIVING_AUTHORITY';
  return access.level === 'FULL' && asController && holdsReferralAsController(viewer, referral);
}

/**
 * A merge (or its undoing) moves referrals between subjects: the viewer must be the controller of
 * every submitted referral it moves (a draft is its referrer's and moves unseen with its subject).
 */
export function mayMoveReferralsBetweenSubjects(viewer: TViewer, moved: ReadonlyArray<Pick<TReferralParties, 'state' | 'competentAuthorityId'>>): boolean {
  return moved.every((referral) => referral.state === 'DRAFT' || holdsReferralAsController(viewer, referral));
}

// ---------------------------------------------------------------------------------------------
// Operations: who sees a joint operation at all, who sees its targets and briefing point, and who
// plans, moves and answers it (PRODUCT.md journey 1; API.md § Joint operations).

export type TOperationBasis = 'LEAD' | 'ACCEPTED' | 'INVITED' | 'DECLINED' | 'NONE';

/** FULL: targets and briefing point too; SUMMARY: codename, objective, sector, region, time window. */
export type TOperationAccess = TAccessReasoned & { level: TAccessLevel; basis: TOperationBasis };

export type TOperationParties = {
  leadOrganisationId: string;
  /** The status of the viewer's organisation's invitation, or null when it has none. */
  invitationStatus: string | null;
};

export const OPERATION_ACTORS = {
  /** Plan and move: create, update, invite, confirm, start, complete, cancel. */
  plan: ['COORDINATOR'],
  respond: ['COORDINATOR', 'CASEWORKER'],
  recordOutcome: ['COORDINATOR', 'CASEWORKER'],
} as const satisfies Record<string, readonly TRole[]>;

const NO_OPERATION_ACCESS: TOperationAccess = { level: 'NONE', basis: 'NONE', ...because({ code: 'NO_ACCESS' }) };

export function operationAccess(viewer: TViewer | null, operation: TOperationParties): TOperationAccess {
  if (!viewer || !hasAnyRole(viewer, CASEWORK_ROLES)) return NO_OPERATION_ACCESS;
  if (operation.leadOrganisationId === viewer.organisationId) {
    return { level: 'FULL', basis: 'LEAD', ...because({ code: 'OPERATION_LEAD' }) };
  }
  switch (operation.invitationStatus) {
    case 'ACCEPTED':
      return { level: 'FULL', basis: 'ACCEPTED', ...because({ code: 'OPERATION_ACCEPTED' }) };
    case 'INVITED':
      return { level: 'SUMMARY', basis: 'INVITED', ...because({ code: 'OPERATION_INVITED' }) };
    case 'DECLINED':
      return { level: 'SUMMARY', basis: 'DECLINED', ...because({ code: 'OPERATION_DECLINED' }) };
    default:
      return NO_OPERATION_ACCESS;
  }
}

/** Targets (addresses) and the briefing point: the lead and the organisations that accepted. */
export function mayReadOperationTargets(access: TOperationAccess): boolean {
  return access.level === 'FULL';
}

/** Only COORDINATORs of the lead organisation plan and move an operation. */
export function mayPlanOperation(viewer: TViewer, access: TOperationAccess): boolean {
  return access.basis === 'LEAD' && hasAnyRole(viewer, OPERATION_ACTORS.plan);
}

/** An invited organisation answers (and may change its answer) through a coordinator or caseworker. */
export function mayRespondToOperation(viewer: TViewer, access: TOperationAccess): boolean {
  return (access.basis === 'INVITED' || access.basis === 'ACCEPTED' || access.basis === 'DECLINED') && hasAnyRole(viewer, OPERATION_ACTORS.respond);
}

/** The participating organisations (the lead and those that accepted) record their outcomes. */
export function mayRecordOperationOutcome(viewer: TViewer, access: TOperationAccess): boolean {
  return (access.basis === 'LEAD' || access.basis === 'ACCEPTED') && hasAnyRole(viewer, OPERATION_ACTORS.recordOutcome);
}

/** Who can be named to attend an operation: people who do casework in the field, not an organisation's admins, analysts or auditors. */
export const ATTENDING_ROLES = ['CASEWORKER', 'COORDINATOR', 'INVESTIGATOR'] as const satisfies readonly TRole[];

export function mayAttendOperation(roles: readonly string[]): boolean {
  return roles.some((role) => (ATTENDING_ROLES as readonly string[]).includes(role));
}

/** The lead's own staff on the operation: named by the lead's coordinators; seen like attendees (FULL). */
export function mayNameLeadAttendees(viewer: TViewer, access: TOperationAccess): boolean {
  return mayPlanOperation(viewer, access);
}

/** Interpreters are arranged by the lead's coordinators, like the rest of the plan. */
export function mayArrangeInterpreters(viewer: TViewer, access: TOperationAccess): boolean {
  return mayPlanOperation(viewer, access);
}

/**
 * A personal calendar feed: whoever may see operations. The feed itself carries only what every
 * invited organisation sees (no targets, briefing point or persons), for the organisation's
 * operations (led, or invited and not declined).
 */
export function mayKeepCalendarFeed(viewer: TViewer): boolean {
  return hasAnyRole(viewer, CASEWORK_ROLES);
}

/** The list query's form of operationAccess: the lead's operations and those the organisation is invited to. */
export function operationListScope(viewer: TViewer): { none: boolean; organisationId: string } {
  return { none: !hasAnyRole(viewer, CASEWORK_ROLES), organisationId: viewer.organisationId };
}

// ---------------------------------------------------------------------------------------------
// Statistics: CMM's national figures (PRODUCT.md § Statistics). They are aggregates of
// non-identifying facts, so the rule is about who works with them, not about records: an ANALYST
// (of any organisation) or a COORDINATOR of CMM. The @auth directive lets ANALYST and COORDINATOR
// through; the organisation half of the rule is checked here, so a police coordinator is refused.
// Loading CMM's historical register is an ADMIN task.

export function mayReadStatistics(viewer: TViewer): boolean {
  if (viewer.roles.includes('ANALYST')) return true;
  return viewer.roles.includes('COORDINATOR') && viewer.organisationKind === 'CMM';
}

export function mayImportHistory(viewer: TViewer): boolean {
  return viewer.roles.includes('ADMIN');
}

/**
 * Sign-in through an organisation's identity provider (ADR 0028): whoever configures the IdP decides
 * who can sign in as that organisation's staff, so only an ADMIN of that same organisation may
 * (an ADMIN elsewhere is refused). Any ADMIN may read the configurations, as with `users`.
 */
export function mayConfigureIdentityProvider(viewer: TViewer, organisationId: string): boolean {
  return viewer.roles.includes('ADMIN') && viewer.organisationId === organisationId;
}

/** The indicator list a referral is checked against is maintained by an administrator (issue 14). */
export function mayMaintainIndicators(viewer: TViewer): boolean {
  return viewer.roles.includes('ADMIN');
}

// ---------------------------------------------------------------------------------------------
// Case complexes: who sees an organised case, who sees its suspects, and who works on it
// (PRODUCT.md journey 3; docs/adr/0007-who-sees-a-case-complex.md).

/** The national police unit for organised crime: it sees every complex and can take any over. */
export const NATIONAL_POLICE_UNIT_CODE = 'NSK';

/**
 * INVESTIGATION: the whole complex with its suspects and the criminal case (police and prosecution);
 * MEMBERSHIP: only that the viewer's referrals belong to it (its name and lead), never the suspects.
 */
export type TCaseComplexLevel = 'NONE' | 'MEMBERSHIP' | 'INVESTIGATION';
export type TCaseComplexBasis = 'LEAD_ORGANISATION' | 'NATIONAL_UNIT' | 'PROSECUTION' | 'FORMER_LEAD' | 'PARTICIPANT' | 'CONTRIBUTOR' | 'LINKED_REFERRAL' | 'NONE';
export type TCaseComplexAccess = TAccessReasoned & { level: TCaseComplexLevel; basis: TCaseComplexBasis };

/** What the service finds out about the viewer's organisation and one complex (from its links and timeline). */
export type TCaseComplexFacts = {
  leadOrganisationId: string;
  /** The viewer's organisation led the complex before it was handed over. */
  formerLead: boolean;
  /** A referral or operation the viewer's organisation can see is linked to the complex. */
  linkedRecordVisible: boolean;
  /** A linked referral the viewer sees as an authority (receiving, competent, CMM, or by a grant), not merely as its referrer. */
  linkedReferralAsAuthority: boolean;
  /** The lead invited the viewer's organisation to contribute, and has not ended the invitation. */
  contributor?: boolean;
};

const NO_COMPLEX_ACCESS: TCaseComplexAccess = { level: 'NONE', basis: 'NONE', ...because({ code: 'NO_ACCESS' }) };

/** Police districts and NSK may lead a complex (Rigspolitiet's contact point does not investigate). */
export function mayLeadCaseComplex(organisation: { code: string; kind: string; region: string | null }): boolean {
  return organisation.kind === 'POLICE' && (organisation.region !== null || organisation.code === NATIONAL_POLICE_UNIT_CODE);
}

export function isInvestigatingOrganisation(viewer: TViewer): boolean {
  return viewer.organisationKind === 'POLICE' || viewer.organisationKind === 'PROSECUTION';
}

export function caseComplexAccess(viewer: TViewer | null, complex: TCaseComplexFacts): TCaseComplexAccess {
  if (!viewer || !hasAnyRole(viewer, CASEWORK_ROLES)) return NO_COMPLEX_ACCESS;
  if (viewer.organisationKind === 'POLICE') {
    if (complex.leadOrganisationId === viewer.organisationId) {
      return { level: 'INVESTIGATION', basis: 'LEAD_ORGANISATION', ...because({ code: 'CASE_COMPLEX_LEAD' }) };
    }
    if (viewer.organisationCode === NATIONAL_POLICE_UNIT_CODE) {
      return { level: 'INVESTIGATION', basis: 'NATIONAL_UNIT', ...because({ code: 'CASE_COMPLEX_NATIONAL_UNIT' }) };
    }
    if (complex.formerLead) {
      return { level: 'INVESTIGATION', basis: 'FORMER_LEAD', ...because({ code: 'CASE_COMPLEX_FORMER_LEAD' }) };
    }
    if (complex.linkedRecordVisible) {
      return { level: 'INVESTIGATION', basis: 'PARTICIPANT', ...because({ code: 'CASE_COMPLEX_PARTICIPANT' }) };
    }
    return NO_COMPLEX_ACCESS;
  }
  if (viewer.organisationKind === 'PROSECUTION') {
    return { level: 'INVESTIGATION', basis: 'PROSECUTION', ...because({ code: 'CASE_COMPLEX_PROSECUTION' }) };
  }
  // An invited agency (SKTST, AT, …) sees what a SUMMARY grant on the complex shows (name, lead,
  // linked referrals as non-identifying facts), never the suspects, and adds its own findings.
  if (complex.contributor) {
    return { level: 'MEMBERSHIP', basis: 'CONTRIBUTOR', ...because({ code: 'CASE_COMPLEX_CONTRIBUTOR' }) };
  }
  if (complex.linkedReferralAsAuthority) {
    return { level: 'MEMBERSHIP', basis: 'LINKED_REFERRAL', ...because({ code: 'CASE_COMPLEX_LINKED_REFERRAL' }) };
  }
  return NO_COMPLEX_ACCESS;
}

/** Suspects and their criminal case: police and prosecution only (always audited on read). */
export function mayReadSuspects(access: TCaseComplexAccess): boolean {
  return access.level === 'INVESTIGATION';
}

/** Linking records, adding suspects and handing over: the lead organisation only. */
export function mayManageCaseComplex(access: TCaseComplexAccess): boolean {
  return access.basis === 'LEAD_ORGANISATION';
}

/** The criminal case (report, charge, indictment, verdict): the lead police organisation and the prosecution. */
export function mayRecordCaseEvent(access: TCaseComplexAccess): boolean {
  return access.basis === 'LEAD_ORGANISATION' || access.basis === 'PROSECUTION';
}

/** Journal and case numbers, international cooperation: the lead (journal, cooperation) and the prosecution (its case number). */
export function mayUpdateCaseComplexDetails(access: TCaseComplexAccess): boolean {
  return access.basis === 'LEAD_ORGANISATION' || access.basis === 'PROSECUTION';
}

/** Only an organisation outside police and prosecution is invited as a contributor (they have bases of their own). */
export function mayContributeToCaseComplexes(organisation: { kind: string }): boolean {
  return organisation.kind !== 'POLICE' && organisation.kind !== 'PROSECUTION';
}

/** Casework roles that write an invited agency's contribution. */
export const CONTRIBUTION_ROLES: readonly TRole[] = ['CASEWORKER', 'COORDINATOR', 'INVESTIGATOR'];

/** An invited agency adds contributions through its caseworkers and coordinators. */
export function mayAddContribution(viewer: TViewer, access: TCaseComplexAccess): boolean {
  return access.basis === 'CONTRIBUTOR' && hasAnyRole(viewer, CONTRIBUTION_ROLES);
}

/**
 * Whose contributions a viewer reads: the lead and NSK read all of them, a contributor its own
 * organisation's; no one else (prosecution, participants, former leads) reads them.
 */
export function contributionsReadableBy(access: TCaseComplexAccess): 'ALL' | 'OWN' | 'NONE' {
  if (access.basis === 'LEAD_ORGANISATION' || access.basis === 'NATIONAL_UNIT') return 'ALL';
  if (access.basis === 'CONTRIBUTOR') return 'OWN';
  return 'NONE';
}

/** A viewer that sees a referral as its referrer only learns nothing about criminal cases; authorities and grants do. */
export function seesReferralAsAuthority(access: TReferralAccess): boolean {
  return access.level !== 'NONE' && access.basis !== 'REFERRING_ORGANISATION' && access.basis !== 'CASE_COMPLEX_CONTRIBUTOR';
}

// ---------------------------------------------------------------------------------------------
// Reference groups: which regions a group reviews (docs/adr/0008-six-regional-reference-groups.md).

export const REVIEW_REGIONS = ['HOVEDSTADEN', 'SJAELLAND', 'SYDDANMARK', 'MIDTJYLLAND', 'NORDJYLLAND'] as const;

/** Six regional groups (Bornholm has its own, within Region Hovedstaden) and one national group that sees every region. */
export const REFERENCE_GROUP_REGIONS: Record<string, readonly string[]> = {
  HOVEDSTADEN: ['HOVEDSTADEN'],
  BORNHOLM: ['HOVEDSTADEN'],
  SJAELLAND: ['SJAELLAND'],
  SYDDANMARK: ['SYDDANMARK'],
  MIDTJYLLAND: ['MIDTJYLLAND'],
  NORDJYLLAND: ['NORDJYLLAND'],
  NATIONAL: REVIEW_REGIONS,
};

/** A member of a reference group reviews the regions of its own group only. */
export function mayReviewRegion(viewer: TViewer | null, region: string): boolean {
  if (!viewer || !hasAnyRole(viewer, ['REFERENCE_GROUP_MEMBER']) || !viewer.referenceGroup) return false;
  return (REFERENCE_GROUP_REGIONS[viewer.referenceGroup] ?? []).includes(region);
}

/** CMM's roles that read every region's reviews (as they read the national statistics); they write no notes. */
export const CMM_REVIEW_READER_ROLES: readonly TRole[] = ['COORDINATOR', 'ANALYST'];

/**
 * What a viewer may see of the reference groups' reviews (issue 14, journey 4). A regional group
 * reviews its own region(s) and reads and writes its own notes. The national group and CMM see
 * every region and the whole country, and read every group's notes and recommendations; the
 * national group writes notes too, CMM (who answers to the groups) only reads. Null: no review.
 */
export type TReviewScope = {
  regions: readonly string[];
  /** Whole-country review (every region at once). */
  national: boolean;
  /** Read every group's notes, not only the viewer's own group's. */
  allGroupsNotes: boolean;
  /** The group the viewer writes notes as; null when the viewer may not write notes. */
  writesAsGroup: string | null;
};

export function reviewScope(viewer: TViewer | null): TReviewScope | null {
  if (!viewer) return null;
  if (hasAnyRole(viewer, ['REFERENCE_GROUP_MEMBER']) && viewer.referenceGroup && REFERENCE_GROUP_REGIONS[viewer.referenceGroup]) {
    const national = viewer.referenceGroup === 'NATIONAL';
    return { regions: REFERENCE_GROUP_REGIONS[viewer.referenceGroup]!, national, allGroupsNotes: national, writesAsGroup: viewer.referenceGroup };
  }
  if (viewer.organisationKind === 'CMM' && hasAnyRole(viewer, CMM_REVIEW_READER_ROLES)) {
    return { regions: REVIEW_REGIONS, national: true, allGroupsNotes: true, writesAsGroup: null };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Who has the case (issue 14): the receiving authority's caseworker assigned to a referral, and a
// deputy. Assigned on acknowledgement by the acknowledging organisation; reassigned only by a
// COORDINATOR of the receiving organisation. Only the receiving organisation sees who it is: a
// name of its own staff, not of the referral.

/** Roles that can hold a referral as its assignee or deputy (they act on it at the receiving authority). */
export const ASSIGNEE_ROLES: readonly TRole[] = ['CASEWORKER', 'COORDINATOR', 'ASSESSOR'];

export function maySeeReferralAssignee(viewer: TViewer | null, referral: { receivingOrganisationId: string | null }): boolean {
  return !!viewer && !!referral.receivingOrganisationId && referral.receivingOrganisationId === viewer.organisationId;
}

export function mayReassignReferral(viewer: TViewer, referral: { state: string; receivingOrganisationId: string | null }): boolean {
  return (
    referral.receivingOrganisationId === viewer.organisationId &&
    hasAnyRole(viewer, ['COORDINATOR']) &&
    !['DRAFT', 'SUBMITTED', 'CLOSED', 'WITHDRAWN'].includes(referral.state)
  );
}

// ---------------------------------------------------------------------------------------------
// CMM's hotline (issue 14, docs/adr/0024-hotline-inquiries.md): inquiries are CMM's own records,
// taken by whoever answers the phone. CMM's CASEWORKERs and COORDINATORs record and read them;
// its ANALYSTs read only the counts (the statistics). No other organisation sees them: a caller
// from the police reads nothing of what CMM noted about the call.

export const INQUIRY_ROLES: readonly TRole[] = ['CASEWORKER', 'COORDINATOR'];

export function mayRecordInquiry(viewer: TViewer): boolean {
  return viewer.organisationKind === 'CMM' && hasAnyRole(viewer, INQUIRY_ROLES);
}

export function mayReadInquiryStatistics(viewer: TViewer): boolean {
  return viewer.organisationKind === 'CMM' && hasAnyRole(viewer, [...INQUIRY_ROLES, 'ANALYST']);
}

// ---------------------------------------------------------------------------------------------
// Audit trail: how much of it an AUDITOR may search (ADR 0009). CMM, the national centre that
// answers for the whole system, audits all of it; any other organisation's auditors audit what
// their own organisation's users did (and their own organisation's part of a subject access report).

export type TAuditScope = TAccessReasoned & ({ all: true; organisationId: null } | { all: false; organisationId: string });

export function auditTrailScope(viewer: TViewer): TAuditScope {
  if (viewer.organisationKind === 'CMM') return { all: true, organisationId: null, ...because({ code: 'AUDIT_WHOLE_TRAIL' }) };
  return { all: false, organisationId: viewer.organisationId, ...because({ code: 'AUDIT_OWN_ORGANISATION' }) };
}

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

export type TReferralBasis = 'REFERRING_ORGANISATION' | 'RECEIVING_AUTHORITY' | 'COMPETENT_AUTHORITY' | 'NATIONAL_CENTRE' | 'GRANT' | 'BREAK_GLASS' | 'NONE';

export type TReferralAccess = {
  level: TAccessLevel;
  basis: TReferralBasis;
  reason: string;
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

const NO_ACCESS: TReferralAccess = { level: 'NONE', basis: 'NONE', reason: 'No access', purpose: 'NONE' };

export function referralAccess(viewer: TViewer | null, referral: TReferralParties, sharing?: TReferralSharing): TReferralAccess {
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
  const granted = submitted && sharing ? bestGrantAccess(viewer, referral, sharing) : null;
  if (referral.referringOrganisationId === org) {
    // The referrer's own view is FULL less the authorities' findings; only a FULL grant gives more.
    if (granted?.level === 'FULL') return granted;
    return {
      level: 'FULL',
      basis: 'REFERRING_ORGANISATION',
      reason: 'Your organisation made this referral: you see it as sent and its progress, not the assessment grounds, support or outcome',
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
      reason: `You broke the glass: emergency ${grant.level} access until ${grant.expiresAt}; your organisation's auditors review it`,
      purpose: 'BREAK_GLASS',
      grantId: grant.id,
    };
  }
  const on = grant.caseComplexId ? ' on the case complex this referral belongs to' : '';
  const base = `Access granted to your organisation${on} for ${grant.purpose} until ${grant.expiresAt} under ${grant.legalBasis}`;
  const needsConsent = level === 'FULL' && !COMPETENT_AUTHORITY_CODES.includes(viewer.organisationCode) && referral.consentToDisclosure !== 'GIVEN';
  if (needsConsent && !grant.consentOverride) {
    return {
      level: 'OPERATIONAL',
      basis: 'GRANT',
      reason: `${base}; the person has not consented to disclosure and the grant has no legal-basis override, so it gives OPERATIONAL access`,
      purpose: grant.purpose,
      grantId: grant.id,
    };
  }
  return {
    level,
    basis: 'GRANT',
    reason: needsConsent ? `${base}, overriding the absence of consent to disclosure` : base,
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
export type TOperationAccess = { level: TAccessLevel; basis: TOperationBasis; reason: string };

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

const NO_OPERATION_ACCESS: TOperationAccess = { level: 'NONE', basis: 'NONE', reason: 'No access' };

export function operationAccess(viewer: TViewer | null, operation: TOperationParties): TOperationAccess {
  if (!viewer || !hasAnyRole(viewer, CASEWORK_ROLES)) return NO_OPERATION_ACCESS;
  if (operation.leadOrganisationId === viewer.organisationId) {
    return { level: 'FULL', basis: 'LEAD', reason: 'Your organisation leads this operation' };
  }
  switch (operation.invitationStatus) {
    case 'ACCEPTED':
      return { level: 'FULL', basis: 'ACCEPTED', reason: 'Your organisation has accepted the invitation: you see the targets and the briefing point' };
    case 'INVITED':
      return { level: 'SUMMARY', basis: 'INVITED', reason: 'Your organisation is invited: targets and briefing point are shown once it accepts' };
    case 'DECLINED':
      return { level: 'SUMMARY', basis: 'DECLINED', reason: 'Your organisation declined the invitation: targets and briefing point are not shown' };
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
export type TCaseComplexBasis = 'LEAD_ORGANISATION' | 'NATIONAL_UNIT' | 'PROSECUTION' | 'FORMER_LEAD' | 'PARTICIPANT' | 'LINKED_REFERRAL' | 'NONE';
export type TCaseComplexAccess = { level: TCaseComplexLevel; basis: TCaseComplexBasis; reason: string };

/** What the service finds out about the viewer's organisation and one complex (from its links and timeline). */
export type TCaseComplexFacts = {
  leadOrganisationId: string;
  /** The viewer's organisation led the complex before it was handed over. */
  formerLead: boolean;
  /** A referral or operation the viewer's organisation can see is linked to the complex. */
  linkedRecordVisible: boolean;
  /** A linked referral the viewer sees as an authority (receiving, competent, CMM, or by a grant), not merely as its referrer. */
  linkedReferralAsAuthority: boolean;
};

const NO_COMPLEX_ACCESS: TCaseComplexAccess = { level: 'NONE', basis: 'NONE', reason: 'No access' };

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
      return { level: 'INVESTIGATION', basis: 'LEAD_ORGANISATION', reason: 'Your organisation leads this case complex' };
    }
    if (viewer.organisationCode === NATIONAL_POLICE_UNIT_CODE) {
      return { level: 'INVESTIGATION', basis: 'NATIONAL_UNIT', reason: 'NSK investigates organised trafficking nationally and sees every case complex' };
    }
    if (complex.formerLead) {
      return { level: 'INVESTIGATION', basis: 'FORMER_LEAD', reason: 'Your organisation led this case complex before it was handed over' };
    }
    if (complex.linkedRecordVisible) {
      return { level: 'INVESTIGATION', basis: 'PARTICIPANT', reason: 'A referral or operation of your organisation is linked to this case complex' };
    }
    return NO_COMPLEX_ACCESS;
  }
  if (viewer.organisationKind === 'PROSECUTION') {
    return { level: 'INVESTIGATION', basis: 'PROSECUTION', reason: 'The prosecution service charges and brings the cases of every complex to court' };
  }
  if (complex.linkedReferralAsAuthority) {
    return { level: 'MEMBERSHIP', basis: 'LINKED_REFERRAL', reason: 'A referral your organisation handles belongs to this case complex: you see its name and lead, never the suspects' };
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

/** A viewer that sees a referral as its referrer only learns nothing about criminal cases; authorities and grants do. */
export function seesReferralAsAuthority(access: TReferralAccess): boolean {
  return access.level !== 'NONE' && access.basis !== 'REFERRING_ORGANISATION';
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

// ---------------------------------------------------------------------------------------------
// Audit trail: how much of it an AUDITOR may search (ADR 0009). CMM, the national centre that
// answers for the whole system, audits all of it; any other organisation's auditors audit what
// their own organisation's users did (and their own organisation's part of a subject access report).

export type TAuditScope = { all: true; organisationId: null; reason: string } | { all: false; organisationId: string; reason: string };

export function auditTrailScope(viewer: TViewer): TAuditScope {
  if (viewer.organisationKind === 'CMM') return { all: true, organisationId: null, reason: 'CMM audits the whole trail' };
  return { all: false, organisationId: viewer.organisationId, reason: "Your organisation's auditors see what your organisation's users did" };
}

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where a grant stands at the time of the request: expired and revoked grants give nothing. */
export type AccessGrantStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

/** How much of a record's personal data a viewer may see. */
export type AccessLevel =
  | 'FULL'
  | 'NONE'
  | 'OPERATIONAL'
  | 'SUMMARY';

/** Why an organisation is given access to a referral (PRODUCT.md § Need to know). */
export type AccessPurpose =
  | 'ACCOMMODATION'
  | 'INVESTIGATION'
  | 'OTHER'
  | 'PREPARED_RETURN'
  | 'REFERENCE_GROUP_REVIEW'
  | 'STATISTICS';

/**
 * Why a viewer holds its access to a referral, operation or case complex (the field reasonCode of
 * ReferralAccess, OperationAccess and CaseComplexAccess). Stable: a code is never renamed or reused;
 * new ones may be added, so a client shows the English `reason` for a code it does not know.
 * The Danish and English texts of every code are in schema/access-reasons.ts (docs/api.md).
 */
export type AccessReasonCode =
  | 'AUDIT_OWN_ORGANISATION'
  | 'AUDIT_WHOLE_TRAIL'
  | 'CASE_COMPLEX_CONTRIBUTOR'
  | 'CASE_COMPLEX_FORMER_LEAD'
  | 'CASE_COMPLEX_LEAD'
  | 'CASE_COMPLEX_LINKED_REFERRAL'
  | 'CASE_COMPLEX_NATIONAL_UNIT'
  | 'CASE_COMPLEX_PARTICIPANT'
  | 'CASE_COMPLEX_PROSECUTION'
  | 'NO_ACCESS'
  | 'OPERATION_ACCEPTED'
  | 'OPERATION_DECLINED'
  | 'OPERATION_INVITED'
  | 'OPERATION_LEAD'
  | 'REFERRAL_BREAK_GLASS'
  | 'REFERRAL_CASE_COMPLEX_CONTRIBUTOR'
  | 'REFERRAL_CASE_COMPLEX_GRANT'
  | 'REFERRAL_COMPETENT_AUTHORITY'
  | 'REFERRAL_GRANT'
  | 'REFERRAL_GRANT_CONSENT_OVERRIDE'
  | 'REFERRAL_GRANT_WITHOUT_CONSENT'
  | 'REFERRAL_HANDED_OVER'
  | 'REFERRAL_NATIONAL_CENTRE'
  | 'REFERRAL_RECEIVING_AUTHORITY'
  | 'REFERRAL_REFERRING_ORGANISATION';

/** Where an access request stands. */
export type AccessRequestState =
  | 'APPROVED'
  /** Opened by a hand-over: the requesting organisation must confirm purpose and legal basis before the controller sees it. */
  | 'AWAITING_CONFIRMATION'
  /** With the controller, to approve or refuse. */
  | 'PENDING'
  | 'REFUSED'
  | 'WITHDRAWN';

export type AssessmentDecision =
  | 'NOT_TRAFFICKED'
  | 'TRAFFICKED';

export type AssessmentInput = {
  assessedOn: string;
  decision: AssessmentDecision;
  grounds: string;
  primaryExploitation: ExploitationForm;
};

/** Every criterion narrows the search; all are optional. Time range: from (inclusive) to (exclusive). */
export type AuditEventFilter = {
  action?: string | null | undefined;
  /** The acting user's id. */
  actorUserId?: string | number | null | undefined;
  dataCategory?: string | null | undefined;
  from?: string | null | undefined;
  objectId?: string | number | null | undefined;
  objectType?: string | null | undefined;
  /** The acting user's organisation, by code (e.g. KBHPOL). */
  organisationCode?: string | null | undefined;
  outcome?: AuditOutcome | null | undefined;
  subjectId?: string | number | null | undefined;
  to?: string | null | undefined;
};

export type AuditOutcome =
  | 'ALLOWED'
  | 'DENIED';

/** How much of a case complex the viewer sees (docs/adr/0007). NONE is never seen: such a viewer gets NOT_FOUND. */
export type CaseComplexAccessLevel =
  /** Everything, with the suspects and their criminal case (police and prosecution). */
  | 'INVESTIGATION'
  /** Name and lead, and the viewer's own linked referrals: never the suspects. */
  | 'MEMBERSHIP';

export type CaseComplexContributionInput = {
  category: ContributionCategory;
  note: string;
  /** The day of the finding (e.g. the control visit); not in the future. */
  notedOn: string;
};

/** Only what is given changes; an empty list or string clears it. */
export type CaseComplexDetailsInput = {
  jointInvestigationTeam?: boolean | null | undefined;
  /** Only with jointInvestigationTeam. */
  jointInvestigationTeamName?: string | null | undefined;
  /** ISO 3166-1 alpha-2, not DK. */
  partnerCountries?: Array<string> | null | undefined;
  /** E.g. 0100-76543-00012-25. */
  policeJournalNumbers?: Array<string> | null | undefined;
  prosecutionCaseNumber?: string | null | undefined;
};

export type CaseEventInput = {
  kind: CaseEventKind;
  note?: string | null | undefined;
  occurredOn: string;
  provision: CaseProvision;
  /** Required when provision is OTHER, not allowed otherwise. */
  provisionText?: string | null | undefined;
  suspectId: string | number;
};

/** The stages of the criminal case against one suspect, in the order they usually come. */
export type CaseEventKind =
  | 'ACQUITTED'
  | 'CHARGED'
  | 'CONVICTED'
  | 'DROPPED'
  | 'INDICTED'
  | 'REPORTED';

/** The provision a case event is under: straffeloven § 262 a, § 282 with § 286, or another given in provisionText. */
export type CaseProvision =
  | 'OTHER'
  | 'STRAFFELOVEN_262A'
  | 'STRAFFELOVEN_282_286';

export type ConfigureIdentityProviderInput = {
  clientId: string;
  /** Sealed at rest, never returned: give it again with every change. */
  clientSecret: string;
  /** The issuer identifier (its /.well-known/openid-configuration is read at sign-in); https:// in production. */
  issuer: string;
  passwordSignInAllowed: boolean;
  requireMfaFromIdp: boolean;
};

/** The subject's consent (to being referred; to disclosure of their data to organisations other than CMM and US). */
export type Consent =
  | 'GIVEN'
  | 'NOT_ASKED'
  | 'NOT_REQUIRED_MINOR'
  | 'REFUSED';

/** Absent fields are NOT_ASKED on creation and left alone on update. */
export type ConsentInput = {
  toDisclosure?: Consent | null | undefined;
  toReferral?: Consent | null | undefined;
};

/** What an invited contributor's finding is about. */
export type ContributionCategory =
  | 'FINANCIAL'
  | 'IMMIGRATION'
  | 'LABOUR_CONDITIONS'
  | 'OTHER'
  | 'SOCIAL_BENEFITS'
  | 'TAX'
  | 'WORK_ENVIRONMENT';

export type CreateCaseComplexInput = {
  description?: string | null | undefined;
  name: string;
};

export type CreateOperationInput = {
  briefingPoint?: string | null | undefined;
  codename: string;
  /** After startsAt; at most 7 days later. */
  endsAt: string;
  /** ISO 639-1, e.g. ["ro", "th"]. */
  interpreterLanguages?: Array<string> | null | undefined;
  objective: string;
  region: Region;
  /** Invite CMM automatically when the operation is planned. */
  requestCmmAttendance?: boolean | null | undefined;
  sector?: Sector | null | undefined;
  startsAt: string;
  targets?: Array<OperationTargetInput> | null | undefined;
};

export type CreateReferralInput = {
  consent?: ConsentInput | null | undefined;
  /** Refer a known person again (the subject id of an earlier referral you can see). */
  existingSubjectId?: string | number | null | undefined;
  /** Codes of the maintained indicator list (indicatorCatalogue), not retired. */
  indicatorCodes?: Array<string> | null | undefined;
  indicators?: Array<string> | null | undefined;
  location?: string | null | undefined;
  narrative?: string | null | undefined;
  operationId?: string | number | null | undefined;
  region: Region;
  sector?: Sector | null | undefined;
  subject: ReferralSubjectInput;
  suspectedExploitation: Array<ExploitationForm>;
  /** Minors are raised to at least HIGH. */
  urgency?: Urgency | null | undefined;
};

export type CreateServiceAccountInput = {
  /** 2 to 100 characters, e.g. the integrating system's name. */
  name: string;
  /** 5 to 200 characters: why the integration reads and writes, recorded with its reads of personal data. No personal data. */
  purpose: string;
  /** At least one role; never ADMIN or AUDITOR (BAD_USER_INPUT on input.roles, rule ROLE_NOT_ALLOWED). */
  roles: Array<Role>;
};

export type CreateUserInput = {
  email: string;
  name: string;
  organisationCode: string;
  /** Initial password, at least 12 characters. */
  password: string;
  referenceGroup?: ReferenceGroup | null | undefined;
  roles: Array<Role>;
};

/** Straffeloven § 262 a (TRAFFICKING), or any other provision of a complex's case events (RELATED). */
export type CriminalJusticeProvisionGroup =
  | 'RELATED'
  | 'TRAFFICKING';

export type DefineIndicatorInput = {
  /** Letters, digits and _, starting with a letter (upper-cased). */
  code: string;
  exploitationForm: ExploitationForm;
  labelDa: string;
  labelEn: string;
};

export type ExploitationForm =
  | 'BEGGING'
  | 'CRIMINAL_ACTIVITY'
  | 'DOMESTIC_SERVITUDE'
  | 'FORCED_LABOUR'
  | 'ORGAN_REMOVAL'
  | 'OTHER'
  | 'SEXUAL'
  | 'UNDETERMINED';

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'TRANSGENDER'
  | 'UNKNOWN';

export type GrantAccessInput = {
  caseComplexId?: string | number | null | undefined;
  /**
   * FULL access for an organisation other than CMM and US to a person who has not consented to
   * disclosure needs this explicit override (the legal basis must then carry the disclosure).
   */
  consentOverride?: boolean | null | undefined;
  /** Required with consentOverride: the controller's own written reason (at least 20 characters), stored on the grant and shown to auditors. */
  consentOverrideReason?: string | null | undefined;
  /** Required; in the future and at most one year ahead. */
  expiresAt: string;
  /** The provision of law or agreement the disclosure rests on (e.g. retsplejelovens § 804). */
  legalBasis: string;
  /** SUMMARY, OPERATIONAL or FULL. */
  level: AccessLevel;
  organisationCode: string;
  purpose: AccessPurpose;
  /** Exactly one of referralId and caseComplexId. */
  referralId?: string | number | null | undefined;
};

/** What a hotline inquiry to CMM was about (issue 14). */
export type InquiryKind =
  /** The police (or another authority) announce an operation where victims may be met. */
  | 'ADVANCE_NOTICE_OF_OPERATION'
  /** Advice on a situation or on the rules, no case yet. */
  | 'ADVICE'
  | 'OTHER'
  /** The police hold someone who may be a victim. */
  | 'PERSON_IN_CUSTODY'
  /** A tip about a place (a workplace, an address) where people may be exploited. */
  | 'TIP_ABOUT_PLACE';

/** What the inquiry led to. */
export type InquiryOutcome =
  | 'NOTHING'
  | 'OPERATION'
  | 'REFERRAL';

/** Where an interpreter request stands. */
export type InterpreterStatus =
  /** No longer needed. */
  | 'CANCELLED'
  /** The provider confirmed an interpreter. */
  | 'CONFIRMED'
  /** Asked for; not yet confirmed by the provider. */
  | 'REQUESTED'
  /** The provider cannot supply one. */
  | 'UNAVAILABLE';

export type InvitationStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'INVITED';

/** Why an earlier subject may be the same person. */
export type MatchReason =
  /** A date of birth or estimated age within two years of the other's. */
  | 'AGE_FITS'
  /** The name matched an alias (either way). */
  | 'MATCHES_ALIAS'
  | 'SAME_DATE_OF_BIRTH'
  /** Every name token equal (after removing diacritics and ignoring order and case). */
  | 'SAME_NAME'
  | 'SAME_NATIONALITY'
  /** Some name tokens equal, or equal as spelling variants (transliteration). */
  | 'SIMILAR_NAME';

export type OperationFilter = {
  /** Operations that end after this instant. */
  from?: string | null | undefined;
  /** Operations this organisation leads or is invited to. */
  organisationCode?: string | null | undefined;
  region?: Region | null | undefined;
  state?: OperationState | null | undefined;
  /** Operations that start before this instant. */
  to?: string | null | undefined;
};

export type OperationOutcomeInput = {
  arrests: number;
  findings?: string | null | undefined;
  personsEncountered: number;
  possibleVictimsSpokenWith: number;
};

export type OperationState =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CONFIRMED'
  | 'DRAFT'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type OperationTargetInput = {
  address: string;
  description?: string | null | undefined;
};

export type OrganisationKind =
  | 'CMM'
  | 'IMMIGRATION'
  | 'LABOUR'
  | 'NGO'
  | 'OTHER'
  | 'POLICE'
  | 'PROSECUTION'
  | 'RETURN'
  | 'TAX'
  | 'UNION';

export type RecordInquiryInput = {
  /** The calling organisation's code (e.g. MVJP); null or absent for an anonymous caller. */
  callerOrganisationCode?: string | null | undefined;
  kind: InquiryKind;
  ledTo: InquiryOutcome;
  /** At most 2000 characters; no identity is needed. */
  note?: string | null | undefined;
  /** Required with ledTo OPERATION: an operation you can see. */
  operationId?: string | number | null | undefined;
  /** When the call came; not in the future. */
  receivedAt: string;
  /** Required with ledTo REFERRAL: a submitted referral. */
  referralId?: string | number | null | undefined;
};

/** Six regional groups (Bornholm has its own, reviewing Region Hovedstaden) and one national group (docs/adr/0008). */
export type ReferenceGroup =
  | 'BORNHOLM'
  | 'HOVEDSTADEN'
  | 'MIDTJYLLAND'
  | 'NATIONAL'
  | 'NORDJYLLAND'
  | 'SJAELLAND'
  | 'SYDDANMARK';

/** A change a user makes to a referral; Referral.allowedActions lists those the viewer may make now. */
export type ReferralAction =
  /** acknowledgeReferral. */
  | 'ACKNOWLEDGE'
  /** addReferralAddendum (the referring organisation, after submission until closure). */
  | 'ADD_ADDENDUM'
  /** closeReferral. */
  | 'CLOSE'
  /** correctSubjectData (the data's controller). */
  | 'CORRECT_SUBJECT'
  /** extendReflectionPeriod. */
  | 'EXTEND_REFLECTION_PERIOD'
  /** forwardReferral. */
  | 'FORWARD'
  /** recordAssessment. */
  | 'RECORD_ASSESSMENT'
  /** recordRepresentative. */
  | 'RECORD_REPRESENTATIVE'
  /** scheduleIdentificationInterview. */
  | 'SCHEDULE_INTERVIEW'
  /** startReflectionPeriod. */
  | 'START_REFLECTION_PERIOD'
  /** submitReferral. */
  | 'SUBMIT'
  /** updateReferral (a DRAFT, by the referring organisation). */
  | 'UPDATE'
  /** withdrawReferral. */
  | 'WITHDRAW';

export type ReferralAddendumInput = {
  /** Codes of the maintained list, not retired. */
  indicatorCodes?: Array<string> | null | undefined;
  /** Free text beside the codes: at most 30 of at most 300 characters. */
  indicators?: Array<string> | null | undefined;
  narrative?: string | null | undefined;
};

export type ReferralFilter = {
  /** Only the referrals the viewer has, as assignee or deputy. */
  assignedToMe?: boolean | null | undefined;
  /** The referrals linked to this case complex (still only those the viewer may see). */
  caseComplexId?: string | number | null | undefined;
  operationId?: string | number | null | undefined;
  overdue?: boolean | null | undefined;
  referringOrganisationCode?: string | null | undefined;
  region?: Region | null | undefined;
  state?: ReferralState | null | undefined;
  /** Matches the reference, the pseudonym and non-identifying facts; never names or narratives. */
  text?: string | null | undefined;
  /** Only the acknowledged, open referrals of the viewer's organisation that nobody has. */
  unassigned?: boolean | null | undefined;
  urgency?: Urgency | null | undefined;
};

export type ReferralOutcome =
  | 'DECLINED_SUPPORT'
  | 'DISAPPEARED'
  | 'DUBLIN_TRANSFER'
  | 'NOT_TRAFFICKED'
  | 'OTHER'
  | 'PREPARED_RETURN'
  | 'REMAINED_IN_DENMARK'
  | 'RETURNED_INDEPENDENTLY';

export type ReferralState =
  | 'ASSESSED'
  | 'CLOSED'
  | 'DRAFT'
  | 'IN_SUPPORT'
  | 'RECEIVED'
  | 'SUBMITTED'
  | 'UNDER_ASSESSMENT'
  | 'WITHDRAWN';

export type ReferralSubjectInput = {
  alias?: string | null | undefined;
  contact?: string | null | undefined;
  dateOfBirth?: string | null | undefined;
  estimatedAge?: number | null | undefined;
  gender?: Gender | null | undefined;
  /** ISO 639-1, e.g. ["ro", "en"]. */
  languages?: Array<string> | null | undefined;
  name?: string | null | undefined;
  /** ISO 3166-1 alpha-2, e.g. RO. */
  nationality?: string | null | undefined;
  residenceStatus?: ResidenceStatus | null | undefined;
  whereabouts?: string | null | undefined;
};

export type Region =
  | 'HOVEDSTADEN'
  | 'MIDTJYLLAND'
  | 'NORDJYLLAND'
  | 'SJAELLAND'
  | 'SYDDANMARK';

export type RequestAccessInput = {
  caseComplexId?: string | number | null | undefined;
  legalBasis: string;
  level: AccessLevel;
  purpose: AccessPurpose;
  /** Why the organisation needs it (at least 10 characters). */
  reason: string;
  /** Exactly one of referralId and caseComplexId (a complex: one request per linked referral, each to its controller). */
  referralId?: string | number | null | undefined;
};

export type ResidenceStatus =
  | 'ASYLUM_SEEKER'
  | 'DANISH_CITIZEN'
  | 'LAWFUL'
  | 'UNKNOWN'
  | 'UNLAWFUL';

/** Which period a review covers, counted back from today (Copenhagen time). */
export type ReviewPeriod =
  /** The last 12 months up to and including today. */
  | 'LAST_12_MONTHS'
  /** From the first day of the current quarter to today. */
  | 'QUARTER'
  /** From 1 January to today. */
  | 'YEAR_TO_DATE';

export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'ASSESSOR'
  | 'AUDITOR'
  | 'CASEWORKER'
  | 'COORDINATOR'
  | 'INVESTIGATOR'
  | 'REFERENCE_GROUP_MEMBER';

export type Sector =
  | 'AGRICULTURE'
  | 'CLEANING'
  | 'CONSTRUCTION'
  | 'ESCORT'
  | 'HOSPITALITY'
  | 'MANUFACTURING'
  | 'MASSAGE_CLINIC'
  | 'OTHER'
  | 'PRIVATE_HOME'
  | 'RETAIL'
  | 'STREET_PROSTITUTION'
  | 'TRANSPORT';

/** Only what changes; null or an empty string clears a field. Residence status changes by forwarding. */
export type SubjectCorrectionInput = {
  alias?: string | null | undefined;
  contact?: string | null | undefined;
  dateOfBirth?: string | null | undefined;
  estimatedAge?: number | null | undefined;
  gender?: Gender | null | undefined;
  /** ISO 639-1. */
  languages?: Array<string> | null | undefined;
  name?: string | null | undefined;
  /** ISO 3166-1 alpha-2. */
  nationality?: string | null | undefined;
  whereabouts?: string | null | undefined;
};

/** Why a count is not shown: SMALL (below 3, reads "<3") or COMPLEMENTARY (hidden so a small one cannot be worked out by subtraction, reads "x"). */
export type Suppression =
  | 'COMPLEMENTARY'
  | 'NONE'
  | 'SMALL';

export type SuspectInput = {
  dateOfBirth?: string | null | undefined;
  name: string;
  /** ISO 3166-1 alpha-2, e.g. RO. */
  nationality?: string | null | undefined;
  notes?: string | null | undefined;
  roleInNetwork?: string | null | undefined;
};

/** Only what changes. */
export type UpdateIndicatorInput = {
  /** false retires the entry, true brings it back. */
  active?: boolean | null | undefined;
  labelDa?: string | null | undefined;
  labelEn?: string | null | undefined;
  sortOrder?: number | null | undefined;
};

/** Only what changes: absent fields are left alone; targets replaces the whole list. */
export type UpdateOperationInput = {
  briefingPoint?: string | null | undefined;
  codename?: string | null | undefined;
  endsAt?: string | null | undefined;
  interpreterLanguages?: Array<string> | null | undefined;
  objective?: string | null | undefined;
  region?: Region | null | undefined;
  requestCmmAttendance?: boolean | null | undefined;
  sector?: Sector | null | undefined;
  startsAt?: string | null | undefined;
  targets?: Array<OperationTargetInput> | null | undefined;
};

/** Only what changes: absent fields are left alone, subject fields merge. */
export type UpdateReferralInput = {
  consent?: ConsentInput | null | undefined;
  indicatorCodes?: Array<string> | null | undefined;
  indicators?: Array<string> | null | undefined;
  location?: string | null | undefined;
  narrative?: string | null | undefined;
  operationId?: string | number | null | undefined;
  region?: Region | null | undefined;
  sector?: Sector | null | undefined;
  subject?: ReferralSubjectInput | null | undefined;
  suspectedExploitation?: Array<ExploitationForm> | null | undefined;
  urgency?: Urgency | null | undefined;
};

export type Urgency =
  | 'HIGH'
  | 'NORMAL'
  | 'URGENT';

export type AdminUserFragment = { id: string, name: string, email: string, roles: Array<Role>, referenceGroup: ReferenceGroup | null, active: boolean, secondFactorEnabled: boolean, createdAt: string, organisation: { id: string, code: string, name: string } };

export type AdminUsersQueryVariables = Exact<{
  organisationCode?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: Array<{ id: string, name: string, email: string, roles: Array<Role>, referenceGroup: ReferenceGroup | null, active: boolean, secondFactorEnabled: boolean, createdAt: string, organisation: { id: string, code: string, name: string } }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, name: string, email: string, roles: Array<Role>, referenceGroup: ReferenceGroup | null, active: boolean, secondFactorEnabled: boolean, createdAt: string, organisation: { id: string, code: string, name: string } } };

export type DeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string, name: string, email: string, roles: Array<Role>, referenceGroup: ReferenceGroup | null, active: boolean, secondFactorEnabled: boolean, createdAt: string, organisation: { id: string, code: string, name: string } } };

export type ReactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateUserMutation = { reactivateUser: { id: string, name: string, email: string, roles: Array<Role>, referenceGroup: ReferenceGroup | null, active: boolean, secondFactorEnabled: boolean, createdAt: string, organisation: { id: string, code: string, name: string } } };

export type ResetTotpMutationVariables = Exact<{
  userId: string | number;
}>;


export type ResetTotpMutation = { resetTotp: { id: string, name: string, email: string, roles: Array<Role>, referenceGroup: ReferenceGroup | null, active: boolean, secondFactorEnabled: boolean, createdAt: string, organisation: { id: string, code: string, name: string } } };

export type RequestPasswordResetMutationVariables = Exact<{
  userId: string | number;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ReferenceGroupMembersQueryVariables = Exact<{
  group?: ReferenceGroup | null | undefined;
}>;


export type ReferenceGroupMembersQuery = { referenceGroupMembers: Array<{ id: string, name: string, email: string, roles: Array<Role>, referenceGroup: ReferenceGroup | null, active: boolean, secondFactorEnabled: boolean, createdAt: string, organisation: { id: string, code: string, name: string } }> };

export type SetReferenceGroupMutationVariables = Exact<{
  userId: string | number;
  referenceGroup?: ReferenceGroup | null | undefined;
}>;


export type SetReferenceGroupMutation = { setReferenceGroup: { id: string, name: string, email: string, roles: Array<Role>, referenceGroup: ReferenceGroup | null, active: boolean, secondFactorEnabled: boolean, createdAt: string, organisation: { id: string, code: string, name: string } } };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type MySecondFactorQueryVariables = Exact<{ [key: string]: never; }>;


export type MySecondFactorQuery = { me: { id: string, secondFactorEnabled: boolean } };

export type EnrolTotpMutationVariables = Exact<{
  password: string;
}>;


export type EnrolTotpMutation = { enrolTotp: { secret: string, otpauthUri: string } };

export type ActivateTotpMutationVariables = Exact<{
  code: string;
}>;


export type ActivateTotpMutation = { activateTotp: boolean };

export type AuditEventItemFragment = { id: string, seq: number, at: string, actorUserId: string | null, actorRoles: Array<string>, action: string, objectType: string | null, objectId: string | null, subjectId: string | null, dataCategory: string | null, purpose: string | null, outcome: AuditOutcome, details: string | null, actorOrganisation: { id: string, code: string, name: string } | null };

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, seq: number, at: string, actorUserId: string | null, actorRoles: Array<string>, action: string, objectType: string | null, objectId: string | null, subjectId: string | null, dataCategory: string | null, purpose: string | null, outcome: AuditOutcome, details: string | null, actorOrganisation: { id: string, code: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditChainQuery = { verifyAuditChain: { ok: boolean, checked: number, firstBrokenId: string | null, firstBrokenCheckpoint: number | null, reason: string | null, headSeq: number, checkpointsChecked: number, recordsSinceLastCheckpoint: number, knownBadInputIds: Array<string>, warnings: Array<string>, lastCheckpoint: { seq: number, createdAt: string } | null } };

export type FindDataSubjectsQueryVariables = Exact<{
  name: string;
  dateOfBirth: string;
}>;


export type FindDataSubjectsQuery = { findDataSubjects: Array<{ subjectId: string, pseudonym: string, referrals: Array<string> }> };

export type SubjectAccessReportQueryVariables = Exact<{
  subjectId: string | number;
}>;


export type SubjectAccessReportQuery = { subjectAccessReport: Array<{ id: string, seq: number, at: string, actorUserId: string | null, actorRoles: Array<string>, action: string, objectType: string | null, objectId: string | null, subjectId: string | null, dataCategory: string | null, purpose: string | null, outcome: AuditOutcome, details: string | null, actorOrganisation: { id: string, code: string, name: string } | null }> };

export type EmergencyGrantFragment = { id: string, referralId: string | null, level: AccessLevel, purpose: AccessPurpose, legalBasis: string, consentOverride: boolean, breakGlass: boolean, userId: string | null, justification: string | null, expiresAt: string, status: AccessGrantStatus, grantedAt: string, reviewedAt: string | null, reviewNote: string | null, reviewDueAt: string | null, consentOverrideReason: string | null, organisation: { id: string, code: string, name: string }, grantedByOrganisation: { id: string, code: string, name: string } | null };

export type EmergencyAccessesQueryVariables = Exact<{
  unreviewedOnly?: boolean | null | undefined;
}>;


export type EmergencyAccessesQuery = { breakGlassUses: Array<{ id: string, referralId: string | null, level: AccessLevel, purpose: AccessPurpose, legalBasis: string, consentOverride: boolean, breakGlass: boolean, userId: string | null, justification: string | null, expiresAt: string, status: AccessGrantStatus, grantedAt: string, reviewedAt: string | null, reviewNote: string | null, reviewDueAt: string | null, consentOverrideReason: string | null, organisation: { id: string, code: string, name: string }, grantedByOrganisation: { id: string, code: string, name: string } | null }>, consentOverrides: Array<{ id: string, referralId: string | null, level: AccessLevel, purpose: AccessPurpose, legalBasis: string, consentOverride: boolean, breakGlass: boolean, userId: string | null, justification: string | null, expiresAt: string, status: AccessGrantStatus, grantedAt: string, reviewedAt: string | null, reviewNote: string | null, reviewDueAt: string | null, consentOverrideReason: string | null, organisation: { id: string, code: string, name: string }, grantedByOrganisation: { id: string, code: string, name: string } | null }> };

export type ReviewBreakGlassMutationVariables = Exact<{
  grantId: string | number;
  note: string;
}>;


export type ReviewBreakGlassMutation = { reviewBreakGlass: { id: string, referralId: string | null, level: AccessLevel, purpose: AccessPurpose, legalBasis: string, consentOverride: boolean, breakGlass: boolean, userId: string | null, justification: string | null, expiresAt: string, status: AccessGrantStatus, grantedAt: string, reviewedAt: string | null, reviewNote: string | null, reviewDueAt: string | null, consentOverrideReason: string | null, organisation: { id: string, code: string, name: string }, grantedByOrganisation: { id: string, code: string, name: string } | null } };

export type ReviewConsentOverrideMutationVariables = Exact<{
  grantId: string | number;
  note: string;
}>;


export type ReviewConsentOverrideMutation = { reviewConsentOverride: { id: string, referralId: string | null, level: AccessLevel, purpose: AccessPurpose, legalBasis: string, consentOverride: boolean, breakGlass: boolean, userId: string | null, justification: string | null, expiresAt: string, status: AccessGrantStatus, grantedAt: string, reviewedAt: string | null, reviewNote: string | null, reviewDueAt: string | null, consentOverrideReason: string | null, organisation: { id: string, code: string, name: string }, grantedByOrganisation: { id: string, code: string, name: string } | null } };

export type SessionUserFragment = { id: string, name: string, roles: Array<Role>, referenceGroup: ReferenceGroup | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } };

export type SessionFragment = { accessToken: string, expiresAt: string, identityProviderSignOutUrl: string | null, user: { id: string, name: string, roles: Array<Role>, referenceGroup: ReferenceGroup | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
  totp?: string | null | undefined;
}>;


export type LoginMutation = { login: { accessToken: string, expiresAt: string, identityProviderSignOutUrl: string | null, user: { id: string, name: string, roles: Array<Role>, referenceGroup: ReferenceGroup | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } } } };

export type RefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshMutation = { refresh: { accessToken: string, expiresAt: string, identityProviderSignOutUrl: string | null, user: { id: string, name: string, roles: Array<Role>, referenceGroup: ReferenceGroup | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type PublicIdentityProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicIdentityProvidersQuery = { publicIdentityProviders: Array<{ organisationCode: string, organisationName: string }> };

export type CaseEventItemFragment = { id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null };

export type SuspectItemFragment = { id: string, name: string, dateOfBirth: string | null, nationality: string | null, roleInNetwork: string | null, notes: string | null, currentStage: { id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null } | null, caseEvents: Array<{ id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null }> };

export type CaseComplexListItemFragment = { id: string, name: string, createdAt: string, leadOrganisation: { id: string, code: string, name: string }, access: { level: CaseComplexAccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } };

export type CaseComplexDetailFragment = { erasedAt: string | null, description: string | null, id: string, name: string, createdAt: string, referrals: Array<{ id: string, reference: string, state: ReferralState, referringOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } }>, operations: Array<{ id: string, codename: string, state: string, linkedAt: string, leadOrganisation: { id: string, code: string, name: string } }> | null, suspects: Array<{ id: string, name: string, dateOfBirth: string | null, nationality: string | null, roleInNetwork: string | null, notes: string | null, currentStage: { id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null } | null, caseEvents: Array<{ id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null }> }> | null, timeline: Array<{ kind: string, at: string, referralId: string | null, operationId: string | null, organisation: { id: string, code: string, name: string } | null, fromOrganisation: { id: string, code: string, name: string } | null, toOrganisation: { id: string, code: string, name: string } | null }> | null, leadOrganisation: { id: string, code: string, name: string }, access: { level: CaseComplexAccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } };

export type CaseComplexesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseComplexesQuery = { caseComplexes: Array<{ id: string, name: string, createdAt: string, leadOrganisation: { id: string, code: string, name: string }, access: { level: CaseComplexAccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } }> };

export type CaseComplexQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseComplexQuery = { caseComplex: { erasedAt: string | null, description: string | null, id: string, name: string, createdAt: string, referrals: Array<{ id: string, reference: string, state: ReferralState, referringOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } }>, operations: Array<{ id: string, codename: string, state: string, linkedAt: string, leadOrganisation: { id: string, code: string, name: string } }> | null, suspects: Array<{ id: string, name: string, dateOfBirth: string | null, nationality: string | null, roleInNetwork: string | null, notes: string | null, currentStage: { id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null } | null, caseEvents: Array<{ id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null }> }> | null, timeline: Array<{ kind: string, at: string, referralId: string | null, operationId: string | null, organisation: { id: string, code: string, name: string } | null, fromOrganisation: { id: string, code: string, name: string } | null, toOrganisation: { id: string, code: string, name: string } | null }> | null, leadOrganisation: { id: string, code: string, name: string }, access: { level: CaseComplexAccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } | null };

export type ReferralCaseComplexesQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralCaseComplexesQuery = { referral: { id: string, caseComplexes: Array<{ id: string, name: string, leadOrganisation: { id: string, code: string, name: string } }> | null } | null };

export type CreateCaseComplexMutationVariables = Exact<{
  input: CreateCaseComplexInput;
}>;


export type CreateCaseComplexMutation = { createCaseComplex: { erasedAt: string | null, description: string | null, id: string, name: string, createdAt: string, referrals: Array<{ id: string, reference: string, state: ReferralState, referringOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } }>, operations: Array<{ id: string, codename: string, state: string, linkedAt: string, leadOrganisation: { id: string, code: string, name: string } }> | null, suspects: Array<{ id: string, name: string, dateOfBirth: string | null, nationality: string | null, roleInNetwork: string | null, notes: string | null, currentStage: { id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null } | null, caseEvents: Array<{ id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null }> }> | null, timeline: Array<{ kind: string, at: string, referralId: string | null, operationId: string | null, organisation: { id: string, code: string, name: string } | null, fromOrganisation: { id: string, code: string, name: string } | null, toOrganisation: { id: string, code: string, name: string } | null }> | null, leadOrganisation: { id: string, code: string, name: string }, access: { level: CaseComplexAccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type HandOverCaseComplexMutationVariables = Exact<{
  id: string | number;
  to: string;
}>;


export type HandOverCaseComplexMutation = { handOverCaseComplex: { erasedAt: string | null, description: string | null, id: string, name: string, createdAt: string, referrals: Array<{ id: string, reference: string, state: ReferralState, referringOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } }>, operations: Array<{ id: string, codename: string, state: string, linkedAt: string, leadOrganisation: { id: string, code: string, name: string } }> | null, suspects: Array<{ id: string, name: string, dateOfBirth: string | null, nationality: string | null, roleInNetwork: string | null, notes: string | null, currentStage: { id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null } | null, caseEvents: Array<{ id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null }> }> | null, timeline: Array<{ kind: string, at: string, referralId: string | null, operationId: string | null, organisation: { id: string, code: string, name: string } | null, fromOrganisation: { id: string, code: string, name: string } | null, toOrganisation: { id: string, code: string, name: string } | null }> | null, leadOrganisation: { id: string, code: string, name: string }, access: { level: CaseComplexAccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type LinkReferralToCaseComplexMutationVariables = Exact<{
  caseComplexId: string | number;
  referralId: string | number;
}>;


export type LinkReferralToCaseComplexMutation = { linkReferralToCaseComplex: { erasedAt: string | null, description: string | null, id: string, name: string, createdAt: string, referrals: Array<{ id: string, reference: string, state: ReferralState, referringOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } }>, operations: Array<{ id: string, codename: string, state: string, linkedAt: string, leadOrganisation: { id: string, code: string, name: string } }> | null, suspects: Array<{ id: string, name: string, dateOfBirth: string | null, nationality: string | null, roleInNetwork: string | null, notes: string | null, currentStage: { id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null } | null, caseEvents: Array<{ id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null }> }> | null, timeline: Array<{ kind: string, at: string, referralId: string | null, operationId: string | null, organisation: { id: string, code: string, name: string } | null, fromOrganisation: { id: string, code: string, name: string } | null, toOrganisation: { id: string, code: string, name: string } | null }> | null, leadOrganisation: { id: string, code: string, name: string }, access: { level: CaseComplexAccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type LinkOperationToCaseComplexMutationVariables = Exact<{
  caseComplexId: string | number;
  operationId: string | number;
}>;


export type LinkOperationToCaseComplexMutation = { linkOperationToCaseComplex: { erasedAt: string | null, description: string | null, id: string, name: string, createdAt: string, referrals: Array<{ id: string, reference: string, state: ReferralState, referringOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } }>, operations: Array<{ id: string, codename: string, state: string, linkedAt: string, leadOrganisation: { id: string, code: string, name: string } }> | null, suspects: Array<{ id: string, name: string, dateOfBirth: string | null, nationality: string | null, roleInNetwork: string | null, notes: string | null, currentStage: { id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null } | null, caseEvents: Array<{ id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null }> }> | null, timeline: Array<{ kind: string, at: string, referralId: string | null, operationId: string | null, organisation: { id: string, code: string, name: string } | null, fromOrganisation: { id: string, code: string, name: string } | null, toOrganisation: { id: string, code: string, name: string } | null }> | null, leadOrganisation: { id: string, code: string, name: string }, access: { level: CaseComplexAccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type AddSuspectMutationVariables = Exact<{
  caseComplexId: string | number;
  input: SuspectInput;
}>;


export type AddSuspectMutation = { addSuspect: { id: string, name: string, dateOfBirth: string | null, nationality: string | null, roleInNetwork: string | null, notes: string | null, currentStage: { id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null } | null, caseEvents: Array<{ id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null }> } };

export type RecordCaseEventMutationVariables = Exact<{
  caseComplexId: string | number;
  input: CaseEventInput;
}>;


export type RecordCaseEventMutation = { recordCaseEvent: { id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } | null } };

export type AdminIdentityProviderFragment = { id: string, issuer: string, clientId: string, requireMfaFromIdp: boolean, passwordSignInAllowed: boolean, redirectUri: string, updatedAt: string, organisation: { id: string, code: string, name: string } };

export type AdminIdentityProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminIdentityProvidersQuery = { identityProviders: Array<{ id: string, issuer: string, clientId: string, requireMfaFromIdp: boolean, passwordSignInAllowed: boolean, redirectUri: string, updatedAt: string, organisation: { id: string, code: string, name: string } }> };

export type ConfigureIdentityProviderMutationVariables = Exact<{
  organisationCode: string;
  input: ConfigureIdentityProviderInput;
}>;


export type ConfigureIdentityProviderMutation = { configureIdentityProvider: { id: string, issuer: string, clientId: string, requireMfaFromIdp: boolean, passwordSignInAllowed: boolean, redirectUri: string, updatedAt: string, organisation: { id: string, code: string, name: string } } };

export type InquiryItemFragment = { id: string, receivedAt: string, kind: InquiryKind, anonymous: boolean, ledTo: InquiryOutcome, referralId: string | null, referralReference: string | null, operationId: string | null, note: string | null, recordedByName: string, createdAt: string, callerOrganisation: { id: string, code: string, name: string } | null };

export type InquiriesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type InquiriesQuery = { inquiries: Array<{ id: string, receivedAt: string, kind: InquiryKind, anonymous: boolean, ledTo: InquiryOutcome, referralId: string | null, referralReference: string | null, operationId: string | null, note: string | null, recordedByName: string, createdAt: string, callerOrganisation: { id: string, code: string, name: string } | null }> };

export type RecordInquiryMutationVariables = Exact<{
  input: RecordInquiryInput;
}>;


export type RecordInquiryMutation = { recordInquiry: { id: string, receivedAt: string, kind: InquiryKind, anonymous: boolean, ledTo: InquiryOutcome, referralId: string | null, referralReference: string | null, operationId: string | null, note: string | null, recordedByName: string, createdAt: string, callerOrganisation: { id: string, code: string, name: string } | null } };

export type IndicatorEntryFragment = { code: string, exploitationForm: ExploitationForm, labelDa: string, labelEn: string, sortOrder: number, active: boolean };

export type IndicatorCatalogueQueryVariables = Exact<{
  includeRetired?: boolean | null | undefined;
}>;


export type IndicatorCatalogueQuery = { indicatorCatalogue: Array<{ code: string, exploitationForm: ExploitationForm, labelDa: string, labelEn: string, sortOrder: number, active: boolean }> };

export type DefineIndicatorMutationVariables = Exact<{
  input: DefineIndicatorInput;
}>;


export type DefineIndicatorMutation = { defineIndicator: { code: string, exploitationForm: ExploitationForm, labelDa: string, labelEn: string, sortOrder: number, active: boolean } };

export type UpdateIndicatorMutationVariables = Exact<{
  code: string;
  input: UpdateIndicatorInput;
}>;


export type UpdateIndicatorMutation = { updateIndicator: { code: string, exploitationForm: ExploitationForm, labelDa: string, labelEn: string, sortOrder: number, active: boolean } };

export type AddReferralAddendumMutationVariables = Exact<{
  id: string | number;
  input: ReferralAddendumInput;
}>;


export type AddReferralAddendumMutation = { addReferralAddendum: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type ComplexJourneyPartsFragment = { policeJournalNumbers: Array<string> | null, prosecutionCaseNumber: string | null, cooperation: { partnerCountries: Array<string>, jointInvestigationTeam: boolean, jointInvestigationTeamName: string | null } | null, contributors: Array<{ invitedAt: string, removedAt: string | null, organisation: { id: string, code: string, name: string } }> | null, contributions: Array<{ id: string, category: ContributionCategory, notedOn: string, note: string, createdAt: string, organisation: { code: string, name: string } }> | null };

export type ComplexJourneyQueryVariables = Exact<{
  id: string | number;
}>;


export type ComplexJourneyQuery = { caseComplex: { id: string, policeJournalNumbers: Array<string> | null, prosecutionCaseNumber: string | null, access: { level: CaseComplexAccessLevel, reasonCode: AccessReasonCode }, leadOrganisation: { id: string }, cooperation: { partnerCountries: Array<string>, jointInvestigationTeam: boolean, jointInvestigationTeamName: string | null } | null, contributors: Array<{ invitedAt: string, removedAt: string | null, organisation: { id: string, code: string, name: string } }> | null, contributions: Array<{ id: string, category: ContributionCategory, notedOn: string, note: string, createdAt: string, organisation: { code: string, name: string } }> | null } | null };

export type UpdateCaseComplexDetailsMutationVariables = Exact<{
  id: string | number;
  input: CaseComplexDetailsInput;
}>;


export type UpdateCaseComplexDetailsMutation = { updateCaseComplexDetails: { id: string, policeJournalNumbers: Array<string> | null, prosecutionCaseNumber: string | null, cooperation: { partnerCountries: Array<string>, jointInvestigationTeam: boolean, jointInvestigationTeamName: string | null } | null, contributors: Array<{ invitedAt: string, removedAt: string | null, organisation: { id: string, code: string, name: string } }> | null, contributions: Array<{ id: string, category: ContributionCategory, notedOn: string, note: string, createdAt: string, organisation: { code: string, name: string } }> | null } };

export type InviteCaseComplexContributorMutationVariables = Exact<{
  caseComplexId: string | number;
  organisationCode: string;
}>;


export type InviteCaseComplexContributorMutation = { inviteCaseComplexContributor: { id: string, policeJournalNumbers: Array<string> | null, prosecutionCaseNumber: string | null, cooperation: { partnerCountries: Array<string>, jointInvestigationTeam: boolean, jointInvestigationTeamName: string | null } | null, contributors: Array<{ invitedAt: string, removedAt: string | null, organisation: { id: string, code: string, name: string } }> | null, contributions: Array<{ id: string, category: ContributionCategory, notedOn: string, note: string, createdAt: string, organisation: { code: string, name: string } }> | null } };

export type RemoveCaseComplexContributorMutationVariables = Exact<{
  caseComplexId: string | number;
  organisationCode: string;
}>;


export type RemoveCaseComplexContributorMutation = { removeCaseComplexContributor: { id: string, policeJournalNumbers: Array<string> | null, prosecutionCaseNumber: string | null, cooperation: { partnerCountries: Array<string>, jointInvestigationTeam: boolean, jointInvestigationTeamName: string | null } | null, contributors: Array<{ invitedAt: string, removedAt: string | null, organisation: { id: string, code: string, name: string } }> | null, contributions: Array<{ id: string, category: ContributionCategory, notedOn: string, note: string, createdAt: string, organisation: { code: string, name: string } }> | null } };

export type AddCaseComplexContributionMutationVariables = Exact<{
  caseComplexId: string | number;
  input: CaseComplexContributionInput;
}>;


export type AddCaseComplexContributionMutation = { addCaseComplexContribution: { id: string } };

export type CriminalJusticeQueryVariables = Exact<{
  year: number;
  region?: Region | null | undefined;
}>;


export type CriminalJusticeQuery = { statistics: { year: number, criminalJustice: Array<{ year: number, provisionGroup: CriminalJusticeProvisionGroup, charged: number, indicted: number, convicted: number, acquitted: number, historical: boolean }> | null, byIndicator: Array<{ key: string, count: number }>, inquiries: { total: number, byKind: Array<{ key: string, count: number }>, bySource: Array<{ key: string, count: number }>, byOutcome: Array<{ key: string, count: number }> } | null } };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
}>;


export type NotificationsQuery = { notifications: Array<{ id: string, kind: string, title: string, titleEn: string, link: string, createdAt: string, readAt: string | null }> };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, readAt: string | null } };

export type OperationListItemFragment = { id: string, codename: string, state: OperationState, region: Region, sector: Sector | null, startsAt: string, endsAt: string, leadOrganisation: { id: string, code: string, name: string }, myInvitation: { status: InvitationStatus } | null, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } };

export type InvitationFragment = { status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> };

export type AttendeeConflictItemFragment = { startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string } | null };

export type OperationDetailFragment = { version: number, erasedAt: string | null, objective: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, id: string, codename: string, state: OperationState, region: Region, sector: Sector | null, startsAt: string, endsAt: string, targets: Array<{ address: string, description: string | null }> | null, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus, requestedAt: string, updatedAt: string }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string } | null }>, invitations: Array<{ status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> } | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, reference: string, state: ReferralState } }> }, leadOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } };

export type OperationsQueryVariables = Exact<{
  filter?: OperationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OperationsQuery = { operations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, codename: string, state: OperationState, region: Region, sector: Sector | null, startsAt: string, endsAt: string, leadOrganisation: { id: string, code: string, name: string }, myInvitation: { status: InvitationStatus } | null, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } }> } };

export type OperationQueryVariables = Exact<{
  id: string | number;
}>;


export type OperationQuery = { operation: { version: number, erasedAt: string | null, objective: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, id: string, codename: string, state: OperationState, region: Region, sector: Sector | null, startsAt: string, endsAt: string, targets: Array<{ address: string, description: string | null }> | null, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus, requestedAt: string, updatedAt: string }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string } | null }>, invitations: Array<{ status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> } | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, reference: string, state: ReferralState } }> }, leadOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } | null };

export type AttendeeCandidatesQueryVariables = Exact<{
  operationId: string | number;
}>;


export type AttendeeCandidatesQuery = { operationAttendeeCandidates: Array<{ id: string, name: string }> };

export type OrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationsQuery = { organisations: Array<{ id: string, code: string, name: string, kind: OrganisationKind, region: Region | null }> };

export type CreateOperationMutationVariables = Exact<{
  input: CreateOperationInput;
}>;


export type CreateOperationMutation = { createOperation: { version: number, erasedAt: string | null, objective: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, id: string, codename: string, state: OperationState, region: Region, sector: Sector | null, startsAt: string, endsAt: string, targets: Array<{ address: string, description: string | null }> | null, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus, requestedAt: string, updatedAt: string }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string } | null }>, invitations: Array<{ status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> } | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, reference: string, state: ReferralState } }> }, leadOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type InviteToOperationMutationVariables = Exact<{
  id: string | number;
  codes: Array<string> | string;
  confirmDoubleBooking?: boolean | null | undefined;
  doubleBookingReason?: string | null | undefined;
}>;


export type InviteToOperationMutation = { inviteToOperation: { version: number, erasedAt: string | null, objective: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, id: string, codename: string, state: OperationState, region: Region, sector: Sector | null, startsAt: string, endsAt: string, targets: Array<{ address: string, description: string | null }> | null, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus, requestedAt: string, updatedAt: string }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string } | null }>, invitations: Array<{ status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> } | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, reference: string, state: ReferralState } }> }, leadOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type UpdateOperationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateOperationInput;
  confirmDoubleBooking?: boolean | null | undefined;
  doubleBookingReason?: string | null | undefined;
}>;


export type UpdateOperationMutation = { updateOperation: { version: number, erasedAt: string | null, objective: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, id: string, codename: string, state: OperationState, region: Region, sector: Sector | null, startsAt: string, endsAt: string, targets: Array<{ address: string, description: string | null }> | null, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus, requestedAt: string, updatedAt: string }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string } | null }>, invitations: Array<{ status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> } | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, reference: string, state: ReferralState } }> }, leadOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type RespondToInvitationMutationVariables = Exact<{
  operationId: string | number;
  accept: boolean;
  attendeeUserIds?: Array<string | number> | string | number | null | undefined;
  note?: string | null | undefined;
  confirmDoubleBooking?: boolean | null | undefined;
  doubleBookingReason?: string | null | undefined;
}>;


export type RespondToInvitationMutation = { respondToInvitation: { version: number, erasedAt: string | null, objective: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, id: string, codename: string, state: OperationState, region: Region, sector: Sector | null, startsAt: string, endsAt: string, targets: Array<{ address: string, description: string | null }> | null, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus, requestedAt: string, updatedAt: string }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string } | null }>, invitations: Array<{ status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> } | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, reference: string, state: ReferralState } }> }, leadOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type AttendeeConflictsQueryVariables = Exact<{
  operationId: string | number;
  userIds: Array<string | number> | string | number;
}>;


export type AttendeeConflictsQuery = { attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string } | null }> };

export type NameOperationAttendeesMutationVariables = Exact<{
  operationId: string | number;
  userIds: Array<string | number> | string | number;
  confirmDoubleBooking?: boolean | null | undefined;
  doubleBookingReason?: string | null | undefined;
}>;


export type NameOperationAttendeesMutation = { nameOperationAttendees: { version: number, erasedAt: string | null, objective: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, id: string, codename: string, state: OperationState, region: Region, sector: Sector | null, startsAt: string, endsAt: string, targets: Array<{ address: string, description: string | null }> | null, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus, requestedAt: string, updatedAt: string }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string } | null }>, invitations: Array<{ status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> } | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, reference: string, state: ReferralState } }> }, leadOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type RequestInterpreterMutationVariables = Exact<{
  operationId: string | number;
  language: string;
  provider?: string | null | undefined;
}>;


export type RequestInterpreterMutation = { requestInterpreter: { version: number, erasedAt: string | null, objective: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, id: string, codename: string, state: OperationState, region: Region, sector: Sector | null, startsAt: string, endsAt: string, targets: Array<{ address: string, description: string | null }> | null, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus, requestedAt: string, updatedAt: string }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string } | null }>, invitations: Array<{ status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> } | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, reference: string, state: ReferralState } }> }, leadOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type SetInterpreterStatusMutationVariables = Exact<{
  operationId: string | number;
  interpreterId: string | number;
  status: InterpreterStatus;
  provider?: string | null | undefined;
}>;


export type SetInterpreterStatusMutation = { setInterpreterStatus: { version: number, erasedAt: string | null, objective: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, id: string, codename: string, state: OperationState, region: Region, sector: Sector | null, startsAt: string, endsAt: string, targets: Array<{ address: string, description: string | null }> | null, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus, requestedAt: string, updatedAt: string }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string } | null }>, invitations: Array<{ status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> } | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, reference: string, state: ReferralState } }> }, leadOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type UnconfirmedInterpretersQueryVariables = Exact<{ [key: string]: never; }>;


export type UnconfirmedInterpretersQuery = { unconfirmedInterpreters: Array<{ operation: { id: string, codename: string, startsAt: string }, interpreter: { id: string, language: string, status: InterpreterStatus, provider: string | null } }> };

export type MyCalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCalendarFeedQuery = { myCalendarFeed: { createdAt: string } | null };

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedMutation = { createCalendarFeed: { url: string, feed: { createdAt: string } } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed: boolean };

export type ConfirmOperationMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmOperationMutation = { confirmOperation: { version: number, erasedAt: string | null, objective: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, id: string, codename: string, state: OperationState, region: Region, sector: Sector | null, startsAt: string, endsAt: string, targets: Array<{ address: string, description: string | null }> | null, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus, requestedAt: string, updatedAt: string }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string } | null }>, invitations: Array<{ status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> } | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, reference: string, state: ReferralState } }> }, leadOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type StartOperationMutationVariables = Exact<{
  id: string | number;
}>;


export type StartOperationMutation = { startOperation: { version: number, erasedAt: string | null, objective: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, id: string, codename: string, state: OperationState, region: Region, sector: Sector | null, startsAt: string, endsAt: string, targets: Array<{ address: string, description: string | null }> | null, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus, requestedAt: string, updatedAt: string }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string } | null }>, invitations: Array<{ status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> } | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, reference: string, state: ReferralState } }> }, leadOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type CompleteOperationMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteOperationMutation = { completeOperation: { version: number, erasedAt: string | null, objective: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, id: string, codename: string, state: OperationState, region: Region, sector: Sector | null, startsAt: string, endsAt: string, targets: Array<{ address: string, description: string | null }> | null, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus, requestedAt: string, updatedAt: string }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string } | null }>, invitations: Array<{ status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> } | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, reference: string, state: ReferralState } }> }, leadOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type CancelOperationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelOperationMutation = { cancelOperation: { version: number, erasedAt: string | null, objective: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, id: string, codename: string, state: OperationState, region: Region, sector: Sector | null, startsAt: string, endsAt: string, targets: Array<{ address: string, description: string | null }> | null, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus, requestedAt: string, updatedAt: string }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string } | null }>, invitations: Array<{ status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> } | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, reference: string, state: ReferralState } }> }, leadOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type RecordOperationOutcomeMutationVariables = Exact<{
  operationId: string | number;
  input: OperationOutcomeInput;
}>;


export type RecordOperationOutcomeMutation = { recordOperationOutcome: { version: number, erasedAt: string | null, objective: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, id: string, codename: string, state: OperationState, region: Region, sector: Sector | null, startsAt: string, endsAt: string, targets: Array<{ address: string, description: string | null }> | null, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus, requestedAt: string, updatedAt: string }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string } | null }>, invitations: Array<{ status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, invitedAt: string, respondedAt: string | null, note: string | null, organisation: { id: string, code: string, name: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }> } | null, conflicts: Array<{ organisation: { id: string, code: string, name: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, recordedAt: string, organisation: { id: string, code: string, name: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, reference: string, state: ReferralState } }> }, leadOrganisation: { id: string, code: string, name: string }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type ReviewCellFragment = { key: string, count: number | null, display: string, suppression: Suppression };

export type ReviewTableItemFragment = { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } };

export type ReviewNoteItemFragment = { id: string, periodFrom: string, periodTo: string, text: string, authorName: string, createdAt: string, referenceGroup: ReferenceGroup, region: Region, referralId: string | null, referralReference: string | null, recommendation: boolean, authorOrganisation: { id: string, code: string, name: string } };

export type ReviewDeadlineItemFragment = { met: number, missed: number, pending: number };

export type ReferenceGroupReviewQueryVariables = Exact<{
  region?: Region | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  period?: ReviewPeriod | null | undefined;
}>;


export type ReferenceGroupReviewQuery = { referenceGroupReview: { region: Region | null, from: string, to: string, mayAddNotes: boolean, byState: { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } }, byUrgency: { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } }, byExploitationForm: { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } }, bySector: { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } }, byReferringOrganisationKind: { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } }, byAssessmentDecision: { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } }, byGender: { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } }, byAgeBand: { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } }, overdue: Array<{ reference: string, suspectedExploitation: Array<ExploitationForm>, deadline: string, daysOverdue: number, receivingOrganisation: { id: string, code: string, name: string } | null }>, deadlines: { acknowledgement: { met: number, missed: number, pending: number }, interview: { met: number, missed: number, pending: number } }, medianDays: { toAcknowledgement: { days: number | null, basedOn: { key: string, count: number | null, display: string, suppression: Suppression } }, toInterview: { days: number | null, basedOn: { key: string, count: number | null, display: string, suppression: Suppression } }, toAssessment: { days: number | null, basedOn: { key: string, count: number | null, display: string, suppression: Suppression } } }, cases: Array<{ id: string, reference: string, pseudonym: string, region: Region, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, state: ReferralState, submittedAt: string, acknowledgementInTime: boolean | null, interviewInTime: boolean | null, notes: Array<{ id: string, periodFrom: string, periodTo: string, text: string, authorName: string, createdAt: string, referenceGroup: ReferenceGroup, region: Region, referralId: string | null, referralReference: string | null, recommendation: boolean, authorOrganisation: { id: string, code: string, name: string } }> }>, notes: Array<{ id: string, periodFrom: string, periodTo: string, text: string, authorName: string, createdAt: string, referenceGroup: ReferenceGroup, region: Region, referralId: string | null, referralReference: string | null, recommendation: boolean, authorOrganisation: { id: string, code: string, name: string } }>, recommendations: Array<{ id: string, periodFrom: string, periodTo: string, text: string, authorName: string, createdAt: string, referenceGroup: ReferenceGroup, region: Region, referralId: string | null, referralReference: string | null, recommendation: boolean, authorOrganisation: { id: string, code: string, name: string } }> } };

export type AddReviewNoteMutationVariables = Exact<{
  region: Region;
  periodFrom: string;
  periodTo: string;
  text: string;
  referralId?: string | number | null | undefined;
  recommendation?: boolean | null | undefined;
}>;


export type AddReviewNoteMutation = { addReviewNote: { id: string, periodFrom: string, periodTo: string, text: string, authorName: string, createdAt: string, referenceGroup: ReferenceGroup, region: Region, referralId: string | null, referralReference: string | null, recommendation: boolean, authorOrganisation: { id: string, code: string, name: string } } };

export type OrgNameFragment = { id: string, code: string, name: string, kind: OrganisationKind };

export type ReferralListItemFragment = { id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, interviewAt: string | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null };

export type ReferralDetailFragment = { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null };

export type ReferralsQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReferralsQuery = { referrals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, interviewAt: string | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } }> } };

export type ReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralQuery = { referral: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } | null };

export type CreateReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type CreateReferralMutation = { createReferral: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type UpdateReferralMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateReferralInput;
}>;


export type UpdateReferralMutation = { updateReferral: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type SubmitReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitReferralMutation = { submitReferral: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type WithdrawReferralMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type WithdrawReferralMutation = { withdrawReferral: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type AcknowledgeReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeReferralMutation = { acknowledgeReferral: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type ForwardReferralMutationVariables = Exact<{
  id: string | number;
  to: string;
  reason: string;
}>;


export type ForwardReferralMutation = { forwardReferral: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type ScheduleInterviewMutationVariables = Exact<{
  id: string | number;
  at: string;
}>;


export type ScheduleInterviewMutation = { scheduleIdentificationInterview: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type RecordAssessmentMutationVariables = Exact<{
  id: string | number;
  input: AssessmentInput;
}>;


export type RecordAssessmentMutation = { recordAssessment: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type StartReflectionMutationVariables = Exact<{
  id: string | number;
  startsOn: string;
  days?: number | null | undefined;
}>;


export type StartReflectionMutation = { startReflectionPeriod: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type ExtendReflectionMutationVariables = Exact<{
  id: string | number;
  days: number;
  reason: string;
}>;


export type ExtendReflectionMutation = { extendReflectionPeriod: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type RecordRepresentativeMutationVariables = Exact<{
  id: string | number;
  name: string;
  appointedBy: string;
}>;


export type RecordRepresentativeMutation = { recordRepresentative: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type CloseReferralMutationVariables = Exact<{
  id: string | number;
  outcome: ReferralOutcome;
  note?: string | null | undefined;
}>;


export type CloseReferralMutation = { closeReferral: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type CorrectSubjectDataMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SubjectCorrectionInput;
  reason: string;
}>;


export type CorrectSubjectDataMutation = { correctSubjectData: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type ConfirmSubjectMatchMutationVariables = Exact<{
  referralId: string | number;
  subjectId: string | number;
}>;


export type ConfirmSubjectMatchMutation = { confirmSubjectMatch: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type DismissSubjectMatchMutationVariables = Exact<{
  referralId: string | number;
  subjectId: string | number;
}>;


export type DismissSubjectMatchMutation = { dismissSubjectMatch: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type UnmergeSubjectsMutationVariables = Exact<{
  mergeId: string | number;
}>;


export type UnmergeSubjectsMutation = { unmergeSubjects: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type ReferralAssigneeCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferralAssigneeCandidatesQuery = { referralAssigneeCandidates: Array<{ id: string, name: string }> };

export type AssignReferralMutationVariables = Exact<{
  id: string | number;
  assigneeId: string | number;
  deputyId?: string | number | null | undefined;
}>;


export type AssignReferralMutation = { assignReferral: { id: string, mayReassign: boolean, assignee: { id: string, name: string } | null, deputy: { id: string, name: string } | null } };

export type AdminServiceAccountFragment = { id: string, clientId: string, name: string, roles: Array<Role>, purpose: string, active: boolean, createdAt: string, secretRotatedAt: string | null, deactivatedAt: string | null };

export type AdminServiceAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminServiceAccountsQuery = { serviceAccounts: Array<{ id: string, clientId: string, name: string, roles: Array<Role>, purpose: string, active: boolean, createdAt: string, secretRotatedAt: string | null, deactivatedAt: string | null }> };

export type CreateServiceAccountMutationVariables = Exact<{
  input: CreateServiceAccountInput;
}>;


export type CreateServiceAccountMutation = { createServiceAccount: { clientSecret: string, serviceAccount: { id: string, clientId: string, name: string, roles: Array<Role>, purpose: string, active: boolean, createdAt: string, secretRotatedAt: string | null, deactivatedAt: string | null } } };

export type RotateServiceAccountSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateServiceAccountSecretMutation = { rotateServiceAccountSecret: { clientSecret: string, serviceAccount: { id: string, clientId: string, name: string, roles: Array<Role>, purpose: string, active: boolean, createdAt: string, secretRotatedAt: string | null, deactivatedAt: string | null } } };

export type DeactivateServiceAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateServiceAccountMutation = { deactivateServiceAccount: { id: string, clientId: string, name: string, roles: Array<Role>, purpose: string, active: boolean, createdAt: string, secretRotatedAt: string | null, deactivatedAt: string | null } };

export type GrantFragment = { id: string, level: AccessLevel, purpose: AccessPurpose, legalBasis: string, breakGlass: boolean, userId: string | null, justification: string | null, expiresAt: string, status: AccessGrantStatus, grantedAt: string, organisation: { id: string, code: string, name: string } };

export type AccessRequestItemFragment = { id: string, referralId: string, level: AccessLevel, purpose: AccessPurpose | null, legalBasis: string | null, reason: string | null, state: AccessRequestState, createdAt: string, refusalReason: string | null, organisation: { id: string, code: string, name: string } };

export type AccessGrantsQueryVariables = Exact<{
  referralId: string | number;
}>;


export type AccessGrantsQuery = { accessGrants: Array<{ id: string, level: AccessLevel, purpose: AccessPurpose, legalBasis: string, breakGlass: boolean, userId: string | null, justification: string | null, expiresAt: string, status: AccessGrantStatus, grantedAt: string, organisation: { id: string, code: string, name: string } }> };

export type AccessRequestsQueryVariables = Exact<{
  state?: AccessRequestState | null | undefined;
}>;


export type AccessRequestsQuery = { accessRequests: Array<{ id: string, referralId: string, level: AccessLevel, purpose: AccessPurpose | null, legalBasis: string | null, reason: string | null, state: AccessRequestState, createdAt: string, refusalReason: string | null, organisation: { id: string, code: string, name: string } }> };

export type AccessRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessRequestQuery = { accessRequest: { id: string, referralId: string, level: AccessLevel, purpose: AccessPurpose | null, legalBasis: string | null, reason: string | null, state: AccessRequestState, createdAt: string, refusalReason: string | null, organisation: { id: string, code: string, name: string } } };

export type GrantAccessMutationVariables = Exact<{
  input: GrantAccessInput;
}>;


export type GrantAccessMutation = { grantAccess: { id: string, level: AccessLevel, purpose: AccessPurpose, legalBasis: string, breakGlass: boolean, userId: string | null, justification: string | null, expiresAt: string, status: AccessGrantStatus, grantedAt: string, organisation: { id: string, code: string, name: string } } };

export type RevokeAccessMutationVariables = Exact<{
  grantId: string | number;
  reason: string;
}>;


export type RevokeAccessMutation = { revokeAccess: { id: string, level: AccessLevel, purpose: AccessPurpose, legalBasis: string, breakGlass: boolean, userId: string | null, justification: string | null, expiresAt: string, status: AccessGrantStatus, grantedAt: string, organisation: { id: string, code: string, name: string } } };

export type BreakGlassMutationVariables = Exact<{
  referralId: string | number;
  justification: string;
}>;


export type BreakGlassMutation = { breakGlass: { id: string, level: AccessLevel, purpose: AccessPurpose, legalBasis: string, breakGlass: boolean, userId: string | null, justification: string | null, expiresAt: string, status: AccessGrantStatus, grantedAt: string, organisation: { id: string, code: string, name: string } } };

export type RequestAccessMutationVariables = Exact<{
  input: RequestAccessInput;
}>;


export type RequestAccessMutation = { requestAccess: Array<{ id: string, referralId: string, level: AccessLevel, purpose: AccessPurpose | null, legalBasis: string | null, reason: string | null, state: AccessRequestState, createdAt: string, refusalReason: string | null, organisation: { id: string, code: string, name: string } }> };

export type ApproveAccessRequestMutationVariables = Exact<{
  id: string | number;
  expiresAt: string;
}>;


export type ApproveAccessRequestMutation = { approveAccessRequest: { id: string, referralId: string, level: AccessLevel, purpose: AccessPurpose | null, legalBasis: string | null, reason: string | null, state: AccessRequestState, createdAt: string, refusalReason: string | null, organisation: { id: string, code: string, name: string } } };

export type RefuseAccessRequestMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RefuseAccessRequestMutation = { refuseAccessRequest: { id: string, referralId: string, level: AccessLevel, purpose: AccessPurpose | null, legalBasis: string | null, reason: string | null, state: AccessRequestState, createdAt: string, refusalReason: string | null, organisation: { id: string, code: string, name: string } } };

export type RecordConsentMutationVariables = Exact<{
  referralId: string | number;
  toDisclosure: Consent;
  toReferral?: Consent | null | undefined;
  note: string;
  version?: number | null | undefined;
}>;


export type RecordConsentMutation = { recordConsent: { version: number, allowedActions: Array<ReferralAction>, mayReassign: boolean, sector: Sector | null, location: string | null, operationId: string | null, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, indicatorCodes: Array<string> | null, outcome: ReferralOutcome | null, id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, region: Region, overdue: boolean, createdAt: string, suspectedExploitation: Array<ExploitationForm>, deputy: { id: string, name: string } | null, receivingOrganisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, competentAuthority: { id: string, code: string, name: string, kind: OrganisationKind } | null, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { id: string, code: string, name: string, kind: OrganisationKind } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ id: string, action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { id: string, code: string, name: string, kind: OrganisationKind } | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null } | null }>, corrections: Array<{ event: { id: string }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }>, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, reference: string }> }> | null, subjectMerges: Array<{ id: string, survivingPseudonym: string, mergedPseudonym: string, referralsMoved: number, mergedAt: string, unmergedAt: string | null, mergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null, unmergedBy: { id: string, code: string, name: string, kind: OrganisationKind } | null }> | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, referringOrganisation: { id: string, code: string, name: string, kind: OrganisationKind }, access: { level: AccessLevel, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, assignee: { id: string, name: string } | null } };

export type StatCountFragment = { key: string, count: number };

export type StatisticsQueryVariables = Exact<{
  year: number;
  region?: Region | null | undefined;
}>;


export type StatisticsQuery = { statistics: { year: number, region: Region | null, personsTrafficked: number, minors: number, preparedReturns: number, sources: { inSystem: number, historical: number }, byPrimaryExploitation: Array<{ key: string, count: number }>, byGender: Array<{ key: string, count: number }>, byNationality: Array<{ key: string, count: number }>, age: { known: number, unknown: number, min: number | null, max: number | null, mean: number | null }, byAuthority: Array<{ key: string, count: number }>, byFirstContactKind: Array<{ key: string, count: number }>, byFirstContactOrganisation: Array<{ key: string, count: number }>, interviews: { held: number, endedTrafficked: number, shareTrafficked: number | null }, referralsByOrganisation: Array<{ referrals: number, assessedTrafficked: number, organisation: { id: string, code: string, name: string } }>, closuresByOutcome: Array<{ key: string, count: number }>, series: Array<{ year: number, personsTrafficked: number, interviewsHeld: number, referrals: number, preparedReturns: number }> } };

export type ImportHistoryMutationVariables = Exact<{
  csv: string;
}>;


export type ImportHistoryMutation = { importHistory: { imported: number, skipped: number, errors: Array<{ line: number, reason: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AdminUserFragmentDoc = new TypedDocumentString(`
    fragment AdminUser on User {
  id
  name
  email
  roles
  referenceGroup
  active
  secondFactorEnabled
  createdAt
  organisation {
    id
    code
    name
  }
}
    `, {"fragmentName":"AdminUser"}) as unknown as TypedDocumentString<AdminUserFragment, unknown>;
export const AuditEventItemFragmentDoc = new TypedDocumentString(`
    fragment AuditEventItem on AuditEvent {
  id
  seq
  at
  actorUserId
  actorOrganisation {
    id
    code
    name
  }
  actorRoles
  action
  objectType
  objectId
  subjectId
  dataCategory
  purpose
  outcome
  details
}
    `, {"fragmentName":"AuditEventItem"}) as unknown as TypedDocumentString<AuditEventItemFragment, unknown>;
export const EmergencyGrantFragmentDoc = new TypedDocumentString(`
    fragment EmergencyGrant on AccessGrant {
  id
  referralId
  organisation {
    id
    code
    name
  }
  level
  purpose
  legalBasis
  consentOverride
  breakGlass
  userId
  justification
  expiresAt
  status
  grantedByOrganisation {
    id
    code
    name
  }
  grantedAt
  reviewedAt
  reviewNote
  reviewDueAt
  consentOverrideReason
}
    `, {"fragmentName":"EmergencyGrant"}) as unknown as TypedDocumentString<EmergencyGrantFragment, unknown>;
export const SessionUserFragmentDoc = new TypedDocumentString(`
    fragment SessionUser on User {
  id
  name
  roles
  referenceGroup
  organisation {
    id
    code
    name
    kind
  }
}
    `, {"fragmentName":"SessionUser"}) as unknown as TypedDocumentString<SessionUserFragment, unknown>;
export const SessionFragmentDoc = new TypedDocumentString(`
    fragment Session on AuthPayload {
  accessToken
  expiresAt
  identityProviderSignOutUrl
  user {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  name
  roles
  referenceGroup
  organisation {
    id
    code
    name
    kind
  }
}`, {"fragmentName":"Session"}) as unknown as TypedDocumentString<SessionFragment, unknown>;
export const CaseComplexListItemFragmentDoc = new TypedDocumentString(`
    fragment CaseComplexListItem on CaseComplex {
  id
  name
  createdAt
  leadOrganisation {
    id
    code
    name
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
    `, {"fragmentName":"CaseComplexListItem"}) as unknown as TypedDocumentString<CaseComplexListItemFragment, unknown>;
export const CaseEventItemFragmentDoc = new TypedDocumentString(`
    fragment CaseEventItem on CaseEvent {
  id
  kind
  provision
  provisionText
  occurredOn
  note
  organisation {
    id
    code
    name
  }
  recordedAt
}
    `, {"fragmentName":"CaseEventItem"}) as unknown as TypedDocumentString<CaseEventItemFragment, unknown>;
export const SuspectItemFragmentDoc = new TypedDocumentString(`
    fragment SuspectItem on Suspect {
  id
  name
  dateOfBirth
  nationality
  roleInNetwork
  notes
  currentStage {
    ...CaseEventItem
  }
  caseEvents {
    ...CaseEventItem
  }
}
    fragment CaseEventItem on CaseEvent {
  id
  kind
  provision
  provisionText
  occurredOn
  note
  organisation {
    id
    code
    name
  }
  recordedAt
}`, {"fragmentName":"SuspectItem"}) as unknown as TypedDocumentString<SuspectItemFragment, unknown>;
export const CaseComplexDetailFragmentDoc = new TypedDocumentString(`
    fragment CaseComplexDetail on CaseComplex {
  ...CaseComplexListItem
  erasedAt
  description
  referrals {
    id
    reference
    state
    referringOrganisation {
      id
      code
      name
    }
    access {
      level
      reasonCode
      reasonParams {
        level
        until
        purpose
        legalBasis
      }
    }
  }
  operations {
    id
    codename
    state
    leadOrganisation {
      id
      code
      name
    }
    linkedAt
  }
  suspects {
    ...SuspectItem
  }
  timeline {
    kind
    at
    organisation {
      id
      code
      name
    }
    fromOrganisation {
      id
      code
      name
    }
    toOrganisation {
      id
      code
      name
    }
    referralId
    operationId
  }
}
    fragment CaseEventItem on CaseEvent {
  id
  kind
  provision
  provisionText
  occurredOn
  note
  organisation {
    id
    code
    name
  }
  recordedAt
}
fragment SuspectItem on Suspect {
  id
  name
  dateOfBirth
  nationality
  roleInNetwork
  notes
  currentStage {
    ...CaseEventItem
  }
  caseEvents {
    ...CaseEventItem
  }
}
fragment CaseComplexListItem on CaseComplex {
  id
  name
  createdAt
  leadOrganisation {
    id
    code
    name
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}`, {"fragmentName":"CaseComplexDetail"}) as unknown as TypedDocumentString<CaseComplexDetailFragment, unknown>;
export const AdminIdentityProviderFragmentDoc = new TypedDocumentString(`
    fragment AdminIdentityProvider on IdentityProvider {
  id
  organisation {
    id
    code
    name
  }
  issuer
  clientId
  requireMfaFromIdp
  passwordSignInAllowed
  redirectUri
  updatedAt
}
    `, {"fragmentName":"AdminIdentityProvider"}) as unknown as TypedDocumentString<AdminIdentityProviderFragment, unknown>;
export const InquiryItemFragmentDoc = new TypedDocumentString(`
    fragment InquiryItem on Inquiry {
  id
  receivedAt
  kind
  anonymous
  ledTo
  referralId
  referralReference
  operationId
  note
  recordedByName
  createdAt
  callerOrganisation {
    id
    code
    name
  }
}
    `, {"fragmentName":"InquiryItem"}) as unknown as TypedDocumentString<InquiryItemFragment, unknown>;
export const IndicatorEntryFragmentDoc = new TypedDocumentString(`
    fragment IndicatorEntry on Indicator {
  code
  exploitationForm
  labelDa
  labelEn
  sortOrder
  active
}
    `, {"fragmentName":"IndicatorEntry"}) as unknown as TypedDocumentString<IndicatorEntryFragment, unknown>;
export const ComplexJourneyPartsFragmentDoc = new TypedDocumentString(`
    fragment ComplexJourneyParts on CaseComplex {
  policeJournalNumbers
  prosecutionCaseNumber
  cooperation {
    partnerCountries
    jointInvestigationTeam
    jointInvestigationTeamName
  }
  contributors {
    organisation {
      id
      code
      name
    }
    invitedAt
    removedAt
  }
  contributions {
    id
    organisation {
      code
      name
    }
    category
    notedOn
    note
    createdAt
  }
}
    `, {"fragmentName":"ComplexJourneyParts"}) as unknown as TypedDocumentString<ComplexJourneyPartsFragment, unknown>;
export const OperationListItemFragmentDoc = new TypedDocumentString(`
    fragment OperationListItem on Operation {
  id
  codename
  state
  region
  sector
  startsAt
  endsAt
  leadOrganisation {
    id
    code
    name
  }
  myInvitation {
    status
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
    `, {"fragmentName":"OperationListItem"}) as unknown as TypedDocumentString<OperationListItemFragment, unknown>;
export const AttendeeConflictItemFragmentDoc = new TypedDocumentString(`
    fragment AttendeeConflictItem on AttendeeConflict {
  attendee {
    id
    name
  }
  startsAt
  endsAt
  operation {
    id
    codename
  }
}
    `, {"fragmentName":"AttendeeConflictItem"}) as unknown as TypedDocumentString<AttendeeConflictItemFragment, unknown>;
export const InvitationFragmentDoc = new TypedDocumentString(`
    fragment Invitation on OperationInvitation {
  organisation {
    id
    code
    name
  }
  status
  invitedAt
  respondedAt
  attendees {
    id
    name
  }
  note
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
}
    `, {"fragmentName":"Invitation"}) as unknown as TypedDocumentString<InvitationFragment, unknown>;
export const OperationDetailFragmentDoc = new TypedDocumentString(`
    fragment OperationDetail on Operation {
  ...OperationListItem
  version
  erasedAt
  objective
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
    requestedAt
    updatedAt
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    ...AttendeeConflictItem
  }
  invitations {
    ...Invitation
  }
  myInvitation {
    ...Invitation
  }
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      id
      code
      name
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
    recordedAt
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  referrals(first: 50) {
    totalCount
    edges {
      node {
        id
        reference
        state
      }
    }
  }
}
    fragment OperationListItem on Operation {
  id
  codename
  state
  region
  sector
  startsAt
  endsAt
  leadOrganisation {
    id
    code
    name
  }
  myInvitation {
    status
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment Invitation on OperationInvitation {
  organisation {
    id
    code
    name
  }
  status
  invitedAt
  respondedAt
  attendees {
    id
    name
  }
  note
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
}
fragment AttendeeConflictItem on AttendeeConflict {
  attendee {
    id
    name
  }
  startsAt
  endsAt
  operation {
    id
    codename
  }
}`, {"fragmentName":"OperationDetail"}) as unknown as TypedDocumentString<OperationDetailFragment, unknown>;
export const ReviewCellFragmentDoc = new TypedDocumentString(`
    fragment ReviewCell on ReviewCount {
  key
  count
  display
  suppression
}
    `, {"fragmentName":"ReviewCell"}) as unknown as TypedDocumentString<ReviewCellFragment, unknown>;
export const ReviewTableItemFragmentDoc = new TypedDocumentString(`
    fragment ReviewTableItem on ReviewTable {
  rows {
    ...ReviewCell
  }
  total {
    ...ReviewCell
  }
  personal
}
    fragment ReviewCell on ReviewCount {
  key
  count
  display
  suppression
}`, {"fragmentName":"ReviewTableItem"}) as unknown as TypedDocumentString<ReviewTableItemFragment, unknown>;
export const ReviewNoteItemFragmentDoc = new TypedDocumentString(`
    fragment ReviewNoteItem on ReviewNote {
  id
  periodFrom
  periodTo
  text
  authorName
  authorOrganisation {
    id
    code
    name
  }
  createdAt
  referenceGroup
  region
  referralId
  referralReference
  recommendation
}
    `, {"fragmentName":"ReviewNoteItem"}) as unknown as TypedDocumentString<ReviewNoteItemFragment, unknown>;
export const ReviewDeadlineItemFragmentDoc = new TypedDocumentString(`
    fragment ReviewDeadlineItem on ReviewDeadlineFigures {
  met
  missed
  pending
}
    `, {"fragmentName":"ReviewDeadlineItem"}) as unknown as TypedDocumentString<ReviewDeadlineItemFragment, unknown>;
export const OrgNameFragmentDoc = new TypedDocumentString(`
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
    `, {"fragmentName":"OrgName"}) as unknown as TypedDocumentString<OrgNameFragment, unknown>;
export const ReferralListItemFragmentDoc = new TypedDocumentString(`
    fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}`, {"fragmentName":"ReferralListItem"}) as unknown as TypedDocumentString<ReferralListItemFragment, unknown>;
export const ReferralDetailFragmentDoc = new TypedDocumentString(`
    fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}`, {"fragmentName":"ReferralDetail"}) as unknown as TypedDocumentString<ReferralDetailFragment, unknown>;
export const AdminServiceAccountFragmentDoc = new TypedDocumentString(`
    fragment AdminServiceAccount on ServiceAccount {
  id
  clientId
  name
  roles
  purpose
  active
  createdAt
  secretRotatedAt
  deactivatedAt
}
    `, {"fragmentName":"AdminServiceAccount"}) as unknown as TypedDocumentString<AdminServiceAccountFragment, unknown>;
export const GrantFragmentDoc = new TypedDocumentString(`
    fragment Grant on AccessGrant {
  id
  organisation {
    id
    code
    name
  }
  level
  purpose
  legalBasis
  breakGlass
  userId
  justification
  expiresAt
  status
  grantedAt
}
    `, {"fragmentName":"Grant"}) as unknown as TypedDocumentString<GrantFragment, unknown>;
export const AccessRequestItemFragmentDoc = new TypedDocumentString(`
    fragment AccessRequestItem on AccessRequest {
  id
  referralId
  organisation {
    id
    code
    name
  }
  level
  purpose
  legalBasis
  reason
  state
  createdAt
  refusalReason
}
    `, {"fragmentName":"AccessRequestItem"}) as unknown as TypedDocumentString<AccessRequestItemFragment, unknown>;
export const StatCountFragmentDoc = new TypedDocumentString(`
    fragment StatCount on StatisticsCount {
  key
  count
}
    `, {"fragmentName":"StatCount"}) as unknown as TypedDocumentString<StatCountFragment, unknown>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers($organisationCode: String) {
  users(organisationCode: $organisationCode) {
    ...AdminUser
  }
}
    fragment AdminUser on User {
  id
  name
  email
  roles
  referenceGroup
  active
  secondFactorEnabled
  createdAt
  organisation {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...AdminUser
  }
}
    fragment AdminUser on User {
  id
  name
  email
  roles
  referenceGroup
  active
  secondFactorEnabled
  createdAt
  organisation {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const DeactivateUserDocument = new TypedDocumentString(`
    mutation DeactivateUser($id: ID!) {
  deactivateUser(id: $id) {
    ...AdminUser
  }
}
    fragment AdminUser on User {
  id
  name
  email
  roles
  referenceGroup
  active
  secondFactorEnabled
  createdAt
  organisation {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = new TypedDocumentString(`
    mutation ReactivateUser($id: ID!) {
  reactivateUser(id: $id) {
    ...AdminUser
  }
}
    fragment AdminUser on User {
  id
  name
  email
  roles
  referenceGroup
  active
  secondFactorEnabled
  createdAt
  organisation {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const ResetTotpDocument = new TypedDocumentString(`
    mutation ResetTotp($userId: ID!) {
  resetTotp(userId: $userId) {
    ...AdminUser
  }
}
    fragment AdminUser on User {
  id
  name
  email
  roles
  referenceGroup
  active
  secondFactorEnabled
  createdAt
  organisation {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ResetTotpMutation, ResetTotpMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($userId: ID!) {
  requestPasswordReset(userId: $userId)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ReferenceGroupMembersDocument = new TypedDocumentString(`
    query ReferenceGroupMembers($group: ReferenceGroup) {
  referenceGroupMembers(group: $group) {
    ...AdminUser
  }
}
    fragment AdminUser on User {
  id
  name
  email
  roles
  referenceGroup
  active
  secondFactorEnabled
  createdAt
  organisation {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ReferenceGroupMembersQuery, ReferenceGroupMembersQueryVariables>;
export const SetReferenceGroupDocument = new TypedDocumentString(`
    mutation SetReferenceGroup($userId: ID!, $referenceGroup: ReferenceGroup) {
  setReferenceGroup(userId: $userId, referenceGroup: $referenceGroup) {
    ...AdminUser
  }
}
    fragment AdminUser on User {
  id
  name
  email
  roles
  referenceGroup
  active
  secondFactorEnabled
  createdAt
  organisation {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<SetReferenceGroupMutation, SetReferenceGroupMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const MySecondFactorDocument = new TypedDocumentString(`
    query MySecondFactor {
  me {
    id
    secondFactorEnabled
  }
}
    `) as unknown as TypedDocumentString<MySecondFactorQuery, MySecondFactorQueryVariables>;
export const EnrolTotpDocument = new TypedDocumentString(`
    mutation EnrolTotp($password: String!) {
  enrolTotp(password: $password) {
    secret
    otpauthUri
  }
}
    `) as unknown as TypedDocumentString<EnrolTotpMutation, EnrolTotpMutationVariables>;
export const ActivateTotpDocument = new TypedDocumentString(`
    mutation ActivateTotp($code: String!) {
  activateTotp(code: $code)
}
    `) as unknown as TypedDocumentString<ActivateTotpMutation, ActivateTotpMutationVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...AuditEventItem
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment AuditEventItem on AuditEvent {
  id
  seq
  at
  actorUserId
  actorOrganisation {
    id
    code
    name
  }
  actorRoles
  action
  objectType
  objectId
  subjectId
  dataCategory
  purpose
  outcome
  details
}`) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const VerifyAuditChainDocument = new TypedDocumentString(`
    query VerifyAuditChain {
  verifyAuditChain {
    ok
    checked
    firstBrokenId
    firstBrokenCheckpoint
    reason
    headSeq
    checkpointsChecked
    lastCheckpoint {
      seq
      createdAt
    }
    recordsSinceLastCheckpoint
    knownBadInputIds
    warnings
  }
}
    `) as unknown as TypedDocumentString<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const FindDataSubjectsDocument = new TypedDocumentString(`
    query FindDataSubjects($name: String!, $dateOfBirth: Date!) {
  findDataSubjects(name: $name, dateOfBirth: $dateOfBirth) {
    subjectId
    pseudonym
    referrals
  }
}
    `) as unknown as TypedDocumentString<FindDataSubjectsQuery, FindDataSubjectsQueryVariables>;
export const SubjectAccessReportDocument = new TypedDocumentString(`
    query SubjectAccessReport($subjectId: ID!) {
  subjectAccessReport(subjectId: $subjectId) {
    ...AuditEventItem
  }
}
    fragment AuditEventItem on AuditEvent {
  id
  seq
  at
  actorUserId
  actorOrganisation {
    id
    code
    name
  }
  actorRoles
  action
  objectType
  objectId
  subjectId
  dataCategory
  purpose
  outcome
  details
}`) as unknown as TypedDocumentString<SubjectAccessReportQuery, SubjectAccessReportQueryVariables>;
export const EmergencyAccessesDocument = new TypedDocumentString(`
    query EmergencyAccesses($unreviewedOnly: Boolean) {
  breakGlassUses(unreviewedOnly: $unreviewedOnly) {
    ...EmergencyGrant
  }
  consentOverrides(unreviewedOnly: $unreviewedOnly) {
    ...EmergencyGrant
  }
}
    fragment EmergencyGrant on AccessGrant {
  id
  referralId
  organisation {
    id
    code
    name
  }
  level
  purpose
  legalBasis
  consentOverride
  breakGlass
  userId
  justification
  expiresAt
  status
  grantedByOrganisation {
    id
    code
    name
  }
  grantedAt
  reviewedAt
  reviewNote
  reviewDueAt
  consentOverrideReason
}`) as unknown as TypedDocumentString<EmergencyAccessesQuery, EmergencyAccessesQueryVariables>;
export const ReviewBreakGlassDocument = new TypedDocumentString(`
    mutation ReviewBreakGlass($grantId: ID!, $note: String!) {
  reviewBreakGlass(grantId: $grantId, note: $note) {
    ...EmergencyGrant
  }
}
    fragment EmergencyGrant on AccessGrant {
  id
  referralId
  organisation {
    id
    code
    name
  }
  level
  purpose
  legalBasis
  consentOverride
  breakGlass
  userId
  justification
  expiresAt
  status
  grantedByOrganisation {
    id
    code
    name
  }
  grantedAt
  reviewedAt
  reviewNote
  reviewDueAt
  consentOverrideReason
}`) as unknown as TypedDocumentString<ReviewBreakGlassMutation, ReviewBreakGlassMutationVariables>;
export const ReviewConsentOverrideDocument = new TypedDocumentString(`
    mutation ReviewConsentOverride($grantId: ID!, $note: String!) {
  reviewConsentOverride(grantId: $grantId, note: $note) {
    ...EmergencyGrant
  }
}
    fragment EmergencyGrant on AccessGrant {
  id
  referralId
  organisation {
    id
    code
    name
  }
  level
  purpose
  legalBasis
  consentOverride
  breakGlass
  userId
  justification
  expiresAt
  status
  grantedByOrganisation {
    id
    code
    name
  }
  grantedAt
  reviewedAt
  reviewNote
  reviewDueAt
  consentOverrideReason
}`) as unknown as TypedDocumentString<ReviewConsentOverrideMutation, ReviewConsentOverrideMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!, $totp: String) {
  login(email: $email, password: $password, totp: $totp) {
    ...Session
  }
}
    fragment SessionUser on User {
  id
  name
  roles
  referenceGroup
  organisation {
    id
    code
    name
    kind
  }
}
fragment Session on AuthPayload {
  accessToken
  expiresAt
  identityProviderSignOutUrl
  user {
    ...SessionUser
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = new TypedDocumentString(`
    mutation Refresh {
  refresh {
    ...Session
  }
}
    fragment SessionUser on User {
  id
  name
  roles
  referenceGroup
  organisation {
    id
    code
    name
    kind
  }
}
fragment Session on AuthPayload {
  accessToken
  expiresAt
  identityProviderSignOutUrl
  user {
    ...SessionUser
  }
}`) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const PublicIdentityProvidersDocument = new TypedDocumentString(`
    query PublicIdentityProviders {
  publicIdentityProviders {
    organisationCode
    organisationName
  }
}
    `) as unknown as TypedDocumentString<PublicIdentityProvidersQuery, PublicIdentityProvidersQueryVariables>;
export const CaseComplexesDocument = new TypedDocumentString(`
    query CaseComplexes {
  caseComplexes {
    ...CaseComplexListItem
  }
}
    fragment CaseComplexListItem on CaseComplex {
  id
  name
  createdAt
  leadOrganisation {
    id
    code
    name
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}`) as unknown as TypedDocumentString<CaseComplexesQuery, CaseComplexesQueryVariables>;
export const CaseComplexDocument = new TypedDocumentString(`
    query CaseComplex($id: ID!) {
  caseComplex(id: $id) {
    ...CaseComplexDetail
  }
}
    fragment CaseEventItem on CaseEvent {
  id
  kind
  provision
  provisionText
  occurredOn
  note
  organisation {
    id
    code
    name
  }
  recordedAt
}
fragment SuspectItem on Suspect {
  id
  name
  dateOfBirth
  nationality
  roleInNetwork
  notes
  currentStage {
    ...CaseEventItem
  }
  caseEvents {
    ...CaseEventItem
  }
}
fragment CaseComplexListItem on CaseComplex {
  id
  name
  createdAt
  leadOrganisation {
    id
    code
    name
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment CaseComplexDetail on CaseComplex {
  ...CaseComplexListItem
  erasedAt
  description
  referrals {
    id
    reference
    state
    referringOrganisation {
      id
      code
      name
    }
    access {
      level
      reasonCode
      reasonParams {
        level
        until
        purpose
        legalBasis
      }
    }
  }
  operations {
    id
    codename
    state
    leadOrganisation {
      id
      code
      name
    }
    linkedAt
  }
  suspects {
    ...SuspectItem
  }
  timeline {
    kind
    at
    organisation {
      id
      code
      name
    }
    fromOrganisation {
      id
      code
      name
    }
    toOrganisation {
      id
      code
      name
    }
    referralId
    operationId
  }
}`) as unknown as TypedDocumentString<CaseComplexQuery, CaseComplexQueryVariables>;
export const ReferralCaseComplexesDocument = new TypedDocumentString(`
    query ReferralCaseComplexes($id: ID!) {
  referral(id: $id) {
    id
    caseComplexes {
      id
      name
      leadOrganisation {
        id
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralCaseComplexesQuery, ReferralCaseComplexesQueryVariables>;
export const CreateCaseComplexDocument = new TypedDocumentString(`
    mutation CreateCaseComplex($input: CreateCaseComplexInput!) {
  createCaseComplex(input: $input) {
    ...CaseComplexDetail
  }
}
    fragment CaseEventItem on CaseEvent {
  id
  kind
  provision
  provisionText
  occurredOn
  note
  organisation {
    id
    code
    name
  }
  recordedAt
}
fragment SuspectItem on Suspect {
  id
  name
  dateOfBirth
  nationality
  roleInNetwork
  notes
  currentStage {
    ...CaseEventItem
  }
  caseEvents {
    ...CaseEventItem
  }
}
fragment CaseComplexListItem on CaseComplex {
  id
  name
  createdAt
  leadOrganisation {
    id
    code
    name
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment CaseComplexDetail on CaseComplex {
  ...CaseComplexListItem
  erasedAt
  description
  referrals {
    id
    reference
    state
    referringOrganisation {
      id
      code
      name
    }
    access {
      level
      reasonCode
      reasonParams {
        level
        until
        purpose
        legalBasis
      }
    }
  }
  operations {
    id
    codename
    state
    leadOrganisation {
      id
      code
      name
    }
    linkedAt
  }
  suspects {
    ...SuspectItem
  }
  timeline {
    kind
    at
    organisation {
      id
      code
      name
    }
    fromOrganisation {
      id
      code
      name
    }
    toOrganisation {
      id
      code
      name
    }
    referralId
    operationId
  }
}`) as unknown as TypedDocumentString<CreateCaseComplexMutation, CreateCaseComplexMutationVariables>;
export const HandOverCaseComplexDocument = new TypedDocumentString(`
    mutation HandOverCaseComplex($id: ID!, $to: String!) {
  handOverCaseComplex(id: $id, toOrganisationCode: $to) {
    ...CaseComplexDetail
  }
}
    fragment CaseEventItem on CaseEvent {
  id
  kind
  provision
  provisionText
  occurredOn
  note
  organisation {
    id
    code
    name
  }
  recordedAt
}
fragment SuspectItem on Suspect {
  id
  name
  dateOfBirth
  nationality
  roleInNetwork
  notes
  currentStage {
    ...CaseEventItem
  }
  caseEvents {
    ...CaseEventItem
  }
}
fragment CaseComplexListItem on CaseComplex {
  id
  name
  createdAt
  leadOrganisation {
    id
    code
    name
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment CaseComplexDetail on CaseComplex {
  ...CaseComplexListItem
  erasedAt
  description
  referrals {
    id
    reference
    state
    referringOrganisation {
      id
      code
      name
    }
    access {
      level
      reasonCode
      reasonParams {
        level
        until
        purpose
        legalBasis
      }
    }
  }
  operations {
    id
    codename
    state
    leadOrganisation {
      id
      code
      name
    }
    linkedAt
  }
  suspects {
    ...SuspectItem
  }
  timeline {
    kind
    at
    organisation {
      id
      code
      name
    }
    fromOrganisation {
      id
      code
      name
    }
    toOrganisation {
      id
      code
      name
    }
    referralId
    operationId
  }
}`) as unknown as TypedDocumentString<HandOverCaseComplexMutation, HandOverCaseComplexMutationVariables>;
export const LinkReferralToCaseComplexDocument = new TypedDocumentString(`
    mutation LinkReferralToCaseComplex($caseComplexId: ID!, $referralId: ID!) {
  linkReferralToCaseComplex(
    caseComplexId: $caseComplexId
    referralId: $referralId
  ) {
    ...CaseComplexDetail
  }
}
    fragment CaseEventItem on CaseEvent {
  id
  kind
  provision
  provisionText
  occurredOn
  note
  organisation {
    id
    code
    name
  }
  recordedAt
}
fragment SuspectItem on Suspect {
  id
  name
  dateOfBirth
  nationality
  roleInNetwork
  notes
  currentStage {
    ...CaseEventItem
  }
  caseEvents {
    ...CaseEventItem
  }
}
fragment CaseComplexListItem on CaseComplex {
  id
  name
  createdAt
  leadOrganisation {
    id
    code
    name
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment CaseComplexDetail on CaseComplex {
  ...CaseComplexListItem
  erasedAt
  description
  referrals {
    id
    reference
    state
    referringOrganisation {
      id
      code
      name
    }
    access {
      level
      reasonCode
      reasonParams {
        level
        until
        purpose
        legalBasis
      }
    }
  }
  operations {
    id
    codename
    state
    leadOrganisation {
      id
      code
      name
    }
    linkedAt
  }
  suspects {
    ...SuspectItem
  }
  timeline {
    kind
    at
    organisation {
      id
      code
      name
    }
    fromOrganisation {
      id
      code
      name
    }
    toOrganisation {
      id
      code
      name
    }
    referralId
    operationId
  }
}`) as unknown as TypedDocumentString<LinkReferralToCaseComplexMutation, LinkReferralToCaseComplexMutationVariables>;
export const LinkOperationToCaseComplexDocument = new TypedDocumentString(`
    mutation LinkOperationToCaseComplex($caseComplexId: ID!, $operationId: ID!) {
  linkOperationToCaseComplex(
    caseComplexId: $caseComplexId
    operationId: $operationId
  ) {
    ...CaseComplexDetail
  }
}
    fragment CaseEventItem on CaseEvent {
  id
  kind
  provision
  provisionText
  occurredOn
  note
  organisation {
    id
    code
    name
  }
  recordedAt
}
fragment SuspectItem on Suspect {
  id
  name
  dateOfBirth
  nationality
  roleInNetwork
  notes
  currentStage {
    ...CaseEventItem
  }
  caseEvents {
    ...CaseEventItem
  }
}
fragment CaseComplexListItem on CaseComplex {
  id
  name
  createdAt
  leadOrganisation {
    id
    code
    name
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment CaseComplexDetail on CaseComplex {
  ...CaseComplexListItem
  erasedAt
  description
  referrals {
    id
    reference
    state
    referringOrganisation {
      id
      code
      name
    }
    access {
      level
      reasonCode
      reasonParams {
        level
        until
        purpose
        legalBasis
      }
    }
  }
  operations {
    id
    codename
    state
    leadOrganisation {
      id
      code
      name
    }
    linkedAt
  }
  suspects {
    ...SuspectItem
  }
  timeline {
    kind
    at
    organisation {
      id
      code
      name
    }
    fromOrganisation {
      id
      code
      name
    }
    toOrganisation {
      id
      code
      name
    }
    referralId
    operationId
  }
}`) as unknown as TypedDocumentString<LinkOperationToCaseComplexMutation, LinkOperationToCaseComplexMutationVariables>;
export const AddSuspectDocument = new TypedDocumentString(`
    mutation AddSuspect($caseComplexId: ID!, $input: SuspectInput!) {
  addSuspect(caseComplexId: $caseComplexId, input: $input) {
    ...SuspectItem
  }
}
    fragment CaseEventItem on CaseEvent {
  id
  kind
  provision
  provisionText
  occurredOn
  note
  organisation {
    id
    code
    name
  }
  recordedAt
}
fragment SuspectItem on Suspect {
  id
  name
  dateOfBirth
  nationality
  roleInNetwork
  notes
  currentStage {
    ...CaseEventItem
  }
  caseEvents {
    ...CaseEventItem
  }
}`) as unknown as TypedDocumentString<AddSuspectMutation, AddSuspectMutationVariables>;
export const RecordCaseEventDocument = new TypedDocumentString(`
    mutation RecordCaseEvent($caseComplexId: ID!, $input: CaseEventInput!) {
  recordCaseEvent(caseComplexId: $caseComplexId, input: $input) {
    ...CaseEventItem
  }
}
    fragment CaseEventItem on CaseEvent {
  id
  kind
  provision
  provisionText
  occurredOn
  note
  organisation {
    id
    code
    name
  }
  recordedAt
}`) as unknown as TypedDocumentString<RecordCaseEventMutation, RecordCaseEventMutationVariables>;
export const AdminIdentityProvidersDocument = new TypedDocumentString(`
    query AdminIdentityProviders {
  identityProviders {
    ...AdminIdentityProvider
  }
}
    fragment AdminIdentityProvider on IdentityProvider {
  id
  organisation {
    id
    code
    name
  }
  issuer
  clientId
  requireMfaFromIdp
  passwordSignInAllowed
  redirectUri
  updatedAt
}`) as unknown as TypedDocumentString<AdminIdentityProvidersQuery, AdminIdentityProvidersQueryVariables>;
export const ConfigureIdentityProviderDocument = new TypedDocumentString(`
    mutation ConfigureIdentityProvider($organisationCode: String!, $input: ConfigureIdentityProviderInput!) {
  configureIdentityProvider(organisationCode: $organisationCode, input: $input) {
    ...AdminIdentityProvider
  }
}
    fragment AdminIdentityProvider on IdentityProvider {
  id
  organisation {
    id
    code
    name
  }
  issuer
  clientId
  requireMfaFromIdp
  passwordSignInAllowed
  redirectUri
  updatedAt
}`) as unknown as TypedDocumentString<ConfigureIdentityProviderMutation, ConfigureIdentityProviderMutationVariables>;
export const InquiriesDocument = new TypedDocumentString(`
    query Inquiries($from: Date!, $to: Date!) {
  inquiries(from: $from, to: $to) {
    ...InquiryItem
  }
}
    fragment InquiryItem on Inquiry {
  id
  receivedAt
  kind
  anonymous
  ledTo
  referralId
  referralReference
  operationId
  note
  recordedByName
  createdAt
  callerOrganisation {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<InquiriesQuery, InquiriesQueryVariables>;
export const RecordInquiryDocument = new TypedDocumentString(`
    mutation RecordInquiry($input: RecordInquiryInput!) {
  recordInquiry(input: $input) {
    ...InquiryItem
  }
}
    fragment InquiryItem on Inquiry {
  id
  receivedAt
  kind
  anonymous
  ledTo
  referralId
  referralReference
  operationId
  note
  recordedByName
  createdAt
  callerOrganisation {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<RecordInquiryMutation, RecordInquiryMutationVariables>;
export const IndicatorCatalogueDocument = new TypedDocumentString(`
    query IndicatorCatalogue($includeRetired: Boolean) {
  indicatorCatalogue(includeRetired: $includeRetired) {
    ...IndicatorEntry
  }
}
    fragment IndicatorEntry on Indicator {
  code
  exploitationForm
  labelDa
  labelEn
  sortOrder
  active
}`) as unknown as TypedDocumentString<IndicatorCatalogueQuery, IndicatorCatalogueQueryVariables>;
export const DefineIndicatorDocument = new TypedDocumentString(`
    mutation DefineIndicator($input: DefineIndicatorInput!) {
  defineIndicator(input: $input) {
    ...IndicatorEntry
  }
}
    fragment IndicatorEntry on Indicator {
  code
  exploitationForm
  labelDa
  labelEn
  sortOrder
  active
}`) as unknown as TypedDocumentString<DefineIndicatorMutation, DefineIndicatorMutationVariables>;
export const UpdateIndicatorDocument = new TypedDocumentString(`
    mutation UpdateIndicator($code: String!, $input: UpdateIndicatorInput!) {
  updateIndicator(code: $code, input: $input) {
    ...IndicatorEntry
  }
}
    fragment IndicatorEntry on Indicator {
  code
  exploitationForm
  labelDa
  labelEn
  sortOrder
  active
}`) as unknown as TypedDocumentString<UpdateIndicatorMutation, UpdateIndicatorMutationVariables>;
export const AddReferralAddendumDocument = new TypedDocumentString(`
    mutation AddReferralAddendum($id: ID!, $input: ReferralAddendumInput!) {
  addReferralAddendum(id: $id, input: $input) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<AddReferralAddendumMutation, AddReferralAddendumMutationVariables>;
export const ComplexJourneyDocument = new TypedDocumentString(`
    query ComplexJourney($id: ID!) {
  caseComplex(id: $id) {
    id
    access {
      level
      reasonCode
    }
    leadOrganisation {
      id
    }
    ...ComplexJourneyParts
  }
}
    fragment ComplexJourneyParts on CaseComplex {
  policeJournalNumbers
  prosecutionCaseNumber
  cooperation {
    partnerCountries
    jointInvestigationTeam
    jointInvestigationTeamName
  }
  contributors {
    organisation {
      id
      code
      name
    }
    invitedAt
    removedAt
  }
  contributions {
    id
    organisation {
      code
      name
    }
    category
    notedOn
    note
    createdAt
  }
}`) as unknown as TypedDocumentString<ComplexJourneyQuery, ComplexJourneyQueryVariables>;
export const UpdateCaseComplexDetailsDocument = new TypedDocumentString(`
    mutation UpdateCaseComplexDetails($id: ID!, $input: CaseComplexDetailsInput!) {
  updateCaseComplexDetails(id: $id, input: $input) {
    id
    ...ComplexJourneyParts
  }
}
    fragment ComplexJourneyParts on CaseComplex {
  policeJournalNumbers
  prosecutionCaseNumber
  cooperation {
    partnerCountries
    jointInvestigationTeam
    jointInvestigationTeamName
  }
  contributors {
    organisation {
      id
      code
      name
    }
    invitedAt
    removedAt
  }
  contributions {
    id
    organisation {
      code
      name
    }
    category
    notedOn
    note
    createdAt
  }
}`) as unknown as TypedDocumentString<UpdateCaseComplexDetailsMutation, UpdateCaseComplexDetailsMutationVariables>;
export const InviteCaseComplexContributorDocument = new TypedDocumentString(`
    mutation InviteCaseComplexContributor($caseComplexId: ID!, $organisationCode: String!) {
  inviteCaseComplexContributor(
    caseComplexId: $caseComplexId
    organisationCode: $organisationCode
  ) {
    id
    ...ComplexJourneyParts
  }
}
    fragment ComplexJourneyParts on CaseComplex {
  policeJournalNumbers
  prosecutionCaseNumber
  cooperation {
    partnerCountries
    jointInvestigationTeam
    jointInvestigationTeamName
  }
  contributors {
    organisation {
      id
      code
      name
    }
    invitedAt
    removedAt
  }
  contributions {
    id
    organisation {
      code
      name
    }
    category
    notedOn
    note
    createdAt
  }
}`) as unknown as TypedDocumentString<InviteCaseComplexContributorMutation, InviteCaseComplexContributorMutationVariables>;
export const RemoveCaseComplexContributorDocument = new TypedDocumentString(`
    mutation RemoveCaseComplexContributor($caseComplexId: ID!, $organisationCode: String!) {
  removeCaseComplexContributor(
    caseComplexId: $caseComplexId
    organisationCode: $organisationCode
  ) {
    id
    ...ComplexJourneyParts
  }
}
    fragment ComplexJourneyParts on CaseComplex {
  policeJournalNumbers
  prosecutionCaseNumber
  cooperation {
    partnerCountries
    jointInvestigationTeam
    jointInvestigationTeamName
  }
  contributors {
    organisation {
      id
      code
      name
    }
    invitedAt
    removedAt
  }
  contributions {
    id
    organisation {
      code
      name
    }
    category
    notedOn
    note
    createdAt
  }
}`) as unknown as TypedDocumentString<RemoveCaseComplexContributorMutation, RemoveCaseComplexContributorMutationVariables>;
export const AddCaseComplexContributionDocument = new TypedDocumentString(`
    mutation AddCaseComplexContribution($caseComplexId: ID!, $input: CaseComplexContributionInput!) {
  addCaseComplexContribution(caseComplexId: $caseComplexId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddCaseComplexContributionMutation, AddCaseComplexContributionMutationVariables>;
export const CriminalJusticeDocument = new TypedDocumentString(`
    query CriminalJustice($year: Int!, $region: Region) {
  statistics(year: $year, region: $region) {
    year
    criminalJustice {
      year
      provisionGroup
      charged
      indicted
      convicted
      acquitted
      historical
    }
    byIndicator {
      key
      count
    }
    inquiries {
      total
      byKind {
        key
        count
      }
      bySource {
        key
        count
      }
      byOutcome {
        key
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CriminalJusticeQuery, CriminalJusticeQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($unreadOnly: Boolean) {
  notifications(unreadOnly: $unreadOnly) {
    id
    kind
    title
    titleEn
    link
    createdAt
    readAt
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationReadDocument = new TypedDocumentString(`
    mutation MarkNotificationRead($id: ID!) {
  markNotificationRead(id: $id) {
    id
    readAt
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const OperationsDocument = new TypedDocumentString(`
    query Operations($filter: OperationFilter, $first: Int, $after: String) {
  operations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...OperationListItem
      }
    }
  }
}
    fragment OperationListItem on Operation {
  id
  codename
  state
  region
  sector
  startsAt
  endsAt
  leadOrganisation {
    id
    code
    name
  }
  myInvitation {
    status
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}`) as unknown as TypedDocumentString<OperationsQuery, OperationsQueryVariables>;
export const OperationDocument = new TypedDocumentString(`
    query Operation($id: ID!) {
  operation(id: $id) {
    ...OperationDetail
  }
}
    fragment OperationListItem on Operation {
  id
  codename
  state
  region
  sector
  startsAt
  endsAt
  leadOrganisation {
    id
    code
    name
  }
  myInvitation {
    status
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment Invitation on OperationInvitation {
  organisation {
    id
    code
    name
  }
  status
  invitedAt
  respondedAt
  attendees {
    id
    name
  }
  note
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
}
fragment AttendeeConflictItem on AttendeeConflict {
  attendee {
    id
    name
  }
  startsAt
  endsAt
  operation {
    id
    codename
  }
}
fragment OperationDetail on Operation {
  ...OperationListItem
  version
  erasedAt
  objective
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
    requestedAt
    updatedAt
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    ...AttendeeConflictItem
  }
  invitations {
    ...Invitation
  }
  myInvitation {
    ...Invitation
  }
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      id
      code
      name
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
    recordedAt
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  referrals(first: 50) {
    totalCount
    edges {
      node {
        id
        reference
        state
      }
    }
  }
}`) as unknown as TypedDocumentString<OperationQuery, OperationQueryVariables>;
export const AttendeeCandidatesDocument = new TypedDocumentString(`
    query AttendeeCandidates($operationId: ID!) {
  operationAttendeeCandidates(operationId: $operationId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AttendeeCandidatesQuery, AttendeeCandidatesQueryVariables>;
export const OrganisationsDocument = new TypedDocumentString(`
    query Organisations {
  organisations {
    id
    code
    name
    kind
    region
  }
}
    `) as unknown as TypedDocumentString<OrganisationsQuery, OrganisationsQueryVariables>;
export const CreateOperationDocument = new TypedDocumentString(`
    mutation CreateOperation($input: CreateOperationInput!) {
  createOperation(input: $input) {
    ...OperationDetail
  }
}
    fragment OperationListItem on Operation {
  id
  codename
  state
  region
  sector
  startsAt
  endsAt
  leadOrganisation {
    id
    code
    name
  }
  myInvitation {
    status
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment Invitation on OperationInvitation {
  organisation {
    id
    code
    name
  }
  status
  invitedAt
  respondedAt
  attendees {
    id
    name
  }
  note
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
}
fragment AttendeeConflictItem on AttendeeConflict {
  attendee {
    id
    name
  }
  startsAt
  endsAt
  operation {
    id
    codename
  }
}
fragment OperationDetail on Operation {
  ...OperationListItem
  version
  erasedAt
  objective
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
    requestedAt
    updatedAt
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    ...AttendeeConflictItem
  }
  invitations {
    ...Invitation
  }
  myInvitation {
    ...Invitation
  }
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      id
      code
      name
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
    recordedAt
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  referrals(first: 50) {
    totalCount
    edges {
      node {
        id
        reference
        state
      }
    }
  }
}`) as unknown as TypedDocumentString<CreateOperationMutation, CreateOperationMutationVariables>;
export const InviteToOperationDocument = new TypedDocumentString(`
    mutation InviteToOperation($id: ID!, $codes: [String!]!, $confirmDoubleBooking: Boolean, $doubleBookingReason: String) {
  inviteToOperation(
    id: $id
    organisationCodes: $codes
    confirmDoubleBooking: $confirmDoubleBooking
    doubleBookingReason: $doubleBookingReason
  ) {
    ...OperationDetail
  }
}
    fragment OperationListItem on Operation {
  id
  codename
  state
  region
  sector
  startsAt
  endsAt
  leadOrganisation {
    id
    code
    name
  }
  myInvitation {
    status
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment Invitation on OperationInvitation {
  organisation {
    id
    code
    name
  }
  status
  invitedAt
  respondedAt
  attendees {
    id
    name
  }
  note
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
}
fragment AttendeeConflictItem on AttendeeConflict {
  attendee {
    id
    name
  }
  startsAt
  endsAt
  operation {
    id
    codename
  }
}
fragment OperationDetail on Operation {
  ...OperationListItem
  version
  erasedAt
  objective
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
    requestedAt
    updatedAt
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    ...AttendeeConflictItem
  }
  invitations {
    ...Invitation
  }
  myInvitation {
    ...Invitation
  }
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      id
      code
      name
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
    recordedAt
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  referrals(first: 50) {
    totalCount
    edges {
      node {
        id
        reference
        state
      }
    }
  }
}`) as unknown as TypedDocumentString<InviteToOperationMutation, InviteToOperationMutationVariables>;
export const UpdateOperationDocument = new TypedDocumentString(`
    mutation UpdateOperation($id: ID!, $version: Int!, $input: UpdateOperationInput!, $confirmDoubleBooking: Boolean, $doubleBookingReason: String) {
  updateOperation(
    id: $id
    version: $version
    input: $input
    confirmDoubleBooking: $confirmDoubleBooking
    doubleBookingReason: $doubleBookingReason
  ) {
    ...OperationDetail
  }
}
    fragment OperationListItem on Operation {
  id
  codename
  state
  region
  sector
  startsAt
  endsAt
  leadOrganisation {
    id
    code
    name
  }
  myInvitation {
    status
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment Invitation on OperationInvitation {
  organisation {
    id
    code
    name
  }
  status
  invitedAt
  respondedAt
  attendees {
    id
    name
  }
  note
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
}
fragment AttendeeConflictItem on AttendeeConflict {
  attendee {
    id
    name
  }
  startsAt
  endsAt
  operation {
    id
    codename
  }
}
fragment OperationDetail on Operation {
  ...OperationListItem
  version
  erasedAt
  objective
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
    requestedAt
    updatedAt
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    ...AttendeeConflictItem
  }
  invitations {
    ...Invitation
  }
  myInvitation {
    ...Invitation
  }
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      id
      code
      name
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
    recordedAt
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  referrals(first: 50) {
    totalCount
    edges {
      node {
        id
        reference
        state
      }
    }
  }
}`) as unknown as TypedDocumentString<UpdateOperationMutation, UpdateOperationMutationVariables>;
export const RespondToInvitationDocument = new TypedDocumentString(`
    mutation RespondToInvitation($operationId: ID!, $accept: Boolean!, $attendeeUserIds: [ID!], $note: String, $confirmDoubleBooking: Boolean, $doubleBookingReason: String) {
  respondToInvitation(
    operationId: $operationId
    accept: $accept
    attendeeUserIds: $attendeeUserIds
    note: $note
    confirmDoubleBooking: $confirmDoubleBooking
    doubleBookingReason: $doubleBookingReason
  ) {
    ...OperationDetail
  }
}
    fragment OperationListItem on Operation {
  id
  codename
  state
  region
  sector
  startsAt
  endsAt
  leadOrganisation {
    id
    code
    name
  }
  myInvitation {
    status
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment Invitation on OperationInvitation {
  organisation {
    id
    code
    name
  }
  status
  invitedAt
  respondedAt
  attendees {
    id
    name
  }
  note
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
}
fragment AttendeeConflictItem on AttendeeConflict {
  attendee {
    id
    name
  }
  startsAt
  endsAt
  operation {
    id
    codename
  }
}
fragment OperationDetail on Operation {
  ...OperationListItem
  version
  erasedAt
  objective
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
    requestedAt
    updatedAt
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    ...AttendeeConflictItem
  }
  invitations {
    ...Invitation
  }
  myInvitation {
    ...Invitation
  }
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      id
      code
      name
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
    recordedAt
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  referrals(first: 50) {
    totalCount
    edges {
      node {
        id
        reference
        state
      }
    }
  }
}`) as unknown as TypedDocumentString<RespondToInvitationMutation, RespondToInvitationMutationVariables>;
export const AttendeeConflictsDocument = new TypedDocumentString(`
    query AttendeeConflicts($operationId: ID!, $userIds: [ID!]!) {
  attendeeConflicts(operationId: $operationId, userIds: $userIds) {
    ...AttendeeConflictItem
  }
}
    fragment AttendeeConflictItem on AttendeeConflict {
  attendee {
    id
    name
  }
  startsAt
  endsAt
  operation {
    id
    codename
  }
}`) as unknown as TypedDocumentString<AttendeeConflictsQuery, AttendeeConflictsQueryVariables>;
export const NameOperationAttendeesDocument = new TypedDocumentString(`
    mutation NameOperationAttendees($operationId: ID!, $userIds: [ID!]!, $confirmDoubleBooking: Boolean, $doubleBookingReason: String) {
  nameOperationAttendees(
    operationId: $operationId
    userIds: $userIds
    confirmDoubleBooking: $confirmDoubleBooking
    doubleBookingReason: $doubleBookingReason
  ) {
    ...OperationDetail
  }
}
    fragment OperationListItem on Operation {
  id
  codename
  state
  region
  sector
  startsAt
  endsAt
  leadOrganisation {
    id
    code
    name
  }
  myInvitation {
    status
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment Invitation on OperationInvitation {
  organisation {
    id
    code
    name
  }
  status
  invitedAt
  respondedAt
  attendees {
    id
    name
  }
  note
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
}
fragment AttendeeConflictItem on AttendeeConflict {
  attendee {
    id
    name
  }
  startsAt
  endsAt
  operation {
    id
    codename
  }
}
fragment OperationDetail on Operation {
  ...OperationListItem
  version
  erasedAt
  objective
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
    requestedAt
    updatedAt
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    ...AttendeeConflictItem
  }
  invitations {
    ...Invitation
  }
  myInvitation {
    ...Invitation
  }
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      id
      code
      name
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
    recordedAt
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  referrals(first: 50) {
    totalCount
    edges {
      node {
        id
        reference
        state
      }
    }
  }
}`) as unknown as TypedDocumentString<NameOperationAttendeesMutation, NameOperationAttendeesMutationVariables>;
export const RequestInterpreterDocument = new TypedDocumentString(`
    mutation RequestInterpreter($operationId: ID!, $language: String!, $provider: String) {
  requestInterpreter(
    operationId: $operationId
    language: $language
    provider: $provider
  ) {
    ...OperationDetail
  }
}
    fragment OperationListItem on Operation {
  id
  codename
  state
  region
  sector
  startsAt
  endsAt
  leadOrganisation {
    id
    code
    name
  }
  myInvitation {
    status
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment Invitation on OperationInvitation {
  organisation {
    id
    code
    name
  }
  status
  invitedAt
  respondedAt
  attendees {
    id
    name
  }
  note
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
}
fragment AttendeeConflictItem on AttendeeConflict {
  attendee {
    id
    name
  }
  startsAt
  endsAt
  operation {
    id
    codename
  }
}
fragment OperationDetail on Operation {
  ...OperationListItem
  version
  erasedAt
  objective
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
    requestedAt
    updatedAt
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    ...AttendeeConflictItem
  }
  invitations {
    ...Invitation
  }
  myInvitation {
    ...Invitation
  }
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      id
      code
      name
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
    recordedAt
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  referrals(first: 50) {
    totalCount
    edges {
      node {
        id
        reference
        state
      }
    }
  }
}`) as unknown as TypedDocumentString<RequestInterpreterMutation, RequestInterpreterMutationVariables>;
export const SetInterpreterStatusDocument = new TypedDocumentString(`
    mutation SetInterpreterStatus($operationId: ID!, $interpreterId: ID!, $status: InterpreterStatus!, $provider: String) {
  setInterpreterStatus(
    operationId: $operationId
    interpreterId: $interpreterId
    status: $status
    provider: $provider
  ) {
    ...OperationDetail
  }
}
    fragment OperationListItem on Operation {
  id
  codename
  state
  region
  sector
  startsAt
  endsAt
  leadOrganisation {
    id
    code
    name
  }
  myInvitation {
    status
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment Invitation on OperationInvitation {
  organisation {
    id
    code
    name
  }
  status
  invitedAt
  respondedAt
  attendees {
    id
    name
  }
  note
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
}
fragment AttendeeConflictItem on AttendeeConflict {
  attendee {
    id
    name
  }
  startsAt
  endsAt
  operation {
    id
    codename
  }
}
fragment OperationDetail on Operation {
  ...OperationListItem
  version
  erasedAt
  objective
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
    requestedAt
    updatedAt
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    ...AttendeeConflictItem
  }
  invitations {
    ...Invitation
  }
  myInvitation {
    ...Invitation
  }
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      id
      code
      name
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
    recordedAt
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  referrals(first: 50) {
    totalCount
    edges {
      node {
        id
        reference
        state
      }
    }
  }
}`) as unknown as TypedDocumentString<SetInterpreterStatusMutation, SetInterpreterStatusMutationVariables>;
export const UnconfirmedInterpretersDocument = new TypedDocumentString(`
    query UnconfirmedInterpreters {
  unconfirmedInterpreters {
    operation {
      id
      codename
      startsAt
    }
    interpreter {
      id
      language
      status
      provider
    }
  }
}
    `) as unknown as TypedDocumentString<UnconfirmedInterpretersQuery, UnconfirmedInterpretersQueryVariables>;
export const MyCalendarFeedDocument = new TypedDocumentString(`
    query MyCalendarFeed {
  myCalendarFeed {
    createdAt
  }
}
    `) as unknown as TypedDocumentString<MyCalendarFeedQuery, MyCalendarFeedQueryVariables>;
export const CreateCalendarFeedDocument = new TypedDocumentString(`
    mutation CreateCalendarFeed {
  createCalendarFeed {
    url
    feed {
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = new TypedDocumentString(`
    mutation RevokeCalendarFeed {
  revokeCalendarFeed
}
    `) as unknown as TypedDocumentString<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const ConfirmOperationDocument = new TypedDocumentString(`
    mutation ConfirmOperation($id: ID!) {
  confirmOperation(id: $id) {
    ...OperationDetail
  }
}
    fragment OperationListItem on Operation {
  id
  codename
  state
  region
  sector
  startsAt
  endsAt
  leadOrganisation {
    id
    code
    name
  }
  myInvitation {
    status
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment Invitation on OperationInvitation {
  organisation {
    id
    code
    name
  }
  status
  invitedAt
  respondedAt
  attendees {
    id
    name
  }
  note
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
}
fragment AttendeeConflictItem on AttendeeConflict {
  attendee {
    id
    name
  }
  startsAt
  endsAt
  operation {
    id
    codename
  }
}
fragment OperationDetail on Operation {
  ...OperationListItem
  version
  erasedAt
  objective
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
    requestedAt
    updatedAt
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    ...AttendeeConflictItem
  }
  invitations {
    ...Invitation
  }
  myInvitation {
    ...Invitation
  }
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      id
      code
      name
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
    recordedAt
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  referrals(first: 50) {
    totalCount
    edges {
      node {
        id
        reference
        state
      }
    }
  }
}`) as unknown as TypedDocumentString<ConfirmOperationMutation, ConfirmOperationMutationVariables>;
export const StartOperationDocument = new TypedDocumentString(`
    mutation StartOperation($id: ID!) {
  startOperation(id: $id) {
    ...OperationDetail
  }
}
    fragment OperationListItem on Operation {
  id
  codename
  state
  region
  sector
  startsAt
  endsAt
  leadOrganisation {
    id
    code
    name
  }
  myInvitation {
    status
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment Invitation on OperationInvitation {
  organisation {
    id
    code
    name
  }
  status
  invitedAt
  respondedAt
  attendees {
    id
    name
  }
  note
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
}
fragment AttendeeConflictItem on AttendeeConflict {
  attendee {
    id
    name
  }
  startsAt
  endsAt
  operation {
    id
    codename
  }
}
fragment OperationDetail on Operation {
  ...OperationListItem
  version
  erasedAt
  objective
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
    requestedAt
    updatedAt
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    ...AttendeeConflictItem
  }
  invitations {
    ...Invitation
  }
  myInvitation {
    ...Invitation
  }
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      id
      code
      name
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
    recordedAt
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  referrals(first: 50) {
    totalCount
    edges {
      node {
        id
        reference
        state
      }
    }
  }
}`) as unknown as TypedDocumentString<StartOperationMutation, StartOperationMutationVariables>;
export const CompleteOperationDocument = new TypedDocumentString(`
    mutation CompleteOperation($id: ID!) {
  completeOperation(id: $id) {
    ...OperationDetail
  }
}
    fragment OperationListItem on Operation {
  id
  codename
  state
  region
  sector
  startsAt
  endsAt
  leadOrganisation {
    id
    code
    name
  }
  myInvitation {
    status
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment Invitation on OperationInvitation {
  organisation {
    id
    code
    name
  }
  status
  invitedAt
  respondedAt
  attendees {
    id
    name
  }
  note
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
}
fragment AttendeeConflictItem on AttendeeConflict {
  attendee {
    id
    name
  }
  startsAt
  endsAt
  operation {
    id
    codename
  }
}
fragment OperationDetail on Operation {
  ...OperationListItem
  version
  erasedAt
  objective
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
    requestedAt
    updatedAt
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    ...AttendeeConflictItem
  }
  invitations {
    ...Invitation
  }
  myInvitation {
    ...Invitation
  }
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      id
      code
      name
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
    recordedAt
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  referrals(first: 50) {
    totalCount
    edges {
      node {
        id
        reference
        state
      }
    }
  }
}`) as unknown as TypedDocumentString<CompleteOperationMutation, CompleteOperationMutationVariables>;
export const CancelOperationDocument = new TypedDocumentString(`
    mutation CancelOperation($id: ID!, $reason: String!) {
  cancelOperation(id: $id, reason: $reason) {
    ...OperationDetail
  }
}
    fragment OperationListItem on Operation {
  id
  codename
  state
  region
  sector
  startsAt
  endsAt
  leadOrganisation {
    id
    code
    name
  }
  myInvitation {
    status
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment Invitation on OperationInvitation {
  organisation {
    id
    code
    name
  }
  status
  invitedAt
  respondedAt
  attendees {
    id
    name
  }
  note
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
}
fragment AttendeeConflictItem on AttendeeConflict {
  attendee {
    id
    name
  }
  startsAt
  endsAt
  operation {
    id
    codename
  }
}
fragment OperationDetail on Operation {
  ...OperationListItem
  version
  erasedAt
  objective
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
    requestedAt
    updatedAt
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    ...AttendeeConflictItem
  }
  invitations {
    ...Invitation
  }
  myInvitation {
    ...Invitation
  }
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      id
      code
      name
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
    recordedAt
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  referrals(first: 50) {
    totalCount
    edges {
      node {
        id
        reference
        state
      }
    }
  }
}`) as unknown as TypedDocumentString<CancelOperationMutation, CancelOperationMutationVariables>;
export const RecordOperationOutcomeDocument = new TypedDocumentString(`
    mutation RecordOperationOutcome($operationId: ID!, $input: OperationOutcomeInput!) {
  recordOperationOutcome(operationId: $operationId, input: $input) {
    ...OperationDetail
  }
}
    fragment OperationListItem on Operation {
  id
  codename
  state
  region
  sector
  startsAt
  endsAt
  leadOrganisation {
    id
    code
    name
  }
  myInvitation {
    status
  }
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
fragment Invitation on OperationInvitation {
  organisation {
    id
    code
    name
  }
  status
  invitedAt
  respondedAt
  attendees {
    id
    name
  }
  note
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
}
fragment AttendeeConflictItem on AttendeeConflict {
  attendee {
    id
    name
  }
  startsAt
  endsAt
  operation {
    id
    codename
  }
}
fragment OperationDetail on Operation {
  ...OperationListItem
  version
  erasedAt
  objective
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
    requestedAt
    updatedAt
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    ...AttendeeConflictItem
  }
  invitations {
    ...Invitation
  }
  myInvitation {
    ...Invitation
  }
  conflicts {
    organisation {
      id
      code
      name
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      id
      code
      name
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
    recordedAt
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  referrals(first: 50) {
    totalCount
    edges {
      node {
        id
        reference
        state
      }
    }
  }
}`) as unknown as TypedDocumentString<RecordOperationOutcomeMutation, RecordOperationOutcomeMutationVariables>;
export const ReferenceGroupReviewDocument = new TypedDocumentString(`
    query ReferenceGroupReview($region: Region, $from: Date, $to: Date, $period: ReviewPeriod) {
  referenceGroupReview(region: $region, from: $from, to: $to, period: $period) {
    region
    from
    to
    byState {
      ...ReviewTableItem
    }
    byUrgency {
      ...ReviewTableItem
    }
    byExploitationForm {
      ...ReviewTableItem
    }
    bySector {
      ...ReviewTableItem
    }
    byReferringOrganisationKind {
      ...ReviewTableItem
    }
    byAssessmentDecision {
      ...ReviewTableItem
    }
    byGender {
      ...ReviewTableItem
    }
    byAgeBand {
      ...ReviewTableItem
    }
    overdue {
      reference
      suspectedExploitation
      deadline
      daysOverdue
      receivingOrganisation {
        id
        code
        name
      }
    }
    deadlines {
      acknowledgement {
        ...ReviewDeadlineItem
      }
      interview {
        ...ReviewDeadlineItem
      }
    }
    medianDays {
      toAcknowledgement {
        days
        basedOn {
          ...ReviewCell
        }
      }
      toInterview {
        days
        basedOn {
          ...ReviewCell
        }
      }
      toAssessment {
        days
        basedOn {
          ...ReviewCell
        }
      }
    }
    cases {
      id
      reference
      pseudonym
      region
      suspectedExploitation
      sector
      state
      submittedAt
      acknowledgementInTime
      interviewInTime
      notes {
        ...ReviewNoteItem
      }
    }
    notes {
      ...ReviewNoteItem
    }
    recommendations {
      ...ReviewNoteItem
    }
    mayAddNotes
  }
}
    fragment ReviewCell on ReviewCount {
  key
  count
  display
  suppression
}
fragment ReviewTableItem on ReviewTable {
  rows {
    ...ReviewCell
  }
  total {
    ...ReviewCell
  }
  personal
}
fragment ReviewNoteItem on ReviewNote {
  id
  periodFrom
  periodTo
  text
  authorName
  authorOrganisation {
    id
    code
    name
  }
  createdAt
  referenceGroup
  region
  referralId
  referralReference
  recommendation
}
fragment ReviewDeadlineItem on ReviewDeadlineFigures {
  met
  missed
  pending
}`) as unknown as TypedDocumentString<ReferenceGroupReviewQuery, ReferenceGroupReviewQueryVariables>;
export const AddReviewNoteDocument = new TypedDocumentString(`
    mutation AddReviewNote($region: Region!, $periodFrom: Date!, $periodTo: Date!, $text: String!, $referralId: ID, $recommendation: Boolean) {
  addReviewNote(
    region: $region
    periodFrom: $periodFrom
    periodTo: $periodTo
    text: $text
    referralId: $referralId
    recommendation: $recommendation
  ) {
    ...ReviewNoteItem
  }
}
    fragment ReviewNoteItem on ReviewNote {
  id
  periodFrom
  periodTo
  text
  authorName
  authorOrganisation {
    id
    code
    name
  }
  createdAt
  referenceGroup
  region
  referralId
  referralReference
  recommendation
}`) as unknown as TypedDocumentString<AddReviewNoteMutation, AddReviewNoteMutationVariables>;
export const ReferralsDocument = new TypedDocumentString(`
    query Referrals($filter: ReferralFilter, $first: Int, $after: String) {
  referrals(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ReferralListItem
      }
    }
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReferralsQuery, ReferralsQueryVariables>;
export const ReferralDocument = new TypedDocumentString(`
    query Referral($id: ID!) {
  referral(id: $id) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<ReferralQuery, ReferralQueryVariables>;
export const CreateReferralDocument = new TypedDocumentString(`
    mutation CreateReferral($input: CreateReferralInput!) {
  createReferral(input: $input) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<CreateReferralMutation, CreateReferralMutationVariables>;
export const UpdateReferralDocument = new TypedDocumentString(`
    mutation UpdateReferral($id: ID!, $version: Int!, $input: UpdateReferralInput!) {
  updateReferral(id: $id, version: $version, input: $input) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<UpdateReferralMutation, UpdateReferralMutationVariables>;
export const SubmitReferralDocument = new TypedDocumentString(`
    mutation SubmitReferral($id: ID!) {
  submitReferral(id: $id) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<SubmitReferralMutation, SubmitReferralMutationVariables>;
export const WithdrawReferralDocument = new TypedDocumentString(`
    mutation WithdrawReferral($id: ID!, $reason: String!) {
  withdrawReferral(id: $id, reason: $reason) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<WithdrawReferralMutation, WithdrawReferralMutationVariables>;
export const AcknowledgeReferralDocument = new TypedDocumentString(`
    mutation AcknowledgeReferral($id: ID!) {
  acknowledgeReferral(id: $id) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<AcknowledgeReferralMutation, AcknowledgeReferralMutationVariables>;
export const ForwardReferralDocument = new TypedDocumentString(`
    mutation ForwardReferral($id: ID!, $to: String!, $reason: String!) {
  forwardReferral(id: $id, toOrganisationCode: $to, reason: $reason) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<ForwardReferralMutation, ForwardReferralMutationVariables>;
export const ScheduleInterviewDocument = new TypedDocumentString(`
    mutation ScheduleInterview($id: ID!, $at: DateTime!) {
  scheduleIdentificationInterview(id: $id, at: $at) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<ScheduleInterviewMutation, ScheduleInterviewMutationVariables>;
export const RecordAssessmentDocument = new TypedDocumentString(`
    mutation RecordAssessment($id: ID!, $input: AssessmentInput!) {
  recordAssessment(id: $id, input: $input) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const StartReflectionDocument = new TypedDocumentString(`
    mutation StartReflection($id: ID!, $startsOn: Date!, $days: Int) {
  startReflectionPeriod(id: $id, startsOn: $startsOn, days: $days) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<StartReflectionMutation, StartReflectionMutationVariables>;
export const ExtendReflectionDocument = new TypedDocumentString(`
    mutation ExtendReflection($id: ID!, $days: Int!, $reason: String!) {
  extendReflectionPeriod(id: $id, days: $days, reason: $reason) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<ExtendReflectionMutation, ExtendReflectionMutationVariables>;
export const RecordRepresentativeDocument = new TypedDocumentString(`
    mutation RecordRepresentative($id: ID!, $name: String!, $appointedBy: String!) {
  recordRepresentative(id: $id, name: $name, appointedBy: $appointedBy) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<RecordRepresentativeMutation, RecordRepresentativeMutationVariables>;
export const CloseReferralDocument = new TypedDocumentString(`
    mutation CloseReferral($id: ID!, $outcome: ReferralOutcome!, $note: String) {
  closeReferral(id: $id, outcome: $outcome, note: $note) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<CloseReferralMutation, CloseReferralMutationVariables>;
export const CorrectSubjectDataDocument = new TypedDocumentString(`
    mutation CorrectSubjectData($id: ID!, $version: Int!, $input: SubjectCorrectionInput!, $reason: String!) {
  correctSubjectData(id: $id, version: $version, input: $input, reason: $reason) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<CorrectSubjectDataMutation, CorrectSubjectDataMutationVariables>;
export const ConfirmSubjectMatchDocument = new TypedDocumentString(`
    mutation ConfirmSubjectMatch($referralId: ID!, $subjectId: ID!) {
  confirmSubjectMatch(referralId: $referralId, subjectId: $subjectId) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<ConfirmSubjectMatchMutation, ConfirmSubjectMatchMutationVariables>;
export const DismissSubjectMatchDocument = new TypedDocumentString(`
    mutation DismissSubjectMatch($referralId: ID!, $subjectId: ID!) {
  dismissSubjectMatch(referralId: $referralId, subjectId: $subjectId) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<DismissSubjectMatchMutation, DismissSubjectMatchMutationVariables>;
export const UnmergeSubjectsDocument = new TypedDocumentString(`
    mutation UnmergeSubjects($mergeId: ID!) {
  unmergeSubjects(mergeId: $mergeId) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<UnmergeSubjectsMutation, UnmergeSubjectsMutationVariables>;
export const ReferralAssigneeCandidatesDocument = new TypedDocumentString(`
    query ReferralAssigneeCandidates {
  referralAssigneeCandidates {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ReferralAssigneeCandidatesQuery, ReferralAssigneeCandidatesQueryVariables>;
export const AssignReferralDocument = new TypedDocumentString(`
    mutation AssignReferral($id: ID!, $assigneeId: ID!, $deputyId: ID) {
  assignReferral(id: $id, assigneeId: $assigneeId, deputyId: $deputyId) {
    id
    assignee {
      id
      name
    }
    deputy {
      id
      name
    }
    mayReassign
  }
}
    `) as unknown as TypedDocumentString<AssignReferralMutation, AssignReferralMutationVariables>;
export const AdminServiceAccountsDocument = new TypedDocumentString(`
    query AdminServiceAccounts {
  serviceAccounts {
    ...AdminServiceAccount
  }
}
    fragment AdminServiceAccount on ServiceAccount {
  id
  clientId
  name
  roles
  purpose
  active
  createdAt
  secretRotatedAt
  deactivatedAt
}`) as unknown as TypedDocumentString<AdminServiceAccountsQuery, AdminServiceAccountsQueryVariables>;
export const CreateServiceAccountDocument = new TypedDocumentString(`
    mutation CreateServiceAccount($input: CreateServiceAccountInput!) {
  createServiceAccount(input: $input) {
    serviceAccount {
      ...AdminServiceAccount
    }
    clientSecret
  }
}
    fragment AdminServiceAccount on ServiceAccount {
  id
  clientId
  name
  roles
  purpose
  active
  createdAt
  secretRotatedAt
  deactivatedAt
}`) as unknown as TypedDocumentString<CreateServiceAccountMutation, CreateServiceAccountMutationVariables>;
export const RotateServiceAccountSecretDocument = new TypedDocumentString(`
    mutation RotateServiceAccountSecret($id: ID!) {
  rotateServiceAccountSecret(id: $id) {
    serviceAccount {
      ...AdminServiceAccount
    }
    clientSecret
  }
}
    fragment AdminServiceAccount on ServiceAccount {
  id
  clientId
  name
  roles
  purpose
  active
  createdAt
  secretRotatedAt
  deactivatedAt
}`) as unknown as TypedDocumentString<RotateServiceAccountSecretMutation, RotateServiceAccountSecretMutationVariables>;
export const DeactivateServiceAccountDocument = new TypedDocumentString(`
    mutation DeactivateServiceAccount($id: ID!) {
  deactivateServiceAccount(id: $id) {
    ...AdminServiceAccount
  }
}
    fragment AdminServiceAccount on ServiceAccount {
  id
  clientId
  name
  roles
  purpose
  active
  createdAt
  secretRotatedAt
  deactivatedAt
}`) as unknown as TypedDocumentString<DeactivateServiceAccountMutation, DeactivateServiceAccountMutationVariables>;
export const AccessGrantsDocument = new TypedDocumentString(`
    query AccessGrants($referralId: ID!) {
  accessGrants(referralId: $referralId) {
    ...Grant
  }
}
    fragment Grant on AccessGrant {
  id
  organisation {
    id
    code
    name
  }
  level
  purpose
  legalBasis
  breakGlass
  userId
  justification
  expiresAt
  status
  grantedAt
}`) as unknown as TypedDocumentString<AccessGrantsQuery, AccessGrantsQueryVariables>;
export const AccessRequestsDocument = new TypedDocumentString(`
    query AccessRequests($state: AccessRequestState) {
  accessRequests(state: $state) {
    ...AccessRequestItem
  }
}
    fragment AccessRequestItem on AccessRequest {
  id
  referralId
  organisation {
    id
    code
    name
  }
  level
  purpose
  legalBasis
  reason
  state
  createdAt
  refusalReason
}`) as unknown as TypedDocumentString<AccessRequestsQuery, AccessRequestsQueryVariables>;
export const AccessRequestDocument = new TypedDocumentString(`
    query AccessRequest($id: ID!) {
  accessRequest(id: $id) {
    ...AccessRequestItem
  }
}
    fragment AccessRequestItem on AccessRequest {
  id
  referralId
  organisation {
    id
    code
    name
  }
  level
  purpose
  legalBasis
  reason
  state
  createdAt
  refusalReason
}`) as unknown as TypedDocumentString<AccessRequestQuery, AccessRequestQueryVariables>;
export const GrantAccessDocument = new TypedDocumentString(`
    mutation GrantAccess($input: GrantAccessInput!) {
  grantAccess(input: $input) {
    ...Grant
  }
}
    fragment Grant on AccessGrant {
  id
  organisation {
    id
    code
    name
  }
  level
  purpose
  legalBasis
  breakGlass
  userId
  justification
  expiresAt
  status
  grantedAt
}`) as unknown as TypedDocumentString<GrantAccessMutation, GrantAccessMutationVariables>;
export const RevokeAccessDocument = new TypedDocumentString(`
    mutation RevokeAccess($grantId: ID!, $reason: String!) {
  revokeAccess(grantId: $grantId, reason: $reason) {
    ...Grant
  }
}
    fragment Grant on AccessGrant {
  id
  organisation {
    id
    code
    name
  }
  level
  purpose
  legalBasis
  breakGlass
  userId
  justification
  expiresAt
  status
  grantedAt
}`) as unknown as TypedDocumentString<RevokeAccessMutation, RevokeAccessMutationVariables>;
export const BreakGlassDocument = new TypedDocumentString(`
    mutation BreakGlass($referralId: ID!, $justification: String!) {
  breakGlass(referralId: $referralId, justification: $justification) {
    ...Grant
  }
}
    fragment Grant on AccessGrant {
  id
  organisation {
    id
    code
    name
  }
  level
  purpose
  legalBasis
  breakGlass
  userId
  justification
  expiresAt
  status
  grantedAt
}`) as unknown as TypedDocumentString<BreakGlassMutation, BreakGlassMutationVariables>;
export const RequestAccessDocument = new TypedDocumentString(`
    mutation RequestAccess($input: RequestAccessInput!) {
  requestAccess(input: $input) {
    ...AccessRequestItem
  }
}
    fragment AccessRequestItem on AccessRequest {
  id
  referralId
  organisation {
    id
    code
    name
  }
  level
  purpose
  legalBasis
  reason
  state
  createdAt
  refusalReason
}`) as unknown as TypedDocumentString<RequestAccessMutation, RequestAccessMutationVariables>;
export const ApproveAccessRequestDocument = new TypedDocumentString(`
    mutation ApproveAccessRequest($id: ID!, $expiresAt: DateTime!) {
  approveAccessRequest(id: $id, expiresAt: $expiresAt) {
    ...AccessRequestItem
  }
}
    fragment AccessRequestItem on AccessRequest {
  id
  referralId
  organisation {
    id
    code
    name
  }
  level
  purpose
  legalBasis
  reason
  state
  createdAt
  refusalReason
}`) as unknown as TypedDocumentString<ApproveAccessRequestMutation, ApproveAccessRequestMutationVariables>;
export const RefuseAccessRequestDocument = new TypedDocumentString(`
    mutation RefuseAccessRequest($id: ID!, $reason: String!) {
  refuseAccessRequest(id: $id, reason: $reason) {
    ...AccessRequestItem
  }
}
    fragment AccessRequestItem on AccessRequest {
  id
  referralId
  organisation {
    id
    code
    name
  }
  level
  purpose
  legalBasis
  reason
  state
  createdAt
  refusalReason
}`) as unknown as TypedDocumentString<RefuseAccessRequestMutation, RefuseAccessRequestMutationVariables>;
export const RecordConsentDocument = new TypedDocumentString(`
    mutation RecordConsent($referralId: ID!, $toDisclosure: Consent!, $toReferral: Consent, $note: String!, $version: Int) {
  recordConsent(
    referralId: $referralId
    toDisclosure: $toDisclosure
    toReferral: $toReferral
    note: $note
    version: $version
  ) {
    ...ReferralDetail
  }
}
    fragment OrgName on Organisation {
  id
  code
  name
  kind
}
fragment ReferralListItem on Referral {
  id
  reference
  state
  urgency
  minor
  region
  overdue
  createdAt
  suspectedExploitation
  deadlines {
    acknowledgeBy
    interviewBy
  }
  subject {
    id
    pseudonym
  }
  referringOrganisation {
    ...OrgName
  }
  receivingOrganisation {
    ...OrgName
  }
  interviewAt
  access {
    level
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  assignee {
    id
    name
  }
}
fragment ReferralDetail on Referral {
  ...ReferralListItem
  version
  allowedActions
  deputy {
    id
    name
  }
  mayReassign
  sector
  location
  operationId
  submittedAt
  acknowledgedAt
  interviewAt
  narrative
  indicators
  indicatorCodes
  receivingOrganisation {
    ...OrgName
  }
  competentAuthority {
    ...OrgName
  }
  subject {
    id
    pseudonym
    gender
    nationality
    ageBand
    languages
    residenceStatus
    identity {
      name
      alias
      dateOfBirth
      estimatedAge
    }
    contact
    whereabouts
  }
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      ...OrgName
    }
  }
  reflectionPeriod {
    startsOn
    endsOn
    totalDays
  }
  representative {
    name
    appointedBy
    recordedAt
  }
  outcome
  consent {
    toReferral
    toDisclosure
  }
  timeline {
    id
    action
    fromState
    toState
    at
    organisation {
      ...OrgName
    }
    actorName
    note
    addendum {
      indicatorCodes
      indicators
      narrative
    }
  }
  corrections {
    event {
      id
    }
    values {
      field
      previous
      withheld
    }
  }
  possibleMatches {
    subjectId
    pseudonym
    score
    reasons
    referrals {
      id
      reference
    }
  }
  subjectMerges {
    id
    survivingPseudonym
    mergedPseudonym
    referralsMoved
    mergedAt
    mergedBy {
      ...OrgName
    }
    unmergedAt
    unmergedBy {
      ...OrgName
    }
  }
}`) as unknown as TypedDocumentString<RecordConsentMutation, RecordConsentMutationVariables>;
export const StatisticsDocument = new TypedDocumentString(`
    query Statistics($year: Int!, $region: Region) {
  statistics(year: $year, region: $region) {
    year
    region
    personsTrafficked
    sources {
      inSystem
      historical
    }
    byPrimaryExploitation {
      ...StatCount
    }
    byGender {
      ...StatCount
    }
    byNationality {
      ...StatCount
    }
    minors
    age {
      known
      unknown
      min
      max
      mean
    }
    byAuthority {
      ...StatCount
    }
    byFirstContactKind {
      ...StatCount
    }
    byFirstContactOrganisation {
      ...StatCount
    }
    interviews {
      held
      endedTrafficked
      shareTrafficked
    }
    referralsByOrganisation {
      organisation {
        id
        code
        name
      }
      referrals
      assessedTrafficked
    }
    closuresByOutcome {
      ...StatCount
    }
    preparedReturns
    series {
      year
      personsTrafficked
      interviewsHeld
      referrals
      preparedReturns
    }
  }
}
    fragment StatCount on StatisticsCount {
  key
  count
}`) as unknown as TypedDocumentString<StatisticsQuery, StatisticsQueryVariables>;
export const ImportHistoryDocument = new TypedDocumentString(`
    mutation ImportHistory($csv: String!) {
  importHistory(csv: $csv) {
    imported
    skipped
    errors {
      line
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ImportHistoryMutation, ImportHistoryMutationVariables>;
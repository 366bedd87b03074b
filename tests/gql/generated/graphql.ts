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

/** Who opened an access request. */
export type AccessRequestOrigin =
  /** A grant that went beyond the controller rule was capped at SUMMARY. */
  | 'CAPPED_GRANT'
  /** A case complex was handed over to the requesting organisation. */
  | 'HAND_OVER'
  /** The requesting organisation asked. */
  | 'REQUEST';

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

export type ConfirmAccessRequestInput = {
  legalBasis: string;
  /** Defaults to the level the hand-over asked for (OPERATIONAL). */
  level?: AccessLevel | null | undefined;
  purpose: AccessPurpose;
  reason: string;
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

export type JobRunStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

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

export type IndicatorFieldsFragment = { code: string, exploitationForm: ExploitationForm, labelDa: string, labelEn: string, sortOrder: number, active: boolean };

export type AddReferralAddendumMutationVariables = Exact<{
  id: string | number;
  input: ReferralAddendumInput;
}>;


export type AddReferralAddendumMutation = { addReferralAddendum: { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type ReferralAddendaQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralAddendaQuery = { referral: { id: string, state: ReferralState, indicators: Array<string> | null, indicatorCodes: Array<string> | null, narrative: string | null, allowedActions: Array<ReferralAction>, timeline: Array<{ id: string, action: string, toState: ReferralState, note: string | null, addendum: { indicatorCodes: Array<string>, indicators: Array<string>, narrative: string | null, createdAt: string } | null }> } | null };

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

export type AssignmentFieldsFragment = { id: string, state: ReferralState, version: number, mayReassign: boolean, assignee: { id: string, name: string } | null, deputy: { id: string, name: string } | null };

export type ReferralAssignmentQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralAssignmentQuery = { referral: { id: string, state: ReferralState, version: number, mayReassign: boolean, assignee: { id: string, name: string } | null, deputy: { id: string, name: string } | null } | null };

export type ReferralAssigneeCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferralAssigneeCandidatesQuery = { referralAssigneeCandidates: Array<{ id: string, name: string }> };

export type AcknowledgeAssigningMutationVariables = Exact<{
  id: string | number;
  assigneeId?: string | number | null | undefined;
  deputyId?: string | number | null | undefined;
}>;


export type AcknowledgeAssigningMutation = { acknowledgeReferral: { id: string, state: ReferralState, version: number, mayReassign: boolean, assignee: { id: string, name: string } | null, deputy: { id: string, name: string } | null } };

export type AssignReferralMutationVariables = Exact<{
  id: string | number;
  assigneeId: string | number;
  deputyId?: string | number | null | undefined;
}>;


export type AssignReferralMutation = { assignReferral: { id: string, state: ReferralState, version: number, mayReassign: boolean, assignee: { id: string, name: string } | null, deputy: { id: string, name: string } | null } };

export type AssignedReferralsQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
}>;


export type AssignedReferralsQuery = { referrals: { edges: Array<{ node: { id: string } }> } };

export type AuditEventsWithHitsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditEventsWithHitsQuery = { auditEvents: { totalCount: number, edges: Array<{ node: { seq: number, action: string, objectType: string | null, objectId: string | null, subjectId: string | null, dataCategory: string | null, actorUserId: string | null, hitCount: number | null, hits: Array<{ position: number, objectId: string, subjectId: string | null, dataCategory: string | null, purpose: string | null, details: string | null }> } }> } };

export type AuditEventFieldsFragment = { id: string, seq: number, at: string, actorUserId: string | null, actorRoles: Array<string>, action: string, objectType: string | null, objectId: string | null, subjectId: string | null, dataCategory: string | null, purpose: string | null, outcome: AuditOutcome, requestId: string | null, details: string | null, actorOrganisation: { code: string } | null };

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, seq: number, at: string, actorUserId: string | null, actorRoles: Array<string>, action: string, objectType: string | null, objectId: string | null, subjectId: string | null, dataCategory: string | null, purpose: string | null, outcome: AuditOutcome, requestId: string | null, details: string | null, actorOrganisation: { code: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditChainQuery = { verifyAuditChain: { ok: boolean, checked: number, firstBrokenId: string | null, firstBrokenCheckpoint: number | null, reason: string | null, headSeq: number, checkpointsChecked: number, recordsSinceLastCheckpoint: number, knownBadInputIds: Array<string>, warnings: Array<string>, lastCheckpoint: { seq: number, createdAt: string } | null } };

export type SubjectAccessReportInFullQueryVariables = Exact<{
  subjectId: string | number;
}>;


export type SubjectAccessReportInFullQuery = { subjectAccessReport: Array<{ id: string, seq: number, at: string, actorUserId: string | null, actorRoles: Array<string>, action: string, objectType: string | null, objectId: string | null, subjectId: string | null, dataCategory: string | null, purpose: string | null, outcome: AuditOutcome, requestId: string | null, details: string | null, actorOrganisation: { code: string } | null }> };

export type FindDataSubjectsQueryVariables = Exact<{
  name: string;
  dateOfBirth: string;
}>;


export type FindDataSubjectsQuery = { findDataSubjects: Array<{ subjectId: string, pseudonym: string, referrals: Array<string> }> };

export type AuthPayloadFieldsFragment = { accessToken: string, refreshToken: string, expiresAt: string, user: { id: string, email: string } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
  totp?: string | null | undefined;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string, expiresAt: string, user: { id: string, email: string } } };

export type RefreshMutationVariables = Exact<{
  refreshToken?: string | null | undefined;
}>;


export type RefreshMutation = { refresh: { accessToken: string, refreshToken: string, expiresAt: string, user: { id: string, email: string } } };

export type LogoutMutationVariables = Exact<{
  refreshToken?: string | null | undefined;
}>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string } };

export type RequestPasswordResetMutationVariables = Exact<{
  userId: string | number;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type ReferenceGroupMembersQueryVariables = Exact<{
  group?: ReferenceGroup | null | undefined;
}>;


export type ReferenceGroupMembersQuery = { referenceGroupMembers: Array<{ id: string, email: string, roles: Array<Role>, referenceGroup: ReferenceGroup | null }> };

export type SetReferenceGroupMutationVariables = Exact<{
  userId: string | number;
  referenceGroup?: ReferenceGroup | null | undefined;
}>;


export type SetReferenceGroupMutation = { setReferenceGroup: { id: string, roles: Array<Role>, referenceGroup: ReferenceGroup | null } };

export type MeInFullQueryVariables = Exact<{ [key: string]: never; }>;


export type MeInFullQuery = { me: { id: string, name: string, email: string, roles: Array<Role>, organisation: { id: string, code: string, name: string, kind: OrganisationKind, region: Region | null } } };

export type MeSecondFactorQueryVariables = Exact<{ [key: string]: never; }>;


export type MeSecondFactorQuery = { me: { secondFactorEnabled: boolean } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, email: string, name: string, roles: Array<Role>, referenceGroup: ReferenceGroup | null, active: boolean, secondFactorEnabled: boolean, createdAt: string, organisation: { code: string } } };

export type UsersQueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type UsersQuery = { users: Array<{ id: string, email: string, organisation: { code: string } }> };

export type EnrolTotpMutationVariables = Exact<{
  password: string;
}>;


export type EnrolTotpMutation = { enrolTotp: { secret: string, otpauthUri: string } };

export type ActivateTotpMutationVariables = Exact<{
  code: string;
}>;


export type ActivateTotpMutation = { activateTotp: boolean };

export type DeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string, active: boolean } };

export type ReactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateUserMutation = { reactivateUser: { id: string, active: boolean } };

export type ComplexFieldsFragment = { id: string, name: string, description: string | null, createdAt: string, leadOrganisation: { code: string }, access: { level: CaseComplexAccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, referrals: Array<{ id: string, reference: string }>, operations: Array<{ id: string, codename: string, leadOrganisation: { code: string } }> | null, suspects: Array<{ id: string, name: string, dateOfBirth: string | null, nationality: string | null, roleInNetwork: string | null, notes: string | null, currentStage: { kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string } | null, caseEvents: Array<{ kind: CaseEventKind, provision: CaseProvision, occurredOn: string, note: string | null, organisation: { code: string } | null }> }> | null, timeline: Array<{ kind: string, referralId: string | null, operationId: string | null, organisation: { code: string } | null, fromOrganisation: { code: string } | null, toOrganisation: { code: string } | null }> | null };

export type CreateCaseComplexMutationVariables = Exact<{
  input: CreateCaseComplexInput;
}>;


export type CreateCaseComplexMutation = { createCaseComplex: { id: string, name: string, description: string | null, createdAt: string, leadOrganisation: { code: string }, access: { level: CaseComplexAccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, referrals: Array<{ id: string, reference: string }>, operations: Array<{ id: string, codename: string, leadOrganisation: { code: string } }> | null, suspects: Array<{ id: string, name: string, dateOfBirth: string | null, nationality: string | null, roleInNetwork: string | null, notes: string | null, currentStage: { kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string } | null, caseEvents: Array<{ kind: CaseEventKind, provision: CaseProvision, occurredOn: string, note: string | null, organisation: { code: string } | null }> }> | null, timeline: Array<{ kind: string, referralId: string | null, operationId: string | null, organisation: { code: string } | null, fromOrganisation: { code: string } | null, toOrganisation: { code: string } | null }> | null } };

export type CaseComplexQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseComplexQuery = { caseComplex: { id: string, name: string, description: string | null, createdAt: string, leadOrganisation: { code: string }, access: { level: CaseComplexAccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, referrals: Array<{ id: string, reference: string }>, operations: Array<{ id: string, codename: string, leadOrganisation: { code: string } }> | null, suspects: Array<{ id: string, name: string, dateOfBirth: string | null, nationality: string | null, roleInNetwork: string | null, notes: string | null, currentStage: { kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string } | null, caseEvents: Array<{ kind: CaseEventKind, provision: CaseProvision, occurredOn: string, note: string | null, organisation: { code: string } | null }> }> | null, timeline: Array<{ kind: string, referralId: string | null, operationId: string | null, organisation: { code: string } | null, fromOrganisation: { code: string } | null, toOrganisation: { code: string } | null }> | null } | null };

export type CaseComplexesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseComplexesQuery = { caseComplexes: Array<{ id: string, name: string, access: { level: CaseComplexAccessLevel }, suspects: Array<{ id: string }> | null }> };

export type HandOverCaseComplexMutationVariables = Exact<{
  id: string | number;
  to: string;
}>;


export type HandOverCaseComplexMutation = { handOverCaseComplex: { id: string, name: string, description: string | null, createdAt: string, leadOrganisation: { code: string }, access: { level: CaseComplexAccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null }, referrals: Array<{ id: string, reference: string }>, operations: Array<{ id: string, codename: string, leadOrganisation: { code: string } }> | null, suspects: Array<{ id: string, name: string, dateOfBirth: string | null, nationality: string | null, roleInNetwork: string | null, notes: string | null, currentStage: { kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string } | null, caseEvents: Array<{ kind: CaseEventKind, provision: CaseProvision, occurredOn: string, note: string | null, organisation: { code: string } | null }> }> | null, timeline: Array<{ kind: string, referralId: string | null, operationId: string | null, organisation: { code: string } | null, fromOrganisation: { code: string } | null, toOrganisation: { code: string } | null }> | null } };

export type LinkReferralToCaseComplexMutationVariables = Exact<{
  c: string | number;
  r: string | number;
}>;


export type LinkReferralToCaseComplexMutation = { linkReferralToCaseComplex: { id: string, referrals: Array<{ id: string }> } };

export type LinkOperationToCaseComplexMutationVariables = Exact<{
  c: string | number;
  o: string | number;
}>;


export type LinkOperationToCaseComplexMutation = { linkOperationToCaseComplex: { id: string, operations: Array<{ id: string, codename: string }> | null } };

export type AddSuspectMutationVariables = Exact<{
  c: string | number;
  input: SuspectInput;
}>;


export type AddSuspectMutation = { addSuspect: { id: string, name: string, nationality: string | null, currentStage: { kind: CaseEventKind } | null } };

export type RecordCaseEventMutationVariables = Exact<{
  c: string | number;
  input: CaseEventInput;
}>;


export type RecordCaseEventMutation = { recordCaseEvent: { id: string, kind: CaseEventKind, provision: CaseProvision, provisionText: string | null, occurredOn: string, note: string | null, organisation: { code: string } | null } };

export type ReferralCaseComplexesQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralCaseComplexesQuery = { referral: { caseComplexes: Array<{ id: string, name: string, leadOrganisation: { code: string } }> | null } | null };

export type CaseComplexesInDemoQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseComplexesInDemoQuery = { caseComplexes: Array<{ name: string, leadOrganisation: { code: string }, referrals: Array<{ id: string, access: { level: AccessLevel } }>, operations: Array<{ codename: string }> | null, suspects: Array<{ name: string, currentStage: { kind: CaseEventKind } | null }> | null, timeline: Array<{ kind: string, fromOrganisation: { code: string } | null }> | null }> };

export type CaseComplexesAsMemberQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseComplexesAsMemberQuery = { caseComplexes: Array<{ name: string, access: { level: CaseComplexAccessLevel }, suspects: Array<{ name: string }> | null }> };

export type CaseReviewNoteFieldsFragment = { id: string, text: string, referenceGroup: ReferenceGroup, region: Region, referralId: string | null, referralReference: string | null, recommendation: boolean };

export type CaseReviewQueryVariables = Exact<{
  region?: Region | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  period?: ReviewPeriod | null | undefined;
}>;


export type CaseReviewQuery = { referenceGroupReview: { region: Region | null, from: string, to: string, mayAddNotes: boolean, byState: { rows: Array<{ key: string, count: number | null }>, total: { count: number | null } }, byGender: { rows: Array<{ count: number | null, display: string }> }, deadlines: { acknowledgement: { met: number, missed: number, pending: number }, interview: { met: number, missed: number, pending: number } }, cases: Array<{ id: string, reference: string, pseudonym: string, region: Region, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, state: ReferralState, acknowledgementInTime: boolean | null, interviewInTime: boolean | null, notes: Array<{ id: string, text: string, referenceGroup: ReferenceGroup, region: Region, referralId: string | null, referralReference: string | null, recommendation: boolean }> }>, notes: Array<{ id: string, text: string, referenceGroup: ReferenceGroup, region: Region, referralId: string | null, referralReference: string | null, recommendation: boolean }>, recommendations: Array<{ id: string, text: string, referenceGroup: ReferenceGroup, region: Region, referralId: string | null, referralReference: string | null, recommendation: boolean }> } };

export type AddCaseReviewNoteMutationVariables = Exact<{
  region: Region;
  from: string;
  to: string;
  text: string;
  referralId?: string | number | null | undefined;
  recommendation?: boolean | null | undefined;
}>;


export type AddCaseReviewNoteMutation = { addReviewNote: { id: string, text: string, referenceGroup: ReferenceGroup, region: Region, referralId: string | null, referralReference: string | null, recommendation: boolean } };

export type ContributedComplexFieldsFragment = { id: string, policeJournalNumbers: Array<string> | null, prosecutionCaseNumber: string | null, access: { level: CaseComplexAccessLevel, reasonCode: AccessReasonCode }, cooperation: { partnerCountries: Array<string>, jointInvestigationTeam: boolean, jointInvestigationTeamName: string | null } | null, contributors: Array<{ invitedAt: string, removedAt: string | null, organisation: { code: string } }> | null, contributions: Array<{ id: string, category: ContributionCategory, notedOn: string, note: string, createdAt: string, organisation: { code: string } }> | null, suspects: Array<{ id: string }> | null, referrals: Array<{ id: string, state: ReferralState, narrative: string | null, access: { level: AccessLevel, reasonCode: AccessReasonCode }, subject: { identity: { name: string | null } | null }, caseComplexes: Array<{ id: string }> | null }> };

export type ContributedComplexQueryVariables = Exact<{
  id: string | number;
}>;


export type ContributedComplexQuery = { caseComplex: { id: string, policeJournalNumbers: Array<string> | null, prosecutionCaseNumber: string | null, access: { level: CaseComplexAccessLevel, reasonCode: AccessReasonCode }, cooperation: { partnerCountries: Array<string>, jointInvestigationTeam: boolean, jointInvestigationTeamName: string | null } | null, contributors: Array<{ invitedAt: string, removedAt: string | null, organisation: { code: string } }> | null, contributions: Array<{ id: string, category: ContributionCategory, notedOn: string, note: string, createdAt: string, organisation: { code: string } }> | null, suspects: Array<{ id: string }> | null, referrals: Array<{ id: string, state: ReferralState, narrative: string | null, access: { level: AccessLevel, reasonCode: AccessReasonCode }, subject: { identity: { name: string | null } | null }, caseComplexes: Array<{ id: string }> | null }> } | null };

export type ContributedComplexesQueryVariables = Exact<{ [key: string]: never; }>;


export type ContributedComplexesQuery = { caseComplexes: Array<{ id: string, access: { level: CaseComplexAccessLevel } }> };

export type UpdateCaseComplexDetailsMutationVariables = Exact<{
  id: string | number;
  input: CaseComplexDetailsInput;
}>;


export type UpdateCaseComplexDetailsMutation = { updateCaseComplexDetails: { id: string, policeJournalNumbers: Array<string> | null, prosecutionCaseNumber: string | null, access: { level: CaseComplexAccessLevel, reasonCode: AccessReasonCode }, cooperation: { partnerCountries: Array<string>, jointInvestigationTeam: boolean, jointInvestigationTeamName: string | null } | null, contributors: Array<{ invitedAt: string, removedAt: string | null, organisation: { code: string } }> | null, contributions: Array<{ id: string, category: ContributionCategory, notedOn: string, note: string, createdAt: string, organisation: { code: string } }> | null, suspects: Array<{ id: string }> | null, referrals: Array<{ id: string, state: ReferralState, narrative: string | null, access: { level: AccessLevel, reasonCode: AccessReasonCode }, subject: { identity: { name: string | null } | null }, caseComplexes: Array<{ id: string }> | null }> } };

export type InviteCaseComplexContributorMutationVariables = Exact<{
  caseComplexId: string | number;
  organisationCode: string;
}>;


export type InviteCaseComplexContributorMutation = { inviteCaseComplexContributor: { id: string, policeJournalNumbers: Array<string> | null, prosecutionCaseNumber: string | null, access: { level: CaseComplexAccessLevel, reasonCode: AccessReasonCode }, cooperation: { partnerCountries: Array<string>, jointInvestigationTeam: boolean, jointInvestigationTeamName: string | null } | null, contributors: Array<{ invitedAt: string, removedAt: string | null, organisation: { code: string } }> | null, contributions: Array<{ id: string, category: ContributionCategory, notedOn: string, note: string, createdAt: string, organisation: { code: string } }> | null, suspects: Array<{ id: string }> | null, referrals: Array<{ id: string, state: ReferralState, narrative: string | null, access: { level: AccessLevel, reasonCode: AccessReasonCode }, subject: { identity: { name: string | null } | null }, caseComplexes: Array<{ id: string }> | null }> } };

export type RemoveCaseComplexContributorMutationVariables = Exact<{
  caseComplexId: string | number;
  organisationCode: string;
}>;


export type RemoveCaseComplexContributorMutation = { removeCaseComplexContributor: { id: string } };

export type AddCaseComplexContributionMutationVariables = Exact<{
  caseComplexId: string | number;
  input: CaseComplexContributionInput;
}>;


export type AddCaseComplexContributionMutation = { addCaseComplexContribution: { id: string, category: ContributionCategory, notedOn: string, note: string, createdAt: string, organisation: { code: string } } };

export type CriminalJusticeStatisticsQueryVariables = Exact<{
  year: number;
  region?: Region | null | undefined;
}>;


export type CriminalJusticeStatisticsQuery = { statistics: { year: number, criminalJustice: Array<{ year: number, provisionGroup: CriminalJusticeProvisionGroup, charged: number, indicted: number, convicted: number, acquitted: number, historical: boolean }> | null, byIndicator: Array<{ key: string, count: number }> } };

export type ImportCriminalJusticeHistoryMutationVariables = Exact<{
  csv: string;
}>;


export type ImportCriminalJusticeHistoryMutation = { importCriminalJusticeHistory: { imported: number, skipped: number, errors: Array<{ line: number, reason: string }> } };

export type IdentityProviderFieldsFragment = { id: string, issuer: string, clientId: string, requireMfaFromIdp: boolean, passwordSignInAllowed: boolean, redirectUri: string, updatedAt: string, organisation: { code: string } };

export type ConfigureIdentityProviderMutationVariables = Exact<{
  organisationCode: string;
  input: ConfigureIdentityProviderInput;
}>;


export type ConfigureIdentityProviderMutation = { configureIdentityProvider: { id: string, issuer: string, clientId: string, requireMfaFromIdp: boolean, passwordSignInAllowed: boolean, redirectUri: string, updatedAt: string, organisation: { code: string } } };

export type IdentityProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityProvidersQuery = { identityProviders: Array<{ id: string, issuer: string, clientId: string, requireMfaFromIdp: boolean, passwordSignInAllowed: boolean, redirectUri: string, updatedAt: string, organisation: { code: string } }> };

export type PublicIdentityProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicIdentityProvidersQuery = { publicIdentityProviders: Array<{ organisationCode: string, organisationName: string }> };

export type RefreshWithSignOutUrlMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshWithSignOutUrlMutation = { refresh: { accessToken: string, refreshToken: string, identityProviderSignOutUrl: string | null, user: { id: string } } };

export type InquiryFieldsFragment = { id: string, receivedAt: string, kind: InquiryKind, anonymous: boolean, ledTo: InquiryOutcome, referralId: string | null, referralReference: string | null, operationId: string | null, note: string | null, recordedByName: string, createdAt: string, callerOrganisation: { code: string } | null };

export type RecordInquiryMutationVariables = Exact<{
  input: RecordInquiryInput;
}>;


export type RecordInquiryMutation = { recordInquiry: { id: string, receivedAt: string, kind: InquiryKind, anonymous: boolean, ledTo: InquiryOutcome, referralId: string | null, referralReference: string | null, operationId: string | null, note: string | null, recordedByName: string, createdAt: string, callerOrganisation: { code: string } | null } };

export type InquiriesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type InquiriesQuery = { inquiries: Array<{ id: string, receivedAt: string, kind: InquiryKind, anonymous: boolean, ledTo: InquiryOutcome, referralId: string | null, referralReference: string | null, operationId: string | null, note: string | null, recordedByName: string, createdAt: string, callerOrganisation: { code: string } | null }> };

export type InquiryStatisticsQueryVariables = Exact<{
  year: number;
}>;


export type InquiryStatisticsQuery = { inquiryStatistics: { year: number, total: number, byKind: Array<{ key: string, count: number }>, bySource: Array<{ key: string, count: number }>, byOutcome: Array<{ key: string, count: number }> } };

export type JobRunFieldsFragment = { id: string, name: string, at: string, startedAt: string, finishedAt: string | null, status: JobRunStatus, attempts: number, summary: string | null, error: string | null };

export type RunJobMutationVariables = Exact<{
  name: string;
  at?: string | null | undefined;
}>;


export type RunJobMutation = { runJob: { id: string, name: string, at: string, startedAt: string, finishedAt: string | null, status: JobRunStatus, attempts: number, summary: string | null, error: string | null } };

export type JobsQueryVariables = Exact<{ [key: string]: never; }>;


export type JobsQuery = { jobs: Array<{ name: string, schedule: string, description: string, lastRun: { id: string, name: string, at: string, startedAt: string, finishedAt: string | null, status: JobRunStatus, attempts: number, summary: string | null, error: string | null } | null }> };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
}>;


export type NotificationsQuery = { notifications: Array<{ id: string, kind: string, title: string, titleEn: string, objectType: string | null, objectId: string | null, link: string, createdAt: string, readAt: string | null }> };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, kind: string, readAt: string | null } };

export type OperationPeopleFieldsFragment = { id: string, state: OperationState, startsAt: string, endsAt: string, interpreterLanguages: Array<string>, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string, targets: Array<{ address: string }> | null } | null }> };

export type OperationPeopleQueryVariables = Exact<{
  id: string | number;
}>;


export type OperationPeopleQuery = { operation: { id: string, state: OperationState, startsAt: string, endsAt: string, interpreterLanguages: Array<string>, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string, targets: Array<{ address: string }> | null } | null }> } | null };

export type AttendeeCandidatesQueryVariables = Exact<{
  operationId: string | number;
}>;


export type AttendeeCandidatesQuery = { operationAttendeeCandidates: Array<{ id: string, name: string }> };

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


export type NameOperationAttendeesMutation = { nameOperationAttendees: { id: string, state: OperationState, startsAt: string, endsAt: string, interpreterLanguages: Array<string>, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string, targets: Array<{ address: string }> | null } | null }> } };

export type RespondWithAttendeesMutationVariables = Exact<{
  operationId: string | number;
  accept: boolean;
  attendeeUserIds?: Array<string | number> | string | number | null | undefined;
  confirmDoubleBooking?: boolean | null | undefined;
  doubleBookingReason?: string | null | undefined;
}>;


export type RespondWithAttendeesMutation = { respondToInvitation: { id: string, myInvitation: { status: InvitationStatus, attendees: Array<{ id: string }> | null } | null } };

export type RequestInterpreterMutationVariables = Exact<{
  operationId: string | number;
  language: string;
  provider?: string | null | undefined;
}>;


export type RequestInterpreterMutation = { requestInterpreter: { id: string, state: OperationState, startsAt: string, endsAt: string, interpreterLanguages: Array<string>, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string, targets: Array<{ address: string }> | null } | null }> } };

export type SetInterpreterStatusMutationVariables = Exact<{
  operationId: string | number;
  interpreterId: string | number;
  status: InterpreterStatus;
  provider?: string | null | undefined;
}>;


export type SetInterpreterStatusMutation = { setInterpreterStatus: { id: string, state: OperationState, startsAt: string, endsAt: string, interpreterLanguages: Array<string>, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string, targets: Array<{ address: string }> | null } | null }> } };

export type UnconfirmedInterpretersQueryVariables = Exact<{ [key: string]: never; }>;


export type UnconfirmedInterpretersQuery = { unconfirmedInterpreters: Array<{ operation: { id: string, codename: string }, interpreter: { id: string, language: string, status: InterpreterStatus } }> };

export type MyCalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCalendarFeedQuery = { myCalendarFeed: { createdAt: string } | null };

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedMutation = { createCalendarFeed: { url: string, feed: { createdAt: string } } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed: boolean };

export type MoveOperationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateOperationInput;
  confirmDoubleBooking?: boolean | null | undefined;
  doubleBookingReason?: string | null | undefined;
}>;


export type MoveOperationMutation = { updateOperation: { version: number, id: string, state: OperationState, startsAt: string, endsAt: string, interpreterLanguages: Array<string>, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string, targets: Array<{ address: string }> | null } | null }> } };

export type PlanOperationMutationVariables = Exact<{
  id: string | number;
  codes: Array<string> | string;
  confirmDoubleBooking?: boolean | null | undefined;
  doubleBookingReason?: string | null | undefined;
}>;


export type PlanOperationMutation = { inviteToOperation: { id: string, state: OperationState, startsAt: string, endsAt: string, interpreterLanguages: Array<string>, interpreters: Array<{ id: string, language: string, provider: string | null, status: InterpreterStatus }>, leadAttendees: Array<{ id: string, name: string }> | null, attendeeConflicts: Array<{ startsAt: string, endsAt: string, attendee: { id: string, name: string }, operation: { id: string, codename: string, targets: Array<{ address: string }> | null } | null }> } };

export type OperationFieldsFragment = { id: string, version: number, state: OperationState, codename: string, objective: string, sector: Sector | null, region: Region, startsAt: string, endsAt: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, cancelledAt: string | null, cancelReason: string | null, targets: Array<{ address: string, description: string | null }> | null, leadOrganisation: { code: string }, invitations: Array<{ status: InvitationStatus, respondedAt: string | null, note: string | null, organisation: { code: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, organisation: { code: string }, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> } | null, cmmAttendance: { status: InvitationStatus, note: string | null, attendees: Array<{ id: string, name: string }> | null } | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, organisation: { code: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } };

export type CreateOperationMutationVariables = Exact<{
  input: CreateOperationInput;
}>;


export type CreateOperationMutation = { createOperation: { id: string, version: number, state: OperationState, codename: string, objective: string, sector: Sector | null, region: Region, startsAt: string, endsAt: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, cancelledAt: string | null, cancelReason: string | null, targets: Array<{ address: string, description: string | null }> | null, leadOrganisation: { code: string }, invitations: Array<{ status: InvitationStatus, respondedAt: string | null, note: string | null, organisation: { code: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, organisation: { code: string }, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> } | null, cmmAttendance: { status: InvitationStatus, note: string | null, attendees: Array<{ id: string, name: string }> | null } | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, organisation: { code: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type OperationQueryVariables = Exact<{
  id: string | number;
}>;


export type OperationQuery = { operation: { id: string, version: number, state: OperationState, codename: string, objective: string, sector: Sector | null, region: Region, startsAt: string, endsAt: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, cancelledAt: string | null, cancelReason: string | null, targets: Array<{ address: string, description: string | null }> | null, leadOrganisation: { code: string }, invitations: Array<{ status: InvitationStatus, respondedAt: string | null, note: string | null, organisation: { code: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, organisation: { code: string }, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> } | null, cmmAttendance: { status: InvitationStatus, note: string | null, attendees: Array<{ id: string, name: string }> | null } | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, organisation: { code: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } | null };

export type OperationCodenameQueryVariables = Exact<{
  id: string | number;
}>;


export type OperationCodenameQuery = { operation: { id: string, codename: string } | null };

export type OperationBriefingPointQueryVariables = Exact<{
  id: string | number;
}>;


export type OperationBriefingPointQuery = { operation: { id: string, briefingPoint: string | null } | null };

export type OperationReferralsQueryVariables = Exact<{
  id: string | number;
}>;


export type OperationReferralsQuery = { operation: { referrals: { totalCount: number, edges: Array<{ node: { id: string, operationId: string | null } }> }, totals: { referralsMade: number } | null } | null };

export type OperationsQueryVariables = Exact<{
  filter?: OperationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OperationsQuery = { operations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, codename: string, state: OperationState } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OperationAttendeeCandidatesQueryVariables = Exact<{
  id: string | number;
}>;


export type OperationAttendeeCandidatesQuery = { operationAttendeeCandidates: Array<{ id: string, name: string }> };

export type UpdateOperationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateOperationInput;
}>;


export type UpdateOperationMutation = { updateOperation: { id: string, version: number, state: OperationState, codename: string, objective: string, sector: Sector | null, region: Region, startsAt: string, endsAt: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, cancelledAt: string | null, cancelReason: string | null, targets: Array<{ address: string, description: string | null }> | null, leadOrganisation: { code: string }, invitations: Array<{ status: InvitationStatus, respondedAt: string | null, note: string | null, organisation: { code: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, organisation: { code: string }, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> } | null, cmmAttendance: { status: InvitationStatus, note: string | null, attendees: Array<{ id: string, name: string }> | null } | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, organisation: { code: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type InviteToOperationMutationVariables = Exact<{
  id: string | number;
  codes: Array<string> | string;
}>;


export type InviteToOperationMutation = { inviteToOperation: { id: string, version: number, state: OperationState, codename: string, objective: string, sector: Sector | null, region: Region, startsAt: string, endsAt: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, cancelledAt: string | null, cancelReason: string | null, targets: Array<{ address: string, description: string | null }> | null, leadOrganisation: { code: string }, invitations: Array<{ status: InvitationStatus, respondedAt: string | null, note: string | null, organisation: { code: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, organisation: { code: string }, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> } | null, cmmAttendance: { status: InvitationStatus, note: string | null, attendees: Array<{ id: string, name: string }> | null } | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, organisation: { code: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type RespondToInvitationMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
  attendees?: Array<string | number> | string | number | null | undefined;
  note?: string | null | undefined;
}>;


export type RespondToInvitationMutation = { respondToInvitation: { id: string, version: number, state: OperationState, codename: string, objective: string, sector: Sector | null, region: Region, startsAt: string, endsAt: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, cancelledAt: string | null, cancelReason: string | null, targets: Array<{ address: string, description: string | null }> | null, leadOrganisation: { code: string }, invitations: Array<{ status: InvitationStatus, respondedAt: string | null, note: string | null, organisation: { code: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, organisation: { code: string }, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> } | null, cmmAttendance: { status: InvitationStatus, note: string | null, attendees: Array<{ id: string, name: string }> | null } | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, organisation: { code: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type ConfirmOperationMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmOperationMutation = { confirmOperation: { id: string, version: number, state: OperationState, codename: string, objective: string, sector: Sector | null, region: Region, startsAt: string, endsAt: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, cancelledAt: string | null, cancelReason: string | null, targets: Array<{ address: string, description: string | null }> | null, leadOrganisation: { code: string }, invitations: Array<{ status: InvitationStatus, respondedAt: string | null, note: string | null, organisation: { code: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, organisation: { code: string }, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> } | null, cmmAttendance: { status: InvitationStatus, note: string | null, attendees: Array<{ id: string, name: string }> | null } | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, organisation: { code: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type StartOperationMutationVariables = Exact<{
  id: string | number;
}>;


export type StartOperationMutation = { startOperation: { id: string, version: number, state: OperationState, codename: string, objective: string, sector: Sector | null, region: Region, startsAt: string, endsAt: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, cancelledAt: string | null, cancelReason: string | null, targets: Array<{ address: string, description: string | null }> | null, leadOrganisation: { code: string }, invitations: Array<{ status: InvitationStatus, respondedAt: string | null, note: string | null, organisation: { code: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, organisation: { code: string }, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> } | null, cmmAttendance: { status: InvitationStatus, note: string | null, attendees: Array<{ id: string, name: string }> | null } | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, organisation: { code: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type CompleteOperationMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteOperationMutation = { completeOperation: { id: string, version: number, state: OperationState, codename: string, objective: string, sector: Sector | null, region: Region, startsAt: string, endsAt: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, cancelledAt: string | null, cancelReason: string | null, targets: Array<{ address: string, description: string | null }> | null, leadOrganisation: { code: string }, invitations: Array<{ status: InvitationStatus, respondedAt: string | null, note: string | null, organisation: { code: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, organisation: { code: string }, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> } | null, cmmAttendance: { status: InvitationStatus, note: string | null, attendees: Array<{ id: string, name: string }> | null } | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, organisation: { code: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type CancelOperationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelOperationMutation = { cancelOperation: { id: string, version: number, state: OperationState, codename: string, objective: string, sector: Sector | null, region: Region, startsAt: string, endsAt: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, cancelledAt: string | null, cancelReason: string | null, targets: Array<{ address: string, description: string | null }> | null, leadOrganisation: { code: string }, invitations: Array<{ status: InvitationStatus, respondedAt: string | null, note: string | null, organisation: { code: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, organisation: { code: string }, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> } | null, cmmAttendance: { status: InvitationStatus, note: string | null, attendees: Array<{ id: string, name: string }> | null } | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, organisation: { code: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type RecordOperationOutcomeMutationVariables = Exact<{
  id: string | number;
  input: OperationOutcomeInput;
}>;


export type RecordOperationOutcomeMutation = { recordOperationOutcome: { id: string, version: number, state: OperationState, codename: string, objective: string, sector: Sector | null, region: Region, startsAt: string, endsAt: string, briefingPoint: string | null, requestCmmAttendance: boolean, interpreterLanguages: Array<string>, cancelledAt: string | null, cancelReason: string | null, targets: Array<{ address: string, description: string | null }> | null, leadOrganisation: { code: string }, invitations: Array<{ status: InvitationStatus, respondedAt: string | null, note: string | null, organisation: { code: string }, attendees: Array<{ id: string, name: string }> | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> }>, myInvitation: { status: InvitationStatus, organisation: { code: string }, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }> } | null, cmmAttendance: { status: InvitationStatus, note: string | null, attendees: Array<{ id: string, name: string }> | null } | null, conflicts: Array<{ organisation: { code: string }, operation: { id: string, codename: string } | null }>, outcomes: Array<{ personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, findings: string | null, organisation: { code: string } }> | null, totals: { organisationsReported: number, personsEncountered: number, possibleVictimsSpokenWith: number, arrests: number, referralsMade: number } | null, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type OperationsOverviewQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type OperationsOverviewQuery = { operations: { edges: Array<{ node: { codename: string, state: OperationState, access: { level: AccessLevel }, targets: Array<{ address: string }> | null, totals: { organisationsReported: number } | null } }> } };

export type ReviewTableFieldsFragment = { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } };

export type ReferenceGroupReviewQueryVariables = Exact<{
  region?: Region | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ReferenceGroupReviewQuery = { referenceGroupReview: { region: Region | null, byState: { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } }, byUrgency: { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } }, byExploitationForm: { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } }, bySector: { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } }, byReferringOrganisationKind: { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } }, byAssessmentDecision: { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } }, byGender: { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } }, byAgeBand: { personal: boolean, rows: Array<{ key: string, count: number | null, display: string, suppression: Suppression }>, total: { key: string, count: number | null, display: string, suppression: Suppression } }, overdue: Array<{ reference: string, ageBand: string | null, suspectedExploitation: Array<ExploitationForm>, deadline: string, daysOverdue: number, receivingOrganisation: { code: string } | null }>, medianDays: { toAcknowledgement: { days: number | null, basedOn: { display: string, count: number | null, suppression: Suppression } }, toInterview: { days: number | null, basedOn: { display: string, count: number | null, suppression: Suppression } }, toAssessment: { days: number | null, basedOn: { display: string, count: number | null, suppression: Suppression } } }, notes: Array<{ text: string, referenceGroup: ReferenceGroup, authorOrganisation: { code: string } }> } };

export type AddReviewNoteMutationVariables = Exact<{
  region: Region;
  from: string;
  to: string;
  text: string;
}>;


export type AddReviewNoteMutation = { addReviewNote: { id: string, text: string, referenceGroup: ReferenceGroup, region: Region, periodFrom: string, periodTo: string, authorName: string } };

export type ReferralFieldsFragment = { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } };

export type CreateReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type CreateReferralMutation = { createReferral: { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type ReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralQuery = { referral: { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } | null };

export type ReferralsQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReferralsQuery = { referrals: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, reference: string, state: ReferralState, overdue: boolean, createdAt: string, allowedActions: Array<ReferralAction>, access: { level: AccessLevel } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UpdateReferralMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateReferralInput;
}>;


export type UpdateReferralMutation = { updateReferral: { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type SubmitReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitReferralMutation = { submitReferral: { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type WithdrawReferralMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type WithdrawReferralMutation = { withdrawReferral: { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type AcknowledgeReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeReferralMutation = { acknowledgeReferral: { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type ForwardReferralMutationVariables = Exact<{
  id: string | number;
  to: string;
  reason: string;
}>;


export type ForwardReferralMutation = { forwardReferral: { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type ScheduleIdentificationInterviewMutationVariables = Exact<{
  id: string | number;
  at: string;
}>;


export type ScheduleIdentificationInterviewMutation = { scheduleIdentificationInterview: { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type RecordAssessmentMutationVariables = Exact<{
  id: string | number;
  input: AssessmentInput;
}>;


export type RecordAssessmentMutation = { recordAssessment: { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type StartReflectionPeriodMutationVariables = Exact<{
  id: string | number;
  startsOn: string;
  days?: number | null | undefined;
}>;


export type StartReflectionPeriodMutation = { startReflectionPeriod: { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type ExtendReflectionPeriodMutationVariables = Exact<{
  id: string | number;
  days: number;
  reason: string;
}>;


export type ExtendReflectionPeriodMutation = { extendReflectionPeriod: { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type RecordRepresentativeMutationVariables = Exact<{
  id: string | number;
  name: string;
  appointedBy: string;
}>;


export type RecordRepresentativeMutation = { recordRepresentative: { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type CloseReferralMutationVariables = Exact<{
  id: string | number;
  outcome: ReferralOutcome;
  note?: string | null | undefined;
}>;


export type CloseReferralMutation = { closeReferral: { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type CorrectSubjectDataMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SubjectCorrectionInput;
  reason: string;
}>;


export type CorrectSubjectDataMutation = { correctSubjectData: { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } };

export type ReferralsInFullQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReferralsInFullQuery = { referrals: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SubmitReferralQuietlyMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitReferralQuietlyMutation = { submitReferral: { id: string, state: ReferralState } };

export type AcknowledgeReferralQuietlyMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeReferralQuietlyMutation = { acknowledgeReferral: { id: string, state: ReferralState } };

export type ReferralIdentityQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralIdentityQuery = { referral: { id: string, subject: { identity: { name: string | null } | null } } | null };

export type ReferralPersonalQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralPersonalQuery = { referral: { narrative: string | null, location: string | null, indicators: Array<string> | null, subject: { whereabouts: string | null, identity: { name: string | null } | null } } | null };

export type ReferralContactQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralContactQuery = { referral: { subject: { contact: string | null } } | null };

export type ReferralNothingPersonalQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralNothingPersonalQuery = { referral: { id: string, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, subject: { pseudonym: string, gender: Gender, nationality: string | null, ageBand: string }, timeline: Array<{ action: string, organisation: { code: string } | null }> } | null };

export type ReferralWithheldQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralWithheldQuery = { referral: { outcome: ReferralOutcome | null, assessment: { grounds: string | null } | null, reflectionPeriod: { endsOn: string } | null } | null };

export type ReferralsWhereaboutsQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
}>;


export type ReferralsWhereaboutsQuery = { referrals: { edges: Array<{ node: { id: string, subject: { whereabouts: string | null } } }> } };

export type ReferralsNestedQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ReferralsNestedQuery = { referrals: { edges: Array<{ node: { id: string, reference: string, state: ReferralState, narrative: string | null, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, subject: { pseudonym: string, whereabouts: string | null, identity: { name: string | null } | null }, timeline: Array<{ organisation: { code: string } | null }> } }> } };

export type ReferralsIdentityNarrativeQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ReferralsIdentityNarrativeQuery = { referrals: { edges: Array<{ node: { id: string, narrative: string | null, subject: { identity: { name: string | null } | null } } }> } };

export type CreateReferralIdMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type CreateReferralIdMutation = { createReferral: { id: string } };

export type ReferralIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralIdQuery = { referral: { id: string } | null };

export type ReferralsNarrativesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferralsNarrativesQuery = { referrals: { edges: Array<{ node: { id: string, narrative: string | null } }> } };

export type ReferralsEveryPersonalFieldQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ReferralsEveryPersonalFieldQuery = { referrals: { edges: Array<{ node: { id: string, reference: string, location: string | null, narrative: string | null, indicators: Array<string> | null, subject: { pseudonym: string, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null } } }> } };

export type ReferralsPersonalChosenQueryVariables = Exact<{
  first?: number | null | undefined;
  identity: boolean;
  narrative: boolean;
}>;


export type ReferralsPersonalChosenQuery = { referrals: { edges: Array<{ node: { id: string, narrative?: string | null, shownNarrative?: string | null, subject: { identity?: { name: string | null } | null } } }> } };

export type ListedNarrativeFragment = { narrative?: string | null, shownNarrative?: string | null };

export type ReferralsPersonalPagedQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ReferralFilter | null | undefined;
}>;


export type ReferralsPersonalPagedQuery = { referrals: { edges: Array<{ node: { id: string, narrative: string | null, subject: { identity: { name: string | null } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OperationErasureQueryVariables = Exact<{
  id: string | number;
}>;


export type OperationErasureQuery = { operation: { erasedAt: string | null, briefingPoint: string | null, targets: Array<{ address: string, description: string | null }> | null } | null };

export type CaseComplexErasureQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseComplexErasureQuery = { caseComplex: { erasedAt: string | null, description: string | null, suspects: Array<{ erasedAt: string | null, name: string, nationality: string | null, notes: string | null }> | null } | null };

export type ServiceAccountFieldsFragment = { id: string, clientId: string, name: string, roles: Array<Role>, purpose: string, active: boolean, createdAt: string, secretRotatedAt: string | null, deactivatedAt: string | null, organisation: { code: string } };

export type ServiceAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceAccountsQuery = { serviceAccounts: Array<{ id: string, clientId: string, name: string, roles: Array<Role>, purpose: string, active: boolean, createdAt: string, secretRotatedAt: string | null, deactivatedAt: string | null, organisation: { code: string } }> };

export type CreateServiceAccountMutationVariables = Exact<{
  input: CreateServiceAccountInput;
}>;


export type CreateServiceAccountMutation = { createServiceAccount: { clientSecret: string, serviceAccount: { id: string, clientId: string, name: string, roles: Array<Role>, purpose: string, active: boolean, createdAt: string, secretRotatedAt: string | null, deactivatedAt: string | null, organisation: { code: string } } } };

export type RotateServiceAccountSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateServiceAccountSecretMutation = { rotateServiceAccountSecret: { clientSecret: string, serviceAccount: { id: string, clientId: string, name: string, roles: Array<Role>, purpose: string, active: boolean, createdAt: string, secretRotatedAt: string | null, deactivatedAt: string | null, organisation: { code: string } } } };

export type DeactivateServiceAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateServiceAccountMutation = { deactivateServiceAccount: { id: string, clientId: string, name: string, roles: Array<Role>, purpose: string, active: boolean, createdAt: string, secretRotatedAt: string | null, deactivatedAt: string | null, organisation: { code: string } } };

export type GrantFieldsFragment = { id: string, referralId: string | null, caseComplexId: string | null, level: AccessLevel, purpose: AccessPurpose, legalBasis: string, consentOverride: boolean, breakGlass: boolean, userId: string | null, justification: string | null, expiresAt: string, status: AccessGrantStatus, grantedAt: string, revokedAt: string | null, revokeReason: string | null, reviewedAt: string | null, reviewNote: string | null, organisation: { code: string }, grantedByOrganisation: { code: string } | null };

export type GrantAccessMutationVariables = Exact<{
  input: GrantAccessInput;
}>;


export type GrantAccessMutation = { grantAccess: { id: string, referralId: string | null, caseComplexId: string | null, level: AccessLevel, purpose: AccessPurpose, legalBasis: string, consentOverride: boolean, breakGlass: boolean, userId: string | null, justification: string | null, expiresAt: string, status: AccessGrantStatus, grantedAt: string, revokedAt: string | null, revokeReason: string | null, reviewedAt: string | null, reviewNote: string | null, organisation: { code: string }, grantedByOrganisation: { code: string } | null } };

export type RevokeAccessMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeAccessMutation = { revokeAccess: { id: string, referralId: string | null, caseComplexId: string | null, level: AccessLevel, purpose: AccessPurpose, legalBasis: string, consentOverride: boolean, breakGlass: boolean, userId: string | null, justification: string | null, expiresAt: string, status: AccessGrantStatus, grantedAt: string, revokedAt: string | null, revokeReason: string | null, reviewedAt: string | null, reviewNote: string | null, organisation: { code: string }, grantedByOrganisation: { code: string } | null } };

export type AccessGrantsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessGrantsQuery = { accessGrants: Array<{ id: string, referralId: string | null, caseComplexId: string | null, level: AccessLevel, purpose: AccessPurpose, legalBasis: string, consentOverride: boolean, breakGlass: boolean, userId: string | null, justification: string | null, expiresAt: string, status: AccessGrantStatus, grantedAt: string, revokedAt: string | null, revokeReason: string | null, reviewedAt: string | null, reviewNote: string | null, organisation: { code: string }, grantedByOrganisation: { code: string } | null }> };

export type BreakGlassMutationVariables = Exact<{
  id: string | number;
  j: string;
}>;


export type BreakGlassMutation = { breakGlass: { id: string, referralId: string | null, caseComplexId: string | null, level: AccessLevel, purpose: AccessPurpose, legalBasis: string, consentOverride: boolean, breakGlass: boolean, userId: string | null, justification: string | null, expiresAt: string, status: AccessGrantStatus, grantedAt: string, revokedAt: string | null, revokeReason: string | null, reviewedAt: string | null, reviewNote: string | null, organisation: { code: string }, grantedByOrganisation: { code: string } | null } };

export type ReviewBreakGlassMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type ReviewBreakGlassMutation = { reviewBreakGlass: { id: string, referralId: string | null, caseComplexId: string | null, level: AccessLevel, purpose: AccessPurpose, legalBasis: string, consentOverride: boolean, breakGlass: boolean, userId: string | null, justification: string | null, expiresAt: string, status: AccessGrantStatus, grantedAt: string, revokedAt: string | null, revokeReason: string | null, reviewedAt: string | null, reviewNote: string | null, organisation: { code: string }, grantedByOrganisation: { code: string } | null } };

export type BreakGlassUsesQueryVariables = Exact<{
  u?: boolean | null | undefined;
}>;


export type BreakGlassUsesQuery = { breakGlassUses: Array<{ id: string, referralId: string | null, caseComplexId: string | null, level: AccessLevel, purpose: AccessPurpose, legalBasis: string, consentOverride: boolean, breakGlass: boolean, userId: string | null, justification: string | null, expiresAt: string, status: AccessGrantStatus, grantedAt: string, revokedAt: string | null, revokeReason: string | null, reviewedAt: string | null, reviewNote: string | null, organisation: { code: string }, grantedByOrganisation: { code: string } | null }> };

export type RequestFieldsFragment = { id: string, referralId: string, caseComplexId: string | null, level: AccessLevel, purpose: AccessPurpose | null, legalBasis: string | null, reason: string | null, origin: AccessRequestOrigin, state: AccessRequestState, createdAt: string, confirmedAt: string | null, decidedAt: string | null, refusalReason: string | null, cappedGrantId: string | null, organisation: { code: string }, decidedByOrganisation: { code: string } | null, grant: { id: string, level: AccessLevel, expiresAt: string, consentOverride: boolean, organisation: { code: string }, grantedByOrganisation: { code: string } | null } | null };

export type RequestAccessMutationVariables = Exact<{
  input: RequestAccessInput;
}>;


export type RequestAccessMutation = { requestAccess: Array<{ id: string, referralId: string, caseComplexId: string | null, level: AccessLevel, purpose: AccessPurpose | null, legalBasis: string | null, reason: string | null, origin: AccessRequestOrigin, state: AccessRequestState, createdAt: string, confirmedAt: string | null, decidedAt: string | null, refusalReason: string | null, cappedGrantId: string | null, organisation: { code: string }, decidedByOrganisation: { code: string } | null, grant: { id: string, level: AccessLevel, expiresAt: string, consentOverride: boolean, organisation: { code: string }, grantedByOrganisation: { code: string } | null } | null }> };

export type ApproveAccessRequestMutationVariables = Exact<{
  id: string | number;
  e: string;
  l?: AccessLevel | null | undefined;
  r?: string | null | undefined;
}>;


export type ApproveAccessRequestMutation = { approveAccessRequest: { id: string, referralId: string, caseComplexId: string | null, level: AccessLevel, purpose: AccessPurpose | null, legalBasis: string | null, reason: string | null, origin: AccessRequestOrigin, state: AccessRequestState, createdAt: string, confirmedAt: string | null, decidedAt: string | null, refusalReason: string | null, cappedGrantId: string | null, organisation: { code: string }, decidedByOrganisation: { code: string } | null, grant: { id: string, level: AccessLevel, expiresAt: string, consentOverride: boolean, organisation: { code: string }, grantedByOrganisation: { code: string } | null } | null } };

export type RefuseAccessRequestMutationVariables = Exact<{
  id: string | number;
  r: string;
}>;


export type RefuseAccessRequestMutation = { refuseAccessRequest: { id: string, referralId: string, caseComplexId: string | null, level: AccessLevel, purpose: AccessPurpose | null, legalBasis: string | null, reason: string | null, origin: AccessRequestOrigin, state: AccessRequestState, createdAt: string, confirmedAt: string | null, decidedAt: string | null, refusalReason: string | null, cappedGrantId: string | null, organisation: { code: string }, decidedByOrganisation: { code: string } | null, grant: { id: string, level: AccessLevel, expiresAt: string, consentOverride: boolean, organisation: { code: string }, grantedByOrganisation: { code: string } | null } | null } };

export type WithdrawAccessRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawAccessRequestMutation = { withdrawAccessRequest: { id: string, referralId: string, caseComplexId: string | null, level: AccessLevel, purpose: AccessPurpose | null, legalBasis: string | null, reason: string | null, origin: AccessRequestOrigin, state: AccessRequestState, createdAt: string, confirmedAt: string | null, decidedAt: string | null, refusalReason: string | null, cappedGrantId: string | null, organisation: { code: string }, decidedByOrganisation: { code: string } | null, grant: { id: string, level: AccessLevel, expiresAt: string, consentOverride: boolean, organisation: { code: string }, grantedByOrganisation: { code: string } | null } | null } };

export type ConfirmAccessRequestMutationVariables = Exact<{
  id: string | number;
  input: ConfirmAccessRequestInput;
}>;


export type ConfirmAccessRequestMutation = { confirmAccessRequest: { id: string, referralId: string, caseComplexId: string | null, level: AccessLevel, purpose: AccessPurpose | null, legalBasis: string | null, reason: string | null, origin: AccessRequestOrigin, state: AccessRequestState, createdAt: string, confirmedAt: string | null, decidedAt: string | null, refusalReason: string | null, cappedGrantId: string | null, organisation: { code: string }, decidedByOrganisation: { code: string } | null, grant: { id: string, level: AccessLevel, expiresAt: string, consentOverride: boolean, organisation: { code: string }, grantedByOrganisation: { code: string } | null } | null } };

export type AccessRequestsQueryVariables = Exact<{
  s?: AccessRequestState | null | undefined;
}>;


export type AccessRequestsQuery = { accessRequests: Array<{ id: string, referralId: string, caseComplexId: string | null, level: AccessLevel, purpose: AccessPurpose | null, legalBasis: string | null, reason: string | null, origin: AccessRequestOrigin, state: AccessRequestState, createdAt: string, confirmedAt: string | null, decidedAt: string | null, refusalReason: string | null, cappedGrantId: string | null, organisation: { code: string }, decidedByOrganisation: { code: string } | null, grant: { id: string, level: AccessLevel, expiresAt: string, consentOverride: boolean, organisation: { code: string }, grantedByOrganisation: { code: string } | null } | null }> };

export type AccessRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessRequestQuery = { accessRequest: { id: string, referralId: string, caseComplexId: string | null, level: AccessLevel, purpose: AccessPurpose | null, legalBasis: string | null, reason: string | null, origin: AccessRequestOrigin, state: AccessRequestState, createdAt: string, confirmedAt: string | null, decidedAt: string | null, refusalReason: string | null, cappedGrantId: string | null, organisation: { code: string }, decidedByOrganisation: { code: string } | null, grant: { id: string, level: AccessLevel, expiresAt: string, consentOverride: boolean, organisation: { code: string }, grantedByOrganisation: { code: string } | null } | null } };

export type SubjectAccessReportQueryVariables = Exact<{
  s: string | number;
}>;


export type SubjectAccessReportQuery = { subjectAccessReport: Array<{ action: string, objectType: string | null, objectId: string | null, subjectId: string | null, details: string | null }> };

export type ReviewFieldsFragment = { id: string, reviewDueAt: string | null, reviewedAt: string | null, consentOverride: boolean, consentOverrideReason: string | null };

export type BreakGlassReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type BreakGlassReviewQueueQuery = { breakGlassUses: Array<{ id: string, reviewDueAt: string | null, reviewedAt: string | null, consentOverride: boolean, consentOverrideReason: string | null }> };

export type ConsentOverridesQueryVariables = Exact<{
  u?: boolean | null | undefined;
}>;


export type ConsentOverridesQuery = { consentOverrides: Array<{ id: string, reviewDueAt: string | null, reviewedAt: string | null, consentOverride: boolean, consentOverrideReason: string | null }> };

export type ReviewConsentOverrideMutationVariables = Exact<{
  id: string | number;
  n: string;
}>;


export type ReviewConsentOverrideMutation = { reviewConsentOverride: { id: string, reviewedAt: string | null, reviewNote: string | null } };

export type AccessGrantOverrideReasonsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessGrantOverrideReasonsQuery = { accessGrants: Array<{ id: string, consentOverrideReason: string | null }> };

export type AccessGrantCapsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessGrantCapsQuery = { accessGrants: Array<{ id: string, level: AccessLevel, status: AccessGrantStatus, cappedFromLevel: AccessLevel | null, capReason: string | null, cappedAt: string | null }> };

export type RecordConsentMutationVariables = Exact<{
  r: string | number;
  d: Consent;
  t?: Consent | null | undefined;
  n: string;
  v?: number | null | undefined;
}>;


export type RecordConsentMutation = { recordConsent: { id: string, version: number, consent: { toReferral: Consent, toDisclosure: Consent }, consentHistory: Array<{ version: number, toReferral: Consent, toDisclosure: Consent, recordedAt: string, organisation: { code: string } | null }>, timeline: Array<{ action: string, note: string | null }> } };

export type StatisticsInquiriesQueryVariables = Exact<{
  year: number;
  region?: Region | null | undefined;
}>;


export type StatisticsInquiriesQuery = { statistics: { year: number, inquiries: { year: number, total: number, byKind: Array<{ key: string, count: number }>, bySource: Array<{ key: string, count: number }>, byOutcome: Array<{ key: string, count: number }> } | null } };

export type StatisticsQueryVariables = Exact<{
  year: number;
  region?: Region | null | undefined;
}>;


export type StatisticsQuery = { statistics: { year: number, region: Region | null, personsTrafficked: number, minors: number, preparedReturns: number, sources: { inSystem: number, historical: number }, byPrimaryExploitation: Array<{ key: string, count: number }>, byGender: Array<{ key: string, count: number }>, byNationality: Array<{ key: string, count: number }>, age: { known: number, unknown: number, min: number | null, max: number | null, mean: number | null }, byAuthority: Array<{ key: string, count: number }>, byFirstContactKind: Array<{ key: string, count: number }>, byFirstContactOrganisation: Array<{ key: string, count: number }>, interviews: { held: number, endedTrafficked: number, shareTrafficked: number | null }, referralsByOrganisation: Array<{ referrals: number, assessedTrafficked: number, organisation: { code: string } }>, closuresByOutcome: Array<{ key: string, count: number }>, series: Array<{ year: number, personsTrafficked: number, interviewsHeld: number, referrals: number, preparedReturns: number }> } };

export type ImportHistoryMutationVariables = Exact<{
  csv: string;
}>;


export type ImportHistoryMutation = { importHistory: { imported: number, skipped: number, errors: Array<{ line: number, reason: string }> } };

export type PossibleMatchesQueryVariables = Exact<{
  id: string | number;
}>;


export type PossibleMatchesQuery = { referral: { id: string, possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, subject: { identity: { name: string | null, dateOfBirth: string | null } | null } }> }> | null } | null };

export type ReferralSubjectQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralSubjectQuery = { referral: { id: string, subject: { id: string, pseudonym: string, aliases: Array<string> | null } } | null };

export type ReferralSubjectViewQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralSubjectViewQuery = { referral: { possibleMatches: Array<{ subjectId: string, pseudonym: string, score: number, reasons: Array<MatchReason>, referrals: Array<{ id: string, subject: { identity: { name: string | null, dateOfBirth: string | null } | null } }> }> | null, subjectMerges: Array<{ id: string }> | null, subject: { id: string, pseudonym: string, aliases: Array<string> | null } } | null };

export type ReferralWithSubjectHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralWithSubjectHistoryQuery = { referral: { id: string, version: number, reference: string, state: ReferralState, urgency: Urgency, minor: boolean, overdue: boolean, suspectedExploitation: Array<ExploitationForm>, sector: Sector | null, region: Region, operationId: string | null, createdAt: string, submittedAt: string | null, acknowledgedAt: string | null, interviewAt: string | null, narrative: string | null, indicators: Array<string> | null, location: string | null, outcome: ReferralOutcome | null, erasedAt: string | null, allowedActions: Array<ReferralAction>, possibleMatches: Array<{ subjectId: string }> | null, subjectMerges: Array<{ id: string }> | null, corrections: Array<{ values: Array<{ field: string }> }>, referringOrganisation: { code: string }, receivingOrganisation: { code: string } | null, competentAuthority: { code: string } | null, deadlines: { acknowledgeBy: string | null, interviewBy: string | null }, subject: { id: string, pseudonym: string, gender: Gender, nationality: string | null, ageBand: string, languages: Array<string>, residenceStatus: ResidenceStatus, contact: string | null, whereabouts: string | null, identity: { name: string | null, alias: string | null, dateOfBirth: string | null, estimatedAge: number | null } | null }, assessment: { decision: AssessmentDecision, primaryExploitation: ExploitationForm, grounds: string | null, assessedOn: string, authority: { code: string } } | null, reflectionPeriod: { startsOn: string, endsOn: string, totalDays: number } | null, representative: { name: string | null, appointedBy: string | null, recordedAt: string } | null, consent: { toReferral: Consent, toDisclosure: Consent }, timeline: Array<{ action: string, fromState: ReferralState | null, toState: ReferralState, at: string, actorName: string | null, note: string | null, organisation: { code: string } | null }>, access: { level: AccessLevel, reason: string, reasonCode: AccessReasonCode, reasonParams: { level: AccessLevel | null, until: string | null, purpose: string | null, legalBasis: string | null } | null } } | null };

export type ConfirmSubjectMatchMutationVariables = Exact<{
  r: string | number;
  s: string | number;
}>;


export type ConfirmSubjectMatchMutation = { confirmSubjectMatch: { id: string, subject: { id: string, pseudonym: string, aliases: Array<string> | null }, subjectMerges: Array<{ id: string, mergedSubjectId: string, survivingSubjectId: string, referralsMoved: number, unmergedAt: string | null, mergedBy: { code: string } | null }> | null } };

export type DismissSubjectMatchMutationVariables = Exact<{
  r: string | number;
  s: string | number;
}>;


export type DismissSubjectMatchMutation = { dismissSubjectMatch: { id: string } };

export type UnmergeSubjectsMutationVariables = Exact<{
  m: string | number;
}>;


export type UnmergeSubjectsMutation = { unmergeSubjects: { id: string, subject: { id: string, aliases: Array<string> | null }, subjectMerges: Array<{ id: string, unmergedAt: string | null, unmergedBy: { code: string } | null }> | null } };

export type CorrectSubjectMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SubjectCorrectionInput;
  reason: string;
}>;


export type CorrectSubjectMutation = { correctSubjectData: { id: string, version: number, minor: boolean, urgency: Urgency, subject: { ageBand: string, nationality: string | null, contact: string | null, identity: { name: string | null, dateOfBirth: string | null } | null }, timeline: Array<{ action: string, note: string | null, organisation: { code: string } | null }> } };

export type CorrectionHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type CorrectionHistoryQuery = { referral: { corrections: Array<{ event: { action: string, note: string | null, organisation: { code: string } | null }, values: Array<{ field: string, previous: string | null, withheld: boolean }> }> } | null };

export type LaterMatchesQueryVariables = Exact<{
  id: string | number;
}>;


export type LaterMatchesQuery = { referral: { possibleMatches: Array<{ referrals: Array<{ id: string }> }> | null } | null };

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
export const IndicatorFieldsFragmentDoc = new TypedDocumentString(`
    fragment IndicatorFields on Indicator {
  code
  exploitationForm
  labelDa
  labelEn
  sortOrder
  active
}
    `, {"fragmentName":"IndicatorFields"}) as unknown as TypedDocumentString<IndicatorFieldsFragment, unknown>;
export const AssignmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssignmentFields on Referral {
  id
  state
  version
  mayReassign
  assignee {
    id
    name
  }
  deputy {
    id
    name
  }
}
    `, {"fragmentName":"AssignmentFields"}) as unknown as TypedDocumentString<AssignmentFieldsFragment, unknown>;
export const AuditEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditEventFields on AuditEvent {
  id
  seq
  at
  actorUserId
  actorOrganisation {
    code
  }
  actorRoles
  action
  objectType
  objectId
  subjectId
  dataCategory
  purpose
  outcome
  requestId
  details
}
    `, {"fragmentName":"AuditEventFields"}) as unknown as TypedDocumentString<AuditEventFieldsFragment, unknown>;
export const AuthPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  expiresAt
  user {
    id
    email
  }
}
    `, {"fragmentName":"AuthPayloadFields"}) as unknown as TypedDocumentString<AuthPayloadFieldsFragment, unknown>;
export const ComplexFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplexFields on CaseComplex {
  id
  name
  description
  leadOrganisation {
    code
  }
  createdAt
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  referrals {
    id
    reference
  }
  operations {
    id
    codename
    leadOrganisation {
      code
    }
  }
  suspects {
    id
    name
    dateOfBirth
    nationality
    roleInNetwork
    notes
    currentStage {
      kind
      provision
      provisionText
      occurredOn
    }
    caseEvents {
      kind
      provision
      occurredOn
      note
      organisation {
        code
      }
    }
  }
  timeline {
    kind
    organisation {
      code
    }
    fromOrganisation {
      code
    }
    toOrganisation {
      code
    }
    referralId
    operationId
  }
}
    `, {"fragmentName":"ComplexFields"}) as unknown as TypedDocumentString<ComplexFieldsFragment, unknown>;
export const CaseReviewNoteFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseReviewNoteFields on ReviewNote {
  id
  text
  referenceGroup
  region
  referralId
  referralReference
  recommendation
}
    `, {"fragmentName":"CaseReviewNoteFields"}) as unknown as TypedDocumentString<CaseReviewNoteFieldsFragment, unknown>;
export const ContributedComplexFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContributedComplexFields on CaseComplex {
  id
  access {
    level
    reasonCode
  }
  policeJournalNumbers
  prosecutionCaseNumber
  cooperation {
    partnerCountries
    jointInvestigationTeam
    jointInvestigationTeamName
  }
  contributors {
    organisation {
      code
    }
    invitedAt
    removedAt
  }
  contributions {
    id
    organisation {
      code
    }
    category
    notedOn
    note
    createdAt
  }
  suspects {
    id
  }
  referrals {
    id
    state
    access {
      level
      reasonCode
    }
    narrative
    subject {
      identity {
        name
      }
    }
    caseComplexes {
      id
    }
  }
}
    `, {"fragmentName":"ContributedComplexFields"}) as unknown as TypedDocumentString<ContributedComplexFieldsFragment, unknown>;
export const IdentityProviderFieldsFragmentDoc = new TypedDocumentString(`
    fragment IdentityProviderFields on IdentityProvider {
  id
  organisation {
    code
  }
  issuer
  clientId
  requireMfaFromIdp
  passwordSignInAllowed
  redirectUri
  updatedAt
}
    `, {"fragmentName":"IdentityProviderFields"}) as unknown as TypedDocumentString<IdentityProviderFieldsFragment, unknown>;
export const InquiryFieldsFragmentDoc = new TypedDocumentString(`
    fragment InquiryFields on Inquiry {
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
    code
  }
}
    `, {"fragmentName":"InquiryFields"}) as unknown as TypedDocumentString<InquiryFieldsFragment, unknown>;
export const JobRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment JobRunFields on JobRun {
  id
  name
  at
  startedAt
  finishedAt
  status
  attempts
  summary
  error
}
    `, {"fragmentName":"JobRunFields"}) as unknown as TypedDocumentString<JobRunFieldsFragment, unknown>;
export const OperationPeopleFieldsFragmentDoc = new TypedDocumentString(`
    fragment OperationPeopleFields on Operation {
  id
  state
  startsAt
  endsAt
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    attendee {
      id
      name
    }
    startsAt
    endsAt
    operation {
      id
      codename
      targets {
        address
      }
    }
  }
}
    `, {"fragmentName":"OperationPeopleFields"}) as unknown as TypedDocumentString<OperationPeopleFieldsFragment, unknown>;
export const OperationFieldsFragmentDoc = new TypedDocumentString(`
    fragment OperationFields on Operation {
  id
  version
  state
  codename
  objective
  sector
  region
  startsAt
  endsAt
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  leadOrganisation {
    code
  }
  cancelledAt
  cancelReason
  invitations {
    organisation {
      code
    }
    status
    respondedAt
    attendees {
      id
      name
    }
    note
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  myInvitation {
    status
    organisation {
      code
    }
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  cmmAttendance {
    status
    attendees {
      id
      name
    }
    note
  }
  conflicts {
    organisation {
      code
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      code
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}
    `, {"fragmentName":"OperationFields"}) as unknown as TypedDocumentString<OperationFieldsFragment, unknown>;
export const ReviewTableFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewTableFields on ReviewTable {
  rows {
    key
    count
    display
    suppression
  }
  total {
    key
    count
    display
    suppression
  }
  personal
}
    `, {"fragmentName":"ReviewTableFields"}) as unknown as TypedDocumentString<ReviewTableFieldsFragment, unknown>;
export const ReferralFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}
    `, {"fragmentName":"ReferralFields"}) as unknown as TypedDocumentString<ReferralFieldsFragment, unknown>;
export const ListedNarrativeFragmentDoc = new TypedDocumentString(`
    fragment ListedNarrative on Referral {
  narrative @skip(if: $narrative) @include(if: $narrative)
  shownNarrative: narrative @include(if: $narrative)
}
    `, {"fragmentName":"ListedNarrative"}) as unknown as TypedDocumentString<ListedNarrativeFragment, unknown>;
export const ServiceAccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment ServiceAccountFields on ServiceAccount {
  id
  clientId
  name
  organisation {
    code
  }
  roles
  purpose
  active
  createdAt
  secretRotatedAt
  deactivatedAt
}
    `, {"fragmentName":"ServiceAccountFields"}) as unknown as TypedDocumentString<ServiceAccountFieldsFragment, unknown>;
export const GrantFieldsFragmentDoc = new TypedDocumentString(`
    fragment GrantFields on AccessGrant {
  id
  referralId
  caseComplexId
  organisation {
    code
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
    code
  }
  grantedAt
  revokedAt
  revokeReason
  reviewedAt
  reviewNote
}
    `, {"fragmentName":"GrantFields"}) as unknown as TypedDocumentString<GrantFieldsFragment, unknown>;
export const RequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment RequestFields on AccessRequest {
  id
  referralId
  caseComplexId
  organisation {
    code
  }
  level
  purpose
  legalBasis
  reason
  origin
  state
  createdAt
  confirmedAt
  decidedAt
  decidedByOrganisation {
    code
  }
  refusalReason
  cappedGrantId
  grant {
    id
    level
    expiresAt
    organisation {
      code
    }
    grantedByOrganisation {
      code
    }
    consentOverride
  }
}
    `, {"fragmentName":"RequestFields"}) as unknown as TypedDocumentString<RequestFieldsFragment, unknown>;
export const ReviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewFields on AccessGrant {
  id
  reviewDueAt
  reviewedAt
  consentOverride
  consentOverrideReason
}
    `, {"fragmentName":"ReviewFields"}) as unknown as TypedDocumentString<ReviewFieldsFragment, unknown>;
export const AddReferralAddendumDocument = new TypedDocumentString(`
    mutation AddReferralAddendum($id: ID!, $input: ReferralAddendumInput!) {
  addReferralAddendum(id: $id, input: $input) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<AddReferralAddendumMutation, AddReferralAddendumMutationVariables>;
export const ReferralAddendaDocument = new TypedDocumentString(`
    query ReferralAddenda($id: ID!) {
  referral(id: $id) {
    id
    state
    indicators
    indicatorCodes
    narrative
    allowedActions
    timeline {
      id
      action
      toState
      note
      addendum {
        indicatorCodes
        indicators
        narrative
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralAddendaQuery, ReferralAddendaQueryVariables>;
export const IndicatorCatalogueDocument = new TypedDocumentString(`
    query IndicatorCatalogue($includeRetired: Boolean) {
  indicatorCatalogue(includeRetired: $includeRetired) {
    ...IndicatorFields
  }
}
    fragment IndicatorFields on Indicator {
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
    ...IndicatorFields
  }
}
    fragment IndicatorFields on Indicator {
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
    ...IndicatorFields
  }
}
    fragment IndicatorFields on Indicator {
  code
  exploitationForm
  labelDa
  labelEn
  sortOrder
  active
}`) as unknown as TypedDocumentString<UpdateIndicatorMutation, UpdateIndicatorMutationVariables>;
export const ReferralAssignmentDocument = new TypedDocumentString(`
    query ReferralAssignment($id: ID!) {
  referral(id: $id) {
    ...AssignmentFields
  }
}
    fragment AssignmentFields on Referral {
  id
  state
  version
  mayReassign
  assignee {
    id
    name
  }
  deputy {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReferralAssignmentQuery, ReferralAssignmentQueryVariables>;
export const ReferralAssigneeCandidatesDocument = new TypedDocumentString(`
    query ReferralAssigneeCandidates {
  referralAssigneeCandidates {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ReferralAssigneeCandidatesQuery, ReferralAssigneeCandidatesQueryVariables>;
export const AcknowledgeAssigningDocument = new TypedDocumentString(`
    mutation AcknowledgeAssigning($id: ID!, $assigneeId: ID, $deputyId: ID) {
  acknowledgeReferral(id: $id, assigneeId: $assigneeId, deputyId: $deputyId) {
    ...AssignmentFields
  }
}
    fragment AssignmentFields on Referral {
  id
  state
  version
  mayReassign
  assignee {
    id
    name
  }
  deputy {
    id
    name
  }
}`) as unknown as TypedDocumentString<AcknowledgeAssigningMutation, AcknowledgeAssigningMutationVariables>;
export const AssignReferralDocument = new TypedDocumentString(`
    mutation AssignReferral($id: ID!, $assigneeId: ID!, $deputyId: ID) {
  assignReferral(id: $id, assigneeId: $assigneeId, deputyId: $deputyId) {
    ...AssignmentFields
  }
}
    fragment AssignmentFields on Referral {
  id
  state
  version
  mayReassign
  assignee {
    id
    name
  }
  deputy {
    id
    name
  }
}`) as unknown as TypedDocumentString<AssignReferralMutation, AssignReferralMutationVariables>;
export const AssignedReferralsDocument = new TypedDocumentString(`
    query AssignedReferrals($filter: ReferralFilter) {
  referrals(filter: $filter, first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssignedReferralsQuery, AssignedReferralsQueryVariables>;
export const AuditEventsWithHitsDocument = new TypedDocumentString(`
    query AuditEventsWithHits($filter: AuditEventFilter, $first: Int) {
  auditEvents(filter: $filter, first: $first) {
    edges {
      node {
        seq
        action
        objectType
        objectId
        subjectId
        dataCategory
        actorUserId
        hitCount
        hits {
          position
          objectId
          subjectId
          dataCategory
          purpose
          details
        }
      }
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuditEventsWithHitsQuery, AuditEventsWithHitsQueryVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...AuditEventFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment AuditEventFields on AuditEvent {
  id
  seq
  at
  actorUserId
  actorOrganisation {
    code
  }
  actorRoles
  action
  objectType
  objectId
  subjectId
  dataCategory
  purpose
  outcome
  requestId
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
export const SubjectAccessReportInFullDocument = new TypedDocumentString(`
    query SubjectAccessReportInFull($subjectId: ID!) {
  subjectAccessReport(subjectId: $subjectId) {
    ...AuditEventFields
  }
}
    fragment AuditEventFields on AuditEvent {
  id
  seq
  at
  actorUserId
  actorOrganisation {
    code
  }
  actorRoles
  action
  objectType
  objectId
  subjectId
  dataCategory
  purpose
  outcome
  requestId
  details
}`) as unknown as TypedDocumentString<SubjectAccessReportInFullQuery, SubjectAccessReportInFullQueryVariables>;
export const FindDataSubjectsDocument = new TypedDocumentString(`
    query FindDataSubjects($name: String!, $dateOfBirth: Date!) {
  findDataSubjects(name: $name, dateOfBirth: $dateOfBirth) {
    subjectId
    pseudonym
    referrals
  }
}
    `) as unknown as TypedDocumentString<FindDataSubjectsQuery, FindDataSubjectsQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!, $totp: String) {
  login(email: $email, password: $password, totp: $totp) {
    ...AuthPayloadFields
  }
}
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  expiresAt
  user {
    id
    email
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = new TypedDocumentString(`
    mutation Refresh($refreshToken: String) {
  refresh(refreshToken: $refreshToken) {
    ...AuthPayloadFields
  }
}
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  expiresAt
  user {
    id
    email
  }
}`) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($userId: ID!) {
  requestPasswordReset(userId: $userId)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ReferenceGroupMembersDocument = new TypedDocumentString(`
    query ReferenceGroupMembers($group: ReferenceGroup) {
  referenceGroupMembers(group: $group) {
    id
    email
    roles
    referenceGroup
  }
}
    `) as unknown as TypedDocumentString<ReferenceGroupMembersQuery, ReferenceGroupMembersQueryVariables>;
export const SetReferenceGroupDocument = new TypedDocumentString(`
    mutation SetReferenceGroup($userId: ID!, $referenceGroup: ReferenceGroup) {
  setReferenceGroup(userId: $userId, referenceGroup: $referenceGroup) {
    id
    roles
    referenceGroup
  }
}
    `) as unknown as TypedDocumentString<SetReferenceGroupMutation, SetReferenceGroupMutationVariables>;
export const MeInFullDocument = new TypedDocumentString(`
    query MeInFull {
  me {
    id
    name
    email
    organisation {
      id
      code
      name
      kind
      region
    }
    roles
  }
}
    `) as unknown as TypedDocumentString<MeInFullQuery, MeInFullQueryVariables>;
export const MeSecondFactorDocument = new TypedDocumentString(`
    query MeSecondFactor {
  me {
    secondFactorEnabled
  }
}
    `) as unknown as TypedDocumentString<MeSecondFactorQuery, MeSecondFactorQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    email
    name
    organisation {
      code
    }
    roles
    referenceGroup
    active
    secondFactorEnabled
    createdAt
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($code: String) {
  users(organisationCode: $code) {
    id
    email
    organisation {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
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
export const DeactivateUserDocument = new TypedDocumentString(`
    mutation DeactivateUser($id: ID!) {
  deactivateUser(id: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = new TypedDocumentString(`
    mutation ReactivateUser($id: ID!) {
  reactivateUser(id: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const CreateCaseComplexDocument = new TypedDocumentString(`
    mutation CreateCaseComplex($input: CreateCaseComplexInput!) {
  createCaseComplex(input: $input) {
    ...ComplexFields
  }
}
    fragment ComplexFields on CaseComplex {
  id
  name
  description
  leadOrganisation {
    code
  }
  createdAt
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  referrals {
    id
    reference
  }
  operations {
    id
    codename
    leadOrganisation {
      code
    }
  }
  suspects {
    id
    name
    dateOfBirth
    nationality
    roleInNetwork
    notes
    currentStage {
      kind
      provision
      provisionText
      occurredOn
    }
    caseEvents {
      kind
      provision
      occurredOn
      note
      organisation {
        code
      }
    }
  }
  timeline {
    kind
    organisation {
      code
    }
    fromOrganisation {
      code
    }
    toOrganisation {
      code
    }
    referralId
    operationId
  }
}`) as unknown as TypedDocumentString<CreateCaseComplexMutation, CreateCaseComplexMutationVariables>;
export const CaseComplexDocument = new TypedDocumentString(`
    query CaseComplex($id: ID!) {
  caseComplex(id: $id) {
    ...ComplexFields
  }
}
    fragment ComplexFields on CaseComplex {
  id
  name
  description
  leadOrganisation {
    code
  }
  createdAt
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  referrals {
    id
    reference
  }
  operations {
    id
    codename
    leadOrganisation {
      code
    }
  }
  suspects {
    id
    name
    dateOfBirth
    nationality
    roleInNetwork
    notes
    currentStage {
      kind
      provision
      provisionText
      occurredOn
    }
    caseEvents {
      kind
      provision
      occurredOn
      note
      organisation {
        code
      }
    }
  }
  timeline {
    kind
    organisation {
      code
    }
    fromOrganisation {
      code
    }
    toOrganisation {
      code
    }
    referralId
    operationId
  }
}`) as unknown as TypedDocumentString<CaseComplexQuery, CaseComplexQueryVariables>;
export const CaseComplexesDocument = new TypedDocumentString(`
    query CaseComplexes {
  caseComplexes {
    id
    name
    access {
      level
    }
    suspects {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CaseComplexesQuery, CaseComplexesQueryVariables>;
export const HandOverCaseComplexDocument = new TypedDocumentString(`
    mutation HandOverCaseComplex($id: ID!, $to: String!) {
  handOverCaseComplex(id: $id, toOrganisationCode: $to) {
    ...ComplexFields
  }
}
    fragment ComplexFields on CaseComplex {
  id
  name
  description
  leadOrganisation {
    code
  }
  createdAt
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  referrals {
    id
    reference
  }
  operations {
    id
    codename
    leadOrganisation {
      code
    }
  }
  suspects {
    id
    name
    dateOfBirth
    nationality
    roleInNetwork
    notes
    currentStage {
      kind
      provision
      provisionText
      occurredOn
    }
    caseEvents {
      kind
      provision
      occurredOn
      note
      organisation {
        code
      }
    }
  }
  timeline {
    kind
    organisation {
      code
    }
    fromOrganisation {
      code
    }
    toOrganisation {
      code
    }
    referralId
    operationId
  }
}`) as unknown as TypedDocumentString<HandOverCaseComplexMutation, HandOverCaseComplexMutationVariables>;
export const LinkReferralToCaseComplexDocument = new TypedDocumentString(`
    mutation LinkReferralToCaseComplex($c: ID!, $r: ID!) {
  linkReferralToCaseComplex(caseComplexId: $c, referralId: $r) {
    id
    referrals {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LinkReferralToCaseComplexMutation, LinkReferralToCaseComplexMutationVariables>;
export const LinkOperationToCaseComplexDocument = new TypedDocumentString(`
    mutation LinkOperationToCaseComplex($c: ID!, $o: ID!) {
  linkOperationToCaseComplex(caseComplexId: $c, operationId: $o) {
    id
    operations {
      id
      codename
    }
  }
}
    `) as unknown as TypedDocumentString<LinkOperationToCaseComplexMutation, LinkOperationToCaseComplexMutationVariables>;
export const AddSuspectDocument = new TypedDocumentString(`
    mutation AddSuspect($c: ID!, $input: SuspectInput!) {
  addSuspect(caseComplexId: $c, input: $input) {
    id
    name
    nationality
    currentStage {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<AddSuspectMutation, AddSuspectMutationVariables>;
export const RecordCaseEventDocument = new TypedDocumentString(`
    mutation RecordCaseEvent($c: ID!, $input: CaseEventInput!) {
  recordCaseEvent(caseComplexId: $c, input: $input) {
    id
    kind
    provision
    provisionText
    occurredOn
    note
    organisation {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RecordCaseEventMutation, RecordCaseEventMutationVariables>;
export const ReferralCaseComplexesDocument = new TypedDocumentString(`
    query ReferralCaseComplexes($id: ID!) {
  referral(id: $id) {
    caseComplexes {
      id
      name
      leadOrganisation {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralCaseComplexesQuery, ReferralCaseComplexesQueryVariables>;
export const CaseComplexesInDemoDocument = new TypedDocumentString(`
    query CaseComplexesInDemo {
  caseComplexes {
    name
    leadOrganisation {
      code
    }
    referrals {
      id
      access {
        level
      }
    }
    operations {
      codename
    }
    suspects {
      name
      currentStage {
        kind
      }
    }
    timeline {
      kind
      fromOrganisation {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseComplexesInDemoQuery, CaseComplexesInDemoQueryVariables>;
export const CaseComplexesAsMemberDocument = new TypedDocumentString(`
    query CaseComplexesAsMember {
  caseComplexes {
    name
    access {
      level
    }
    suspects {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CaseComplexesAsMemberQuery, CaseComplexesAsMemberQueryVariables>;
export const CaseReviewDocument = new TypedDocumentString(`
    query CaseReview($region: Region, $from: Date, $to: Date, $period: ReviewPeriod) {
  referenceGroupReview(region: $region, from: $from, to: $to, period: $period) {
    region
    from
    to
    byState {
      rows {
        key
        count
      }
      total {
        count
      }
    }
    byGender {
      rows {
        count
        display
      }
    }
    deadlines {
      acknowledgement {
        met
        missed
        pending
      }
      interview {
        met
        missed
        pending
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
      acknowledgementInTime
      interviewInTime
      notes {
        ...CaseReviewNoteFields
      }
    }
    notes {
      ...CaseReviewNoteFields
    }
    recommendations {
      ...CaseReviewNoteFields
    }
    mayAddNotes
  }
}
    fragment CaseReviewNoteFields on ReviewNote {
  id
  text
  referenceGroup
  region
  referralId
  referralReference
  recommendation
}`) as unknown as TypedDocumentString<CaseReviewQuery, CaseReviewQueryVariables>;
export const AddCaseReviewNoteDocument = new TypedDocumentString(`
    mutation AddCaseReviewNote($region: Region!, $from: Date!, $to: Date!, $text: String!, $referralId: ID, $recommendation: Boolean) {
  addReviewNote(
    region: $region
    periodFrom: $from
    periodTo: $to
    text: $text
    referralId: $referralId
    recommendation: $recommendation
  ) {
    ...CaseReviewNoteFields
  }
}
    fragment CaseReviewNoteFields on ReviewNote {
  id
  text
  referenceGroup
  region
  referralId
  referralReference
  recommendation
}`) as unknown as TypedDocumentString<AddCaseReviewNoteMutation, AddCaseReviewNoteMutationVariables>;
export const ContributedComplexDocument = new TypedDocumentString(`
    query ContributedComplex($id: ID!) {
  caseComplex(id: $id) {
    ...ContributedComplexFields
  }
}
    fragment ContributedComplexFields on CaseComplex {
  id
  access {
    level
    reasonCode
  }
  policeJournalNumbers
  prosecutionCaseNumber
  cooperation {
    partnerCountries
    jointInvestigationTeam
    jointInvestigationTeamName
  }
  contributors {
    organisation {
      code
    }
    invitedAt
    removedAt
  }
  contributions {
    id
    organisation {
      code
    }
    category
    notedOn
    note
    createdAt
  }
  suspects {
    id
  }
  referrals {
    id
    state
    access {
      level
      reasonCode
    }
    narrative
    subject {
      identity {
        name
      }
    }
    caseComplexes {
      id
    }
  }
}`) as unknown as TypedDocumentString<ContributedComplexQuery, ContributedComplexQueryVariables>;
export const ContributedComplexesDocument = new TypedDocumentString(`
    query ContributedComplexes {
  caseComplexes {
    id
    access {
      level
    }
  }
}
    `) as unknown as TypedDocumentString<ContributedComplexesQuery, ContributedComplexesQueryVariables>;
export const UpdateCaseComplexDetailsDocument = new TypedDocumentString(`
    mutation UpdateCaseComplexDetails($id: ID!, $input: CaseComplexDetailsInput!) {
  updateCaseComplexDetails(id: $id, input: $input) {
    ...ContributedComplexFields
  }
}
    fragment ContributedComplexFields on CaseComplex {
  id
  access {
    level
    reasonCode
  }
  policeJournalNumbers
  prosecutionCaseNumber
  cooperation {
    partnerCountries
    jointInvestigationTeam
    jointInvestigationTeamName
  }
  contributors {
    organisation {
      code
    }
    invitedAt
    removedAt
  }
  contributions {
    id
    organisation {
      code
    }
    category
    notedOn
    note
    createdAt
  }
  suspects {
    id
  }
  referrals {
    id
    state
    access {
      level
      reasonCode
    }
    narrative
    subject {
      identity {
        name
      }
    }
    caseComplexes {
      id
    }
  }
}`) as unknown as TypedDocumentString<UpdateCaseComplexDetailsMutation, UpdateCaseComplexDetailsMutationVariables>;
export const InviteCaseComplexContributorDocument = new TypedDocumentString(`
    mutation InviteCaseComplexContributor($caseComplexId: ID!, $organisationCode: String!) {
  inviteCaseComplexContributor(
    caseComplexId: $caseComplexId
    organisationCode: $organisationCode
  ) {
    ...ContributedComplexFields
  }
}
    fragment ContributedComplexFields on CaseComplex {
  id
  access {
    level
    reasonCode
  }
  policeJournalNumbers
  prosecutionCaseNumber
  cooperation {
    partnerCountries
    jointInvestigationTeam
    jointInvestigationTeamName
  }
  contributors {
    organisation {
      code
    }
    invitedAt
    removedAt
  }
  contributions {
    id
    organisation {
      code
    }
    category
    notedOn
    note
    createdAt
  }
  suspects {
    id
  }
  referrals {
    id
    state
    access {
      level
      reasonCode
    }
    narrative
    subject {
      identity {
        name
      }
    }
    caseComplexes {
      id
    }
  }
}`) as unknown as TypedDocumentString<InviteCaseComplexContributorMutation, InviteCaseComplexContributorMutationVariables>;
export const RemoveCaseComplexContributorDocument = new TypedDocumentString(`
    mutation RemoveCaseComplexContributor($caseComplexId: ID!, $organisationCode: String!) {
  removeCaseComplexContributor(
    caseComplexId: $caseComplexId
    organisationCode: $organisationCode
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveCaseComplexContributorMutation, RemoveCaseComplexContributorMutationVariables>;
export const AddCaseComplexContributionDocument = new TypedDocumentString(`
    mutation AddCaseComplexContribution($caseComplexId: ID!, $input: CaseComplexContributionInput!) {
  addCaseComplexContribution(caseComplexId: $caseComplexId, input: $input) {
    id
    organisation {
      code
    }
    category
    notedOn
    note
    createdAt
  }
}
    `) as unknown as TypedDocumentString<AddCaseComplexContributionMutation, AddCaseComplexContributionMutationVariables>;
export const CriminalJusticeStatisticsDocument = new TypedDocumentString(`
    query CriminalJusticeStatistics($year: Int!, $region: Region) {
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
  }
}
    `) as unknown as TypedDocumentString<CriminalJusticeStatisticsQuery, CriminalJusticeStatisticsQueryVariables>;
export const ImportCriminalJusticeHistoryDocument = new TypedDocumentString(`
    mutation ImportCriminalJusticeHistory($csv: String!) {
  importCriminalJusticeHistory(csv: $csv) {
    imported
    skipped
    errors {
      line
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ImportCriminalJusticeHistoryMutation, ImportCriminalJusticeHistoryMutationVariables>;
export const ConfigureIdentityProviderDocument = new TypedDocumentString(`
    mutation ConfigureIdentityProvider($organisationCode: String!, $input: ConfigureIdentityProviderInput!) {
  configureIdentityProvider(organisationCode: $organisationCode, input: $input) {
    ...IdentityProviderFields
  }
}
    fragment IdentityProviderFields on IdentityProvider {
  id
  organisation {
    code
  }
  issuer
  clientId
  requireMfaFromIdp
  passwordSignInAllowed
  redirectUri
  updatedAt
}`) as unknown as TypedDocumentString<ConfigureIdentityProviderMutation, ConfigureIdentityProviderMutationVariables>;
export const IdentityProvidersDocument = new TypedDocumentString(`
    query IdentityProviders {
  identityProviders {
    ...IdentityProviderFields
  }
}
    fragment IdentityProviderFields on IdentityProvider {
  id
  organisation {
    code
  }
  issuer
  clientId
  requireMfaFromIdp
  passwordSignInAllowed
  redirectUri
  updatedAt
}`) as unknown as TypedDocumentString<IdentityProvidersQuery, IdentityProvidersQueryVariables>;
export const PublicIdentityProvidersDocument = new TypedDocumentString(`
    query PublicIdentityProviders {
  publicIdentityProviders {
    organisationCode
    organisationName
  }
}
    `) as unknown as TypedDocumentString<PublicIdentityProvidersQuery, PublicIdentityProvidersQueryVariables>;
export const RefreshWithSignOutUrlDocument = new TypedDocumentString(`
    mutation RefreshWithSignOutUrl {
  refresh {
    accessToken
    refreshToken
    identityProviderSignOutUrl
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RefreshWithSignOutUrlMutation, RefreshWithSignOutUrlMutationVariables>;
export const RecordInquiryDocument = new TypedDocumentString(`
    mutation RecordInquiry($input: RecordInquiryInput!) {
  recordInquiry(input: $input) {
    ...InquiryFields
  }
}
    fragment InquiryFields on Inquiry {
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
    code
  }
}`) as unknown as TypedDocumentString<RecordInquiryMutation, RecordInquiryMutationVariables>;
export const InquiriesDocument = new TypedDocumentString(`
    query Inquiries($from: Date!, $to: Date!) {
  inquiries(from: $from, to: $to) {
    ...InquiryFields
  }
}
    fragment InquiryFields on Inquiry {
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
    code
  }
}`) as unknown as TypedDocumentString<InquiriesQuery, InquiriesQueryVariables>;
export const InquiryStatisticsDocument = new TypedDocumentString(`
    query InquiryStatistics($year: Int!) {
  inquiryStatistics(year: $year) {
    year
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
    `) as unknown as TypedDocumentString<InquiryStatisticsQuery, InquiryStatisticsQueryVariables>;
export const RunJobDocument = new TypedDocumentString(`
    mutation RunJob($name: String!, $at: DateTime) {
  runJob(name: $name, at: $at) {
    ...JobRunFields
  }
}
    fragment JobRunFields on JobRun {
  id
  name
  at
  startedAt
  finishedAt
  status
  attempts
  summary
  error
}`) as unknown as TypedDocumentString<RunJobMutation, RunJobMutationVariables>;
export const JobsDocument = new TypedDocumentString(`
    query Jobs {
  jobs {
    name
    schedule
    description
    lastRun {
      ...JobRunFields
    }
  }
}
    fragment JobRunFields on JobRun {
  id
  name
  at
  startedAt
  finishedAt
  status
  attempts
  summary
  error
}`) as unknown as TypedDocumentString<JobsQuery, JobsQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($unreadOnly: Boolean) {
  notifications(unreadOnly: $unreadOnly) {
    id
    kind
    title
    titleEn
    objectType
    objectId
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
    kind
    readAt
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const OperationPeopleDocument = new TypedDocumentString(`
    query OperationPeople($id: ID!) {
  operation(id: $id) {
    ...OperationPeopleFields
  }
}
    fragment OperationPeopleFields on Operation {
  id
  state
  startsAt
  endsAt
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    attendee {
      id
      name
    }
    startsAt
    endsAt
    operation {
      id
      codename
      targets {
        address
      }
    }
  }
}`) as unknown as TypedDocumentString<OperationPeopleQuery, OperationPeopleQueryVariables>;
export const AttendeeCandidatesDocument = new TypedDocumentString(`
    query AttendeeCandidates($operationId: ID!) {
  operationAttendeeCandidates(operationId: $operationId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AttendeeCandidatesQuery, AttendeeCandidatesQueryVariables>;
export const AttendeeConflictsDocument = new TypedDocumentString(`
    query AttendeeConflicts($operationId: ID!, $userIds: [ID!]!) {
  attendeeConflicts(operationId: $operationId, userIds: $userIds) {
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
}
    `) as unknown as TypedDocumentString<AttendeeConflictsQuery, AttendeeConflictsQueryVariables>;
export const NameOperationAttendeesDocument = new TypedDocumentString(`
    mutation NameOperationAttendees($operationId: ID!, $userIds: [ID!]!, $confirmDoubleBooking: Boolean, $doubleBookingReason: String) {
  nameOperationAttendees(
    operationId: $operationId
    userIds: $userIds
    confirmDoubleBooking: $confirmDoubleBooking
    doubleBookingReason: $doubleBookingReason
  ) {
    ...OperationPeopleFields
  }
}
    fragment OperationPeopleFields on Operation {
  id
  state
  startsAt
  endsAt
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    attendee {
      id
      name
    }
    startsAt
    endsAt
    operation {
      id
      codename
      targets {
        address
      }
    }
  }
}`) as unknown as TypedDocumentString<NameOperationAttendeesMutation, NameOperationAttendeesMutationVariables>;
export const RespondWithAttendeesDocument = new TypedDocumentString(`
    mutation RespondWithAttendees($operationId: ID!, $accept: Boolean!, $attendeeUserIds: [ID!], $confirmDoubleBooking: Boolean, $doubleBookingReason: String) {
  respondToInvitation(
    operationId: $operationId
    accept: $accept
    attendeeUserIds: $attendeeUserIds
    confirmDoubleBooking: $confirmDoubleBooking
    doubleBookingReason: $doubleBookingReason
  ) {
    id
    myInvitation {
      status
      attendees {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RespondWithAttendeesMutation, RespondWithAttendeesMutationVariables>;
export const RequestInterpreterDocument = new TypedDocumentString(`
    mutation RequestInterpreter($operationId: ID!, $language: String!, $provider: String) {
  requestInterpreter(
    operationId: $operationId
    language: $language
    provider: $provider
  ) {
    ...OperationPeopleFields
  }
}
    fragment OperationPeopleFields on Operation {
  id
  state
  startsAt
  endsAt
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    attendee {
      id
      name
    }
    startsAt
    endsAt
    operation {
      id
      codename
      targets {
        address
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
    ...OperationPeopleFields
  }
}
    fragment OperationPeopleFields on Operation {
  id
  state
  startsAt
  endsAt
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    attendee {
      id
      name
    }
    startsAt
    endsAt
    operation {
      id
      codename
      targets {
        address
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
    }
    interpreter {
      id
      language
      status
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
export const MoveOperationDocument = new TypedDocumentString(`
    mutation MoveOperation($id: ID!, $version: Int!, $input: UpdateOperationInput!, $confirmDoubleBooking: Boolean, $doubleBookingReason: String) {
  updateOperation(
    id: $id
    version: $version
    input: $input
    confirmDoubleBooking: $confirmDoubleBooking
    doubleBookingReason: $doubleBookingReason
  ) {
    ...OperationPeopleFields
    version
  }
}
    fragment OperationPeopleFields on Operation {
  id
  state
  startsAt
  endsAt
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    attendee {
      id
      name
    }
    startsAt
    endsAt
    operation {
      id
      codename
      targets {
        address
      }
    }
  }
}`) as unknown as TypedDocumentString<MoveOperationMutation, MoveOperationMutationVariables>;
export const PlanOperationDocument = new TypedDocumentString(`
    mutation PlanOperation($id: ID!, $codes: [String!]!, $confirmDoubleBooking: Boolean, $doubleBookingReason: String) {
  inviteToOperation(
    id: $id
    organisationCodes: $codes
    confirmDoubleBooking: $confirmDoubleBooking
    doubleBookingReason: $doubleBookingReason
  ) {
    ...OperationPeopleFields
  }
}
    fragment OperationPeopleFields on Operation {
  id
  state
  startsAt
  endsAt
  interpreterLanguages
  interpreters {
    id
    language
    provider
    status
  }
  leadAttendees {
    id
    name
  }
  attendeeConflicts {
    attendee {
      id
      name
    }
    startsAt
    endsAt
    operation {
      id
      codename
      targets {
        address
      }
    }
  }
}`) as unknown as TypedDocumentString<PlanOperationMutation, PlanOperationMutationVariables>;
export const CreateOperationDocument = new TypedDocumentString(`
    mutation CreateOperation($input: CreateOperationInput!) {
  createOperation(input: $input) {
    ...OperationFields
  }
}
    fragment OperationFields on Operation {
  id
  version
  state
  codename
  objective
  sector
  region
  startsAt
  endsAt
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  leadOrganisation {
    code
  }
  cancelledAt
  cancelReason
  invitations {
    organisation {
      code
    }
    status
    respondedAt
    attendees {
      id
      name
    }
    note
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  myInvitation {
    status
    organisation {
      code
    }
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  cmmAttendance {
    status
    attendees {
      id
      name
    }
    note
  }
  conflicts {
    organisation {
      code
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      code
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}`) as unknown as TypedDocumentString<CreateOperationMutation, CreateOperationMutationVariables>;
export const OperationDocument = new TypedDocumentString(`
    query Operation($id: ID!) {
  operation(id: $id) {
    ...OperationFields
  }
}
    fragment OperationFields on Operation {
  id
  version
  state
  codename
  objective
  sector
  region
  startsAt
  endsAt
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  leadOrganisation {
    code
  }
  cancelledAt
  cancelReason
  invitations {
    organisation {
      code
    }
    status
    respondedAt
    attendees {
      id
      name
    }
    note
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  myInvitation {
    status
    organisation {
      code
    }
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  cmmAttendance {
    status
    attendees {
      id
      name
    }
    note
  }
  conflicts {
    organisation {
      code
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      code
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}`) as unknown as TypedDocumentString<OperationQuery, OperationQueryVariables>;
export const OperationCodenameDocument = new TypedDocumentString(`
    query OperationCodename($id: ID!) {
  operation(id: $id) {
    id
    codename
  }
}
    `) as unknown as TypedDocumentString<OperationCodenameQuery, OperationCodenameQueryVariables>;
export const OperationBriefingPointDocument = new TypedDocumentString(`
    query OperationBriefingPoint($id: ID!) {
  operation(id: $id) {
    id
    briefingPoint
  }
}
    `) as unknown as TypedDocumentString<OperationBriefingPointQuery, OperationBriefingPointQueryVariables>;
export const OperationReferralsDocument = new TypedDocumentString(`
    query OperationReferrals($id: ID!) {
  operation(id: $id) {
    referrals {
      totalCount
      edges {
        node {
          id
          operationId
        }
      }
    }
    totals {
      referralsMade
    }
  }
}
    `) as unknown as TypedDocumentString<OperationReferralsQuery, OperationReferralsQueryVariables>;
export const OperationsDocument = new TypedDocumentString(`
    query Operations($filter: OperationFilter, $first: Int, $after: String) {
  operations(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        codename
        state
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<OperationsQuery, OperationsQueryVariables>;
export const OperationAttendeeCandidatesDocument = new TypedDocumentString(`
    query OperationAttendeeCandidates($id: ID!) {
  operationAttendeeCandidates(operationId: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<OperationAttendeeCandidatesQuery, OperationAttendeeCandidatesQueryVariables>;
export const UpdateOperationDocument = new TypedDocumentString(`
    mutation UpdateOperation($id: ID!, $version: Int!, $input: UpdateOperationInput!) {
  updateOperation(id: $id, version: $version, input: $input) {
    ...OperationFields
  }
}
    fragment OperationFields on Operation {
  id
  version
  state
  codename
  objective
  sector
  region
  startsAt
  endsAt
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  leadOrganisation {
    code
  }
  cancelledAt
  cancelReason
  invitations {
    organisation {
      code
    }
    status
    respondedAt
    attendees {
      id
      name
    }
    note
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  myInvitation {
    status
    organisation {
      code
    }
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  cmmAttendance {
    status
    attendees {
      id
      name
    }
    note
  }
  conflicts {
    organisation {
      code
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      code
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}`) as unknown as TypedDocumentString<UpdateOperationMutation, UpdateOperationMutationVariables>;
export const InviteToOperationDocument = new TypedDocumentString(`
    mutation InviteToOperation($id: ID!, $codes: [String!]!) {
  inviteToOperation(id: $id, organisationCodes: $codes) {
    ...OperationFields
  }
}
    fragment OperationFields on Operation {
  id
  version
  state
  codename
  objective
  sector
  region
  startsAt
  endsAt
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  leadOrganisation {
    code
  }
  cancelledAt
  cancelReason
  invitations {
    organisation {
      code
    }
    status
    respondedAt
    attendees {
      id
      name
    }
    note
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  myInvitation {
    status
    organisation {
      code
    }
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  cmmAttendance {
    status
    attendees {
      id
      name
    }
    note
  }
  conflicts {
    organisation {
      code
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      code
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}`) as unknown as TypedDocumentString<InviteToOperationMutation, InviteToOperationMutationVariables>;
export const RespondToInvitationDocument = new TypedDocumentString(`
    mutation RespondToInvitation($id: ID!, $accept: Boolean!, $attendees: [ID!], $note: String) {
  respondToInvitation(
    operationId: $id
    accept: $accept
    attendeeUserIds: $attendees
    note: $note
  ) {
    ...OperationFields
  }
}
    fragment OperationFields on Operation {
  id
  version
  state
  codename
  objective
  sector
  region
  startsAt
  endsAt
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  leadOrganisation {
    code
  }
  cancelledAt
  cancelReason
  invitations {
    organisation {
      code
    }
    status
    respondedAt
    attendees {
      id
      name
    }
    note
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  myInvitation {
    status
    organisation {
      code
    }
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  cmmAttendance {
    status
    attendees {
      id
      name
    }
    note
  }
  conflicts {
    organisation {
      code
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      code
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}`) as unknown as TypedDocumentString<RespondToInvitationMutation, RespondToInvitationMutationVariables>;
export const ConfirmOperationDocument = new TypedDocumentString(`
    mutation ConfirmOperation($id: ID!) {
  confirmOperation(id: $id) {
    ...OperationFields
  }
}
    fragment OperationFields on Operation {
  id
  version
  state
  codename
  objective
  sector
  region
  startsAt
  endsAt
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  leadOrganisation {
    code
  }
  cancelledAt
  cancelReason
  invitations {
    organisation {
      code
    }
    status
    respondedAt
    attendees {
      id
      name
    }
    note
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  myInvitation {
    status
    organisation {
      code
    }
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  cmmAttendance {
    status
    attendees {
      id
      name
    }
    note
  }
  conflicts {
    organisation {
      code
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      code
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}`) as unknown as TypedDocumentString<ConfirmOperationMutation, ConfirmOperationMutationVariables>;
export const StartOperationDocument = new TypedDocumentString(`
    mutation StartOperation($id: ID!) {
  startOperation(id: $id) {
    ...OperationFields
  }
}
    fragment OperationFields on Operation {
  id
  version
  state
  codename
  objective
  sector
  region
  startsAt
  endsAt
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  leadOrganisation {
    code
  }
  cancelledAt
  cancelReason
  invitations {
    organisation {
      code
    }
    status
    respondedAt
    attendees {
      id
      name
    }
    note
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  myInvitation {
    status
    organisation {
      code
    }
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  cmmAttendance {
    status
    attendees {
      id
      name
    }
    note
  }
  conflicts {
    organisation {
      code
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      code
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}`) as unknown as TypedDocumentString<StartOperationMutation, StartOperationMutationVariables>;
export const CompleteOperationDocument = new TypedDocumentString(`
    mutation CompleteOperation($id: ID!) {
  completeOperation(id: $id) {
    ...OperationFields
  }
}
    fragment OperationFields on Operation {
  id
  version
  state
  codename
  objective
  sector
  region
  startsAt
  endsAt
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  leadOrganisation {
    code
  }
  cancelledAt
  cancelReason
  invitations {
    organisation {
      code
    }
    status
    respondedAt
    attendees {
      id
      name
    }
    note
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  myInvitation {
    status
    organisation {
      code
    }
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  cmmAttendance {
    status
    attendees {
      id
      name
    }
    note
  }
  conflicts {
    organisation {
      code
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      code
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}`) as unknown as TypedDocumentString<CompleteOperationMutation, CompleteOperationMutationVariables>;
export const CancelOperationDocument = new TypedDocumentString(`
    mutation CancelOperation($id: ID!, $reason: String!) {
  cancelOperation(id: $id, reason: $reason) {
    ...OperationFields
  }
}
    fragment OperationFields on Operation {
  id
  version
  state
  codename
  objective
  sector
  region
  startsAt
  endsAt
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  leadOrganisation {
    code
  }
  cancelledAt
  cancelReason
  invitations {
    organisation {
      code
    }
    status
    respondedAt
    attendees {
      id
      name
    }
    note
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  myInvitation {
    status
    organisation {
      code
    }
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  cmmAttendance {
    status
    attendees {
      id
      name
    }
    note
  }
  conflicts {
    organisation {
      code
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      code
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}`) as unknown as TypedDocumentString<CancelOperationMutation, CancelOperationMutationVariables>;
export const RecordOperationOutcomeDocument = new TypedDocumentString(`
    mutation RecordOperationOutcome($id: ID!, $input: OperationOutcomeInput!) {
  recordOperationOutcome(operationId: $id, input: $input) {
    ...OperationFields
  }
}
    fragment OperationFields on Operation {
  id
  version
  state
  codename
  objective
  sector
  region
  startsAt
  endsAt
  briefingPoint
  targets {
    address
    description
  }
  requestCmmAttendance
  interpreterLanguages
  leadOrganisation {
    code
  }
  cancelledAt
  cancelReason
  invitations {
    organisation {
      code
    }
    status
    respondedAt
    attendees {
      id
      name
    }
    note
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  myInvitation {
    status
    organisation {
      code
    }
    conflicts {
      organisation {
        code
      }
      operation {
        id
        codename
      }
    }
  }
  cmmAttendance {
    status
    attendees {
      id
      name
    }
    note
  }
  conflicts {
    organisation {
      code
    }
    operation {
      id
      codename
    }
  }
  outcomes {
    organisation {
      code
    }
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    findings
  }
  totals {
    organisationsReported
    personsEncountered
    possibleVictimsSpokenWith
    arrests
    referralsMade
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
}`) as unknown as TypedDocumentString<RecordOperationOutcomeMutation, RecordOperationOutcomeMutationVariables>;
export const OperationsOverviewDocument = new TypedDocumentString(`
    query OperationsOverview($first: Int) {
  operations(first: $first) {
    edges {
      node {
        codename
        state
        access {
          level
        }
        targets {
          address
        }
        totals {
          organisationsReported
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OperationsOverviewQuery, OperationsOverviewQueryVariables>;
export const ReferenceGroupReviewDocument = new TypedDocumentString(`
    query ReferenceGroupReview($region: Region, $from: Date, $to: Date) {
  referenceGroupReview(region: $region, from: $from, to: $to) {
    region
    byState {
      ...ReviewTableFields
    }
    byUrgency {
      ...ReviewTableFields
    }
    byExploitationForm {
      ...ReviewTableFields
    }
    bySector {
      ...ReviewTableFields
    }
    byReferringOrganisationKind {
      ...ReviewTableFields
    }
    byAssessmentDecision {
      ...ReviewTableFields
    }
    byGender {
      ...ReviewTableFields
    }
    byAgeBand {
      ...ReviewTableFields
    }
    overdue {
      reference
      ageBand
      suspectedExploitation
      deadline
      daysOverdue
      receivingOrganisation {
        code
      }
    }
    medianDays {
      toAcknowledgement {
        days
        basedOn {
          display
          count
          suppression
        }
      }
      toInterview {
        days
        basedOn {
          display
          count
          suppression
        }
      }
      toAssessment {
        days
        basedOn {
          display
          count
          suppression
        }
      }
    }
    notes {
      text
      referenceGroup
      authorOrganisation {
        code
      }
    }
  }
}
    fragment ReviewTableFields on ReviewTable {
  rows {
    key
    count
    display
    suppression
  }
  total {
    key
    count
    display
    suppression
  }
  personal
}`) as unknown as TypedDocumentString<ReferenceGroupReviewQuery, ReferenceGroupReviewQueryVariables>;
export const AddReviewNoteDocument = new TypedDocumentString(`
    mutation AddReviewNote($region: Region!, $from: Date!, $to: Date!, $text: String!) {
  addReviewNote(region: $region, periodFrom: $from, periodTo: $to, text: $text) {
    id
    text
    referenceGroup
    region
    periodFrom
    periodTo
    authorName
  }
}
    `) as unknown as TypedDocumentString<AddReviewNoteMutation, AddReviewNoteMutationVariables>;
export const CreateReferralDocument = new TypedDocumentString(`
    mutation CreateReferral($input: CreateReferralInput!) {
  createReferral(input: $input) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<CreateReferralMutation, CreateReferralMutationVariables>;
export const ReferralDocument = new TypedDocumentString(`
    query Referral($id: ID!) {
  referral(id: $id) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<ReferralQuery, ReferralQueryVariables>;
export const ReferralsDocument = new TypedDocumentString(`
    query Referrals($filter: ReferralFilter, $first: Int, $after: String) {
  referrals(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        reference
        state
        overdue
        createdAt
        access {
          level
        }
        allowedActions
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReferralsQuery, ReferralsQueryVariables>;
export const UpdateReferralDocument = new TypedDocumentString(`
    mutation UpdateReferral($id: ID!, $version: Int!, $input: UpdateReferralInput!) {
  updateReferral(id: $id, version: $version, input: $input) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<UpdateReferralMutation, UpdateReferralMutationVariables>;
export const SubmitReferralDocument = new TypedDocumentString(`
    mutation SubmitReferral($id: ID!) {
  submitReferral(id: $id) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<SubmitReferralMutation, SubmitReferralMutationVariables>;
export const WithdrawReferralDocument = new TypedDocumentString(`
    mutation WithdrawReferral($id: ID!, $reason: String!) {
  withdrawReferral(id: $id, reason: $reason) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<WithdrawReferralMutation, WithdrawReferralMutationVariables>;
export const AcknowledgeReferralDocument = new TypedDocumentString(`
    mutation AcknowledgeReferral($id: ID!) {
  acknowledgeReferral(id: $id) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<AcknowledgeReferralMutation, AcknowledgeReferralMutationVariables>;
export const ForwardReferralDocument = new TypedDocumentString(`
    mutation ForwardReferral($id: ID!, $to: String!, $reason: String!) {
  forwardReferral(id: $id, toOrganisationCode: $to, reason: $reason) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<ForwardReferralMutation, ForwardReferralMutationVariables>;
export const ScheduleIdentificationInterviewDocument = new TypedDocumentString(`
    mutation ScheduleIdentificationInterview($id: ID!, $at: DateTime!) {
  scheduleIdentificationInterview(id: $id, at: $at) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<ScheduleIdentificationInterviewMutation, ScheduleIdentificationInterviewMutationVariables>;
export const RecordAssessmentDocument = new TypedDocumentString(`
    mutation RecordAssessment($id: ID!, $input: AssessmentInput!) {
  recordAssessment(id: $id, input: $input) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const StartReflectionPeriodDocument = new TypedDocumentString(`
    mutation StartReflectionPeriod($id: ID!, $startsOn: Date!, $days: Int) {
  startReflectionPeriod(id: $id, startsOn: $startsOn, days: $days) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<StartReflectionPeriodMutation, StartReflectionPeriodMutationVariables>;
export const ExtendReflectionPeriodDocument = new TypedDocumentString(`
    mutation ExtendReflectionPeriod($id: ID!, $days: Int!, $reason: String!) {
  extendReflectionPeriod(id: $id, days: $days, reason: $reason) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<ExtendReflectionPeriodMutation, ExtendReflectionPeriodMutationVariables>;
export const RecordRepresentativeDocument = new TypedDocumentString(`
    mutation RecordRepresentative($id: ID!, $name: String!, $appointedBy: String!) {
  recordRepresentative(id: $id, name: $name, appointedBy: $appointedBy) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<RecordRepresentativeMutation, RecordRepresentativeMutationVariables>;
export const CloseReferralDocument = new TypedDocumentString(`
    mutation CloseReferral($id: ID!, $outcome: ReferralOutcome!, $note: String) {
  closeReferral(id: $id, outcome: $outcome, note: $note) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<CloseReferralMutation, CloseReferralMutationVariables>;
export const CorrectSubjectDataDocument = new TypedDocumentString(`
    mutation CorrectSubjectData($id: ID!, $version: Int!, $input: SubjectCorrectionInput!, $reason: String!) {
  correctSubjectData(id: $id, version: $version, input: $input, reason: $reason) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<CorrectSubjectDataMutation, CorrectSubjectDataMutationVariables>;
export const ReferralsInFullDocument = new TypedDocumentString(`
    query ReferralsInFull($filter: ReferralFilter, $first: Int, $after: String) {
  referrals(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...ReferralFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<ReferralsInFullQuery, ReferralsInFullQueryVariables>;
export const SubmitReferralQuietlyDocument = new TypedDocumentString(`
    mutation SubmitReferralQuietly($id: ID!) {
  submitReferral(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<SubmitReferralQuietlyMutation, SubmitReferralQuietlyMutationVariables>;
export const AcknowledgeReferralQuietlyDocument = new TypedDocumentString(`
    mutation AcknowledgeReferralQuietly($id: ID!) {
  acknowledgeReferral(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<AcknowledgeReferralQuietlyMutation, AcknowledgeReferralQuietlyMutationVariables>;
export const ReferralIdentityDocument = new TypedDocumentString(`
    query ReferralIdentity($id: ID!) {
  referral(id: $id) {
    id
    subject {
      identity {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralIdentityQuery, ReferralIdentityQueryVariables>;
export const ReferralPersonalDocument = new TypedDocumentString(`
    query ReferralPersonal($id: ID!) {
  referral(id: $id) {
    subject {
      identity {
        name
      }
      whereabouts
    }
    narrative
    location
    indicators
  }
}
    `) as unknown as TypedDocumentString<ReferralPersonalQuery, ReferralPersonalQueryVariables>;
export const ReferralContactDocument = new TypedDocumentString(`
    query ReferralContact($id: ID!) {
  referral(id: $id) {
    subject {
      contact
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralContactQuery, ReferralContactQueryVariables>;
export const ReferralNothingPersonalDocument = new TypedDocumentString(`
    query ReferralNothingPersonal($id: ID!) {
  referral(id: $id) {
    id
    reference
    state
    urgency
    minor
    subject {
      pseudonym
      gender
      nationality
      ageBand
    }
    timeline {
      action
      organisation {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralNothingPersonalQuery, ReferralNothingPersonalQueryVariables>;
export const ReferralWithheldDocument = new TypedDocumentString(`
    query ReferralWithheld($id: ID!) {
  referral(id: $id) {
    assessment {
      grounds
    }
    reflectionPeriod {
      endsOn
    }
    outcome
  }
}
    `) as unknown as TypedDocumentString<ReferralWithheldQuery, ReferralWithheldQueryVariables>;
export const ReferralsWhereaboutsDocument = new TypedDocumentString(`
    query ReferralsWhereabouts($filter: ReferralFilter) {
  referrals(filter: $filter) {
    edges {
      node {
        id
        subject {
          whereabouts
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralsWhereaboutsQuery, ReferralsWhereaboutsQueryVariables>;
export const ReferralsNestedDocument = new TypedDocumentString(`
    query ReferralsNested($first: Int) {
  referrals(first: $first) {
    edges {
      node {
        id
        reference
        state
        referringOrganisation {
          code
        }
        receivingOrganisation {
          code
        }
        subject {
          pseudonym
          identity {
            name
          }
          whereabouts
        }
        timeline {
          organisation {
            code
          }
        }
        narrative
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralsNestedQuery, ReferralsNestedQueryVariables>;
export const ReferralsIdentityNarrativeDocument = new TypedDocumentString(`
    query ReferralsIdentityNarrative($first: Int) {
  referrals(first: $first) {
    edges {
      node {
        id
        subject {
          identity {
            name
          }
        }
        narrative
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralsIdentityNarrativeQuery, ReferralsIdentityNarrativeQueryVariables>;
export const CreateReferralIdDocument = new TypedDocumentString(`
    mutation CreateReferralId($input: CreateReferralInput!) {
  createReferral(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateReferralIdMutation, CreateReferralIdMutationVariables>;
export const ReferralIdDocument = new TypedDocumentString(`
    query ReferralId($id: ID!) {
  referral(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReferralIdQuery, ReferralIdQueryVariables>;
export const ReferralsNarrativesDocument = new TypedDocumentString(`
    query ReferralsNarratives {
  referrals(first: 10) {
    edges {
      node {
        id
        narrative
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralsNarrativesQuery, ReferralsNarrativesQueryVariables>;
export const ReferralsEveryPersonalFieldDocument = new TypedDocumentString(`
    query ReferralsEveryPersonalField($first: Int) {
  referrals(first: $first) {
    edges {
      node {
        id
        reference
        location
        narrative
        indicators
        subject {
          pseudonym
          contact
          whereabouts
          identity {
            name
            alias
            dateOfBirth
            estimatedAge
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralsEveryPersonalFieldQuery, ReferralsEveryPersonalFieldQueryVariables>;
export const ReferralsPersonalChosenDocument = new TypedDocumentString(`
    query ReferralsPersonalChosen($first: Int, $identity: Boolean!, $narrative: Boolean!) {
  referrals(first: $first) {
    edges {
      node {
        id
        ...ListedNarrative
        subject {
          ... on ReferralSubject {
            identity @include(if: $identity) {
              name
            }
          }
        }
      }
    }
  }
}
    fragment ListedNarrative on Referral {
  narrative @skip(if: $narrative) @include(if: $narrative)
  shownNarrative: narrative @include(if: $narrative)
}`) as unknown as TypedDocumentString<ReferralsPersonalChosenQuery, ReferralsPersonalChosenQueryVariables>;
export const ReferralsPersonalPagedDocument = new TypedDocumentString(`
    query ReferralsPersonalPaged($first: Int, $after: String, $filter: ReferralFilter) {
  referrals(first: $first, after: $after, filter: $filter) {
    edges {
      node {
        id
        narrative
        subject {
          identity {
            name
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralsPersonalPagedQuery, ReferralsPersonalPagedQueryVariables>;
export const OperationErasureDocument = new TypedDocumentString(`
    query OperationErasure($id: ID!) {
  operation(id: $id) {
    erasedAt
    briefingPoint
    targets {
      address
      description
    }
  }
}
    `) as unknown as TypedDocumentString<OperationErasureQuery, OperationErasureQueryVariables>;
export const CaseComplexErasureDocument = new TypedDocumentString(`
    query CaseComplexErasure($id: ID!) {
  caseComplex(id: $id) {
    erasedAt
    description
    suspects {
      erasedAt
      name
      nationality
      notes
    }
  }
}
    `) as unknown as TypedDocumentString<CaseComplexErasureQuery, CaseComplexErasureQueryVariables>;
export const ServiceAccountsDocument = new TypedDocumentString(`
    query ServiceAccounts {
  serviceAccounts {
    ...ServiceAccountFields
  }
}
    fragment ServiceAccountFields on ServiceAccount {
  id
  clientId
  name
  organisation {
    code
  }
  roles
  purpose
  active
  createdAt
  secretRotatedAt
  deactivatedAt
}`) as unknown as TypedDocumentString<ServiceAccountsQuery, ServiceAccountsQueryVariables>;
export const CreateServiceAccountDocument = new TypedDocumentString(`
    mutation CreateServiceAccount($input: CreateServiceAccountInput!) {
  createServiceAccount(input: $input) {
    serviceAccount {
      ...ServiceAccountFields
    }
    clientSecret
  }
}
    fragment ServiceAccountFields on ServiceAccount {
  id
  clientId
  name
  organisation {
    code
  }
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
      ...ServiceAccountFields
    }
    clientSecret
  }
}
    fragment ServiceAccountFields on ServiceAccount {
  id
  clientId
  name
  organisation {
    code
  }
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
    ...ServiceAccountFields
  }
}
    fragment ServiceAccountFields on ServiceAccount {
  id
  clientId
  name
  organisation {
    code
  }
  roles
  purpose
  active
  createdAt
  secretRotatedAt
  deactivatedAt
}`) as unknown as TypedDocumentString<DeactivateServiceAccountMutation, DeactivateServiceAccountMutationVariables>;
export const GrantAccessDocument = new TypedDocumentString(`
    mutation GrantAccess($input: GrantAccessInput!) {
  grantAccess(input: $input) {
    ...GrantFields
  }
}
    fragment GrantFields on AccessGrant {
  id
  referralId
  caseComplexId
  organisation {
    code
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
    code
  }
  grantedAt
  revokedAt
  revokeReason
  reviewedAt
  reviewNote
}`) as unknown as TypedDocumentString<GrantAccessMutation, GrantAccessMutationVariables>;
export const RevokeAccessDocument = new TypedDocumentString(`
    mutation RevokeAccess($id: ID!, $reason: String!) {
  revokeAccess(grantId: $id, reason: $reason) {
    ...GrantFields
  }
}
    fragment GrantFields on AccessGrant {
  id
  referralId
  caseComplexId
  organisation {
    code
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
    code
  }
  grantedAt
  revokedAt
  revokeReason
  reviewedAt
  reviewNote
}`) as unknown as TypedDocumentString<RevokeAccessMutation, RevokeAccessMutationVariables>;
export const AccessGrantsDocument = new TypedDocumentString(`
    query AccessGrants($id: ID!) {
  accessGrants(referralId: $id) {
    ...GrantFields
  }
}
    fragment GrantFields on AccessGrant {
  id
  referralId
  caseComplexId
  organisation {
    code
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
    code
  }
  grantedAt
  revokedAt
  revokeReason
  reviewedAt
  reviewNote
}`) as unknown as TypedDocumentString<AccessGrantsQuery, AccessGrantsQueryVariables>;
export const BreakGlassDocument = new TypedDocumentString(`
    mutation BreakGlass($id: ID!, $j: String!) {
  breakGlass(referralId: $id, justification: $j) {
    ...GrantFields
  }
}
    fragment GrantFields on AccessGrant {
  id
  referralId
  caseComplexId
  organisation {
    code
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
    code
  }
  grantedAt
  revokedAt
  revokeReason
  reviewedAt
  reviewNote
}`) as unknown as TypedDocumentString<BreakGlassMutation, BreakGlassMutationVariables>;
export const ReviewBreakGlassDocument = new TypedDocumentString(`
    mutation ReviewBreakGlass($id: ID!, $note: String!) {
  reviewBreakGlass(grantId: $id, note: $note) {
    ...GrantFields
  }
}
    fragment GrantFields on AccessGrant {
  id
  referralId
  caseComplexId
  organisation {
    code
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
    code
  }
  grantedAt
  revokedAt
  revokeReason
  reviewedAt
  reviewNote
}`) as unknown as TypedDocumentString<ReviewBreakGlassMutation, ReviewBreakGlassMutationVariables>;
export const BreakGlassUsesDocument = new TypedDocumentString(`
    query BreakGlassUses($u: Boolean) {
  breakGlassUses(unreviewedOnly: $u) {
    ...GrantFields
  }
}
    fragment GrantFields on AccessGrant {
  id
  referralId
  caseComplexId
  organisation {
    code
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
    code
  }
  grantedAt
  revokedAt
  revokeReason
  reviewedAt
  reviewNote
}`) as unknown as TypedDocumentString<BreakGlassUsesQuery, BreakGlassUsesQueryVariables>;
export const RequestAccessDocument = new TypedDocumentString(`
    mutation RequestAccess($input: RequestAccessInput!) {
  requestAccess(input: $input) {
    ...RequestFields
  }
}
    fragment RequestFields on AccessRequest {
  id
  referralId
  caseComplexId
  organisation {
    code
  }
  level
  purpose
  legalBasis
  reason
  origin
  state
  createdAt
  confirmedAt
  decidedAt
  decidedByOrganisation {
    code
  }
  refusalReason
  cappedGrantId
  grant {
    id
    level
    expiresAt
    organisation {
      code
    }
    grantedByOrganisation {
      code
    }
    consentOverride
  }
}`) as unknown as TypedDocumentString<RequestAccessMutation, RequestAccessMutationVariables>;
export const ApproveAccessRequestDocument = new TypedDocumentString(`
    mutation ApproveAccessRequest($id: ID!, $e: DateTime!, $l: AccessLevel, $r: String) {
  approveAccessRequest(
    id: $id
    expiresAt: $e
    level: $l
    consentOverrideReason: $r
  ) {
    ...RequestFields
  }
}
    fragment RequestFields on AccessRequest {
  id
  referralId
  caseComplexId
  organisation {
    code
  }
  level
  purpose
  legalBasis
  reason
  origin
  state
  createdAt
  confirmedAt
  decidedAt
  decidedByOrganisation {
    code
  }
  refusalReason
  cappedGrantId
  grant {
    id
    level
    expiresAt
    organisation {
      code
    }
    grantedByOrganisation {
      code
    }
    consentOverride
  }
}`) as unknown as TypedDocumentString<ApproveAccessRequestMutation, ApproveAccessRequestMutationVariables>;
export const RefuseAccessRequestDocument = new TypedDocumentString(`
    mutation RefuseAccessRequest($id: ID!, $r: String!) {
  refuseAccessRequest(id: $id, reason: $r) {
    ...RequestFields
  }
}
    fragment RequestFields on AccessRequest {
  id
  referralId
  caseComplexId
  organisation {
    code
  }
  level
  purpose
  legalBasis
  reason
  origin
  state
  createdAt
  confirmedAt
  decidedAt
  decidedByOrganisation {
    code
  }
  refusalReason
  cappedGrantId
  grant {
    id
    level
    expiresAt
    organisation {
      code
    }
    grantedByOrganisation {
      code
    }
    consentOverride
  }
}`) as unknown as TypedDocumentString<RefuseAccessRequestMutation, RefuseAccessRequestMutationVariables>;
export const WithdrawAccessRequestDocument = new TypedDocumentString(`
    mutation WithdrawAccessRequest($id: ID!) {
  withdrawAccessRequest(id: $id) {
    ...RequestFields
  }
}
    fragment RequestFields on AccessRequest {
  id
  referralId
  caseComplexId
  organisation {
    code
  }
  level
  purpose
  legalBasis
  reason
  origin
  state
  createdAt
  confirmedAt
  decidedAt
  decidedByOrganisation {
    code
  }
  refusalReason
  cappedGrantId
  grant {
    id
    level
    expiresAt
    organisation {
      code
    }
    grantedByOrganisation {
      code
    }
    consentOverride
  }
}`) as unknown as TypedDocumentString<WithdrawAccessRequestMutation, WithdrawAccessRequestMutationVariables>;
export const ConfirmAccessRequestDocument = new TypedDocumentString(`
    mutation ConfirmAccessRequest($id: ID!, $input: ConfirmAccessRequestInput!) {
  confirmAccessRequest(id: $id, input: $input) {
    ...RequestFields
  }
}
    fragment RequestFields on AccessRequest {
  id
  referralId
  caseComplexId
  organisation {
    code
  }
  level
  purpose
  legalBasis
  reason
  origin
  state
  createdAt
  confirmedAt
  decidedAt
  decidedByOrganisation {
    code
  }
  refusalReason
  cappedGrantId
  grant {
    id
    level
    expiresAt
    organisation {
      code
    }
    grantedByOrganisation {
      code
    }
    consentOverride
  }
}`) as unknown as TypedDocumentString<ConfirmAccessRequestMutation, ConfirmAccessRequestMutationVariables>;
export const AccessRequestsDocument = new TypedDocumentString(`
    query AccessRequests($s: AccessRequestState) {
  accessRequests(state: $s) {
    ...RequestFields
  }
}
    fragment RequestFields on AccessRequest {
  id
  referralId
  caseComplexId
  organisation {
    code
  }
  level
  purpose
  legalBasis
  reason
  origin
  state
  createdAt
  confirmedAt
  decidedAt
  decidedByOrganisation {
    code
  }
  refusalReason
  cappedGrantId
  grant {
    id
    level
    expiresAt
    organisation {
      code
    }
    grantedByOrganisation {
      code
    }
    consentOverride
  }
}`) as unknown as TypedDocumentString<AccessRequestsQuery, AccessRequestsQueryVariables>;
export const AccessRequestDocument = new TypedDocumentString(`
    query AccessRequest($id: ID!) {
  accessRequest(id: $id) {
    ...RequestFields
  }
}
    fragment RequestFields on AccessRequest {
  id
  referralId
  caseComplexId
  organisation {
    code
  }
  level
  purpose
  legalBasis
  reason
  origin
  state
  createdAt
  confirmedAt
  decidedAt
  decidedByOrganisation {
    code
  }
  refusalReason
  cappedGrantId
  grant {
    id
    level
    expiresAt
    organisation {
      code
    }
    grantedByOrganisation {
      code
    }
    consentOverride
  }
}`) as unknown as TypedDocumentString<AccessRequestQuery, AccessRequestQueryVariables>;
export const SubjectAccessReportDocument = new TypedDocumentString(`
    query SubjectAccessReport($s: ID!) {
  subjectAccessReport(subjectId: $s) {
    action
    objectType
    objectId
    subjectId
    details
  }
}
    `) as unknown as TypedDocumentString<SubjectAccessReportQuery, SubjectAccessReportQueryVariables>;
export const BreakGlassReviewQueueDocument = new TypedDocumentString(`
    query BreakGlassReviewQueue {
  breakGlassUses(unreviewedOnly: true) {
    ...ReviewFields
  }
}
    fragment ReviewFields on AccessGrant {
  id
  reviewDueAt
  reviewedAt
  consentOverride
  consentOverrideReason
}`) as unknown as TypedDocumentString<BreakGlassReviewQueueQuery, BreakGlassReviewQueueQueryVariables>;
export const ConsentOverridesDocument = new TypedDocumentString(`
    query ConsentOverrides($u: Boolean) {
  consentOverrides(unreviewedOnly: $u) {
    ...ReviewFields
  }
}
    fragment ReviewFields on AccessGrant {
  id
  reviewDueAt
  reviewedAt
  consentOverride
  consentOverrideReason
}`) as unknown as TypedDocumentString<ConsentOverridesQuery, ConsentOverridesQueryVariables>;
export const ReviewConsentOverrideDocument = new TypedDocumentString(`
    mutation ReviewConsentOverride($id: ID!, $n: String!) {
  reviewConsentOverride(grantId: $id, note: $n) {
    id
    reviewedAt
    reviewNote
  }
}
    `) as unknown as TypedDocumentString<ReviewConsentOverrideMutation, ReviewConsentOverrideMutationVariables>;
export const AccessGrantOverrideReasonsDocument = new TypedDocumentString(`
    query AccessGrantOverrideReasons($id: ID!) {
  accessGrants(referralId: $id) {
    id
    consentOverrideReason
  }
}
    `) as unknown as TypedDocumentString<AccessGrantOverrideReasonsQuery, AccessGrantOverrideReasonsQueryVariables>;
export const AccessGrantCapsDocument = new TypedDocumentString(`
    query AccessGrantCaps($id: ID!) {
  accessGrants(referralId: $id) {
    id
    level
    status
    cappedFromLevel
    capReason
    cappedAt
  }
}
    `) as unknown as TypedDocumentString<AccessGrantCapsQuery, AccessGrantCapsQueryVariables>;
export const RecordConsentDocument = new TypedDocumentString(`
    mutation RecordConsent($r: ID!, $d: Consent!, $t: Consent, $n: String!, $v: Int) {
  recordConsent(
    referralId: $r
    toDisclosure: $d
    toReferral: $t
    note: $n
    version: $v
  ) {
    id
    version
    consent {
      toReferral
      toDisclosure
    }
    consentHistory {
      version
      toReferral
      toDisclosure
      recordedAt
      organisation {
        code
      }
    }
    timeline {
      action
      note
    }
  }
}
    `) as unknown as TypedDocumentString<RecordConsentMutation, RecordConsentMutationVariables>;
export const StatisticsInquiriesDocument = new TypedDocumentString(`
    query StatisticsInquiries($year: Int!, $region: Region) {
  statistics(year: $year, region: $region) {
    year
    inquiries {
      year
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
    `) as unknown as TypedDocumentString<StatisticsInquiriesQuery, StatisticsInquiriesQueryVariables>;
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
      key
      count
    }
    byGender {
      key
      count
    }
    byNationality {
      key
      count
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
      key
      count
    }
    byFirstContactKind {
      key
      count
    }
    byFirstContactOrganisation {
      key
      count
    }
    interviews {
      held
      endedTrafficked
      shareTrafficked
    }
    referralsByOrganisation {
      organisation {
        code
      }
      referrals
      assessedTrafficked
    }
    closuresByOutcome {
      key
      count
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
    `) as unknown as TypedDocumentString<StatisticsQuery, StatisticsQueryVariables>;
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
export const PossibleMatchesDocument = new TypedDocumentString(`
    query PossibleMatches($id: ID!) {
  referral(id: $id) {
    id
    possibleMatches {
      subjectId
      pseudonym
      score
      reasons
      referrals {
        id
        subject {
          identity {
            name
            dateOfBirth
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PossibleMatchesQuery, PossibleMatchesQueryVariables>;
export const ReferralSubjectDocument = new TypedDocumentString(`
    query ReferralSubject($id: ID!) {
  referral(id: $id) {
    id
    subject {
      id
      pseudonym
      aliases
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralSubjectQuery, ReferralSubjectQueryVariables>;
export const ReferralSubjectViewDocument = new TypedDocumentString(`
    query ReferralSubjectView($id: ID!) {
  referral(id: $id) {
    possibleMatches {
      subjectId
      pseudonym
      score
      reasons
      referrals {
        id
        subject {
          identity {
            name
            dateOfBirth
          }
        }
      }
    }
    subjectMerges {
      id
    }
    subject {
      id
      pseudonym
      aliases
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralSubjectViewQuery, ReferralSubjectViewQueryVariables>;
export const ReferralWithSubjectHistoryDocument = new TypedDocumentString(`
    query ReferralWithSubjectHistory($id: ID!) {
  referral(id: $id) {
    ...ReferralFields
    possibleMatches {
      subjectId
    }
    subjectMerges {
      id
    }
    corrections {
      values {
        field
      }
    }
  }
}
    fragment ReferralFields on Referral {
  id
  version
  reference
  state
  urgency
  minor
  overdue
  referringOrganisation {
    code
  }
  receivingOrganisation {
    code
  }
  competentAuthority {
    code
  }
  suspectedExploitation
  sector
  region
  operationId
  createdAt
  submittedAt
  acknowledgedAt
  interviewAt
  deadlines {
    acknowledgeBy
    interviewBy
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
  narrative
  indicators
  location
  assessment {
    decision
    primaryExploitation
    grounds
    assessedOn
    authority {
      code
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
  erasedAt
  timeline {
    action
    fromState
    toState
    at
    organisation {
      code
    }
    actorName
    note
  }
  access {
    level
    reason
    reasonCode
    reasonParams {
      level
      until
      purpose
      legalBasis
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<ReferralWithSubjectHistoryQuery, ReferralWithSubjectHistoryQueryVariables>;
export const ConfirmSubjectMatchDocument = new TypedDocumentString(`
    mutation ConfirmSubjectMatch($r: ID!, $s: ID!) {
  confirmSubjectMatch(referralId: $r, subjectId: $s) {
    id
    subject {
      id
      pseudonym
      aliases
    }
    subjectMerges {
      id
      mergedSubjectId
      survivingSubjectId
      referralsMoved
      unmergedAt
      mergedBy {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmSubjectMatchMutation, ConfirmSubjectMatchMutationVariables>;
export const DismissSubjectMatchDocument = new TypedDocumentString(`
    mutation DismissSubjectMatch($r: ID!, $s: ID!) {
  dismissSubjectMatch(referralId: $r, subjectId: $s) {
    id
  }
}
    `) as unknown as TypedDocumentString<DismissSubjectMatchMutation, DismissSubjectMatchMutationVariables>;
export const UnmergeSubjectsDocument = new TypedDocumentString(`
    mutation UnmergeSubjects($m: ID!) {
  unmergeSubjects(mergeId: $m) {
    id
    subject {
      id
      aliases
    }
    subjectMerges {
      id
      unmergedAt
      unmergedBy {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnmergeSubjectsMutation, UnmergeSubjectsMutationVariables>;
export const CorrectSubjectDocument = new TypedDocumentString(`
    mutation CorrectSubject($id: ID!, $version: Int!, $input: SubjectCorrectionInput!, $reason: String!) {
  correctSubjectData(id: $id, version: $version, input: $input, reason: $reason) {
    id
    version
    minor
    urgency
    subject {
      ageBand
      nationality
      identity {
        name
        dateOfBirth
      }
      contact
    }
    timeline {
      action
      note
      organisation {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CorrectSubjectMutation, CorrectSubjectMutationVariables>;
export const CorrectionHistoryDocument = new TypedDocumentString(`
    query CorrectionHistory($id: ID!) {
  referral(id: $id) {
    corrections {
      event {
        action
        note
        organisation {
          code
        }
      }
      values {
        field
        previous
        withheld
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CorrectionHistoryQuery, CorrectionHistoryQueryVariables>;
export const LaterMatchesDocument = new TypedDocumentString(`
    query LaterMatches($id: ID!) {
  referral(id: $id) {
    possibleMatches {
      referrals {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LaterMatchesQuery, LaterMatchesQueryVariables>;
// The audit trail's vocabulary: every action a record may name, one closed list, and the shape of
// the details each action records (TAuditDetails). The writer (core/audit.ts) takes only these and
// only details of the action's shape, the auditor's search (auditEvents(filter.action)) refuses any
// other action, and the search and the subject access report read records back typed
// (TAuditEntry). A new action is added here, with its details, so a reviewer sees the trail's
// vocabulary grow in one place. Referral and operation moves are REFERRAL_<action> and
// OPERATION_<action> of their state machines; tsc checks the template against this list.
//
// Details hold no personal data: ids, counts, codes, levels, times and filter names only.
export const AUDIT_ACTIONS = [
  'ACCESS_GRANT', 'ACCESS_GRANTS_READ', 'ACCESS_GRANT_CAP', 'ACCESS_GRANT_CAP_SKIPPED', 'ACCESS_GRANT_COVERS', 'ACCESS_REQUEST', 'ACCESS_REQUESTS_READ', 'ACCESS_REQUEST_APPROVE', 'ACCESS_REQUEST_CONFIRM', 'ACCESS_REQUEST_READ', 'ACCESS_REQUEST_REFUSE', 'ACCESS_REQUEST_WITHDRAW', 'ACCESS_REVOKE',
  'AUDIT_CHECKPOINT', 'AUDIT_SEARCH', 'AUDIT_VERIFY',
  'BREAK_GLASS', 'BREAK_GLASS_REVIEW', 'BREAK_GLASS_REVIEW_OVERDUE', 'BREAK_GLASS_REVIEW_OVERDUE_SKIPPED', 'BREAK_GLASS_USES_READ',
  'CALENDAR_FEED_CREATE', 'CALENDAR_FEED_FETCH', 'CALENDAR_FEED_REVOKE',
  'CALL',
  'CASE_COMPLEX_CONTRIBUTION_ADD', 'CASE_COMPLEX_CONTRIBUTIONS_READ', 'CASE_COMPLEX_CONTRIBUTOR_INVITE', 'CASE_COMPLEX_CONTRIBUTOR_REMOVE', 'CASE_COMPLEX_UPDATE',
  'CASE_COMPLEX_CREATE', 'CASE_COMPLEX_HAND_OVER', 'CASE_COMPLEX_LINK_OPERATION', 'CASE_COMPLEX_LINK_REFERRAL', 'CASE_COMPLEX_READ', 'CASE_COMPLEX_SEARCH', 'CASE_EVENT_RECORD',
  'CONSENT_OVERRIDES_READ', 'CONSENT_OVERRIDE_REVIEW',
  'DATA_KEY_SHREDDED',
  'DEADLINE_NOTICE', 'DEADLINE_NOTICE_SKIPPED',
  'GRANT_EXPIRY_NOTICE', 'GRANT_EXPIRY_NOTICE_SKIPPED',
  'CRIMINAL_JUSTICE_IMPORT', 'CRIMINAL_JUSTICE_IMPORT_REJECTED',
  'HISTORY_IMPORT', 'HISTORY_IMPORT_REJECTED',
  'IDENTITY_PROVIDER_CALLBACK', 'IDENTITY_PROVIDER_CONFIGURE', 'IDENTITY_PROVIDER_LINK', 'IDENTITY_PROVIDER_SIGN_IN_START',
  'INDICATOR_DEFINE', 'INDICATOR_UPDATE',
  'JOB_RUN',
  'LOGIN',
  'LOGOUT',
  'NOTIFICATION_READ',
  'PASSWORD_CHANGE', 'PASSWORD_RESET', 'PASSWORD_RESET_REQUEST',
  'OPERATION_CANCEL', 'OPERATION_COMPLETE', 'OPERATION_CONFIRM', 'OPERATION_CREATE', 'OPERATION_DOUBLE_BOOKING', 'OPERATION_EXPORT', 'OPERATION_INVITE', 'OPERATION_NAME_ATTENDEES', 'OPERATION_NOTICE', 'OPERATION_NOTICE_SKIPPED', 'OPERATION_READ', 'OPERATION_RECORD_OUTCOME', 'OPERATION_REQUEST_INTERPRETER', 'OPERATION_RESPOND', 'OPERATION_SEARCH', 'OPERATION_SET_INTERPRETER_STATUS', 'OPERATION_START', 'OPERATION_TARGETS_READ', 'OPERATION_UPDATE',
  'REFERENCE_GROUP_REVIEW_READ',
  'REFERRAL_ACKNOWLEDGE', 'REFERRAL_ADD_ADDENDUM', 'REFERRAL_ASSIGN', 'REFERRAL_CLOSE', 'REFERRAL_CORRECT_SUBJECT', 'REFERRAL_CREATE', 'REFERRAL_ERASE', 'REFERRAL_EXTEND_REFLECTION_PERIOD', 'REFERRAL_FORWARD', 'REFERRAL_READ', 'REFERRAL_RECORD_ASSESSMENT', 'REFERRAL_RECORD_CONSENT', 'REFERRAL_RECORD_REPRESENTATIVE', 'REFERRAL_SCHEDULE_INTERVIEW', 'REFERRAL_SEARCH', 'REFERRAL_SEARCH_HIT', 'REFERRAL_START_REFLECTION_PERIOD', 'REFERRAL_SUBMIT', 'REFERRAL_UPDATE', 'REFERRAL_WITHDRAW',
  'REFRESH_TOKEN_CLEANUP', 'REFRESH_TOKEN_REUSE',
  'REVIEW_NOTE_ADD',
  'INQUIRY_RECORD', 'INQUIRIES_READ', 'INQUIRY_STATISTICS_READ',
  'SERVICE_ACCOUNT_CREATE', 'SERVICE_ACCOUNT_DEACTIVATE', 'SERVICE_ACCOUNT_ROTATE_SECRET', 'SERVICE_ACCOUNT_TOKEN', 'SERVICE_ACCOUNTS_READ',
  'SESSION_IDLE_END',
  'SIGN_IN_COUNTER_CLEANUP',
  'STATISTICS_EXPORT', 'STATISTICS_READ',
  'SUBJECT_ACCESS_REPORT', 'SUBJECT_MATCHES_READ', 'SUBJECT_SEARCH', 'SUBJECT_MATCH_DISMISS', 'SUBJECT_MATCH_INDEX_BACKFILL', 'SUBJECT_MATCH_PROPOSED', 'SUBJECT_MERGE', 'SUBJECT_UNMERGE',
  'SUSPECT_ADD', 'SUSPECT_READ',
  'TOKEN_REFRESH',
  'TOTP_ACTIVATE', 'TOTP_ENROL', 'TOTP_RESET',
  'USER_CREATE', 'USER_DEACTIVATE', 'USER_REACTIVATE', 'USER_REFERENCE_GROUP_SET',
] as const;

export type TAuditAction = (typeof AUDIT_ACTIONS)[number];

const KNOWN: ReadonlySet<string> = new Set(AUDIT_ACTIONS);

export function isAuditAction(value: string): value is TAuditAction {
  return KNOWN.has(value);
}

// ---------------------------------------------------------------------------------------------
// What each action records in `details` when it is ALLOWED. A refused attempt (outcome DENIED) of
// any action records why, as TAuditDenial, instead.

/** Why an attempt was refused (outcome DENIED). */
export type TAuditDenialReason =
  | 'NO_ACCESS'
  | 'NOT_PERMITTED'
  | 'NOT_FOUND'
  | 'NO_SUCH_OBJECT'
  | 'NOT_CONTROLLER'
  | 'NOT_CONTROLLER_OF_ALL'
  | 'NOT_A_LEAD_ORGANISATION'
  | 'NOT_IN_GROUP'
  | 'COMPLEX_ABOVE_SUMMARY'
  | 'ROLE'
  | 'ALREADY_RUNNING'
  | 'ALREADY_ERASED'
  | 'BAD_PASSWORD'
  | 'BAD_CREDENTIALS'
  | 'TOTP_REQUIRED'
  | 'TOTP_INVALID'
  /** A password-reset token that is unknown (never issued, replaced or used), or past its hour. */
  | 'UNKNOWN_TOKEN'
  | 'TOKEN_EXPIRED'
  /** The client credentials grant: an unknown client id, a wrong secret or a deactivated service account. */
  | 'BAD_CLIENT_CREDENTIALS'
  /** What only a person may do, attempted by a service account (break-glass). */
  | 'SERVICE_ACCOUNT'
  /** Password sign-in of an organisation whose identity provider has it switched off. */
  | 'PASSWORD_SIGN_IN_DISABLED'
  /** Sign-in through an identity provider (docs/api.md § Sign-in through the organisation's identity provider). */
  | 'UNKNOWN_PROVIDER'
  | 'FLOW_INVALID'
  | 'FLOW_EXPIRED'
  | 'IDP_ERROR'
  | 'IDP_UNAVAILABLE'
  | 'CODE_REFUSED'
  | 'ID_TOKEN_INVALID'
  | 'UNKNOWN_USER'
  | 'USER_DEACTIVATED';

export type TAuditDenial = {
  reason: TAuditDenialReason;
  /** Sign-in and password checks: how long the throttle made the attempt wait, and on what. */
  delayedMs?: number;
  delayedBy?: 'ACCOUNT' | 'PAIR' | null;
  /** A reference group member asking for a region outside the group. */
  referenceGroup?: string | null;
};

/** Filter names with their values as given (free text only as a hash), and what was found. */
type TSearch = { results: number; /** Not on REFERRAL_SEARCH: its count is only computed when asked for. */ totalCount?: number; [criterion: string]: string | number | undefined };
/** A grant or access request that concerns several people is recorded once per person, naming the referral. */
type TPerReferral = { referralId?: string };
type TGrantCap = TPerReferral & { grantId: string; granteeOrganisationId: string; fromLevel: string; toLevel: string; reason: 'CONTROLLER_RULE' | 'CONSENT_WITHDRAWN' };
type TAccessRequestDetails = { requestId: string; requestingOrganisationId: string; level: string; origin: string; caseComplexId?: string };
type TReferralMove = { from: string; to: string; /** A correction: which fields it changed (names, never values). */ fields?: string[]; /** An acknowledgement: who has the case (user ids). */ assignee?: string; deputy?: string };
type TOperationMove = { from: string; to: string; [result: string]: string | number | boolean | null };
type TNotice = { kind: string };
type TMerge = { mergeId: string; survivingSubjectId: string; mergedSubjectId: string };
/** The action records no details. */
type TNone = undefined;

export type TAuditDetails = {
  ACCESS_GRANT: TPerReferral & {
    grantId: string;
    granteeOrganisationId: string;
    level: string;
    expiresAt: string;
    consentOverride: boolean;
    consentOverrideNeeded: boolean;
    accessRequestId?: string;
  };
  ACCESS_GRANTS_READ: { results: number };
  ACCESS_GRANT_CAP: TGrantCap;
  ACCESS_GRANT_CAP_SKIPPED: TNone;
  ACCESS_GRANT_COVERS: { grantId: string; referralId: string; granteeOrganisationId: string; level: string };
  ACCESS_REQUEST: TAccessRequestDetails;
  ACCESS_REQUESTS_READ: { state: string | null; results: number };
  ACCESS_REQUEST_APPROVE: TAccessRequestDetails & { grantId: string; approvedLevel: string };
  ACCESS_REQUEST_CONFIRM: TAccessRequestDetails;
  ACCESS_REQUEST_READ: { state: string };
  ACCESS_REQUEST_REFUSE: TAccessRequestDetails;
  ACCESS_REQUEST_WITHDRAW: TAccessRequestDetails;
  ACCESS_REVOKE: TPerReferral & { grantId: string; granteeOrganisationId: string; breakGlass: boolean };
  AUDIT_CHECKPOINT: { keyId: string };
  AUDIT_SEARCH: TSearch & { scope: 'ALL' | 'OWN_ORGANISATION'; page?: 'after' };
  AUDIT_VERIFY: { ok: boolean; checked: number; checkpointsChecked: number; firstBrokenId: string | null; firstBrokenCheckpoint: number | null };
  BREAK_GLASS: { grantId: string; level: string; expiresAt: string };
  BREAK_GLASS_REVIEW: { referralId: string | null; userId: string | null };
  BREAK_GLASS_REVIEW_OVERDUE: { organisationId: string; dueAt: string | null };
  BREAK_GLASS_REVIEW_OVERDUE_SKIPPED: TNone;
  BREAK_GLASS_USES_READ: { unreviewedOnly: boolean; results: number };
  /** replaced: a feed existed and its old secret stopped working. */
  CALENDAR_FEED_CREATE: { feedId: string; replaced: boolean };
  /** A calendar program read the feed (never the secret): how many operations it was given. */
  CALENDAR_FEED_FETCH: { feedId: string; operations: number };
  CALENDAR_FEED_REVOKE: { feedId: string };
  CALL: TNone;
  CASE_COMPLEX_CONTRIBUTION_ADD: { contributionId: string; category: string };
  CASE_COMPLEX_CONTRIBUTIONS_READ: { results: number };
  CASE_COMPLEX_CONTRIBUTOR_INVITE: { organisationId: string };
  CASE_COMPLEX_CONTRIBUTOR_REMOVE: { organisationId: string };
  /** Which fields changed (names, never values). */
  CASE_COMPLEX_UPDATE: { fields: string[] };
  CASE_COMPLEX_CREATE: TNone;
  CASE_COMPLEX_HAND_OVER: { from: string; to: string };
  CASE_COMPLEX_LINK_OPERATION: { operationId: string };
  CASE_COMPLEX_LINK_REFERRAL: { referralId: string };
  CASE_COMPLEX_READ: TNone;
  CASE_COMPLEX_SEARCH: { results: number };
  CASE_EVENT_RECORD: { caseComplexId: string; kind: string; provision: string };
  CONSENT_OVERRIDES_READ: { unreviewedOnly: boolean; results: number };
  CONSENT_OVERRIDE_REVIEW: { referralId: string | null; grantedByOrganisationId: string | null };
  /** Erasure by shredding: the record's data key destroyed in every copy of the key store (existed: false when it was gone already). */
  DATA_KEY_SHREDDED: { recordKind: 'referral' | 'suspect' | 'operation' | 'complex' | 'reviewNote' | 'inquiry'; keyId: string; existed: boolean };
  DEADLINE_NOTICE: TNotice;
  DEADLINE_NOTICE_SKIPPED: TNotice;
  GRANT_EXPIRY_NOTICE: { expiresAt: string };
  GRANT_EXPIRY_NOTICE_SKIPPED: TNone;
  CRIMINAL_JUSTICE_IMPORT: { rows: number };
  CRIMINAL_JUSTICE_IMPORT_REJECTED: { valid: number; rejected: number };
  HISTORY_IMPORT: { rows: number; imported: number; skipped: number };
  INDICATOR_DEFINE: { code: string; exploitationForm: string };
  INDICATOR_UPDATE: { code: string; fields: string[] };
  HISTORY_IMPORT_REJECTED: { valid: number; rejected: number };
  /** What changed (field names; never the secret, never its value). */
  /** The IdP sent the browser back with a known state (the flow is used up, whatever follows). */
  IDENTITY_PROVIDER_CALLBACK: { providerId: string };
  IDENTITY_PROVIDER_CONFIGURE: { organisationId: string; created: boolean; fields: string[] };
  /** A user linked to the IdP's subject on first sign-in by verified e-mail (the subject itself is not recorded). */
  IDENTITY_PROVIDER_LINK: { providerId: string };
  IDENTITY_PROVIDER_SIGN_IN_START: { providerId: string };
  JOB_RUN: { pretendTime: boolean };
  /** `identityProviderId`: signed in at that organisation's identity provider, not with a password. */
  LOGIN: { secondFactor: boolean; delayedMs: number; identityProviderId?: string };
  LOGOUT: TNone;
  NOTIFICATION_READ: TNone;
  PASSWORD_CHANGE: { sessionsEnded: number };
  PASSWORD_RESET: { sessionsEnded: number };
  PASSWORD_RESET_REQUEST: { replaced: number; expiresAt: string };
  OPERATION_CANCEL: TOperationMove;
  OPERATION_COMPLETE: TOperationMove;
  OPERATION_CONFIRM: TOperationMove;
  OPERATION_CREATE: { targets: number };
  /** A person named although named on an overlapping operation, confirmed by the namer (the reason is sealed with the operation). */
  OPERATION_DOUBLE_BOOKING: { attendeeUserId: string; otherOperationId: string; doubleBookingId: string };
  OPERATION_EXPORT: { format: 'ics' };
  OPERATION_INVITE: TOperationMove;
  OPERATION_NAME_ATTENDEES: TOperationMove;
  OPERATION_NOTICE: TNotice;
  OPERATION_NOTICE_SKIPPED: TNotice;
  OPERATION_READ: TNone;
  OPERATION_RECORD_OUTCOME: TOperationMove;
  OPERATION_REQUEST_INTERPRETER: TOperationMove;
  OPERATION_RESPOND: TOperationMove;
  OPERATION_SEARCH: TSearch;
  OPERATION_SET_INTERPRETER_STATUS: TOperationMove;
  OPERATION_START: TOperationMove;
  OPERATION_TARGETS_READ: TNone;
  OPERATION_UPDATE: TOperationMove;
  REFERENCE_GROUP_REVIEW_READ: { referenceGroup: string | null; from: string; to: string; referrals: number; overdue: number; notes: number };
  REFERRAL_ACKNOWLEDGE: TReferralMove;
  REFERRAL_ADD_ADDENDUM: TReferralMove & { addendumId: string; indicatorCodes: string[] };
  /** User ids (not names) of who had the case before and has it now. */
  REFERRAL_ASSIGN: { assigneeBefore: string | null; deputyBefore: string | null; assignee: string; deputy: string | null };
  REFERRAL_CLOSE: TReferralMove;
  REFERRAL_CORRECT_SUBJECT: TReferralMove;
  REFERRAL_CREATE: TNone;
  REFERRAL_ERASE: { rule: 'SHORT' | 'LONG'; months: number; notesErased: number };
  REFERRAL_EXTEND_REFLECTION_PERIOD: TReferralMove;
  REFERRAL_FORWARD: TReferralMove;
  /**
   * grantId: present when the read rests on a grant or break-glass (consentOverride: disclosed
   * without consent). servicePurpose: a service account's read, with the purpose the account was
   * created for (ADR 0027).
   */
  REFERRAL_READ: { grantId?: string; consentOverride?: boolean; servicePurpose?: string } | undefined;
  REFERRAL_RECORD_ASSESSMENT: TReferralMove;
  REFERRAL_RECORD_CONSENT: {
    consentVersion: number;
    toReferralBefore: string;
    toReferral: string;
    toDisclosureBefore: string;
    toDisclosure: string;
    withdrawal: boolean;
    grantsCapped: number;
  };
  REFERRAL_RECORD_REPRESENTATIVE: TReferralMove;
  REFERRAL_SCHEDULE_INTERVIEW: TReferralMove;
  REFERRAL_SEARCH: TSearch;
  REFERRAL_SEARCH_HIT: TNone;
  REFERRAL_START_REFLECTION_PERIOD: TReferralMove;
  REFERRAL_SUBMIT: TReferralMove;
  REFERRAL_UPDATE: TReferralMove;
  REFERRAL_WITHDRAW: TReferralMove;
  REFRESH_TOKEN_CLEANUP: { removed: number };
  REFRESH_TOKEN_REUSE: TNone;
  INQUIRY_RECORD: { kind: string; callerKind: string; ledTo: string };
  INQUIRIES_READ: { from: string; to: string; results: number };
  INQUIRY_STATISTICS_READ: { year: number };
  REVIEW_NOTE_ADD: { referenceGroup: string | null; region: string; referralId?: string | null; recommendation?: boolean };
  SERVICE_ACCOUNT_CREATE: { clientId: string; roles: string[] };
  SERVICE_ACCOUNT_DEACTIVATE: { sessionsEnded: number };
  SERVICE_ACCOUNT_ROTATE_SECRET: { sessionsEnded: number };
  /** A token issued by the client credentials grant; expiresAt of the access token. */
  SERVICE_ACCOUNT_TOKEN: { expiresAt: string };
  SERVICE_ACCOUNTS_READ: { results: number };
  SESSION_IDLE_END: { idleMinutes: number };
  SIGN_IN_COUNTER_CLEANUP: { removed: number };
  STATISTICS_EXPORT: { year: number; region: string | null; format: 'csv' };
  STATISTICS_READ: TNone;
  SUBJECT_ACCESS_REPORT: { scope: 'ALL' | 'OWN_ORGANISATION'; results: number };
  SUBJECT_MATCHES_READ: { matches: number };
  /** The auditor's search by name and date of birth: counts only, never the name or the date. */
  SUBJECT_SEARCH: { scope: 'ALL' | 'OWN_ORGANISATION'; results: number; referrals: number };
  SUBJECT_MATCH_DISMISS: { referralId: string; subjectId: string; otherSubjectId: string };
  SUBJECT_MATCH_INDEX_BACKFILL: { referrals: number; keyId: string };
  SUBJECT_MATCH_PROPOSED: { score: number };
  SUBJECT_MERGE: TMerge & { referralsMoved: number; score: number };
  SUBJECT_UNMERGE: TMerge & { referralsRestored: number };
  SUSPECT_ADD: { caseComplexId: string };
  SUSPECT_READ: { caseComplexId: string; basis: string; servicePurpose?: string };
  TOKEN_REFRESH: TNone;
  TOTP_ACTIVATE: TNone;
  TOTP_ENROL: TNone;
  TOTP_RESET: { sessionsEnded: number };
  USER_CREATE: { organisation: string; roles: string[] };
  USER_DEACTIVATE: { sessionsEnded: number };
  USER_REACTIVATE: TNone;
  USER_REFERENCE_GROUP_SET: { from: string | null; to: string | null };
};

export type TDataCategory = 'IDENTITY' | 'NARRATIVE' | 'WHEREABOUTS' | 'HEALTH' | 'CONTACT' | 'SUSPECT' | 'ACCOUNT' | 'OPERATION_TARGETS' | 'NONE';
export type TAuditOutcome = 'ALLOWED' | 'DENIED';

type TAuditRecordBase = {
  objectType?: string | null;
  objectId?: string | null;
  /** The data subject (person) the record concerns, so the subject access report can find it. */
  subjectId?: string | null;
  dataCategory?: TDataCategory | null;
  /**
   * A search that also showed personal data: every category it showed, stored where
   * `dataCategory` is, comma separated (ADR 0022, decision 33). Not beside `dataCategory`.
   */
  dataCategories?: readonly TDataCategory[] | null;
  purpose?: string | null;
  /**
   * What a search or read showed: one narrow row per referral returned, or per referral and
   * category read (audit_search_hits), written with the record by one statement and covered by
   * its hash (ADR 0022). The subject access report and the auditor's search find the record
   * through them, per person.
   */
  hits?: ReadonlyArray<TAuditHit>;
};

/**
 * One referral a search returned (the referral, its subject and the viewer's purpose), or one
 * category of personal data a read showed of it (plus the category and the read's details: the
 * grant it was read under). A search that also showed personal data of the referral (a listing
 * with personal fields, ADR 0022 decision 33) names every category shown (`dataCategories`,
 * stored comma separated in the hit's category) with the read's details.
 */
export type TAuditHit = {
  objectId: string;
  subjectId: string | null;
  purpose: string | null;
  dataCategory?: TDataCategory | null;
  dataCategories?: readonly TDataCategory[] | null;
  details?: TAuditDetails['REFERRAL_READ'] | null;
};

/** Details are required where the action records some, and absent where it records none. */
type TDetailsOf<D> = [D] extends [undefined] ? { details?: undefined } : undefined extends D ? { details?: D } : { details: D };

/**
 * One record for the writer. With a literal action (the usual case) its details must have that
 * action's shape; a helper that audits one of several actions gets the union of their shapes.
 */
export type TAuditRecord<A extends TAuditAction = TAuditAction> = TAuditRecordBase & { action: A } & (
    | ({ outcome?: 'ALLOWED' } & TDetailsOf<TAuditDetails[A]>)
    | { outcome: 'DENIED'; details?: TAuditDenial }
  );

/** A record as it reads back from the trail: by its action and outcome, the details that action records. */
export type TAuditEntryDetails = { [A in TAuditAction]: { action: A; outcome: 'ALLOWED'; details: TAuditDetails[A] | null } | { action: A; outcome: 'DENIED'; details: TAuditDenial | null } }[TAuditAction];

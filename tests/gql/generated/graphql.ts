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

export type ConfirmAccessRequestInput = {
  legalBasis: string;
  /** Defaults to the level the hand-over asked for (OPERATIONAL). */
  level?: AccessLevel | null | undefined;
  purpose: AccessPurpose;
  reason: string;
};

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

export type JobRunStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** Six regional groups (Bornholm has its own, reviewing Region Hovedstaden) and one national group (docs/adr/0008). */
export type ReferenceGroup =
  | 'BORNHOLM'
  | 'HOVEDSTADEN'
  | 'MIDTJYLLAND'
  | 'NATIONAL'
  | 'NORDJYLLAND'
  | 'SJAELLAND'
  | 'SYDDANMARK';

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

export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'ASSESSOR'
  | 'AUDITOR'
  | 'CASEWORKER'
  | 'COORDINATOR'
  | 'INVESTIGATOR'
  | 'REFERENCE_GROUP_MEMBER';

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

export type JobRunFieldsFragment = { id: string, name: string, at: string, startedAt: string, finishedAt: string | null, status: JobRunStatus, attempts: number, summary: string | null, error: string | null };

export type RunJobMutationVariables = Exact<{
  name: string;
  at?: string | null | undefined;
}>;


export type RunJobMutation = { runJob: { id: string, name: string, at: string, startedAt: string, finishedAt: string | null, status: JobRunStatus, attempts: number, summary: string | null, error: string | null } };

export type JobsQueryVariables = Exact<{ [key: string]: never; }>;


export type JobsQuery = { jobs: Array<{ name: string, schedule: string, description: string, lastRun: { id: string, name: string, at: string, startedAt: string, finishedAt: string | null, status: JobRunStatus, attempts: number, summary: string | null, error: string | null } | null }> };

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

export type StatisticsQueryVariables = Exact<{
  year: number;
  region?: Region | null | undefined;
}>;


export type StatisticsQuery = { statistics: { year: number, region: Region | null, personsTrafficked: number, minors: number, preparedReturns: number, sources: { inSystem: number, historical: number }, byPrimaryExploitation: Array<{ key: string, count: number }>, byGender: Array<{ key: string, count: number }>, byNationality: Array<{ key: string, count: number }>, age: { known: number, unknown: number, min: number | null, max: number | null, mean: number | null }, byAuthority: Array<{ key: string, count: number }>, byFirstContactKind: Array<{ key: string, count: number }>, byFirstContactOrganisation: Array<{ key: string, count: number }>, interviews: { held: number, endedTrafficked: number, shareTrafficked: number | null }, referralsByOrganisation: Array<{ referrals: number, assessedTrafficked: number, organisation: { code: string } }>, closuresByOutcome: Array<{ key: string, count: number }>, series: Array<{ year: number, personsTrafficked: number, interviewsHeld: number, referrals: number, preparedReturns: number }> } };

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
// Helpers shared by the sharing tests: grantAccess, revokeAccess, accessGrants, breakGlass,
// reviewBreakGlass and breakGlassUses over HTTP, a case complex inserted straight into the
// database, and the grant rows behind the API.
import { newId } from '../../../server/core/ids.js';
import type { TTestServer } from '../../support/test-server.js';
import { type TActor } from '../../support/actors.js';
import { dataOf } from '../../support/responses.js';

export const GRANT_FIELDS = `id referralId caseComplexId organisation { code } level purpose legalBasis consentOverride breakGlass userId justification
  expiresAt status grantedByOrganisation { code } grantedAt revokedAt revokeReason reviewedAt reviewNote`;

export type TGrant = {
  id: string;
  referralId: string | null;
  caseComplexId: string | null;
  organisation: { code: string };
  level: string;
  purpose: string;
  legalBasis: string;
  consentOverride: boolean;
  breakGlass: boolean;
  userId: string | null;
  justification: string | null;
  expiresAt: string;
  status: 'ACTIVE' | 'EXPIRED' | 'REVOKED';
  grantedByOrganisation: { code: string } | null;
  grantedAt: string;
  revokedAt: string | null;
  revokeReason: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
};

export const LEGAL_BASIS = 'Retsplejelovens § 804 (edition order)';

export function inDays(server: TTestServer, days: number): string {
  return new Date(server.clock.now().getTime() + days * 24 * 3600 * 1000).toISOString();
}

/** A complete GrantAccessInput for one referral; `overrides` replace fields. */
export function grantInput(server: TTestServer, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { organisationCode: 'NSK', level: 'SUMMARY', purpose: 'INVESTIGATION', legalBasis: LEGAL_BASIS, expiresAt: inDays(server, 30), ...overrides };
}

export function grantAccessRaw(server: TTestServer, actor: TActor | null, input: Record<string, unknown>) {
  return server.gql<{ grantAccess: TGrant }>(`mutation($input: GrantAccessInput!) { grantAccess(input: $input) { ${GRANT_FIELDS} } }`, { input }, { token: actor?.token });
}

export async function grantAccess(server: TTestServer, actor: TActor, input: Record<string, unknown>): Promise<TGrant> {
  return dataOf(await grantAccessRaw(server, actor, input), 'grantAccess');
}

export function revokeAccessRaw(server: TTestServer, actor: TActor | null, grantId: string, reason = 'The investigation has ended') {
  return server.gql<{ revokeAccess: TGrant }>(`mutation($id: ID!, $reason: String!) { revokeAccess(grantId: $id, reason: $reason) { ${GRANT_FIELDS} } }`, { id: grantId, reason }, { token: actor?.token });
}

export function accessGrantsRaw(server: TTestServer, actor: TActor | null, referralId: string) {
  return server.gql<{ accessGrants: TGrant[] }>(`query($id: ID!) { accessGrants(referralId: $id) { ${GRANT_FIELDS} } }`, { id: referralId }, { token: actor?.token });
}

export function breakGlassRaw(server: TTestServer, actor: TActor | null, referralId: string, justification = 'Person reported missing; police need the whereabouts now') {
  return server.gql<{ breakGlass: TGrant }>(
    `mutation($id: ID!, $j: String!) { breakGlass(referralId: $id, justification: $j) { ${GRANT_FIELDS} } }`,
    { id: referralId, j: justification },
    { token: actor?.token },
  );
}

export function reviewBreakGlassRaw(server: TTestServer, actor: TActor | null, grantId: string, note = 'Checked with the team lead: justified') {
  return server.gql<{ reviewBreakGlass: TGrant }>(
    `mutation($id: ID!, $note: String!) { reviewBreakGlass(grantId: $id, note: $note) { ${GRANT_FIELDS} } }`,
    { id: grantId, note },
    { token: actor?.token },
  );
}

export function breakGlassUsesRaw(server: TTestServer, actor: TActor | null, unreviewedOnly?: boolean) {
  return server.gql<{ breakGlassUses: TGrant[] }>(
    `query($u: Boolean) { breakGlassUses(unreviewedOnly: $u) { ${GRANT_FIELDS} } }`,
    unreviewedOnly === undefined ? {} : { u: unreviewedOnly },
    { token: actor?.token },
  );
}

/** A case complex led by `leadCode`, with the referrals linked, written straight into the database. */
export function insertCaseComplex(server: TTestServer, options: { leadCode: string; createdByUserId: string; referralIds: string[] }): string {
  const db = server.deps.sqlite;
  const id = newId();
  const at = server.clock.now().toISOString();
  db.prepare(
    `insert into case_complexes (id, name, description, lead_organisation_id, created_by_user_id, created_at, updated_at)
     values (?, ?, null, (select id from organisations where code = ?), ?, ?, ?)`,
  ).run(id, `Network ${id.slice(0, 6)}`, options.leadCode, options.createdByUserId, at, at);
  for (const referralId of options.referralIds) linkToComplex(server, id, referralId);
  return id;
}

export function linkToComplex(server: TTestServer, caseComplexId: string, referralId: string): void {
  server.deps.sqlite
    .prepare('insert into case_complex_referrals (case_complex_id, referral_id, linked_at) values (?, ?, ?)')
    .run(caseComplexId, referralId, server.clock.now().toISOString());
}

export function countGrants(server: TTestServer): number {
  return (server.deps.sqlite.prepare('select count(*) as n from access_grants').get() as { n: number }).n;
}

/** The outbox mail to one user, kind and link only (the columns a mail is made of). */
export function mailTo(server: TTestServer, userId: string): Array<{ kind: string; link: string }> {
  return server.deps.sqlite.prepare('select kind, link from outbox where recipient_user_id = ? order by created_at').all(userId) as Array<{ kind: string; link: string }>;
}

// --- Access requests ---------------------------------------------------------------------------

export const REQUEST_FIELDS = `id referralId caseComplexId organisation { code } level purpose legalBasis reason origin state createdAt confirmedAt decidedAt
  decidedByOrganisation { code } refusalReason cappedGrantId grant { id level expiresAt organisation { code } grantedByOrganisation { code } consentOverride }`;

export type TAccessRequest = {
  id: string;
  referralId: string;
  caseComplexId: string | null;
  organisation: { code: string };
  level: string;
  purpose: string | null;
  legalBasis: string | null;
  reason: string | null;
  origin: 'REQUEST' | 'HAND_OVER' | 'CAPPED_GRANT';
  state: 'AWAITING_CONFIRMATION' | 'PENDING' | 'APPROVED' | 'REFUSED' | 'WITHDRAWN';
  createdAt: string;
  confirmedAt: string | null;
  decidedAt: string | null;
  decidedByOrganisation: { code: string } | null;
  refusalReason: string | null;
  cappedGrantId: string | null;
  grant: { id: string; level: string; expiresAt: string; organisation: { code: string }; grantedByOrganisation: { code: string } | null; consentOverride: boolean } | null;
};

export function requestInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { level: 'OPERATIONAL', purpose: 'INVESTIGATION', legalBasis: LEGAL_BASIS, reason: 'We investigate the network that exploited the person', ...overrides };
}

export function requestAccessRaw(server: TTestServer, actor: TActor | null, input: Record<string, unknown>) {
  return server.gql<{ requestAccess: TAccessRequest[] }>(`mutation($input: RequestAccessInput!) { requestAccess(input: $input) { ${REQUEST_FIELDS} } }`, { input }, { token: actor?.token });
}

export async function requestAccess(server: TTestServer, actor: TActor, input: Record<string, unknown>): Promise<TAccessRequest[]> {
  return dataOf(await requestAccessRaw(server, actor, input), 'requestAccess');
}

export function approveRaw(server: TTestServer, actor: TActor | null, id: string, vars: { expiresAt?: string; level?: string; consentOverrideReason?: string } = {}) {
  return server.gql<{ approveAccessRequest: TAccessRequest }>(
    `mutation($id: ID!, $e: DateTime!, $l: AccessLevel, $r: String) { approveAccessRequest(id: $id, expiresAt: $e, level: $l, consentOverrideReason: $r) { ${REQUEST_FIELDS} } }`,
    { id, e: vars.expiresAt ?? inDays(server, 60), l: vars.level, r: vars.consentOverrideReason },
    { token: actor?.token },
  );
}

export function refuseRaw(server: TTestServer, actor: TActor | null, id: string, reason = 'The purpose does not need the whereabouts') {
  return server.gql<{ refuseAccessRequest: TAccessRequest }>(`mutation($id: ID!, $r: String!) { refuseAccessRequest(id: $id, reason: $r) { ${REQUEST_FIELDS} } }`, { id, r: reason }, { token: actor?.token });
}

export function withdrawRaw(server: TTestServer, actor: TActor | null, id: string) {
  return server.gql<{ withdrawAccessRequest: TAccessRequest }>(`mutation($id: ID!) { withdrawAccessRequest(id: $id) { ${REQUEST_FIELDS} } }`, { id }, { token: actor?.token });
}

export function confirmRaw(server: TTestServer, actor: TActor | null, id: string, input: Record<string, unknown> = {}) {
  return server.gql<{ confirmAccessRequest: TAccessRequest }>(
    `mutation($id: ID!, $input: ConfirmAccessRequestInput!) { confirmAccessRequest(id: $id, input: $input) { ${REQUEST_FIELDS} } }`,
    { id, input: { purpose: 'INVESTIGATION', legalBasis: LEGAL_BASIS, reason: 'The complex was handed over to us to investigate', ...input } },
    { token: actor?.token },
  );
}

export function accessRequestsRaw(server: TTestServer, actor: TActor | null, state?: string) {
  return server.gql<{ accessRequests: TAccessRequest[] }>(`query($s: AccessRequestState) { accessRequests(state: $s) { ${REQUEST_FIELDS} } }`, state ? { s: state } : {}, { token: actor?.token });
}

export function accessRequestRaw(server: TTestServer, actor: TActor | null, id: string) {
  return server.gql<{ accessRequest: TAccessRequest }>(`query($id: ID!) { accessRequest(id: $id) { ${REQUEST_FIELDS} } }`, { id }, { token: actor?.token });
}

export function subjectReportRaw(server: TTestServer, auditor: TActor, subjectId: string) {
  return server.gql<{ subjectAccessReport: Array<{ action: string; objectType: string | null; objectId: string | null; subjectId: string | null; details: string | null }> }>(
    'query($s: ID!) { subjectAccessReport(subjectId: $s) { action objectType objectId subjectId details } }',
    { s: subjectId },
    { token: auditor.token },
  );
}

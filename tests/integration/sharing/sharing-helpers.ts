// Helpers shared by the sharing tests: grantAccess, revokeAccess, accessGrants, breakGlass,
// reviewBreakGlass and breakGlassUses over HTTP, a case complex inserted straight into the
// database, and the grant rows behind the API.
import { newId } from '../../../server/core/ids.js';
import type { TTestServer } from '../../support/test-server.js';
import { type TActor } from '../../support/actors.js';
import { dataOf } from '../../support/responses.js';
import {
  AccessGrantsDocument,
  AccessRequestDocument,
  AccessRequestsDocument,
  ApproveAccessRequestDocument,
  BreakGlassDocument,
  BreakGlassUsesDocument,
  ConfirmAccessRequestDocument,
  GrantAccessDocument,
  RefuseAccessRequestDocument,
  RequestAccessDocument,
  ReviewBreakGlassDocument,
  RevokeAccessDocument,
  SubjectAccessReportDocument,
  WithdrawAccessRequestDocument,
  type AccessLevel,
  type AccessRequestState,
  type GrantFieldsFragment,
  type RequestFieldsFragment,
} from '../../gql/generated/graphql.js';

export type TGrant = GrantFieldsFragment;

export const LEGAL_BASIS = 'Retsplejelovens § 804 (edition order)';

export function inDays(server: TTestServer, days: number): string {
  return new Date(server.clock.now().getTime() + days * 24 * 3600 * 1000).toISOString();
}

/** A complete GrantAccessInput for one referral; `overrides` replace fields. */
export function grantInput(server: TTestServer, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { organisationCode: 'NSK', level: 'SUMMARY', purpose: 'INVESTIGATION', legalBasis: LEGAL_BASIS, expiresAt: inDays(server, 30), ...overrides };
}

export function grantAccessRaw(server: TTestServer, actor: TActor | null, input: Record<string, unknown>) {
  return server.gqlInput(GrantAccessDocument, { input }, { token: actor?.token });
}

export async function grantAccess(server: TTestServer, actor: TActor, input: Record<string, unknown>): Promise<TGrant> {
  return dataOf(await grantAccessRaw(server, actor, input), 'grantAccess');
}

export function revokeAccessRaw(server: TTestServer, actor: TActor | null, grantId: string, reason = 'The investigation has ended') {
  return server.gql(RevokeAccessDocument, { id: grantId, reason }, { token: actor?.token });
}

export function accessGrantsRaw(server: TTestServer, actor: TActor | null, referralId: string) {
  return server.gql(AccessGrantsDocument, { id: referralId }, { token: actor?.token });
}

export function breakGlassRaw(server: TTestServer, actor: TActor | null, referralId: string, justification = 'Person reported missing; police need the whereabouts now') {
  return server.gql(BreakGlassDocument, { id: referralId, j: justification }, { token: actor?.token });
}

export function reviewBreakGlassRaw(server: TTestServer, actor: TActor | null, grantId: string, note = 'Checked with the team lead: justified') {
  return server.gql(ReviewBreakGlassDocument, { id: grantId, note }, { token: actor?.token });
}

export function breakGlassUsesRaw(server: TTestServer, actor: TActor | null, unreviewedOnly?: boolean) {
  return server.gql(BreakGlassUsesDocument, unreviewedOnly === undefined ? {} : { u: unreviewedOnly }, { token: actor?.token });
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

export type TAccessRequest = RequestFieldsFragment;

export function requestInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { level: 'OPERATIONAL', purpose: 'INVESTIGATION', legalBasis: LEGAL_BASIS, reason: 'We investigate the network that exploited the person', ...overrides };
}

export function requestAccessRaw(server: TTestServer, actor: TActor | null, input: Record<string, unknown>) {
  return server.gqlInput(RequestAccessDocument, { input }, { token: actor?.token });
}

export async function requestAccess(server: TTestServer, actor: TActor, input: Record<string, unknown>): Promise<TAccessRequest[]> {
  return dataOf(await requestAccessRaw(server, actor, input), 'requestAccess');
}

export function approveRaw(server: TTestServer, actor: TActor | null, id: string, vars: { expiresAt?: string; level?: AccessLevel; consentOverrideReason?: string } = {}) {
  return server.gql(ApproveAccessRequestDocument, { id, e: vars.expiresAt ?? inDays(server, 60), l: vars.level, r: vars.consentOverrideReason }, { token: actor?.token });
}

export function refuseRaw(server: TTestServer, actor: TActor | null, id: string, reason = 'The purpose does not need the whereabouts') {
  return server.gql(RefuseAccessRequestDocument, { id, r: reason }, { token: actor?.token });
}

export function withdrawRaw(server: TTestServer, actor: TActor | null, id: string) {
  return server.gql(WithdrawAccessRequestDocument, { id }, { token: actor?.token });
}

export function confirmRaw(server: TTestServer, actor: TActor | null, id: string, input: Record<string, unknown> = {}) {
  return server.gqlInput(
    ConfirmAccessRequestDocument,
    { id, input: { purpose: 'INVESTIGATION', legalBasis: LEGAL_BASIS, reason: 'The complex was handed over to us to investigate', ...input } },
    { token: actor?.token },
  );
}

export function accessRequestsRaw(server: TTestServer, actor: TActor | null, state?: AccessRequestState) {
  return server.gql(AccessRequestsDocument, state ? { s: state } : {}, { token: actor?.token });
}

export function accessRequestRaw(server: TTestServer, actor: TActor | null, id: string) {
  return server.gql(AccessRequestDocument, { id }, { token: actor?.token });
}

export function subjectReportRaw(server: TTestServer, auditor: TActor, subjectId: string) {
  return server.gql(SubjectAccessReportDocument, { s: subjectId }, { token: auditor.token });
}

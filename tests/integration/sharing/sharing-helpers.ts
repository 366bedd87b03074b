// Helpers shared by the sharing tests: grantAccess, revokeAccess, accessGrants, breakGlass,
// reviewBreakGlass and breakGlassUses over HTTP, a case complex inserted straight into the
// database, and the grant rows behind the API.
import { newId } from '../../../server/core/ids.js';
import type { TTestServer } from '../../support/test-server.js';
import { dataOf, type TActor } from '../referrals/referral-helpers.js';

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

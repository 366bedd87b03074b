// Queries of sign-in through an organisation's identity provider: its configuration, the flows in
// progress, the links of users to the IdP's subjects and the sessions begun there (ADR 0028).
import { and, asc, eq, lte } from 'drizzle-orm';
import { identityProviders, oidcFlows, oidcIdentities, oidcSessions, organisations } from '../../../../db/schema/index.js';
import type { TExecutor } from '../../../core/db.js';
import type { TSealer } from '../../../core/sealing/sealer.js';

/** The data key that seals a provider's client secret and its sessions' sign-out addresses. */
export function providerKeyId(providerId: string): string {
  return `identity-provider-${providerId}`;
}

const providerColumns = {
  id: identityProviders.id,
  organisationId: identityProviders.organisationId,
  organisationCode: organisations.code,
  organisationName: organisations.name,
  issuer: identityProviders.issuer,
  clientId: identityProviders.clientId,
  requireMfaFromIdp: identityProviders.requireMfaFromIdp,
  passwordSignInAllowed: identityProviders.passwordSignInAllowed,
  createdAt: identityProviders.createdAt,
  updatedAt: identityProviders.updatedAt,
};

/** A provider without its secret: what every reader but the sign-in itself gets. */
export type TProviderRow = {
  id: string;
  organisationId: string;
  organisationCode: string;
  organisationName: string;
  issuer: string;
  clientId: string;
  requireMfaFromIdp: boolean;
  passwordSignInAllowed: boolean;
  createdAt: string;
  updatedAt: string;
};

function selectProviders(ex: TExecutor) {
  return ex.select(providerColumns).from(identityProviders).innerJoin(organisations, eq(organisations.id, identityProviders.organisationId));
}

export function listProviders(ex: TExecutor): TProviderRow[] {
  return selectProviders(ex).orderBy(asc(organisations.code)).all();
}

export function findProviderByOrganisation(ex: TExecutor, organisationId: string): TProviderRow | undefined {
  return selectProviders(ex).where(eq(identityProviders.organisationId, organisationId)).get();
}

export function findProviderById(ex: TExecutor, id: string): TProviderRow | undefined {
  return selectProviders(ex).where(eq(identityProviders.id, id)).get();
}

/** The client secret, opened: only the sign-in flow asks for it, to authenticate at the IdP. */
export function openClientSecret(ex: TExecutor, sealer: TSealer, providerId: string): string | null {
  const row = ex.select({ clientSecret: identityProviders.clientSecret }).from(identityProviders).where(eq(identityProviders.id, providerId)).get();
  if (!row) return null;
  return sealer.open(providerKeyId(providerId), { table: 'identity_providers', column: 'client_secret', rowId: providerId }, row.clientSecret);
}

export function upsertProvider(
  ex: TExecutor,
  sealer: TSealer,
  row: { id: string; organisationId: string; issuer: string; clientId: string; clientSecret: string; requireMfaFromIdp: boolean; passwordSignInAllowed: boolean; at: string; by: string },
): void {
  const clientSecret = sealer.seal(providerKeyId(row.id), { table: 'identity_providers', column: 'client_secret', rowId: row.id }, row.clientSecret);
  const values = { issuer: row.issuer, clientId: row.clientId, clientSecret, requireMfaFromIdp: row.requireMfaFromIdp, passwordSignInAllowed: row.passwordSignInAllowed, updatedAt: row.at, updatedBy: row.by };
  ex.insert(identityProviders)
    .values({ id: row.id, organisationId: row.organisationId, createdAt: row.at, ...values })
    .onConflictDoUpdate({ target: identityProviders.organisationId, set: values })
    .run();
}

/** Whether the organisation's users may sign in with a password (true without an identity provider). */
export function passwordSignInAllowed(ex: TExecutor, organisationId: string): boolean {
  const row = ex.select({ allowed: identityProviders.passwordSignInAllowed }).from(identityProviders).where(eq(identityProviders.organisationId, organisationId)).get();
  return row?.allowed ?? true;
}

// --- Flows in progress ------------------------------------------------------------------------

export function insertFlow(ex: TExecutor, row: typeof oidcFlows.$inferInsert): void {
  ex.insert(oidcFlows).values(row).run();
}

/** Takes the flow of a state out (single use): whoever comes second finds nothing. */
export function takeFlow(ex: TExecutor, stateHash: string): typeof oidcFlows.$inferSelect | undefined {
  return ex.delete(oidcFlows).where(eq(oidcFlows.stateHash, stateHash)).returning().get();
}

export function deleteExpiredFlows(ex: TExecutor, now: string): number {
  return ex.delete(oidcFlows).where(lte(oidcFlows.expiresAt, now)).run().changes;
}

// --- Links of users to the IdP's subjects -----------------------------------------------------

export function findLinkedUserId(ex: TExecutor, providerId: string, subject: string): string | null {
  return ex.select({ userId: oidcIdentities.userId }).from(oidcIdentities).where(and(eq(oidcIdentities.providerId, providerId), eq(oidcIdentities.subject, subject))).get()?.userId ?? null;
}

export function findLinkOfUser(ex: TExecutor, userId: string): { providerId: string; subject: string } | undefined {
  return ex.select({ providerId: oidcIdentities.providerId, subject: oidcIdentities.subject }).from(oidcIdentities).where(eq(oidcIdentities.userId, userId)).get();
}

export function insertLink(ex: TExecutor, row: typeof oidcIdentities.$inferInsert): void {
  ex.insert(oidcIdentities).values(row).run();
}

// --- Sessions begun at the IdP ----------------------------------------------------------------

export function insertSession(ex: TExecutor, sealer: TSealer, row: { familyId: string; userId: string; providerId: string; endsAt: string; signOutUrl: string | null; createdAt: string }): void {
  const signOutUrl = row.signOutUrl === null ? null : sealer.seal(providerKeyId(row.providerId), { table: 'oidc_sessions', column: 'sign_out_url', rowId: row.familyId }, row.signOutUrl);
  ex.insert(oidcSessions).values({ ...row, signOutUrl }).run();
}

/** When the session begun at an IdP must end; null for a session begun with a password. */
export function sessionEndsAt(ex: TExecutor, familyId: string): string | null {
  return ex.select({ endsAt: oidcSessions.endsAt }).from(oidcSessions).where(eq(oidcSessions.familyId, familyId)).get()?.endsAt ?? null;
}

export function openSessionSignOutUrl(ex: TExecutor, sealer: TSealer, familyId: string): string | null {
  const row = ex.select({ providerId: oidcSessions.providerId, signOutUrl: oidcSessions.signOutUrl }).from(oidcSessions).where(eq(oidcSessions.familyId, familyId)).get();
  if (!row?.signOutUrl) return null;
  return sealer.open(providerKeyId(row.providerId), { table: 'oidc_sessions', column: 'sign_out_url', rowId: familyId }, row.signOutUrl);
}

export function deleteEndedSessions(ex: TExecutor, before: string): number {
  return ex.delete(oidcSessions).where(lte(oidcSessions.endsAt, before)).run().changes;
}

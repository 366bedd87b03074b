// What the service-accounts module needs of the auth domain (ADR 0027), and nothing more: the
// account's user row, a session per issued token (so authenticate() checks it like any other and
// ending the sessions stops the tokens at once), and the sign-in throttle for client secrets.
import type { TViewer } from '../../core/access.js';
import type { TContext } from '../../core/context.js';
import type { TExecutor } from '../../core/db.js';
import type { TDeps, TUnitOfWork } from '../../core/types.js';
import { newId, newSecretToken, sha256Hex } from '../../core/ids.js';
import * as repo from './auth.repo.js';
import { viewerForUser } from './auth.service.js';
import { asServiceAccount } from './service-account-viewer.js';
import { beginPasswordAttempt, recordFailure, recordSuccess, type TPasswordAttempt } from './sign-in-throttle.js';
import { signAccessToken } from './tokens.js';

/** The e-mail of a service account's user row: the reserved .invalid domain (RFC 2606) never reaches anyone. */
export function serviceAccountEmail(clientId: string): string {
  return `${clientId}@service-account.invalid`;
}

/**
 * Not an argon2 hash: verifying any password against it fails (passwords.ts catches the error),
 * so a service account's user can never sign in with a password.
 */
const NO_PASSWORD = '!service-account';

export function insertServiceAccountUser(tx: TExecutor, row: { id: string; clientId: string; name: string; organisationId: string; roles: string[]; createdAt: string }): void {
  repo.insertUser(tx, {
    id: row.id,
    email: serviceAccountEmail(row.clientId),
    name: row.name,
    organisationId: row.organisationId,
    roles: row.roles,
    referenceGroup: null,
    passwordHash: NO_PASSWORD,
    createdAt: row.createdAt,
  });
}

/** The viewer a service account is (its user, organisation and roles, marked as a service account), or null when inactive. */
export function serviceAccountViewer(deps: TDeps, userId: string, sessionId: string): TViewer | null {
  const user = repo.findUserById(deps.db, userId);
  if (!user || !user.active) return null;
  return asServiceAccount(deps.db, viewerForUser({ user, sessionId, secondFactor: false, requireTotpForPrivileged: deps.config.requireTotpForPrivileged }));
}

/** Ends every session (so every token) of the account's user; with `deactivate`, the user too. Returns the sessions ended. */
export function endServiceAccountSessions(tx: TExecutor, userId: string, at: string, options: { deactivate: boolean }): number {
  if (options.deactivate) repo.deactivateUserRow(tx, userId, at);
  return repo.revokeUserSessions(tx, userId, at);
}

/**
 * One access token, in a session of its own that lives exactly as long as the token: the session
 * row (a refresh-token row whose secret is never handed out, so it cannot be refreshed) is what
 * authenticate() finds alive, and what deactivation and rotation revoke. Signed first (signing is
 * asynchronous); the token works only once recordServiceAccountSession has committed its session.
 */
export async function signServiceAccountToken(deps: TDeps, userId: string, now: Date): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
  const sessionId = newId();
  const access = await signAccessToken({ keys: deps.keys, config: deps.config, now, claims: { userId, sessionId, secondFactor: false, serviceAccount: true } });
  return { ...access, sessionId };
}

export function recordServiceAccountSession(unit: TUnitOfWork, session: { userId: string; sessionId: string; expiresAt: Date }): void {
  repo.insertRefreshToken(unit.tx, {
    id: newId(),
    familyId: session.sessionId,
    userId: session.userId,
    tokenHash: sha256Hex(newSecretToken()),
    secondFactor: false,
    createdAt: unit.now.toISOString(),
    sessionStartedAt: unit.now.toISOString(),
    expiresAt: session.expiresAt.toISOString(),
  });
}

export type TClientAttempt = TPasswordAttempt;

/**
 * The sign-in throttle (ADR 0012) for a client's secret: the client id stands where the e-mail
 * stands, so failures slow the pair (client, address), then the client, never lock it. The key
 * space is apart from e-mails (`client:` cannot start an address).
 */
export function beginClientAttempt(ctx: TContext, clientId: string): Promise<TClientAttempt> {
  return beginPasswordAttempt(ctx, `client:${clientId}`, { secondFactorPresented: false });
}

export function recordClientFailure(tx: TExecutor, deps: TDeps, attempt: TClientAttempt, now: Date): void {
  recordFailure(tx, deps, attempt.keys, now);
}

export function recordClientSuccess(tx: TExecutor, attempt: TClientAttempt): void {
  recordSuccess(tx, attempt.keys);
}

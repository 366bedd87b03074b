// Service accounts of integrations (issue 16 § 2, ADR 0027): an ADMIN creates one in their own
// organisation with a subset of the roles and a purpose; the system it stands for exchanges its
// client id and secret for the same short access tokens people get (client credentials grant,
// token.http.ts). The secret is shown once and kept only as a SHA-256 hash: it is 256 random
// bits, so no guessing attack needs a slow hash to be stopped (the ADR says why).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { mayServiceAccountHold, ROLES, type TRole } from '../../core/access.js';
import { runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, notFound } from '../../core/errors.js';
import { newId, newSecretToken, sha256Hex } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import {
  beginClientAttempt,
  endServiceAccountSessions,
  insertServiceAccountUser,
  recordClientFailure,
  recordClientSuccess,
  recordServiceAccountSession,
  serviceAccountViewer,
  signServiceAccountToken,
} from '../auth/service-account-auth.service.js';
import { requireAdmin } from '../auth/users.service.js';
import * as repo from './service-accounts.repo.js';

export type { TServiceAccountRow } from './service-accounts.repo.js';

/** Longest client id and secret looked at: anything longer is no credential of ours. */
const MAX_CLIENT_ID = 64;
const MAX_CLIENT_SECRET = 256;

const ZCreateServiceAccountInput = z.object({
  name: z.string().trim().min(2, 'At least 2 characters').max(100, 'At most 100 characters'),
  roles: z
    .array(z.enum(ROLES))
    .min(1, 'At least one role')
    .max(ROLES.length)
    .refine((roles) => roles.every(mayServiceAccountHold), { message: 'A service account cannot hold ADMIN or AUDITOR', params: { rule: 'ROLE_NOT_ALLOWED' } }),
  purpose: z.string().trim().min(5, 'At least 5 characters').max(200, 'At most 200 characters'),
});

export type TServiceAccountWithSecret = { serviceAccount: repo.TServiceAccountRow; clientSecret: string };

function newClientId(): string {
  return `sa_${randomBytes(12).toString('hex')}`;
}

function secretHash(secret: string): string {
  return sha256Hex(secret);
}

/** The admin's own organisation's service account, or NOT_FOUND (another organisation's does not exist for them). */
function ownAccount(ctx: TContext, id: string): repo.TServiceAccountRow {
  const viewer = requireAdmin(ctx.viewer);
  const account = repo.findById(ctx.deps.db, id);
  if (!account || account.organisationId !== viewer.organisationId) throw notFound('No such service account');
  return account;
}

export async function listServiceAccounts(ctx: TContext): Promise<repo.TServiceAccountRow[]> {
  const viewer = requireAdmin(ctx.viewer);
  const rows = repo.listOfOrganisation(ctx.deps.db, viewer.organisationId);
  await runAudited(ctx, (unit) => unit.audit({ action: 'SERVICE_ACCOUNTS_READ', objectType: 'ServiceAccount', dataCategory: 'ACCOUNT', details: { results: rows.length } }));
  return rows;
}

export async function createServiceAccount(ctx: TContext, raw: { name: string; roles: readonly string[]; purpose: string }): Promise<TServiceAccountWithSecret> {
  const viewer = requireAdmin(ctx.viewer);
  const input = parseInput(ZCreateServiceAccountInput, raw, 'input');
  const roles: TRole[] = [...new Set(input.roles)];
  const clientSecret = newSecretToken();
  const id = newId();
  const clientId = newClientId();
  await runAudited(ctx, (unit) => {
    const userId = newId();
    const at = unit.now.toISOString();
    insertServiceAccountUser(unit.tx, { id: userId, clientId, name: input.name, organisationId: viewer.organisationId, roles, createdAt: at });
    repo.insertServiceAccount(unit.tx, {
      id,
      userId,
      organisationId: viewer.organisationId,
      clientId,
      secretHash: secretHash(clientSecret),
      purpose: input.purpose,
      createdAt: at,
      createdBy: viewer.userId,
    });
    unit.audit({ action: 'SERVICE_ACCOUNT_CREATE', objectType: 'ServiceAccount', objectId: id, dataCategory: 'ACCOUNT', details: { clientId, roles } });
  });
  return { serviceAccount: repo.findById(ctx.deps.db, id)!, clientSecret };
}

export async function rotateServiceAccountSecret(ctx: TContext, input: { id: string }): Promise<TServiceAccountWithSecret> {
  const account = ownAccount(ctx, input.id);
  const clientSecret = newSecretToken();
  await runAudited(ctx, (unit) => {
    const at = unit.now.toISOString();
    if (!repo.setSecretHash(unit.tx, account.id, secretHash(clientSecret), at)) throw new AppError('CONFLICT', 'The service account is deactivated');
    // A secret is rotated when it may have leaked: what it obtained stops too.
    const sessionsEnded = endServiceAccountSessions(unit.tx, account.userId, at, { deactivate: false });
    unit.audit({ action: 'SERVICE_ACCOUNT_ROTATE_SECRET', objectType: 'ServiceAccount', objectId: account.id, dataCategory: 'ACCOUNT', details: { sessionsEnded } });
  });
  return { serviceAccount: repo.findById(ctx.deps.db, account.id)!, clientSecret };
}

export async function deactivateServiceAccount(ctx: TContext, input: { id: string }): Promise<repo.TServiceAccountRow> {
  const account = ownAccount(ctx, input.id);
  if (!account.active) return account;
  await runAudited(ctx, (unit) => {
    const at = unit.now.toISOString();
    if (!repo.deactivate(unit.tx, account.id, at)) return;
    const sessionsEnded = endServiceAccountSessions(unit.tx, account.userId, at, { deactivate: true });
    unit.audit({ action: 'SERVICE_ACCOUNT_DEACTIVATE', objectType: 'ServiceAccount', objectId: account.id, dataCategory: 'ACCOUNT', details: { sessionsEnded } });
  });
  return repo.findById(ctx.deps.db, account.id)!;
}

/** Refused client authentication: one answer for an unknown client, a wrong secret and a deactivated account. */
export function invalidClient(): AppError {
  return new AppError('UNAUTHENTICATED', 'Client authentication failed', { reason: 'INVALID_CLIENT' });
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The client credentials grant (RFC 6749 § 4.4): a valid client id and secret of an active account
 * get one access token. Every attempt passes the sign-in throttle first (ADR 0012: failures slow
 * the client, never lock it), and is audited: refused as DENIED (no actor), issued as the account.
 */
export async function issueClientCredentialsToken(ctx: TContext, input: { clientId: string; clientSecret: string }): Promise<{ accessToken: string; expiresAt: Date }> {
  const { deps } = ctx;
  if (input.clientId.length === 0 || input.clientId.length > MAX_CLIENT_ID || input.clientSecret.length > MAX_CLIENT_SECRET) throw invalidClient();
  const attempt = await beginClientAttempt(ctx, input.clientId);
  try {
    // Read after the wait: the account may have changed meanwhile.
    const account = repo.findByClientId(deps.db, input.clientId);
    const ok = Boolean(account && account.active && sameHash(account.secretHash, secretHash(input.clientSecret)));
    if (!account || !ok) {
      await runAudited(ctx, (unit) => {
        recordClientFailure(unit.tx, deps, attempt, unit.now);
        unit.audit({
          action: 'SERVICE_ACCOUNT_TOKEN',
          objectType: 'ServiceAccount',
          objectId: account?.id ?? null,
          dataCategory: 'ACCOUNT',
          outcome: 'DENIED',
          details: { reason: 'BAD_CLIENT_CREDENTIALS', delayedMs: attempt.delay.delayMs, delayedBy: attempt.delay.by },
        });
        unit.afterCommit(() => deps.metrics.signInFailures.inc({ reason: 'BAD_CLIENT_CREDENTIALS' }));
      });
      throw invalidClient();
    }
    const signed = await signServiceAccountToken(deps, account.userId, deps.clock.now());
    const viewer = serviceAccountViewer(deps, account.userId, signed.sessionId);
    if (!viewer) throw invalidClient();
    // Audited as the account itself, with its organisation and roles.
    await runAudited({ ...ctx, viewer }, (unit) => {
      recordClientSuccess(unit.tx, attempt);
      recordServiceAccountSession(unit, { userId: account.userId, sessionId: signed.sessionId, expiresAt: signed.expiresAt });
      unit.audit({ action: 'SERVICE_ACCOUNT_TOKEN', objectType: 'ServiceAccount', objectId: account.id, dataCategory: 'ACCOUNT', details: { expiresAt: signed.expiresAt.toISOString() } });
    });
    return { accessToken: signed.token, expiresAt: signed.expiresAt };
  } finally {
    attempt.release();
  }
}

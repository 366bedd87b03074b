// Signing in and out: password and second factor, throttling, refresh-token families with
// rotation and reuse detection, and turning a bearer token into a viewer.
import { verifySync } from 'otplib';
import { effectiveRoles, ROLES, type TRole, type TViewer } from '../../core/access.js';
import { runAudited, runAuditedDurably, type TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import type { TConfig } from '../../config.js';
import type { TDeps } from '../../core/types.js';
import { AppError, badInput } from '../../core/errors.js';
import { newId, newSecretToken, sha256Hex } from '../../core/ids.js';
import { notify } from '../notifications/notifications.service.js';
import * as repo from './auth.repo.js';
import { passwordSignInAllowed, sessionEndsAt } from './oidc/oidc.repo.js';
import { burnPasswordCheck, checkPasswordLength, verifyPassword } from './passwords.js';
import { beginPasswordAttempt, recordFailure, recordSuccess } from './sign-in-throttle.js';
import { asServiceAccount } from './service-account-viewer.js';
import { signAccessToken, verifyAccessToken } from './tokens.js';

/** `refreshExpiresAt`: when the refresh token stops working (the cookie that holds it expires then too). */
export type TAuthPayload = { accessToken: string; refreshToken: string; refreshExpiresAt: Date; expiresAt: Date; user: repo.TUserRow };

const BAD_CREDENTIALS = 'Wrong e-mail, password or one-time code';

/**
 * Why a sign-in or refresh was refused, in extensions.reason (docs/api.md § Authentication). A
 * wrong e-mail, a wrong password and a deactivated account are one and the same BAD_CREDENTIALS;
 * TOTP_REQUIRED and TOTP_INVALID come only after the right password, so that the sign-in page
 * can ask for the code, and they count on the throttle like any failure.
 */
export type TSignInRefusal = 'BAD_CREDENTIALS' | 'TOTP_REQUIRED' | 'TOTP_INVALID' | 'PASSWORD_SIGN_IN_DISABLED';
export type TRefreshRefusal = 'SESSION_IDLE' | 'SESSION_EXPIRED';

function signInRefused(reason: TSignInRefusal): AppError {
  const message =
    reason === 'TOTP_REQUIRED' ? 'Give the one-time code of your authenticator' : reason === 'PASSWORD_SIGN_IN_DISABLED' ? "Sign in through your organisation's identity provider" : BAD_CREDENTIALS;
  return new AppError('UNAUTHENTICATED', message, { reason });
}

export function refreshRefused(reason: TRefreshRefusal): AppError {
  const message = reason === 'SESSION_IDLE' ? 'The session ended after inactivity: sign in again' : 'The session has ended: sign in again';
  return new AppError('UNAUTHENTICATED', message, { reason });
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** TOTP check with replay protection: a code's time step must be newer than the last one used. */
export function checkTotp(options: { secret: string; code: string; lastStep: number | null; now: Date }): number | null {
  if (!/^\d{6}$/.test(options.code)) return null;
  // One step either side: with 30-second steps, a tolerance of 30 seconds covers exactly the
  // neighbouring steps (otplib 13 counts in seconds, not steps). Synchronous: sign-in runs it
  // inside its unit of work.
  const result = verifySync({ secret: options.secret, token: options.code, epoch: Math.floor(options.now.getTime() / 1000), epochTolerance: 30 });
  if (!result.valid) return null;
  const step = Math.floor(options.now.getTime() / 30_000) + result.delta;
  if (options.lastStep !== null && step <= options.lastStep) return null;
  return step;
}

export async function login(ctx: TContext, input: { email: string; password: string; totp?: string | null }): Promise<TAuthPayload> {
  const { deps } = ctx;
  const email = normaliseEmail(input.email);
  if (email.length === 0) throw badInput('email', 'E-mail must be 1 to 254 characters', 'REQUIRED');
  if (email.length > 254) throw badInput('email', 'E-mail must be 1 to 254 characters', 'TOO_LONG', { limit: 254 });
  checkPasswordLength(input.password);

  const known = repo.findUserByEmail(deps.db, email);
  // A valid current code (not yet claimed: that happens below, after the password) spares the
  // account-wide delay, so an attack on the account never slows an owner who has a second factor.
  const secondFactorPresented = Boolean(
    known?.totpEnabled && known.totpSecret && input.totp && checkTotp({ secret: known.totpSecret, code: input.totp, lastStep: known.totpLastStep, now: deps.clock.now() }) !== null,
  );
  const attempt = await beginPasswordAttempt(ctx, email, { secondFactorPresented });
  try {
    // Read again after a wait (the pair's turn, a delay of up to 30 s): the account may have
    // changed meanwhile. Without one, no I/O and no timer ran between the read above and here (one
    // turn of the microtask queue), far less than the password check after either read: reading
    // the same row again would be the same work twice (ADR 0022, decision 56).
    const user = attempt.waited ? repo.findUserByEmail(deps.db, email) : known;
    let ok = user && user.active ? await verifyPassword(user.passwordHash, input.password) : await burnPasswordCheck(input.password);
    let totpStep: number | null = null;
    let refusal: TSignInRefusal = 'BAD_CREDENTIALS';
    if (ok && user?.totpEnabled && user.totpSecret) {
      totpStep = checkTotp({ secret: user.totpSecret, code: input.totp ?? '', lastStep: user.totpLastStep, now: deps.clock.now() });
      ok = totpStep !== null;
      if (!ok) refusal = input.totp ? 'TOTP_INVALID' : 'TOTP_REQUIRED';
    }
    const refuse = (unit: TUnitOfWork) => {
      const accountFailures = recordFailure(unit.tx, deps, attempt.keys, unit.now);
      unit.audit({
        action: 'LOGIN',
        objectType: 'User',
        objectId: user?.id ?? null,
        dataCategory: 'ACCOUNT',
        outcome: 'DENIED',
        details: { reason: refusal, delayedMs: attempt.delay.delayMs, delayedBy: attempt.delay.by },
      });
      unit.afterCommit(() => deps.metrics.signInFailures.inc({ reason: refusal }));
      // The owner hears once per window that the account is being guessed at (no address, no details).
      if (accountFailures === deps.config.login.accountSlowAfter && user?.active) {
        notify(unit, { ctx, userIds: [user.id], kind: 'SIGN_IN_SLOWED', objectType: 'User', objectId: user.id, link: '/' });
      }
    };
    if (!ok || !user) {
      await runAudited(ctx, refuse);
      throw signInRefused(refusal);
    }
    // Right password (and code): this attempt adds no failure, so the pair's next attempt need not
    // wait for the writes and the signing below (concurrent sign-ins keep the hashing threads busy).
    attempt.release();
    // An organisation that signs in through its identity provider may have passwords switched off
    // (ADR 0028). Said only after the right password, so it tells a guesser nothing.
    if (!passwordSignInAllowed(deps.db, user.organisationId)) {
      await runAudited(ctx, (unit) => {
        unit.audit({ action: 'LOGIN', objectType: 'User', objectId: user.id, dataCategory: 'ACCOUNT', outcome: 'DENIED', details: { reason: 'PASSWORD_SIGN_IN_DISABLED' } });
      });
      throw signInRefused('PASSWORD_SIGN_IN_DISABLED');
    }

    const refreshToken = newSecretToken();
    const sessionId = newId();
    const secondFactor = totpStep !== null;
    let refreshExpiresAt = '';
    // Answered only once durable, its fsync off the main thread (ADR 0022, decision 45).
    const signedIn = await runAuditedDurably(ctx, (unit) => {
      // The user row was read before the (slow) password check: claim the code's time step only
      // now, inside the transaction, so two requests carrying the same code cannot both pass.
      if (totpStep !== null && !repo.claimTotpStep(unit.tx, user.id, totpStep)) {
        // Another request used this code first: a replay, so the code is spent.
        refusal = 'TOTP_INVALID';
        refuse(unit);
        return false;
      }
      recordSuccess(unit.tx, attempt.keys);
      refreshExpiresAt = refreshTokenExpiry(deps.config, { sessionStartedAt: unit.now, now: unit.now });
      // The token's createdAt is the session's last activity, which the idle limit counts from.
      repo.insertRefreshToken(unit.tx, {
        id: newId(),
        familyId: sessionId,
        userId: user.id,
        tokenHash: sha256Hex(refreshToken),
        secondFactor,
        createdAt: unit.now.toISOString(),
        sessionStartedAt: unit.now.toISOString(),
        expiresAt: refreshExpiresAt,
      });
      unit.audit({ action: 'LOGIN', objectType: 'User', objectId: user.id, dataCategory: 'ACCOUNT', details: { secondFactor, delayedMs: attempt.delay.delayMs } });
      return true;
    });
    if (!signedIn) throw signInRefused(refusal);
    const access = await signAccessToken({ keys: deps.keys, config: deps.config, now: deps.clock.now(), claims: { userId: user.id, sessionId, secondFactor } });
    return { accessToken: access.token, refreshToken, refreshExpiresAt: new Date(refreshExpiresAt), expiresAt: access.expiresAt, user };
  } finally {
    attempt.release();
  }
}

/**
 * A refresh token lives REFRESH_TOKEN_TTL_SECONDS, but never past the session's SESSION_MAX_SECONDS,
 * nor past `endsAt` (a session begun at an identity provider: OIDC_SESSION_MAX_MINUTES, ADR 0028).
 */
function refreshTokenExpiry(config: TConfig, options: { sessionStartedAt: Date; now: Date; endsAt?: string | null }): string {
  const idle = options.now.getTime() + config.jwt.refreshTtlSeconds * 1000;
  const cap = options.sessionStartedAt.getTime() + config.jwt.sessionMaxSeconds * 1000;
  const end = options.endsAt ? new Date(options.endsAt).getTime() : Number.POSITIVE_INFINITY;
  return new Date(Math.min(idle, cap, end)).toISOString();
}

/**
 * Opens a session for a user who proved who they are elsewhere (their organisation's identity
 * provider), inside the caller's unit of work: the first refresh token of a new family, capped at
 * `endsAt`. The caller audits the sign-in; the browser gets its access token by refreshing.
 */
export function openSession(unit: TUnitOfWork, config: TConfig, options: { userId: string; secondFactor: boolean; endsAt: string }): { sessionId: string; refreshToken: string; refreshExpiresAt: Date } {
  const refreshToken = newSecretToken();
  const sessionId = newId();
  const refreshExpiresAt = refreshTokenExpiry(config, { sessionStartedAt: unit.now, now: unit.now, endsAt: options.endsAt });
  repo.insertRefreshToken(unit.tx, {
    id: newId(),
    familyId: sessionId,
    userId: options.userId,
    tokenHash: sha256Hex(refreshToken),
    secondFactor: options.secondFactor,
    createdAt: unit.now.toISOString(),
    sessionStartedAt: unit.now.toISOString(),
    expiresAt: refreshExpiresAt,
  });
  return { sessionId, refreshToken, refreshExpiresAt: new Date(refreshExpiresAt) };
}

/**
 * The session is idle when its latest refresh token (made at the last sign-in or refresh) is older
 * than SESSION_IDLE_MINUTES: the user did nothing that made the page refresh in that time.
 */
export function isSessionIdle(config: TConfig, lastActivityAt: string, now: Date): boolean {
  return now.getTime() - new Date(lastActivityAt).getTime() > config.jwt.sessionIdleMinutes * 60_000;
}

export async function refresh(ctx: TContext, input: { refreshToken: string }): Promise<TAuthPayload> {
  const { deps } = ctx;
  const invalid = () => refreshRefused('SESSION_EXPIRED');
  const found = repo.findRefreshToken(deps.db, sha256Hex(input.refreshToken));
  if (!found) throw invalid();
  const now = deps.clock.now();
  if (found.rotatedAt || found.revokedAt) {
    // A rotated token used again means it was copied: end the whole sign-in it belongs to.
    await runAudited(ctx, (unit) => {
      repo.revokeFamily(unit.tx, found.familyId, unit.now.toISOString());
      unit.audit({ action: 'REFRESH_TOKEN_REUSE', objectType: 'User', objectId: found.userId, dataCategory: 'ACCOUNT', outcome: 'DENIED' });
    });
    throw invalid();
  }
  const user = repo.findUserById(deps.db, found.userId);
  if (!user || !user.active) throw invalid();
  // A session begun at an identity provider ends at its own time too (ADR 0028): then the IdP is asked again.
  const endsAt = sessionEndsAt(deps.db, found.familyId);
  const sessionOver = new Date(found.sessionStartedAt).getTime() + deps.config.jwt.sessionMaxSeconds * 1000 <= now.getTime() || (endsAt !== null && new Date(endsAt) <= now);
  if (!sessionOver && isSessionIdle(deps.config, found.createdAt, now)) {
    // Idle sign-out: the session ends here, so its access tokens stop working too.
    await runAudited(ctx, (unit) => {
      repo.revokeFamily(unit.tx, found.familyId, unit.now.toISOString());
      unit.audit({ action: 'SESSION_IDLE_END', objectType: 'User', objectId: found.userId, dataCategory: 'ACCOUNT', details: { idleMinutes: deps.config.jwt.sessionIdleMinutes } });
    });
    throw refreshRefused('SESSION_IDLE');
  }
  if (sessionOver || new Date(found.expiresAt) <= now) throw invalid();

  const refreshToken = newSecretToken();
  let refreshExpiresAt = '';
  const rotated = await runAudited(ctx, (unit) => {
    if (!repo.markRefreshTokenRotated(unit.tx, found.id, unit.now.toISOString())) {
      // Another request rotated (or revoked) this token since it was read: the same token was
      // used twice, which is reuse just like the case above.
      repo.revokeFamily(unit.tx, found.familyId, unit.now.toISOString());
      unit.audit({ action: 'REFRESH_TOKEN_REUSE', objectType: 'User', objectId: found.userId, dataCategory: 'ACCOUNT', outcome: 'DENIED' });
      return false;
    }
    refreshExpiresAt = refreshTokenExpiry(deps.config, { sessionStartedAt: new Date(found.sessionStartedAt), now: unit.now, endsAt });
    // Its createdAt records this refresh as the session's latest activity (see isSessionIdle).
    repo.insertRefreshToken(unit.tx, {
      id: newId(),
      familyId: found.familyId,
      userId: user.id,
      tokenHash: sha256Hex(refreshToken),
      secondFactor: found.secondFactor,
      createdAt: unit.now.toISOString(),
      sessionStartedAt: found.sessionStartedAt,
      expiresAt: refreshExpiresAt,
    });
    unit.audit({ action: 'TOKEN_REFRESH', objectType: 'User', objectId: user.id, dataCategory: 'ACCOUNT' });
    return true;
  });
  if (!rotated) throw invalid();
  const access = await signAccessToken({
    keys: deps.keys,
    config: deps.config,
    now,
    claims: { userId: user.id, sessionId: found.familyId, secondFactor: found.secondFactor },
  });
  return { accessToken: access.token, refreshToken, refreshExpiresAt: new Date(refreshExpiresAt), expiresAt: access.expiresAt, user };
}

/**
 * Ends the session of the refresh token (given, or from the cookie) and that of the access token,
 * if any. Needs no valid access token: a page whose access token expired must still be able to
 * sign out, and whoever holds a refresh token could use it anyway, so may also end it. Nothing to
 * end is no error (signing out twice is fine) and writes no audit record.
 */
export async function logout(ctx: TContext, input: { refreshToken: string | null }): Promise<boolean> {
  const found = input.refreshToken ? repo.findRefreshToken(ctx.deps.db, sha256Hex(input.refreshToken)) : undefined;
  const viewer = ctx.viewer;
  if (!found && !viewer) return true;
  await runAudited(ctx, (unit) => {
    const at = unit.now.toISOString();
    if (viewer) repo.revokeFamily(unit.tx, viewer.sessionId, at);
    // With an access token, a refresh token of somebody else's is a mistake, not a sign-out.
    if (found && (!viewer || found.userId === viewer.userId)) repo.revokeFamily(unit.tx, found.familyId, at);
    unit.audit({ action: 'LOGOUT', objectType: 'User', objectId: viewer?.userId ?? found!.userId, dataCategory: 'ACCOUNT' });
  });
  return true;
}

/** Turns a bearer token into a viewer, or null when the token, the user or the session is no longer valid. */
export async function authenticate(deps: TDeps, token: string): Promise<TViewer | null> {
  const now = deps.clock.now();
  const claims = await verifyAccessToken({ keys: deps.keys, config: deps.config, now, token });
  if (!claims) return null;
  // The user and their session in one statement, on every request: a revoked session or a
  // deactivated user is refused from the next request on.
  const user = repo.findUserInLiveSession(deps.sqlite, { userId: claims.userId, familyId: claims.sessionId, now: now.toISOString() });
  if (!user || !user.active) return null;
  const viewer = viewerForUser({ user, sessionId: claims.sessionId, secondFactor: claims.secondFactor, requireTotpForPrivileged: deps.config.requireTotpForPrivileged });
  // A service account's token (ADR 0027): the viewer is that account, with its purpose, while it is active.
  return claims.serviceAccount ? asServiceAccount(deps.db, viewer) : viewer;
}

/**
 * The viewer a personal calendar feed answers for: its owner while the account is active. A feed
 * has no session (its secret stands in for one) and no second factor, so privileged roles do not
 * take effect, which a feed of operations never needs.
 */
export function viewerForFeedOwner(deps: TDeps, userId: string): TViewer | null {
  const user = repo.findUserById(deps.db, userId);
  if (!user || !user.active) return null;
  return viewerForUser({ user, sessionId: 'calendar-feed', secondFactor: false, requireTotpForPrivileged: deps.config.requireTotpForPrivileged });
}

/** The viewer a user is when signed in: organisation, region and the roles that take effect. */
export function viewerForUser(options: { user: repo.TUserRow; sessionId: string; secondFactor: boolean; requireTotpForPrivileged: boolean }): TViewer {
  const { user } = options;
  const roles = user.roles.filter((role): role is TRole => (ROLES as readonly string[]).includes(role));
  return {
    userId: user.id,
    organisationId: user.organisationId,
    organisationCode: user.organisationCode,
    organisationKind: user.organisationKind,
    region: user.organisationRegion,
    roles: effectiveRoles({ roles, secondFactor: options.secondFactor, requireTotpForPrivileged: options.requireTotpForPrivileged }),
    referenceGroup: user.referenceGroup,
    sessionId: options.sessionId,
  };
}

export async function cleanUpExpiredRefreshTokens(ctx: TContext): Promise<number> {
  return await runAudited(ctx, (unit) => {
    // A day's grace keeps reuse detection working for tokens that have only just expired.
    const removed = repo.deleteExpiredRefreshTokens(unit.tx, new Date(unit.now.getTime() - 24 * 3600_000).toISOString());
    unit.audit({ action: 'REFRESH_TOKEN_CLEANUP', objectType: 'RefreshToken', details: { removed } });
    return removed;
  });
}

/** Sign-in counters whose window is over count nothing any more: remove them (failures also remove them on the way). */
export async function cleanUpStaleSignInCounters(ctx: TContext): Promise<number> {
  return await runAudited(ctx, (unit) => {
    const windowStart = new Date(unit.now.getTime() - ctx.deps.config.login.windowMinutes * 60_000).toISOString();
    const removed = repo.deleteStaleAttemptStates(unit.tx, windowStart, unit.now.toISOString());
    unit.audit({ action: 'SIGN_IN_COUNTER_CLEANUP', objectType: 'LoginAttempt', details: { removed } });
    return removed;
  });
}

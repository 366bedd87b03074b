// Password reset by a one-time link (docs/api.md § Users). An ADMIN asks; the user gets a mail
// with /account/reset#<token>: the token sits in the fragment, which browsers never send, so it
// reaches no server or proxy log. Only its SHA-256 is stored; it works once, for an hour (by the
// injectable clock), and a newer request makes older links void. The mail carries no password and
// no personal data. resetPassword is public (the user cannot sign in) and slowed like sign-in.
import { runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput, notFound } from '../../core/errors.js';
import { newId, newSecretToken, sha256Hex } from '../../core/ids.js';
import { cancelPendingMail, enqueueMail } from '../../core/outbox.js';
import { parseInput } from '../../core/validation.js';
import * as repo from './auth.repo.js';
import { hashPassword } from './passwords.js';
import { notify } from '../notifications/notifications.service.js';
import { beginPasswordAttempt, recordFailure, recordSuccess } from './sign-in-throttle.js';
import { requireAdmin, ZNewPassword } from './users.service.js';

/** How long a reset link works. */
export const PASSWORD_RESET_TTL_MS = 60 * 60_000;

/** The path the mail links to; the token follows after '#'. */
export const PASSWORD_RESET_PATH = '/account/reset';

/** A token has 32 random bytes in base64url: 43 characters. Anything far longer is not one. */
const MAX_TOKEN_LENGTH = 200;

export async function requestPasswordReset(ctx: TContext, input: { userId: string }): Promise<boolean> {
  // Any ADMIN, as for every other user mutation (there is no per-organisation administrator).
  const viewer = requireAdmin(ctx.viewer);
  const token = newSecretToken();
  await runAudited(ctx, (unit) => {
    const user = repo.findUserById(unit.tx, input.userId);
    // A service account has no password to reset (ADR 0027): it is no user of this list.
    if (!user || repo.isServiceAccountUser(unit.tx, user.id)) throw notFound('No such user');
    if (!user.active) throw new AppError('CONFLICT', 'The user is deactivated: reactivate them first');
    const replaced = repo.deletePasswordResetTokens(unit.tx, user.id);
    cancelPendingMail(unit, { kind: 'PASSWORD_RESET', recipientUserId: user.id });
    const expiresAt = new Date(unit.now.getTime() + PASSWORD_RESET_TTL_MS).toISOString();
    repo.insertPasswordResetToken(unit.tx, { id: newId(), userId: user.id, tokenHash: sha256Hex(token), createdAt: unit.now.toISOString(), expiresAt, requestedBy: viewer.userId });
    // Straight to the outbox, not through notify(): the in-app inbox must never hold the token.
    enqueueMail(unit, { kind: 'PASSWORD_RESET', recipientUserId: user.id, link: `${PASSWORD_RESET_PATH}#${token}` });
    unit.audit({ action: 'PASSWORD_RESET_REQUEST', objectType: 'User', objectId: user.id, dataCategory: 'ACCOUNT', details: { replaced, expiresAt } });
    unit.afterCommit(() => ctx.deps.outbox.kick());
  });
  return true;
}

const invalidToken = () => badInput('token', 'The link is not valid: it has been used, replaced by a newer one, or is more than an hour old', 'INVALID_RESET_TOKEN');

export async function resetPassword(ctx: TContext, input: { token: string; newPassword: string }): Promise<boolean> {
  if (input.token.length === 0) throw badInput('token', 'The token is required', 'REQUIRED');
  if (input.token.length > MAX_TOKEN_LENGTH) throw invalidToken();
  const newPassword = parseInput(ZNewPassword, input.newPassword, 'newPassword');
  // Guessing a 256-bit token is hopeless, but a flood of guesses still costs: wrong tokens count on
  // the sign-in throttle, per client address (the caller names no account).
  const attempt = await beginPasswordAttempt(ctx, `password-reset\n${ctx.ip ?? '-'}`, { secondFactorPresented: false });
  try {
    const tokenHash = sha256Hex(input.token);
    const found = repo.findPasswordResetToken(ctx.deps.db, tokenHash);
    const user = found ? repo.findUserById(ctx.deps.db, found.userId) : undefined;
    const now = ctx.deps.clock.now();
    const refusal = !found || !user || !user.active ? 'UNKNOWN_TOKEN' : new Date(found.expiresAt) <= now ? 'TOKEN_EXPIRED' : null;
    if (refusal) {
      await runAudited(ctx, (unit) => {
        recordFailure(unit.tx, ctx.deps, attempt.keys, unit.now);
        repo.deleteExpiredPasswordResetTokens(unit.tx, unit.now.toISOString());
        unit.audit({ action: 'PASSWORD_RESET', objectType: 'User', objectId: user?.id ?? null, dataCategory: 'ACCOUNT', outcome: 'DENIED', details: { reason: refusal, delayedMs: attempt.delay.delayMs } });
      });
      throw invalidToken();
    }
    const passwordHash = await hashPassword(newPassword);
    return await runAudited(ctx, (unit) => {
      // Claimed inside the transaction: of two requests with the same token, one wins.
      if (!repo.findPasswordResetToken(unit.tx, tokenHash)) throw invalidToken();
      repo.deletePasswordResetTokens(unit.tx, user!.id);
      recordSuccess(unit.tx, attempt.keys);
      repo.setPasswordHash(unit.tx, user!.id, passwordHash);
      const sessionsEnded = repo.revokeUserSessions(unit.tx, user!.id, unit.now.toISOString());
      unit.audit({ action: 'PASSWORD_RESET', objectType: 'User', objectId: user!.id, dataCategory: 'ACCOUNT', details: { sessionsEnded } });
      // The user is told, in case it was not them who opened the link.
      notify(unit, { ctx, userIds: [user!.id], kind: 'PASSWORD_CHANGED', objectType: 'User', objectId: user!.id, link: '/' });
      return true;
    });
  } finally {
    attempt.release();
  }
}

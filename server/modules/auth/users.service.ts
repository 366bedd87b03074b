// Staff accounts: who is signed in, and the ADMIN's creation and deactivation of users.
// Deactivation ends every session of the user at once.
import { generateSecret, generateURI } from 'otplib';
import { z } from 'zod';
import { hasAnyRole, ROLES, requireViewer, type TViewer } from '../../core/access.js';
import { runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import { findOrganisationByCode } from '../organisations/organisations.service.js';
import { notify } from '../notifications/notifications.service.js';
import * as repo from './auth.repo.js';
import { checkTotp, normaliseEmail } from './auth.service.js';
import { beginPasswordAttempt, recordFailure, recordSuccess } from './sign-in-throttle.js';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, checkPasswordLength, hashPassword, verifyPassword } from './passwords.js';

export const REFERENCE_GROUPS = ['HOVEDSTADEN', 'BORNHOLM', 'SJAELLAND', 'SYDDANMARK', 'MIDTJYLLAND', 'NORDJYLLAND', 'NATIONAL'] as const;

const ZCreateUserInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: 'Not a valid e-mail address' })).pipe(z.string().max(254)),
  name: z.string().trim().min(1, 'Name is required').max(200),
  organisationCode: z.string().trim().min(1).max(20),
  roles: z.array(z.enum(ROLES)).min(1, 'At least one role').max(ROLES.length),
  referenceGroup: z.enum(REFERENCE_GROUPS).nullish(),
  password: z.string().min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`).max(1024),
});
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

/** The schema already limits these fields to ADMIN; the service says so too, so no other caller can skip it. */
export function requireAdmin(viewer: TViewer | null): TViewer {
  const found = requireViewer(viewer);
  if (!hasAnyRole(found, ['ADMIN'])) throw new AppError('FORBIDDEN', 'Your roles do not allow this');
  return found;
}

export function me(ctx: TContext): repo.TUserRow {
  const viewer = requireViewer(ctx.viewer);
  const user = repo.findUserById(ctx.deps.db, viewer.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  // The roles in effect for this session (a privileged role without a second factor is not).
  return { ...user, roles: viewer.roles };
}

export function listUsers(ctx: TContext, input: { organisationCode?: string | null }): repo.TUserRow[] {
  requireAdmin(ctx.viewer);
  const organisation = input.organisationCode ? findOrganisationByCode(ctx.deps.db, input.organisationCode) : null;
  if (input.organisationCode && !organisation) throw badInput('organisationCode', 'Unknown organisation', 'UNKNOWN_ORGANISATION');
  return repo.listUsers(ctx.deps.db, { organisationId: organisation?.id });
}

/** Who belongs to which region's reference group (REFERENCE_GROUP_MEMBER and its group). */
export function listReferenceGroupMembers(ctx: TContext, input: { group?: string | null }): repo.TUserRow[] {
  requireAdmin(ctx.viewer);
  const group = parseInput(z.enum(REFERENCE_GROUPS).nullish(), input.group, 'group');
  return repo.listReferenceGroupMembers(ctx.deps.db, { group: group ?? undefined });
}

/**
 * Puts a user in a region's reference group, or takes them out (null). The group and the role go
 * together (as createUser insists), so the role is given or taken with it. The viewer is built
 * from the user's row at each request: the change holds from the user's next request.
 */
export async function setReferenceGroup(ctx: TContext, input: { userId: string; referenceGroup?: string | null }): Promise<repo.TUserRow> {
  requireAdmin(ctx.viewer);
  const group = parseInput(z.enum(REFERENCE_GROUPS).nullish(), input.referenceGroup, 'referenceGroup') ?? null;
  return await runAudited(ctx, (unit) => {
    const user = repo.findUserById(unit.tx, input.userId);
    if (!user) throw notFound('No such user');
    if (user.referenceGroup === group) throw new AppError('CONFLICT', group ? 'The user is already in that group' : 'The user is in no reference group');
    const others = user.roles.filter((role) => role !== 'REFERENCE_GROUP_MEMBER');
    const roles = group ? [...others, 'REFERENCE_GROUP_MEMBER'] : others;
    if (roles.length === 0) throw badInput('referenceGroup', 'The user would have no role left: deactivate them instead', 'NO_ROLE_LEFT');
    repo.setRolesAndReferenceGroup(unit.tx, user.id, { roles, referenceGroup: group });
    unit.audit({ action: 'USER_REFERENCE_GROUP_SET', objectType: 'User', objectId: user.id, dataCategory: 'ACCOUNT', details: { from: user.referenceGroup, to: group } });
    return repo.findUserById(unit.tx, user.id)!;
  });
}

/** Creates a user without an ADMIN's request context: seeding and the test factories use it too. */
/**
 * `hash` replaces argon2 hashing of this one password: the demo seed hashes its one shared
 * password once for all its users (argon2 is most of a fresh demo's start-up otherwise).
 */
export async function insertUserRecord(ctx: TContext, raw: TCreateUserInput, options: { welcome?: boolean; hash?: (password: string) => Promise<string> } = {}): Promise<repo.TUserRow> {
  const input = parseInput(ZCreateUserInput, raw, 'input');
  const organisation = findOrganisationByCode(ctx.deps.db, input.organisationCode);
  if (!organisation) throw badInput('input.organisationCode', 'Unknown organisation', 'UNKNOWN_ORGANISATION');
  if (input.roles.includes('REFERENCE_GROUP_MEMBER') !== Boolean(input.referenceGroup)) {
    throw badInput('input.referenceGroup', 'A reference group is given exactly when the user has REFERENCE_GROUP_MEMBER', 'REFERENCE_GROUP_MISMATCH');
  }
  const passwordHash = await (options.hash ?? hashPassword)(input.password);
  const id = newId();
  await runAudited(ctx, (unit) => {
    if (repo.findUserByEmail(unit.tx, input.email)) throw new AppError('CONFLICT', 'A user with that e-mail exists', { field: 'input.email' });
    repo.insertUser(unit.tx, {
      id,
      email: input.email,
      name: input.name,
      organisationId: organisation.id,
      roles: [...new Set(input.roles)],
      referenceGroup: input.referenceGroup ?? null,
      passwordHash,
      createdAt: unit.now.toISOString(),
    });
    unit.audit({ action: 'USER_CREATE', objectType: 'User', objectId: id, dataCategory: 'ACCOUNT', details: { organisation: organisation.code, roles: input.roles } });
    if (options.welcome !== false) notify(unit, { ctx, userIds: [id], kind: 'ACCOUNT_CREATED', objectType: 'User', objectId: id, link: '/' });
  });
  return repo.findUserById(ctx.deps.db, id)!;
}

export function createUser(ctx: TContext, input: TCreateUserInput): Promise<repo.TUserRow> {
  requireAdmin(ctx.viewer);
  return insertUserRecord(ctx, input);
}

export async function deactivateUser(ctx: TContext, input: { id: string }): Promise<repo.TUserRow> {
  const viewer = requireAdmin(ctx.viewer);
  if (input.id === viewer.userId) throw badInput('id', 'You cannot deactivate yourself', 'NOT_FOR_YOURSELF');
  return await runAudited(ctx, (unit) => {
    const user = repo.findUserById(unit.tx, input.id);
    if (!user) throw notFound('No such user');
    if (!user.active) throw new AppError('CONFLICT', 'The user is already deactivated');
    repo.deactivateUserRow(unit.tx, user.id, unit.now.toISOString());
    const sessions = repo.revokeUserSessions(unit.tx, user.id, unit.now.toISOString());
    unit.audit({ action: 'USER_DEACTIVATE', objectType: 'User', objectId: user.id, dataCategory: 'ACCOUNT', details: { sessionsEnded: sessions } });
    return repo.findUserById(unit.tx, user.id)!;
  });
}

/** Lets a deactivated user sign in again with their password; their old sessions stay ended. */
export async function reactivateUser(ctx: TContext, input: { id: string }): Promise<repo.TUserRow> {
  requireAdmin(ctx.viewer);
  return await runAudited(ctx, (unit) => {
    const user = repo.findUserById(unit.tx, input.id);
    if (!user) throw notFound('No such user');
    if (user.active) throw new AppError('CONFLICT', 'The user is active');
    repo.reactivateUserRow(unit.tx, user.id);
    unit.audit({ action: 'USER_REACTIVATE', objectType: 'User', objectId: user.id, dataCategory: 'ACCOUNT' });
    notify(unit, { ctx, userIds: [user.id], kind: 'ACCOUNT_REACTIVATED', objectType: 'User', objectId: user.id, link: '/' });
    return repo.findUserById(unit.tx, user.id)!;
  });
}

/**
 * For a user who lost their authenticator: removes the second factor (active or half-enrolled) and
 * ends their sessions, so they sign in with the password alone and enrol again. Not for oneself,
 * or an ADMIN could shed their own second factor. The user is told, in case it was not them.
 */
export async function resetTotp(ctx: TContext, input: { userId: string }): Promise<repo.TUserRow> {
  const viewer = requireAdmin(ctx.viewer);
  if (input.userId === viewer.userId) throw badInput('userId', 'Another ADMIN must reset your second factor', 'NOT_FOR_YOURSELF');
  return await runAudited(ctx, (unit) => {
    const user = repo.findUserById(unit.tx, input.userId);
    if (!user) throw notFound('No such user');
    if (!user.totpEnabled && !user.totpSecret) throw new AppError('CONFLICT', 'The user has no second factor');
    repo.setTotp(unit.tx, user.id, { totpSecret: null, totpEnabled: false, totpLastStep: null });
    const sessions = repo.revokeUserSessions(unit.tx, user.id, unit.now.toISOString());
    unit.audit({ action: 'TOTP_RESET', objectType: 'User', objectId: user.id, dataCategory: 'ACCOUNT', details: { sessionsEnded: sessions } });
    notify(unit, { ctx, userIds: [user.id], kind: 'SECOND_FACTOR_RESET', objectType: 'User', objectId: user.id, link: '/' });
    return repo.findUserById(unit.tx, user.id)!;
  });
}

/**
 * Asks for the password again, so that someone holding only a stolen access token cannot put a
 * second factor of theirs on the account and lock its owner out. The password check counts on
 * the same throttle as sign-in.
 */
export async function enrolTotp(ctx: TContext, input: { password: string }): Promise<{ secret: string; otpauthUri: string }> {
  const viewer = requireViewer(ctx.viewer);
  checkPasswordLength(input.password);
  const alreadyActive = () => new AppError('CONFLICT', 'A second factor is already active');
  const account = repo.findUserById(ctx.deps.db, viewer.userId)!;
  if (account.totpEnabled) throw alreadyActive();
  // The same gate and counters as sign-in (the account has no second factor yet, so none is presented).
  const attempt = await beginPasswordAttempt(ctx, normaliseEmail(account.email), { secondFactorPresented: false });
  try {
    if (!(await verifyPassword(account.passwordHash, input.password))) {
      await runAudited(ctx, (unit) => {
        recordFailure(unit.tx, ctx.deps, attempt.keys, unit.now);
        unit.audit({ action: 'TOTP_ENROL', objectType: 'User', objectId: account.id, dataCategory: 'ACCOUNT', outcome: 'DENIED', details: { reason: 'BAD_PASSWORD', delayedMs: attempt.delay.delayMs } });
      });
      throw badInput('password', 'The password is not correct', 'WRONG_PASSWORD');
    }
    const secret = generateSecret({ length: 20 });
    return await runAudited(ctx, (unit) => {
      const user = repo.findUserById(unit.tx, viewer.userId)!;
      if (user.totpEnabled) throw alreadyActive();
      recordSuccess(unit.tx, attempt.keys);
      repo.setTotp(unit.tx, user.id, { totpSecret: secret, totpEnabled: false, totpLastStep: null });
      unit.audit({ action: 'TOTP_ENROL', objectType: 'User', objectId: user.id, dataCategory: 'ACCOUNT' });
      return { secret, otpauthUri: generateURI({ issuer: 'Samvirke', label: user.email, secret }) };
    });
  } finally {
    attempt.release();
  }
}

export const ZNewPassword = z.string().min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`).max(MAX_PASSWORD_LENGTH);

/**
 * The signed-in user's own password. The current one is asked again (a stolen access token alone
 * must not take the account) and checked on the sign-in throttle, like enrolTotp. The new one
 * follows the rules of createUser. Every other session of the user ends (a thief signed in
 * elsewhere is out); this one goes on. The user is told by notification, in case it was not them.
 */
export async function changePassword(ctx: TContext, input: { currentPassword: string; newPassword: string }): Promise<boolean> {
  const viewer = requireViewer(ctx.viewer);
  checkPasswordLength(input.currentPassword, 'currentPassword');
  const newPassword = parseInput(ZNewPassword, input.newPassword, 'newPassword');
  if (newPassword === input.currentPassword) throw badInput('newPassword', 'The new password must differ from the current one', 'PASSWORD_UNCHANGED');
  const account = repo.findUserById(ctx.deps.db, viewer.userId)!;
  const attempt = await beginPasswordAttempt(ctx, normaliseEmail(account.email), { secondFactorPresented: false });
  try {
    if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
      await runAudited(ctx, (unit) => {
        recordFailure(unit.tx, ctx.deps, attempt.keys, unit.now);
        unit.audit({ action: 'PASSWORD_CHANGE', objectType: 'User', objectId: account.id, dataCategory: 'ACCOUNT', outcome: 'DENIED', details: { reason: 'BAD_PASSWORD', delayedMs: attempt.delay.delayMs } });
      });
      throw badInput('currentPassword', 'The password is not correct', 'WRONG_PASSWORD');
    }
    attempt.release();
    const passwordHash = await hashPassword(newPassword);
    return await runAudited(ctx, (unit) => {
      recordSuccess(unit.tx, attempt.keys);
      repo.setPasswordHash(unit.tx, account.id, passwordHash);
      const sessionsEnded = repo.revokeOtherSessions(unit.tx, account.id, viewer.sessionId, unit.now.toISOString());
      unit.audit({ action: 'PASSWORD_CHANGE', objectType: 'User', objectId: account.id, dataCategory: 'ACCOUNT', details: { sessionsEnded } });
      notify(unit, { ctx, userIds: [account.id], kind: 'PASSWORD_CHANGED', objectType: 'User', objectId: account.id, link: '/' });
      return true;
    });
  } finally {
    attempt.release();
  }
}

export async function activateTotp(ctx: TContext, input: { code: string }): Promise<boolean> {
  const viewer = requireViewer(ctx.viewer);
  return await runAudited(ctx, (unit) => {
    const user = repo.findUserById(unit.tx, viewer.userId)!;
    if (user.totpEnabled) throw new AppError('CONFLICT', 'A second factor is already active');
    if (!user.totpSecret) throw new AppError('CONFLICT', 'Call enrolTotp first');
    const step = checkTotp({ secret: user.totpSecret, code: input.code, lastStep: user.totpLastStep, now: unit.now });
    if (step === null) throw badInput('code', 'The code is not valid', 'INVALID_CODE');
    repo.setTotp(unit.tx, user.id, { totpEnabled: true, totpLastStep: step });
    unit.audit({ action: 'TOTP_ACTIVATE', objectType: 'User', objectId: user.id, dataCategory: 'ACCOUNT' });
    return true;
  });
}

/** How many users exist: the demo seeds only an empty database. */
export function countUsers(deps: Pick<TContext['deps'], 'db'>): number {
  return repo.countUsers(deps.db);
}

export type { TUserRow } from './auth.repo.js';

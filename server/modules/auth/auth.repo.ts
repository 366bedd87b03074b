// Queries of the auth domain: users, refresh-token families and sign-in counters.
import { and, asc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { loginAttempts, organisations, passwordResetTokens, refreshTokens, serviceAccounts, users } from '../../../db/schema/index.js';
import type { Statement } from 'better-sqlite3';
import { rowReader, type TExecutor, type TSqlite } from '../../core/db.js';
import type { TAttemptState } from './auth.policy.js';

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  roles: users.roles,
  referenceGroup: users.referenceGroup,
  passwordHash: users.passwordHash,
  totpSecret: users.totpSecret,
  totpEnabled: users.totpEnabled,
  totpLastStep: users.totpLastStep,
  active: users.active,
  createdAt: users.createdAt,
  deactivatedAt: users.deactivatedAt,
  organisationId: organisations.id,
  organisationCode: organisations.code,
  organisationKind: organisations.kind,
  organisationRegion: organisations.region,
};

export type TUserRow = {
  id: string;
  email: string;
  name: string;
  roles: string[];
  referenceGroup: string | null;
  passwordHash: string;
  totpSecret: string | null;
  totpEnabled: boolean;
  totpLastStep: number | null;
  active: boolean;
  createdAt: string;
  deactivatedAt: string | null;
  organisationId: string;
  organisationCode: string;
  organisationKind: string;
  organisationRegion: string | null;
};

function selectUsers(ex: TExecutor) {
  return ex.select(userColumns).from(users).innerJoin(organisations, eq(organisations.id, users.organisationId));
}

/** Staff names by id, for showing who acted (to the actor's own organisation). */
export function findUserNames(ex: TExecutor, ids: readonly string[]): Array<{ id: string; name: string }> {
  if (ids.length === 0) return [];
  return ex.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...ids])).all();
}

const userReader = rowReader<TUserRow>(userColumns);

/** One user, without the builder's row mapping (core/db.ts rowReader): read on every request and sign-in. */
function findUserWhere(ex: TExecutor, where: SQL): TUserRow | undefined {
  const row = ex.get(sql`select ${userReader.columns} from ${users} inner join ${organisations} on ${organisations.id} = ${users.organisationId} where ${where}`);
  return row === undefined ? undefined : userReader.read(row);
}

/** Read twice by every password sign-in. */
export function findUserByEmail(ex: TExecutor, email: string): TUserRow | undefined {
  return findUserWhere(ex, eq(users.email, email));
}

/** Read on every request (authenticate). */
export function findUserById(ex: TExecutor, id: string): TUserRow | undefined {
  return findUserWhere(ex, eq(users.id, id));
}

const userInLiveSessionOf = new WeakMap<TSqlite, Statement<[string, string, string]>>();

/**
 * Read on every request (authenticate): the user, only while the session (the token family) is
 * alive (not revoked, not expired), in one statement written once and prepared once per connection.
 */
export function findUserInLiveSession(sqlite: TSqlite, options: { userId: string; familyId: string; now: string }): TUserRow | undefined {
  let statement = userInLiveSessionOf.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare(`select ${userReader.text} from "users" inner join "organisations" on "organisations"."id" = "users"."organisation_id"
      where "users"."id" = ? and exists (select 1 from "refresh_tokens" where "refresh_tokens"."family_id" = ? and "refresh_tokens"."user_id" = "users"."id"
        and "refresh_tokens"."revoked_at" is null and "refresh_tokens"."expires_at" > ?)`);
    userInLiveSessionOf.set(sqlite, statement);
  }
  const row = statement.get(options.userId, options.familyId, options.now);
  return row === undefined ? undefined : userReader.read(row);
}

/** A user row that is not a service account's (those are listed by serviceAccounts, ADR 0027). */
const isPerson = sql`not exists (select 1 from ${serviceAccounts} where ${serviceAccounts.userId} = ${users.id})`;

export function isServiceAccountUser(ex: TExecutor, userId: string): boolean {
  return ex.select({ id: serviceAccounts.id }).from(serviceAccounts).where(eq(serviceAccounts.userId, userId)).get() !== undefined;
}

export function listUsers(ex: TExecutor, filter: { organisationId?: string }): TUserRow[] {
  const query = selectUsers(ex);
  return query
    .where(filter.organisationId ? and(eq(users.organisationId, filter.organisationId), isPerson) : isPerson)
    .orderBy(asc(users.email))
    .all();
}

/** The users holding REFERENCE_GROUP_MEMBER (optionally of one group), by group then e-mail. */
export function listReferenceGroupMembers(ex: TExecutor, filter: { group?: string }): TUserRow[] {
  const member = sql`exists (select 1 from json_each(${users.roles}) where json_each.value = 'REFERENCE_GROUP_MEMBER')`;
  return selectUsers(ex)
    .where(filter.group ? and(member, eq(users.referenceGroup, filter.group)) : member)
    .orderBy(asc(users.referenceGroup), asc(users.email))
    .all();
}

export function setRolesAndReferenceGroup(ex: TExecutor, id: string, values: { roles: string[]; referenceGroup: string | null }): void {
  ex.update(users).set(values).where(eq(users.id, id)).run();
}

export function insertUser(ex: TExecutor, row: typeof users.$inferInsert): void {
  ex.insert(users).values(row).run();
}

export function deactivateUserRow(ex: TExecutor, id: string, at: string): void {
  ex.update(users).set({ active: false, deactivatedAt: at }).where(eq(users.id, id)).run();
}

export function reactivateUserRow(ex: TExecutor, id: string): void {
  ex.update(users).set({ active: true, deactivatedAt: null }).where(eq(users.id, id)).run();
}

export function setPasswordHash(ex: TExecutor, id: string, passwordHash: string): void {
  ex.update(users).set({ passwordHash }).where(eq(users.id, id)).run();
}

export function setTotp(ex: TExecutor, id: string, values: { totpSecret?: string | null; totpEnabled?: boolean; totpLastStep?: number | null }): void {
  ex.update(users).set(values).where(eq(users.id, id)).run();
}

/**
 * Records that a one-time code's time step was used, only if it is newer than the last one:
 * false when another sign-in already used this step (or a later one), so a code works once
 * even when two requests carry it at the same moment.
 */
export function claimTotpStep(ex: TExecutor, id: string, step: number): boolean {
  const result = ex
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .run();
  return result.changes === 1;
}

export function countUsers(ex: TExecutor): number {
  return ex.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
}

export function insertRefreshToken(ex: TExecutor, row: typeof refreshTokens.$inferInsert): void {
  ex.insert(refreshTokens).values(row).run();
}

export function findRefreshToken(ex: TExecutor, tokenHash: string) {
  return ex.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash)).get();
}

export function markRefreshTokenRotated(ex: TExecutor, id: string, at: string): boolean {
  const result = ex
    .update(refreshTokens)
    .set({ rotatedAt: at })
    .where(and(eq(refreshTokens.id, id), isNull(refreshTokens.rotatedAt), isNull(refreshTokens.revokedAt)))
    .run();
  return result.changes === 1;
}

export function revokeFamily(ex: TExecutor, familyId: string, at: string): void {
  ex.update(refreshTokens).set({ revokedAt: at }).where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt))).run();
}

export function revokeUserSessions(ex: TExecutor, userId: string, at: string): number {
  return ex.update(refreshTokens).set({ revokedAt: at }).where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt))).run().changes;
}

/** Ends every session of the user but one (the one asking, e.g. after a password change). */
export function revokeOtherSessions(ex: TExecutor, userId: string, keepFamilyId: string, at: string): number {
  const families = ex
    .selectDistinct({ familyId: refreshTokens.familyId })
    .from(refreshTokens)
    .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt), sql`${refreshTokens.familyId} <> ${keepFamilyId}`))
    .all();
  ex.update(refreshTokens)
    .set({ revokedAt: at })
    .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt), sql`${refreshTokens.familyId} <> ${keepFamilyId}`))
    .run();
  return families.length;
}

/** A session is alive while its family (of this user) has a token that is neither revoked nor expired. */
export function deleteExpiredRefreshTokens(ex: TExecutor, before: string): number {
  return ex.delete(refreshTokens).where(lt(refreshTokens.expiresAt, before)).run().changes;
}

const attemptReader = rowReader<TAttemptState>({ failures: loginAttempts.failures, windowStartedAt: loginAttempts.windowStartedAt, lockedUntil: loginAttempts.lockedUntil });

/** Read three times by every password sign-in (pair, account, address): without the builder's row mapping. */
export function getAttemptState(ex: TExecutor, key: string): TAttemptState | null {
  const row = ex.get(sql`select ${attemptReader.columns} from ${loginAttempts} where ${loginAttempts.key} = ${key}`);
  return row === undefined ? null : attemptReader.read(row);
}

export function saveAttemptState(ex: TExecutor, key: string, state: TAttemptState): void {
  ex.insert(loginAttempts)
    .values({ key, ...state })
    .onConflictDoUpdate({ target: loginAttempts.key, set: state })
    .run();
}

/** Counters whose window ended before `before` and that hold no lock still in force. */
export function deleteStaleAttemptStates(ex: TExecutor, before: string, now: string): number {
  return ex
    .delete(loginAttempts)
    .where(and(lt(loginAttempts.windowStartedAt, before), sql`(${loginAttempts.lockedUntil} is null or ${loginAttempts.lockedUntil} <= ${now})`))
    .run().changes;
}

export function clearAttemptState(ex: TExecutor, key: string): void {
  ex.delete(loginAttempts).where(eq(loginAttempts.key, key)).run();
}

/** A new reset link replaces the user's older ones; a reset removes them all. */
export function deletePasswordResetTokens(ex: TExecutor, userId: string): number {
  return ex.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId)).run().changes;
}

export function insertPasswordResetToken(ex: TExecutor, row: typeof passwordResetTokens.$inferInsert): void {
  ex.insert(passwordResetTokens).values(row).run();
}

export function findPasswordResetToken(ex: TExecutor, tokenHash: string) {
  return ex.select().from(passwordResetTokens).where(eq(passwordResetTokens.tokenHash, tokenHash)).get();
}

/** Links past their hour are of no use: their rows go (on the way, at each reset attempt). */
export function deleteExpiredPasswordResetTokens(ex: TExecutor, now: string): number {
  return ex.delete(passwordResetTokens).where(sql`${passwordResetTokens.expiresAt} <= ${now}`).run().changes;
}

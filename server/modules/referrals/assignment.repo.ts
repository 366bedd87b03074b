// Queries behind who has a referral at the receiving authority (assignment.ts): its staff who can
// be assigned, and the assignment itself. Only assignment.ts imports this.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { referrals, users } from '../../../db/schema/index.js';
import type { TExecutor } from '../../core/db.js';

export type TStaff = { id: string; name: string; roles: string[] };

/** The active users of an organisation holding one of the roles, by name. */
export function findActiveStaff(ex: TExecutor, organisationId: string, roles: readonly string[]): TStaff[] {
  const rows = ex
    .select({ id: users.id, name: users.name, roles: users.roles })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.active, true)))
    .orderBy(asc(users.name), asc(users.id))
    .all();
  return rows.filter((u) => u.roles.some((r) => roles.includes(r)));
}

export function findNames(ex: TExecutor, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  return new Map(ex.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...ids])).all().map((u) => [u.id, u.name]));
}

/** Sets the assignee and the deputy if the referral is still at `version`. */
export function setAssignment(ex: TExecutor, options: { id: string; version: number; assigneeUserId: string; deputyUserId: string | null; at: string }): boolean {
  return (
    ex
      .update(referrals)
      .set({ assigneeUserId: options.assigneeUserId, deputyUserId: options.deputyUserId, updatedAt: options.at, version: options.version + 1 })
      .where(and(eq(referrals.id, options.id), eq(referrals.version, options.version)))
      .run().changes === 1
  );
}

import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { notifications, serviceAccounts, users } from '../../../db/schema/index.js';
import { insertionOrder, type TExecutor } from '../../core/db.js';

export function insertNotification(ex: TExecutor, row: typeof notifications.$inferInsert): void {
  ex.insert(notifications).values(row).run();
}

export function listForUser(ex: TExecutor, userId: string, unreadOnly: boolean, limit: number) {
  const where = unreadOnly ? and(eq(notifications.userId, userId), isNull(notifications.readAt)) : eq(notifications.userId, userId);
  return ex.select().from(notifications).where(where).orderBy(desc(notifications.createdAt), desc(insertionOrder(notifications))).limit(limit).all();
}

export function findForUser(ex: TExecutor, id: string, userId: string) {
  return ex.select().from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, userId))).get();
}

export function markRead(ex: TExecutor, id: string, at: string): void {
  ex.update(notifications).set({ readAt: at }).where(and(eq(notifications.id, id), isNull(notifications.readAt))).run();
}

/** Which of these users are service accounts (ADR 0027): they read their inbox through the API and get no mail. */
export function findServiceAccountUserIds(ex: TExecutor, userIds: readonly string[]): Set<string> {
  if (userIds.length === 0) return new Set();
  return new Set(ex.select({ userId: serviceAccounts.userId }).from(serviceAccounts).where(inArray(serviceAccounts.userId, [...userIds])).all().map((r) => r.userId));
}

/** Active users of an organisation holding any of the roles. */
export function findRecipientIds(ex: TExecutor, organisationId: string, roles: readonly string[]): string[] {
  return ex
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        eq(users.active, true),
        sql`exists (select 1 from json_each(${users.roles}) r where r.value in (${sql.join(
          roles.map((role) => sql`${role}`),
          sql`, `,
        )}))`,
      ),
    )
    .all()
    .map((row) => row.id);
}

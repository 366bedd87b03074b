// Queries of service accounts (ADR 0027).
import { and, desc, eq, isNull } from 'drizzle-orm';
import { getTableColumns } from 'drizzle-orm';
import { serviceAccounts, users } from '../../../db/schema/index.js';
import { insertionOrder, type TExecutor } from '../../core/db.js';

/** The account with the name and roles of its user row (where people's are kept too). */
export type TServiceAccountRow = typeof serviceAccounts.$inferSelect & { name: string; roles: string[] };

function selectAccounts(ex: TExecutor) {
  return ex
    .select({ ...getTableColumns(serviceAccounts), name: users.name, roles: users.roles })
    .from(serviceAccounts)
    .innerJoin(users, eq(users.id, serviceAccounts.userId));
}

export function insertServiceAccount(ex: TExecutor, row: typeof serviceAccounts.$inferInsert): void {
  ex.insert(serviceAccounts).values(row).run();
}

export function findById(ex: TExecutor, id: string): TServiceAccountRow | undefined {
  return selectAccounts(ex).where(eq(serviceAccounts.id, id)).get();
}

export function findByClientId(ex: TExecutor, clientId: string): TServiceAccountRow | undefined {
  return selectAccounts(ex).where(eq(serviceAccounts.clientId, clientId)).get();
}

export function listOfOrganisation(ex: TExecutor, organisationId: string): TServiceAccountRow[] {
  return selectAccounts(ex)
    .where(eq(serviceAccounts.organisationId, organisationId))
    .orderBy(desc(serviceAccounts.createdAt), desc(insertionOrder(serviceAccounts)))
    .all();
}

export function setSecretHash(ex: TExecutor, id: string, secretHash: string, at: string): boolean {
  return ex.update(serviceAccounts).set({ secretHash, secretRotatedAt: at }).where(and(eq(serviceAccounts.id, id), eq(serviceAccounts.active, true))).run().changes === 1;
}

/** False when it was deactivated already. */
export function deactivate(ex: TExecutor, id: string, at: string): boolean {
  return ex.update(serviceAccounts).set({ active: false, deactivatedAt: at }).where(and(eq(serviceAccounts.id, id), isNull(serviceAccounts.deactivatedAt))).run().changes === 1;
}

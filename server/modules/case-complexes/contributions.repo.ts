// Queries of a complex's invited contributors and their contributions (issue 14, journey 3). A
// contribution's note is sealed under the complex's data key (core/sealing/sealed-columns.ts).
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { caseComplexContributions, caseComplexContributors } from '../../../db/schema/index.js';
import { insertionOrder, type TExecutor } from '../../core/db.js';
import { openFields, SEALED, sealFields } from '../../core/sealing/sealed-columns.js';
import { recordKeyId, type TSealer } from '../../core/sealing/sealer.js';

export type TContributorRow = typeof caseComplexContributors.$inferSelect;
export type TContributionRow = typeof caseComplexContributions.$inferSelect;

const refOf = (row: { id: string; caseComplexId: string }) => ({ rowId: row.id, keyId: recordKeyId('complex', row.caseComplexId) });

/** The complexes (of `complexIds`) the organisation is an active contributor to. */
export function findContributorComplexes(ex: TExecutor, complexIds: readonly string[], organisationId: string): Set<string> {
  if (complexIds.length === 0) return new Set();
  const rows = ex
    .select({ id: caseComplexContributors.caseComplexId })
    .from(caseComplexContributors)
    .where(and(inArray(caseComplexContributors.caseComplexId, [...complexIds]), eq(caseComplexContributors.organisationId, organisationId), isNull(caseComplexContributors.removedAt)))
    .all();
  return new Set(rows.map((r) => r.id));
}

export function findContributors(ex: TExecutor, complexIds: readonly string[]): TContributorRow[] {
  if (complexIds.length === 0) return [];
  return ex.select().from(caseComplexContributors).where(inArray(caseComplexContributors.caseComplexId, [...complexIds])).orderBy(asc(caseComplexContributors.invitedAt), asc(insertionOrder(caseComplexContributors))).all();
}

export function findContributor(ex: TExecutor, complexId: string, organisationId: string): TContributorRow | undefined {
  return ex
    .select()
    .from(caseComplexContributors)
    .where(and(eq(caseComplexContributors.caseComplexId, complexId), eq(caseComplexContributors.organisationId, organisationId)))
    .get();
}

/** Invites the organisation, or invites it again after a removal. */
export function upsertContributor(ex: TExecutor, row: TContributorRow): void {
  ex.insert(caseComplexContributors)
    .values(row)
    .onConflictDoUpdate({ target: [caseComplexContributors.caseComplexId, caseComplexContributors.organisationId], set: { invitedAt: row.invitedAt, invitedByUserId: row.invitedByUserId, removedAt: null } })
    .run();
}

export function removeContributor(ex: TExecutor, complexId: string, organisationId: string, at: string): boolean {
  return (
    ex
      .update(caseComplexContributors)
      .set({ removedAt: at })
      .where(and(eq(caseComplexContributors.caseComplexId, complexId), eq(caseComplexContributors.organisationId, organisationId), isNull(caseComplexContributors.removedAt)))
      .run().changes === 1
  );
}

export function insertContribution(ex: TExecutor, sealer: TSealer, row: TContributionRow): void {
  ex.insert(caseComplexContributions).values(sealFields(sealer, SEALED.caseComplexContributions, refOf(row), row)).run();
}

/** A complex's contributions, oldest first by date; `organisationId` narrows to one organisation's. */
export function findContributions(ex: TExecutor, sealer: TSealer, complexId: string, organisationId: string | null): TContributionRow[] {
  const where = organisationId
    ? and(eq(caseComplexContributions.caseComplexId, complexId), eq(caseComplexContributions.organisationId, organisationId))
    : eq(caseComplexContributions.caseComplexId, complexId);
  const rows = ex.select().from(caseComplexContributions).where(where).orderBy(asc(caseComplexContributions.notedOn), asc(caseComplexContributions.createdAt), asc(insertionOrder(caseComplexContributions))).all();
  sealer.prime(rows.length > 0 ? [recordKeyId('complex', complexId)] : []);
  return rows.map((r) => openFields(sealer, SEALED.caseComplexContributions, refOf(r), r));
}

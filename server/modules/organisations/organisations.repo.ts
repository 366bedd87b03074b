import { and, asc, eq } from 'drizzle-orm';
import { organisations } from '../../../db/schema/index.js';
import type { TExecutor } from '../../core/db.js';

export function listOrganisations(ex: TExecutor) {
  return ex.select().from(organisations).orderBy(asc(organisations.code)).all();
}

export function findByCode(ex: TExecutor, code: string) {
  return ex.select().from(organisations).where(eq(organisations.code, code)).get();
}

export function findById(ex: TExecutor, id: string) {
  return ex.select().from(organisations).where(eq(organisations.id, id)).get();
}

export function findIdsByKindAndRegion(ex: TExecutor, kind: string, region: string): string[] {
  return ex
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.kind, kind), eq(organisations.region, region)))
    .orderBy(asc(organisations.code))
    .all()
    .map((row) => row.id);
}

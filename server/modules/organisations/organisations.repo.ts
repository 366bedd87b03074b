import { and, asc, eq } from 'drizzle-orm';
import { organisations } from '../../../db/schema/index.js';
import { tableReader, type TExecutor, type TSqlite } from '../../core/db.js';

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

const organisationReader = tableReader(organisations);
const BY_IDS = `select ${organisationReader.text} from organisations where id in (select value from json_each(?))`;

/** Organisations by id, for nearly every request (a page's, the loader's): one statement written once, raw rows. */
export function findByIds(sqlite: TSqlite, ids: readonly string[]): Array<typeof organisations.$inferSelect> {
  if (ids.length === 0) return [];
  return (sqlite.prepare(BY_IDS).raw().all(JSON.stringify(ids)) as unknown[][]).map(organisationReader.fromRaw);
}

// The agencies: reference data every domain reads. Seeded on start (server/seed/organisations.ts).
import type { TContext } from '../../core/context.js';
import type { TExecutor, TSqlite } from '../../core/db.js';
import * as repo from './organisations.repo.js';

export type TOrganisation = ReturnType<typeof repo.listOrganisations>[number];

export function listOrganisations(ctx: TContext): TOrganisation[] {
  return repo.listOrganisations(ctx.deps.db);
}

export function findOrganisationByCode(ex: TExecutor, code: string): TOrganisation | undefined {
  return repo.findByCode(ex, code);
}

export function findOrganisationById(ex: TExecutor, id: string): TOrganisation | undefined {
  return repo.findById(ex, id);
}

/** Organisations by id (any order; an unknown id is left out). */
export function findOrganisationsByIds(sqlite: TSqlite, ids: readonly string[]): TOrganisation[] {
  return repo.findByIds(sqlite, ids);
}

/** The police districts of a region (NSK and Rigspolitiet are national and have none). */
export function policeDistrictIdsIn(ex: TExecutor, region: string): string[] {
  return repo.findIdsByKindAndRegion(ex, 'POLICE', region);
}

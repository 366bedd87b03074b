// The agencies: reference data every domain reads. Seeded on start (server/seed/organisations.ts).
import type { TContext } from '../../core/context.js';
import type { TExecutor } from '../../core/db.js';
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

/** The police districts of a region (NSK and Rigspolitiet are national and have none). */
export function policeDistrictIdsIn(ex: TExecutor, region: string): string[] {
  return repo.findIdsByKindAndRegion(ex, 'POLICE', region);
}

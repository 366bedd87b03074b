// The viewer's calendar of operations: the ones its organisation leads or is invited to, by start time.
import { operationAccess, requireViewer } from '../../core/access.js';
import { recordAudit } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { decodeCursor, encodeCursor, pageOf, pageSize } from '../../core/pagination.js';
import { findOrganisationByCode } from '../organisations/organisations.service.js';
import * as repo from './operations.repo.js';

export type TOperationListInput = {
  filter?: { from?: Date | null; to?: Date | null; region?: repo.TOperationRow['region'] | null; state?: repo.TOperationRow['state'] | null; organisationCode?: string | null } | null;
  first?: number | null;
  after?: string | null;
};

/** Operations are listed by start time: the cursor is the last row's [startsAt, id]. */
export function operationCursor(row: repo.TOperationRow): string {
  return encodeCursor([row.startsAt, row.id]);
}

/** The viewer's calendar: operations its organisation leads or is invited to, by start time. */
export async function listOperations(ctx: TContext, input: TOperationListInput) {
  const viewer = requireViewer(ctx.viewer);
  const first = pageSize(input.first, { fallback: 20, max: 100 });
  const [startsAt, id] = input.after ? decodeCursor(input.after, ['string', 'string']) : [];
  const after = startsAt !== undefined && id !== undefined ? { startsAt, id } : null;
  const filter = input.filter ?? {};
  if (filter.from && filter.to && filter.to.getTime() <= filter.from.getTime()) throw badInput('filter.to', 'to must be after from', 'END_BEFORE_START');
  let organisationId: string | null = null;
  if (filter.organisationCode) {
    organisationId = findOrganisationByCode(ctx.deps.db, filter.organisationCode)?.id ?? null;
    if (!organisationId) throw badInput('filter.organisationCode', 'Unknown organisation', 'UNKNOWN_ORGANISATION');
  }
  const result = await repo.listOperations(ctx.deps.db, ctx.deps.sealer, {
    scope: { none: false, organisationId: viewer.organisationId },
    filter: { from: filter.from?.toISOString() ?? null, to: filter.to?.toISOString() ?? null, region: filter.region, state: filter.state, organisationId },
    first: first + 1,
    after,
  });
  const { rows, pageInfo } = pageOf(result.rows, first, operationCursor);
  const statuses = new Map(
    repo
      .findInvitations(ctx.deps.db, ctx.deps.sealer, rows.map((r) => r.id))
      .filter((i) => i.organisationId === viewer.organisationId)
      .map((i) => [i.operationId, i.status]),
  );
  const views = rows
    .map((row) => ({ row, access: operationAccess(viewer, { leadOrganisationId: row.leadOrganisationId, invitationStatus: statuses.get(row.id) ?? null }) }))
    .filter((v) => v.access.level !== 'NONE');
  const criteria: Record<string, string> = {};
  for (const [key, value] of Object.entries(filter)) if (value !== null && value !== undefined) criteria[key] = value instanceof Date ? value.toISOString() : String(value);
  await recordAudit(ctx, [{ action: 'OPERATION_SEARCH', objectType: 'Operation', details: { ...criteria, results: views.length, totalCount: result.totalCount } }]);
  return {
    edges: views.map((view) => ({ cursor: operationCursor(view.row), node: view })),
    pageInfo,
    totalCount: result.totalCount,
  };
}

// The access requests a viewer sees: those its organisation made and those it decides.
import { requireViewer } from '../../core/access.js';
import { recordAudit } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { parseInput } from '../../core/validation.js';
import * as repo from './sharing.repo.js';
import { ZRequestState } from './sharing.validation.js';
import { loadRequest, type TRequestRow } from './access-request-support.js';

// --- Lists ---------------------------------------------------------------------------------------

/**
 * The organisation's own requests, and (for a controller) the requests on the referrals it
 * controls, awaiting its decision first when `state` is PENDING: the controller's task list.
 */
export async function listAccessRequests(ctx: TContext, input: { state?: unknown }): Promise<TRequestRow[]> {
  const viewer = requireViewer(ctx.viewer);
  const state = parseInput(ZRequestState, input.state, 'state') ?? null;
  const rows = repo.listRequests(ctx.deps.db, { organisationId: viewer.organisationId, controlsAll: viewer.organisationKind === 'CMM', state, limit: 500 });
  await recordAudit(ctx, [{ action: 'ACCESS_REQUESTS_READ', objectType: 'AccessRequest', details: { state, results: rows.length } }]);
  return rows;
}

export async function accessRequest(ctx: TContext, input: { id: string }): Promise<TRequestRow> {
  const viewer = requireViewer(ctx.viewer);
  const { request, referral } = await loadRequest(ctx, viewer, input.id, 'ACCESS_REQUEST_READ');
  await recordAudit(ctx, [{ action: 'ACCESS_REQUEST_READ', objectType: 'AccessRequest', objectId: request.id, subjectId: referral.subjectId, details: { state: request.state } }]);
  return request;
}

// Builds the per-request context: the viewer from the bearer token (or none), the request id,
// a logger that carries it, and the per-request loaders.
import DataLoader from 'dataloader';
import type { Request } from 'express';
import type { TDeps } from '../deps.js';
import { findUserNames } from '../modules/auth/auth.repo.js';
import { authenticate } from '../modules/auth/auth.service.js';
import { refreshCookieFor } from '../modules/auth/refresh-cookie.js';
import { findOrganisationsByIds } from '../modules/organisations/organisations.service.js';
import type { TGraphQLContext } from './types.js';

export function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer ([A-Za-z0-9\-_.]+)$/.exec(header);
  return match ? match[1]! : null;
}

export async function buildContext(deps: TDeps, req: Request): Promise<TGraphQLContext> {
  const requestId = String(req.res?.locals.requestId ?? 'unknown');
  const token = bearerToken(req);
  const viewer = token ? await authenticate(deps, token) : null;
  return {
    deps,
    viewer,
    requestId,
    ip: req.ip ?? null,
    logger: deps.logger.child({ requestId }),
    refreshCookie: refreshCookieFor(req, req.res, deps.config),
    loaders: {
      organisationById: new DataLoader(async (ids: readonly string[]) => {
        const rows = findOrganisationsByIds(deps.sqlite, ids);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? new Error('Organisation not found'));
      }),
      userNameById: new DataLoader(async (ids: readonly string[]) => {
        const names = new Map(findUserNames(deps.db, ids).map((u) => [u.id, u.name]));
        return ids.map((id) => names.get(id) ?? null);
      }),
    },
  };
}

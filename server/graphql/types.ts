import type DataLoader from 'dataloader';
import type { TContext } from '../core/context.js';
import type { TOrganisation } from '../modules/organisations/organisations.service.js';
import type { TRefreshCookie } from '../modules/auth/refresh-cookie.js';

export type TLoaders = {
  organisationById: DataLoader<string, TOrganisation>;
  /** A staff member's name, or null when there is no such user. */
  userNameById: DataLoader<string, string | null>;
};

/** The context every resolver receives: the service context, per-request loaders and the request's refresh-token cookie. */
export type TGraphQLContext = TContext & { loaders: TLoaders; refreshCookie: TRefreshCookie };

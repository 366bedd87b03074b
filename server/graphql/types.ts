import type DataLoader from 'dataloader';
import type { GraphQLFieldResolver } from 'graphql';
import type { TContext } from '../core/context.js';
import type { TOrganisation } from '../modules/organisations/organisations.service.js';

export type TLoaders = {
  organisationById: DataLoader<string, TOrganisation>;
  /** A staff member's name, or null when there is no such user. */
  userNameById: DataLoader<string, string | null>;
};

/** The context every resolver receives: the service context plus per-request loaders. */
export type TGraphQLContext = TContext & { loaders: TLoaders };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TResolverFn = GraphQLFieldResolver<any, TGraphQLContext, any>;
export type TResolvers = Record<string, Record<string, TResolverFn>>;

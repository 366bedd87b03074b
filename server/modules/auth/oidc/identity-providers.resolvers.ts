import type { Resolvers } from '../../../graphql/resolvers.generated.js';
import * as providers from './identity-providers.service.js';

export const identityProvidersResolvers: Resolvers = {
  Query: {
    identityProviders: (_, __, ctx) => providers.listIdentityProviders(ctx),
    publicIdentityProviders: (_, __, ctx) => providers.listPublicIdentityProviders(ctx),
  },
  Mutation: {
    configureIdentityProvider: (_, args, ctx) => providers.configureIdentityProvider(ctx, args),
  },
  AuthPayload: {
    identityProviderSignOutUrl: (payload, _, ctx) => providers.identityProviderSignOutUrl(ctx, payload.refreshToken),
  },
  IdentityProvider: {
    organisation: (row: providers.TProviderRow, _, ctx) => ctx.loaders.organisationById.load(row.organisationId),
    redirectUri: (_row, _, ctx) => providers.callbackUrl(ctx.deps.config.publicUrl),
  },
};

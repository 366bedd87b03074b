import type { Resolvers } from '../../graphql/resolvers.generated.js';
import * as service from './service-accounts.service.js';

export const serviceAccountsResolvers: Resolvers = {
  Query: {
    serviceAccounts: (_, __, ctx) => service.listServiceAccounts(ctx),
  },
  Mutation: {
    createServiceAccount: (_, args, ctx) => service.createServiceAccount(ctx, args.input),
    rotateServiceAccountSecret: (_, args, ctx) => service.rotateServiceAccountSecret(ctx, args),
    deactivateServiceAccount: (_, args, ctx) => service.deactivateServiceAccount(ctx, args),
  },
  ServiceAccount: {
    organisation: (account, _, ctx) => ctx.loaders.organisationById.load(account.organisationId),
  },
};

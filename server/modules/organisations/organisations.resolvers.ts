import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { listOrganisations } from './organisations.service.js';

export const organisationsResolvers: Resolvers = {
  Query: {
    organisations: (_, __, ctx) => listOrganisations(ctx),
  },
};

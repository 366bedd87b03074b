import type { TResolvers } from '../../graphql/types.js';
import { listOrganisations } from './organisations.service.js';

export const organisationsResolvers: TResolvers = {
  Query: {
    organisations: (_, __, ctx) => listOrganisations(ctx),
  },
};

import type { Resolvers } from '../../graphql/resolvers.generated.js';
import * as statistics from './statistics.service.js';


export const statisticsResolvers: Resolvers = {
  Query: {
    statistics: (_, args, ctx) => statistics.getStatistics(ctx, args),
  },
  Mutation: {
    importHistory: (_, args, ctx) => statistics.importHistory(ctx, args),
  },
  StatisticsReferringOrganisation: {
    organisation: (v, _, ctx) => ctx.loaders.organisationById.load(v.organisationId),
  },
};

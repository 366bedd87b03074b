import type { TResolvers } from '../../graphql/types.js';
import * as statistics from './statistics.service.js';

type TOrganisationFigures = statistics.TStatistics['referralsByOrganisation'][number];

export const statisticsResolvers: TResolvers = {
  Query: {
    statistics: (_, args: { year: number; region?: string | null }, ctx) => statistics.getStatistics(ctx, args),
  },
  Mutation: {
    importHistory: (_, args: { csv: string }, ctx) => statistics.importHistory(ctx, args),
  },
  StatisticsReferringOrganisation: {
    organisation: (v: TOrganisationFigures, _, ctx) => ctx.loaders.organisationById.load(v.organisationId),
  },
};

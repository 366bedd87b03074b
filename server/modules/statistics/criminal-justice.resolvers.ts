// Issue 14: the criminal-justice figures and the indicator counts beside CMM's statistics. The
// parent is the figures getStatistics returned, after its access check and audit record.
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import * as criminalJustice from './criminal-justice.js';

export const criminalJusticeResolvers: Resolvers = {
  Mutation: {
    importCriminalJusticeHistory: (_, args, ctx) => criminalJustice.importCriminalJusticeHistory(ctx, args),
  },
  Statistics: {
    criminalJustice: (s, _, ctx) => criminalJustice.criminalJusticeSeries(ctx, { year: s.year, region: s.region }),
    byIndicator: (s, _, ctx) => criminalJustice.indicatorCounts(ctx, { year: s.year, region: s.region }),
  },
};

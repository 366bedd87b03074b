import type { Resolvers } from '../../graphql/resolvers.generated.js';

export const retentionResolvers: Resolvers = {
  Referral: {
  },
};

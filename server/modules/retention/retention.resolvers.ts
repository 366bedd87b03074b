import type { Resolvers } from '../../graphql/resolvers.generated.js';
import type { TReferralView } from '../referrals/referrals.service.js';

export const retentionResolvers: Resolvers = {
  Referral: {
    erasedAt: (v) => v.row.erasedAt,
  },
};

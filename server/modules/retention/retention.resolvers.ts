import type { TResolvers } from '../../graphql/types.js';
import type { TReferralView } from '../referrals/referrals.service.js';

export const retentionResolvers: TResolvers = {
  Referral: {
    erasedAt: (v: TReferralView) => v.row.erasedAt,
  },
};

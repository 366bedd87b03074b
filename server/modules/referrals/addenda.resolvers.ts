// Issue 14, journey 2: the referrer's addenda and the maintained indicator list.
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { readPersonal } from './referral-reader.js';
import * as referrals from './referrals.service.js';

export const addendaResolvers: Resolvers = {
  Query: {
    indicatorCatalogue: (_, args, ctx) => referrals.listIndicatorCatalogue(ctx, args),
  },
  Mutation: {
    addReferralAddendum: (_, args, ctx) => referrals.addReferralAddendum(ctx, args),
    defineIndicator: (_, args, ctx) => referrals.defineIndicator(ctx, args.input),
    updateIndicator: (_, args, ctx) => referrals.updateIndicator(ctx, args),
  },
  Referral: {
    // The codes are read with the free-text indicators: FULL (the referrer's own view included), audited.
    indicatorCodes: async (v, _, ctx) => ((await readPersonal(ctx, v, 'NARRATIVE')) ? v.row.indicatorCodes : null),
  },
  ReferralAddendum: {
    indicators: (a) => a.indicatorText,
  },
  ReferralEvent: {
    addendum: (e, _, ctx) => (e.event.action === 'ADD_ADDENDUM' ? referrals.readAddendum(ctx, e.view, e.event.id) : null),
  },
};

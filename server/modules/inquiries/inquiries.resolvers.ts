import type { Resolvers } from '../../graphql/resolvers.generated.js';
import * as inquiries from './inquiries.service.js';

export const inquiriesResolvers: Resolvers = {
  Query: {
    inquiries: (_, args, ctx) => inquiries.listInquiries(ctx, args),
    inquiryStatistics: (_, args, ctx) => inquiries.inquiryStatistics(ctx, args),
  },
  Mutation: {
    recordInquiry: (_, args, ctx) => inquiries.recordInquiry(ctx, args.input),
  },
  Statistics: {
    inquiries: (s, _, ctx) => inquiries.inquiryStatisticsFor(ctx, s),
  },
  Inquiry: {
    kind: (i) => i.kind as never,
    ledTo: (i) => i.ledTo as never,
    anonymous: (i) => i.callerOrganisationId === null,
    callerOrganisation: (i, _, ctx) => (i.callerOrganisationId ? ctx.loaders.organisationById.load(i.callerOrganisationId) : null),
  },
};

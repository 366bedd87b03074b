import type { Resolvers } from '../../graphql/resolvers.generated.js';
import * as groups from './reference-groups.service.js';

export const referenceGroupsResolvers: Resolvers = {
  Query: {
    referenceGroupReview: (_, args, ctx) => groups.getReview(ctx, args),
  },
  Mutation: {
    addReviewNote: (_, args, ctx) => groups.addReviewNote(ctx, args),
  },
  ReviewTable: {
    rows: (t) => t.cells,
  },
  OverdueReferral: {
    receivingOrganisation: (o, _, ctx) => (o.receivingOrganisationId ? ctx.loaders.organisationById.load(o.receivingOrganisationId) : null),
  },
  ReviewNote: {
    authorOrganisation: (n, _, ctx) => ctx.loaders.organisationById.load(n.authorOrganisationId),
    referenceGroup: (n) => n.referenceGroup as never,
    region: (n) => n.region as never,
  },
};

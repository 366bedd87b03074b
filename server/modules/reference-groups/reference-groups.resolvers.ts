import type { TResolvers } from '../../graphql/types.js';
import * as groups from './reference-groups.service.js';
import type { TTable } from './reference-groups.policy.js';
import type { TNoteRow } from './reference-groups.repo.js';

export const referenceGroupsResolvers: TResolvers = {
  Query: {
    referenceGroupReview: (_, args: { region: string; from: string; to: string }, ctx) => groups.getReview(ctx, args),
  },
  Mutation: {
    addReviewNote: (_, args: { region: string; periodFrom: string; periodTo: string; text: string }, ctx) => groups.addReviewNote(ctx, args),
  },
  ReviewTable: {
    rows: (t: TTable) => t.cells,
  },
  OverdueReferral: {
    receivingOrganisation: (o: { receivingOrganisationId: string | null }, _, ctx) => (o.receivingOrganisationId ? ctx.loaders.organisationById.load(o.receivingOrganisationId) : null),
  },
  ReviewNote: {
    authorOrganisation: (n: TNoteRow, _, ctx) => ctx.loaders.organisationById.load(n.authorOrganisationId),
  },
};

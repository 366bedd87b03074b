import type { TResolvers } from '../../graphql/types.js';
import * as sharing from './sharing.service.js';
import type { TGrantRow } from './sharing.service.js';

export const sharingResolvers: TResolvers = {
  Query: {
    accessGrants: (_, args: { referralId: string }, ctx) => sharing.listAccessGrants(ctx, args),
    breakGlassUses: (_, args: { unreviewedOnly?: boolean | null }, ctx) => sharing.listBreakGlassUses(ctx, args),
  },
  Mutation: {
    grantAccess: (_, args: { input: unknown }, ctx) => sharing.grantAccess(ctx, args.input),
    revokeAccess: (_, args: { grantId: string; reason: string }, ctx) => sharing.revokeAccess(ctx, args),
    breakGlass: (_, args: { referralId: string; justification: string }, ctx) => sharing.breakGlass(ctx, args),
    reviewBreakGlass: (_, args: { grantId: string; note: string }, ctx) => sharing.reviewBreakGlass(ctx, args),
  },
  AccessGrant: {
    organisation: (g: TGrantRow, _, ctx) => ctx.loaders.organisationById.load(g.organisationId),
    grantedByOrganisation: (g: TGrantRow, _, ctx) => (g.grantedByOrganisationId ? ctx.loaders.organisationById.load(g.grantedByOrganisationId) : null),
    grantedAt: (g: TGrantRow) => g.createdAt,
    status: (g: TGrantRow, _, ctx) => sharing.grantStatus(g, ctx.deps.clock.now()),
  },
};

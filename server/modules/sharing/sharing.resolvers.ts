import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { getCaseComplex } from '../case-complexes/case-complexes.service.js';
import * as requests from './access-requests.service.js';
import * as consent from './consent.service.js';
import { mayReadConsentOverrideReason } from './sharing.policy.js';
import * as sharing from './sharing.service.js';

export const sharingResolvers: Resolvers = {
  Query: {
    accessGrants: (_, args, ctx) => sharing.listAccessGrants(ctx, args),
    breakGlassUses: (_, args, ctx) => sharing.listBreakGlassUses(ctx, args),
    consentOverrides: (_, args, ctx) => sharing.listConsentOverrides(ctx, args),
    accessRequests: (_, args, ctx) => requests.listAccessRequests(ctx, args),
    accessRequest: (_, args, ctx) => requests.accessRequest(ctx, args),
  },
  Mutation: {
    grantAccess: (_, args, ctx) => sharing.grantAccess(ctx, args.input),
    revokeAccess: (_, args, ctx) => sharing.revokeAccess(ctx, args),
    breakGlass: (_, args, ctx) => sharing.breakGlass(ctx, args),
    reviewBreakGlass: (_, args, ctx) => sharing.reviewBreakGlass(ctx, args),
    reviewConsentOverride: (_, args, ctx) => sharing.reviewConsentOverride(ctx, args),
    requestAccess: (_, args, ctx) => requests.requestAccess(ctx, args.input, { seeComplex: (id) => getCaseComplex(ctx, { id }) }),
    confirmAccessRequest: (_, args, ctx) => requests.confirmAccessRequest(ctx, args),
    approveAccessRequest: (_, args, ctx) => requests.approveAccessRequest(ctx, args),
    refuseAccessRequest: (_, args, ctx) => requests.refuseAccessRequest(ctx, args),
    withdrawAccessRequest: (_, args, ctx) => requests.withdrawAccessRequest(ctx, args),
    recordConsent: (_, args, ctx) => consent.recordConsent(ctx, args),
  },
  AccessGrant: {
    organisation: (g, _, ctx) => ctx.loaders.organisationById.load(g.organisationId),
    grantedByOrganisation: (g, _, ctx) => (g.grantedByOrganisationId ? ctx.loaders.organisationById.load(g.grantedByOrganisationId) : null),
    grantedAt: (g) => g.createdAt,
    status: (g, _, ctx) => sharing.grantStatus(g, ctx.deps.clock.now()),
    reviewDueAt: (g) => sharing.reviewDueAt(g),
    consentOverrideReason: (g, _, ctx) => (ctx.viewer && mayReadConsentOverrideReason(ctx.viewer, g) ? sharing.grantTexts(ctx, g).consentOverrideReason : null),
    justification: (g, _, ctx) => sharing.grantTexts(ctx, g).justification,
    revokeReason: (g, _, ctx) => sharing.grantTexts(ctx, g).revokeReason,
    reviewNote: (g, _, ctx) => sharing.grantTexts(ctx, g).reviewNote,
  },
  AccessRequest: {
    organisation: (r, _, ctx) => ctx.loaders.organisationById.load(r.organisationId),
    decidedByOrganisation: (r, _, ctx) => (r.decidedByOrganisationId ? ctx.loaders.organisationById.load(r.decidedByOrganisationId) : null),
    grant: (r, _, ctx) => (r.grantId ? sharing.findGrantById(ctx, r.grantId) : null),
    reason: (r, _, ctx) => requests.requestTexts(ctx, r).reason,
    refusalReason: (r, _, ctx) => requests.requestTexts(ctx, r).refusalReason,
  },
  Referral: {
    consentHistory: (v, _, ctx) => consent.consentHistory(ctx, v),
  },
  ConsentRecord: {
    organisation: (c, _, ctx) => (c.recordedByOrganisationId ? ctx.loaders.organisationById.load(c.recordedByOrganisationId) : null),
  },
};

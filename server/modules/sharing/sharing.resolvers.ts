import type { TResolvers } from '../../graphql/types.js';
import type { TReferralView } from '../referrals/referrals.service.js';
import { getCaseComplex } from '../case-complexes/case-complexes.service.js';
import * as requests from './access-requests.service.js';
import * as consent from './consent.service.js';
import { mayReadConsentOverrideReason } from './sharing.policy.js';
import * as sharing from './sharing.service.js';
import type { TGrantRow } from './sharing.service.js';
import type { TConsentRow } from './sharing.repo.js';

export const sharingResolvers: TResolvers = {
  Query: {
    accessGrants: (_, args: { referralId: string }, ctx) => sharing.listAccessGrants(ctx, args),
    breakGlassUses: (_, args: { unreviewedOnly?: boolean | null }, ctx) => sharing.listBreakGlassUses(ctx, args),
    consentOverrides: (_, args: { unreviewedOnly?: boolean | null }, ctx) => sharing.listConsentOverrides(ctx, args),
    accessRequests: (_, args: { state?: string | null }, ctx) => requests.listAccessRequests(ctx, args),
    accessRequest: (_, args: { id: string }, ctx) => requests.accessRequest(ctx, args),
  },
  Mutation: {
    grantAccess: (_, args: { input: unknown }, ctx) => sharing.grantAccess(ctx, args.input),
    revokeAccess: (_, args: { grantId: string; reason: string }, ctx) => sharing.revokeAccess(ctx, args),
    breakGlass: (_, args: { referralId: string; justification: string }, ctx) => sharing.breakGlass(ctx, args),
    reviewBreakGlass: (_, args: { grantId: string; note: string }, ctx) => sharing.reviewBreakGlass(ctx, args),
    reviewConsentOverride: (_, args: { grantId: string; note: string }, ctx) => sharing.reviewConsentOverride(ctx, args),
    requestAccess: (_, args: { input: unknown }, ctx) => requests.requestAccess(ctx, args.input, { seeComplex: (id) => getCaseComplex(ctx, { id }) }),
    confirmAccessRequest: (_, args: { id: string; input: unknown }, ctx) => requests.confirmAccessRequest(ctx, args),
    approveAccessRequest: (_, args: { id: string; expiresAt: unknown; level?: unknown; consentOverrideReason?: unknown }, ctx) => requests.approveAccessRequest(ctx, args),
    refuseAccessRequest: (_, args: { id: string; reason: string }, ctx) => requests.refuseAccessRequest(ctx, args),
    withdrawAccessRequest: (_, args: { id: string }, ctx) => requests.withdrawAccessRequest(ctx, args),
    recordConsent: (_, args: { referralId: string; toDisclosure: unknown; toReferral?: unknown; note: unknown; version?: unknown }, ctx) => consent.recordConsent(ctx, args),
  },
  AccessGrant: {
    organisation: (g: TGrantRow, _, ctx) => ctx.loaders.organisationById.load(g.organisationId),
    grantedByOrganisation: (g: TGrantRow, _, ctx) => (g.grantedByOrganisationId ? ctx.loaders.organisationById.load(g.grantedByOrganisationId) : null),
    grantedAt: (g: TGrantRow) => g.createdAt,
    status: (g: TGrantRow, _, ctx) => sharing.grantStatus(g, ctx.deps.clock.now()),
    reviewDueAt: (g: TGrantRow) => sharing.reviewDueAt(g),
    consentOverrideReason: (g: TGrantRow, _, ctx) => (ctx.viewer && mayReadConsentOverrideReason(ctx.viewer, g) ? sharing.grantTexts(ctx, g).consentOverrideReason : null),
    justification: (g: TGrantRow, _, ctx) => sharing.grantTexts(ctx, g).justification,
    revokeReason: (g: TGrantRow, _, ctx) => sharing.grantTexts(ctx, g).revokeReason,
    reviewNote: (g: TGrantRow, _, ctx) => sharing.grantTexts(ctx, g).reviewNote,
  },
  AccessRequest: {
    organisation: (r: requests.TRequestRow, _, ctx) => ctx.loaders.organisationById.load(r.organisationId),
    decidedByOrganisation: (r: requests.TRequestRow, _, ctx) => (r.decidedByOrganisationId ? ctx.loaders.organisationById.load(r.decidedByOrganisationId) : null),
    grant: (r: requests.TRequestRow, _, ctx) => (r.grantId ? sharing.findGrantById(ctx, r.grantId) : null),
    reason: (r: requests.TRequestRow, _, ctx) => requests.requestTexts(ctx, r).reason,
    refusalReason: (r: requests.TRequestRow, _, ctx) => requests.requestTexts(ctx, r).refusalReason,
  },
  Referral: {
    consentHistory: (v: TReferralView, _, ctx) => consent.consentHistory(ctx, v),
  },
  ConsentRecord: {
    organisation: (c: TConsentRow, _, ctx) => (c.recordedByOrganisationId ? ctx.loaders.organisationById.load(c.recordedByOrganisationId) : null),
  },
};

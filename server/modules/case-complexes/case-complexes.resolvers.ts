import { mayReadSuspects } from '../../core/access.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import type { TGraphQLContext } from '../../graphql/types.js';
import { loadCaseEvents, loadComplexesOfReferral, loadLinkedOperations, loadLinkedReferrals, loadSuspects, loadTimeline } from './case-complex-reader.js';
import * as complexes from './case-complexes.service.js';
import type { TSuspectView } from './case-complexes.service.js';

const orgOrNull = (id: string | null, ctx: TGraphQLContext) => (id ? ctx.loaders.organisationById.load(id) : null);

export const caseComplexesResolvers: Resolvers = {
  Query: {
    caseComplex: (_, args, ctx) => complexes.getCaseComplex(ctx, args),
    caseComplexes: (_, _args, ctx) => complexes.listCaseComplexes(ctx),
  },
  Mutation: {
    createCaseComplex: (_, args, ctx) => complexes.createCaseComplex(ctx, args.input),
    handOverCaseComplex: (_, args, ctx) => complexes.handOverCaseComplex(ctx, args),
    linkReferralToCaseComplex: (_, args, ctx) => complexes.linkReferralToCaseComplex(ctx, args),
    linkOperationToCaseComplex: (_, args, ctx) => complexes.linkOperationToCaseComplex(ctx, args),
    addSuspect: (_, args, ctx) => complexes.addSuspect(ctx, args),
    recordCaseEvent: (_, args, ctx) => complexes.recordCaseEvent(ctx, args),
    updateCaseComplexDetails: (_, args, ctx) => complexes.updateCaseComplexDetails(ctx, args),
    inviteCaseComplexContributor: (_, args, ctx) => complexes.inviteCaseComplexContributor(ctx, args),
    removeCaseComplexContributor: (_, args, ctx) => complexes.removeCaseComplexContributor(ctx, args),
    addCaseComplexContribution: (_, args, ctx) => complexes.addCaseComplexContribution(ctx, args),
  },
  CaseComplex: {
    description: (v) => (mayReadSuspects(v.access) ? v.row.description : null),
    leadOrganisation: (v, _, ctx) => ctx.loaders.organisationById.load(v.row.leadOrganisationId),
    referrals: async (v, _, ctx) => complexes.visibleReferralsOf(ctx, v, await loadLinkedReferrals(ctx, v.row.id)),
    operations: async (v, _, ctx) => {
      if (!mayReadSuspects(v.access)) return null;
      return (await loadLinkedOperations(ctx, v.row.id)).map(({ link, operation }) => ({ ...operation, linkedAt: link.linkedAt }));
    },
    suspects: async (v, _, ctx) => (await loadSuspects(ctx, v))?.map((row): TSuspectView => ({ row, complex: v })) ?? null,
    timeline: (v, _, ctx) => (mayReadSuspects(v.access) ? loadTimeline(ctx, v.row.id) : null),
    policeJournalNumbers: (v) => (mayReadSuspects(v.access) ? v.row.policeJournalNumbers : null),
    prosecutionCaseNumber: (v) => (mayReadSuspects(v.access) ? v.row.prosecutionCaseNumber : null),
    cooperation: (v) =>
      mayReadSuspects(v.access)
        ? { partnerCountries: v.row.partnerCountries, jointInvestigationTeam: v.row.jointInvestigationTeam, jointInvestigationTeamName: v.row.jointInvestigationTeamName }
        : null,
    contributors: (v, _, ctx) => complexes.readContributors(ctx, v),
    contributions: (v, _, ctx) => complexes.readContributions(ctx, v),
  },
  CaseComplexContributor: {
    organisation: (c, _, ctx) => ctx.loaders.organisationById.load(c.organisationId),
  },
  CaseComplexContribution: {
    organisation: (c, _, ctx) => ctx.loaders.organisationById.load(c.organisationId),
    note: (c) => c.note ?? '',
  },
  CaseComplexOperation: {
    leadOrganisation: (o, _, ctx) => ctx.loaders.organisationById.load(o.leadOrganisationId),
  },
  CaseComplexEvent: {
    organisation: (e, _, ctx) => orgOrNull(e.organisationId, ctx),
    fromOrganisation: (e, _, ctx) => orgOrNull(e.fromOrganisationId, ctx),
    toOrganisation: (e, _, ctx) => orgOrNull(e.toOrganisationId, ctx),
  },
  Suspect: {
    caseEvents: (s, _, ctx) => loadCaseEvents(ctx, s.row.id),
    currentStage: async (s, _, ctx) => complexes.currentStage(await loadCaseEvents(ctx, s.row.id)),
  },
  CaseEvent: {
    organisation: (e, _, ctx) => orgOrNull(e.actorOrganisationId, ctx),
    recordedAt: (e) => e.createdAt,
  },
  CaseComplexSummary: {
    leadOrganisation: (c, _, ctx) => ctx.loaders.organisationById.load(c.leadOrganisationId),
  },
  Referral: {
    caseComplexes: async (v, _, ctx) => {
      if (!ctx.viewer || !complexes.mayLearnComplexesOf(ctx.viewer, v)) return null;
      return loadComplexesOfReferral(ctx, v.row.id);
    },
  },
};

import { mayReadSuspects } from '../../core/access.js';
import type { TResolvers } from '../../graphql/types.js';
import type { TReferralView } from '../referrals/referrals.service.js';
import { loadCaseEvents, loadComplexesOfReferral, loadLinkedOperations, loadLinkedReferrals, loadSuspects, loadTimeline, type TTimelineEntry } from './case-complex-reader.js';
import * as complexes from './case-complexes.service.js';
import type { TComplexView, TSuspectView } from './case-complexes.service.js';
import type { TCaseEventRow, TComplexRow } from './case-complexes.repo.js';

const orgOrNull = (id: string | null, ctx: Parameters<TResolvers[string][string]>[2]) => (id ? ctx.loaders.organisationById.load(id) : null);

export const caseComplexesResolvers: TResolvers = {
  Query: {
    caseComplex: (_, args: { id: string }, ctx) => complexes.getCaseComplex(ctx, args),
    caseComplexes: (_, _args, ctx) => complexes.listCaseComplexes(ctx),
  },
  Mutation: {
    createCaseComplex: (_, args: { input: unknown }, ctx) => complexes.createCaseComplex(ctx, args.input),
    handOverCaseComplex: (_, args: { id: string; toOrganisationCode: string }, ctx) => complexes.handOverCaseComplex(ctx, args),
    linkReferralToCaseComplex: (_, args: { caseComplexId: string; referralId: string }, ctx) => complexes.linkReferralToCaseComplex(ctx, args),
    linkOperationToCaseComplex: (_, args: { caseComplexId: string; operationId: string }, ctx) => complexes.linkOperationToCaseComplex(ctx, args),
    addSuspect: (_, args: { caseComplexId: string; input: unknown }, ctx) => complexes.addSuspect(ctx, args),
    recordCaseEvent: (_, args: { caseComplexId: string; input: unknown }, ctx) => complexes.recordCaseEvent(ctx, args),
  },
  CaseComplex: {
    id: (v: TComplexView) => v.row.id,
    name: (v: TComplexView) => v.row.name,
    description: (v: TComplexView) => (mayReadSuspects(v.access) ? v.row.description : null),
    leadOrganisation: (v: TComplexView, _, ctx) => ctx.loaders.organisationById.load(v.row.leadOrganisationId),
    createdAt: (v: TComplexView) => v.row.createdAt,
    referrals: async (v: TComplexView, _, ctx) => complexes.visibleReferralsOf(ctx, await loadLinkedReferrals(ctx, v.row.id)),
    operations: async (v: TComplexView, _, ctx) => {
      if (!mayReadSuspects(v.access)) return null;
      return (await loadLinkedOperations(ctx, v.row.id)).map(({ link, operation }) => ({ ...operation, linkedAt: link.linkedAt }));
    },
    suspects: async (v: TComplexView, _, ctx) => (await loadSuspects(ctx, v))?.map((row): TSuspectView => ({ row, complex: v })) ?? null,
    timeline: (v: TComplexView, _, ctx) => (mayReadSuspects(v.access) ? loadTimeline(ctx, v.row.id) : null),
    access: (v: TComplexView) => v.access,
  },
  CaseComplexOperation: {
    leadOrganisation: (o: { leadOrganisationId: string }, _, ctx) => ctx.loaders.organisationById.load(o.leadOrganisationId),
  },
  CaseComplexEvent: {
    organisation: (e: TTimelineEntry, _, ctx) => orgOrNull(e.organisationId, ctx),
    fromOrganisation: (e: TTimelineEntry, _, ctx) => orgOrNull(e.fromOrganisationId, ctx),
    toOrganisation: (e: TTimelineEntry, _, ctx) => orgOrNull(e.toOrganisationId, ctx),
  },
  Suspect: {
    id: (s: TSuspectView) => s.row.id,
    name: (s: TSuspectView) => s.row.name,
    dateOfBirth: (s: TSuspectView) => s.row.dateOfBirth,
    nationality: (s: TSuspectView) => s.row.nationality,
    roleInNetwork: (s: TSuspectView) => s.row.roleInNetwork,
    notes: (s: TSuspectView) => s.row.notes,
    createdAt: (s: TSuspectView) => s.row.createdAt,
    caseEvents: (s: TSuspectView, _, ctx) => loadCaseEvents(ctx, s.row.id),
    currentStage: async (s: TSuspectView, _, ctx) => complexes.currentStage(await loadCaseEvents(ctx, s.row.id)),
  },
  CaseEvent: {
    id: (e: TCaseEventRow) => e.id,
    kind: (e: TCaseEventRow) => e.kind,
    provision: (e: TCaseEventRow) => e.provision,
    provisionText: (e: TCaseEventRow) => e.provisionText,
    occurredOn: (e: TCaseEventRow) => e.occurredOn,
    note: (e: TCaseEventRow) => e.note,
    organisation: (e: TCaseEventRow, _, ctx) => orgOrNull(e.actorOrganisationId, ctx),
    recordedAt: (e: TCaseEventRow) => e.createdAt,
  },
  CaseComplexSummary: {
    leadOrganisation: (c: TComplexRow, _, ctx) => ctx.loaders.organisationById.load(c.leadOrganisationId),
  },
  Referral: {
    caseComplexes: async (v: TReferralView, _, ctx) => {
      if (!ctx.viewer || !complexes.mayLearnComplexesOf(ctx.viewer, v)) return null;
      return loadComplexesOfReferral(ctx, v.row.id);
    },
  },
};

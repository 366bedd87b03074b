import type { TResolvers } from '../../graphql/types.js';
import { listReferrals } from '../referrals/referrals.service.js';
import { loadConflicts, loadInvitations, loadOutcomes, loadReferralCount, readBriefingPoint, readTargets, type TConflictView } from './operation-reader.js';
import type { TInvitationRow, TOutcomeRow } from './operations.repo.js';
import * as operations from './operations.service.js';
import type { TOperationView } from './operations.service.js';
import { findOrganisationByCode } from '../organisations/organisations.service.js';

type TInvitationView = { invitation: TInvitationRow; view: TOperationView };

/** Attendees and notes: the lead, organisations that accepted, and the invited organisation itself. */
function mayReadAnswer(i: TInvitationView, viewerOrganisationId: string | undefined): boolean {
  return i.view.access.level === 'FULL' || i.invitation.organisationId === viewerOrganisationId;
}

export const operationsResolvers: TResolvers = {
  Query: {
    operation: (_, args: { id: string }, ctx) => operations.getOperation(ctx, args),
    operations: (_, args: operations.TOperationListInput, ctx) => operations.listOperations(ctx, args),
    operationAttendeeCandidates: (_, args: { operationId: string }, ctx) => operations.listAttendeeCandidates(ctx, args),
  },
  Mutation: {
    createOperation: (_, args: { input: unknown }, ctx) => operations.createOperation(ctx, args.input),
    updateOperation: (_, args: { id: string; version: number; input: unknown }, ctx) => operations.updateOperation(ctx, args),
    inviteToOperation: (_, args: { id: string; organisationCodes: string[] }, ctx) => operations.inviteToOperation(ctx, args),
    respondToInvitation: (_, args: { operationId: string; accept: boolean; attendeeUserIds?: string[] | null; note?: string | null }, ctx) =>
      operations.respondToInvitation(ctx, args),
    confirmOperation: (_, args: { id: string }, ctx) => operations.confirmOperation(ctx, args),
    startOperation: (_, args: { id: string }, ctx) => operations.startOperation(ctx, args),
    completeOperation: (_, args: { id: string }, ctx) => operations.completeOperation(ctx, args),
    cancelOperation: (_, args: { id: string; reason: string }, ctx) => operations.cancelOperation(ctx, args),
    recordOperationOutcome: (_, args: { operationId: string; input: unknown }, ctx) => operations.recordOperationOutcome(ctx, args),
  },
  Operation: {
    id: (v: TOperationView) => v.row.id,
    version: (v: TOperationView) => v.row.version,
    state: (v: TOperationView) => v.row.state,
    codename: (v: TOperationView) => v.row.codename,
    objective: (v: TOperationView) => v.row.objective,
    sector: (v: TOperationView) => v.row.sector,
    region: (v: TOperationView) => v.row.region,
    startsAt: (v: TOperationView) => v.row.startsAt,
    endsAt: (v: TOperationView) => v.row.endsAt,
    briefingPoint: (v: TOperationView, _, ctx) => readBriefingPoint(ctx, v),
    targets: async (v: TOperationView, _, ctx) => (await readTargets(ctx, v))?.map((t) => ({ address: t.address, description: t.description })) ?? null,
    requestCmmAttendance: (v: TOperationView) => v.row.requestCmmAttendance,
    interpreterLanguages: (v: TOperationView) => v.row.interpreterLanguages,
    leadOrganisation: (v: TOperationView, _, ctx) => ctx.loaders.organisationById.load(v.row.leadOrganisationId),
    createdAt: (v: TOperationView) => v.row.createdAt,
    updatedAt: (v: TOperationView) => v.row.updatedAt,
    cancelledAt: (v: TOperationView) => v.row.cancelledAt,
    cancelReason: (v: TOperationView) => v.row.cancelReason,
    invitations: async (v: TOperationView, _, ctx) => (await loadInvitations(ctx, v.row.id)).map((invitation): TInvitationView => ({ invitation, view: v })),
    myInvitation: async (v: TOperationView, _, ctx) => {
      const invitation = (await loadInvitations(ctx, v.row.id)).find((i) => i.organisationId === ctx.viewer?.organisationId);
      return invitation ? { invitation, view: v } : null;
    },
    cmmAttendance: async (v: TOperationView, _, ctx) => {
      const cmm = findOrganisationByCode(ctx.deps.db, 'CMM');
      const invitation = (await loadInvitations(ctx, v.row.id)).find((i) => i.organisationId === cmm?.id);
      return invitation ? { invitation, view: v } : null;
    },
    conflicts: (v: TOperationView, _, ctx) => loadConflicts(ctx, v),
    outcomes: async (v: TOperationView, _, ctx) => (v.access.level === 'FULL' ? loadOutcomes(ctx, v.row.id) : null),
    totals: async (v: TOperationView, _, ctx) => {
      if (v.access.level !== 'FULL') return null;
      const outcomes = await loadOutcomes(ctx, v.row.id);
      const sum = (pick: (o: TOutcomeRow) => number) => outcomes.reduce((total, o) => total + pick(o), 0);
      return {
        organisationsReported: outcomes.length,
        personsEncountered: sum((o) => o.personsEncountered),
        possibleVictimsSpokenWith: sum((o) => o.possibleVictimsSpokenWith),
        arrests: sum((o) => o.arrests),
        referralsMade: await loadReferralCount(ctx, v.row.id),
      };
    },
    // The referrals module's own list, so its access gate decides which referrals show.
    referrals: (v: TOperationView, args: { first?: number | null; after?: string | null }, ctx) =>
      listReferrals(ctx, { filter: { operationId: v.row.id }, first: args.first, after: args.after }),
    access: (v: TOperationView) => v.access,
  },
  OperationInvitation: {
    organisation: (i: TInvitationView, _, ctx) => ctx.loaders.organisationById.load(i.invitation.organisationId),
    status: (i: TInvitationView) => i.invitation.status,
    invitedAt: (i: TInvitationView) => i.invitation.invitedAt,
    respondedAt: (i: TInvitationView) => i.invitation.respondedAt,
    attendees: async (i: TInvitationView, _, ctx) => {
      if (!mayReadAnswer(i, ctx.viewer?.organisationId)) return null;
      const names = await Promise.all(i.invitation.attendeeUserIds.map((id) => ctx.loaders.userNameById.load(id)));
      return i.invitation.attendeeUserIds.map((id, n) => ({ id, name: names[n] ?? '' }));
    },
    note: (i: TInvitationView, _, ctx) => (mayReadAnswer(i, ctx.viewer?.organisationId) ? i.invitation.note : null),
    conflicts: (i: TInvitationView, _, ctx) => loadConflicts(ctx, i.view, i.invitation.organisationId),
  },
  OperationConflict: {
    organisation: (c: TConflictView, _, ctx) => ctx.loaders.organisationById.load(c.organisationId),
    operation: (c: TConflictView) => c.other,
  },
  OperationOutcome: {
    organisation: (o: TOutcomeRow, _, ctx) => ctx.loaders.organisationById.load(o.organisationId),
    personsEncountered: (o: TOutcomeRow) => o.personsEncountered,
    possibleVictimsSpokenWith: (o: TOutcomeRow) => o.possibleVictimsSpokenWith,
    arrests: (o: TOutcomeRow) => o.arrests,
    findings: (o: TOutcomeRow) => o.findings,
    recordedAt: (o: TOutcomeRow) => o.recordedAt,
  },
};

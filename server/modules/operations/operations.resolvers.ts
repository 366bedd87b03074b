import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { listReferrals } from '../referrals/referrals.service.js';
import { loadConflicts, loadInterpreters, loadInvitations, loadOutcomes, loadReferralCount, readBriefingPoint, readTargets } from './operation-reader.js';
import type { TInvitationRow, TOutcomeRow } from './operations.repo.js';
import * as operations from './operations.service.js';
import type { TOperationView } from './operations.service.js';
import { findOrganisationByCode } from '../organisations/organisations.service.js';

type TInvitationView = { invitation: TInvitationRow; view: TOperationView };

/** Attendees and notes: the lead, organisations that accepted, and the invited organisation itself. */
function mayReadAnswer(i: TInvitationView, viewerOrganisationId: string | undefined): boolean {
  return i.view.access.level === 'FULL' || i.invitation.organisationId === viewerOrganisationId;
}

export const operationsResolvers: Resolvers = {
  Query: {
    operation: (_, args, ctx) => operations.getOperation(ctx, args),
    operations: (_, args, ctx) => operations.listOperations(ctx, args),
    operationAttendeeCandidates: (_, args, ctx) => operations.listAttendeeCandidates(ctx, args),
    attendeeConflicts: (_, args, ctx) => operations.attendeeConflicts(ctx, args),
    unconfirmedInterpreters: (_, _args, ctx) => operations.unconfirmedInterpreters(ctx),
    myCalendarFeed: (_, _args, ctx) => operations.myCalendarFeed(ctx),
  },
  Mutation: {
    createOperation: (_, args, ctx) => operations.createOperation(ctx, args.input),
    updateOperation: (_, args, ctx) => operations.updateOperation(ctx, args),
    inviteToOperation: (_, args, ctx) => operations.inviteToOperation(ctx, args),
    respondToInvitation: (_, args, ctx) =>
      operations.respondToInvitation(ctx, args),
    confirmOperation: (_, args, ctx) => operations.confirmOperation(ctx, args),
    startOperation: (_, args, ctx) => operations.startOperation(ctx, args),
    completeOperation: (_, args, ctx) => operations.completeOperation(ctx, args),
    cancelOperation: (_, args, ctx) => operations.cancelOperation(ctx, args),
    recordOperationOutcome: (_, args, ctx) => operations.recordOperationOutcome(ctx, args),
    nameOperationAttendees: (_, args, ctx) => operations.nameOperationAttendees(ctx, args),
    requestInterpreter: (_, args, ctx) => operations.requestInterpreter(ctx, args),
    setInterpreterStatus: (_, args, ctx) => operations.setInterpreterStatus(ctx, args),
    createCalendarFeed: (_, _args, ctx) => operations.createCalendarFeed(ctx),
    revokeCalendarFeed: (_, _args, ctx) => operations.revokeCalendarFeed(ctx),
  },
  Operation: {
    briefingPoint: (v, _, ctx) => readBriefingPoint(ctx, v),
    targets: async (v, _, ctx) => (await readTargets(ctx, v))?.map((t) => ({ address: t.address, description: t.description })) ?? null,
    interpreterLanguages: async (v, _, ctx) => [...new Set((await loadInterpreters(ctx, v.row.id)).filter((i) => i.status !== 'CANCELLED').map((i) => i.language))],
    interpreters: (v, _, ctx) => loadInterpreters(ctx, v.row.id),
    leadAttendees: async (v, _, ctx) => {
      // Like invitation attendees: the lead and the organisations that accepted.
      if (v.access.level !== 'FULL') return null;
      const names = await Promise.all(v.row.leadAttendeeUserIds.map((id) => ctx.loaders.userNameById.load(id)));
      return v.row.leadAttendeeUserIds.map((id, n) => ({ id, name: names[n] ?? '' }));
    },
    attendeeConflicts: (v, _, ctx) => operations.ownAttendeeConflicts(ctx, v),
    leadOrganisation: (v, _, ctx) => ctx.loaders.organisationById.load(v.row.leadOrganisationId),
    invitations: async (v, _, ctx) => (await loadInvitations(ctx, v.row.id)).map((invitation): TInvitationView => ({ invitation, view: v })),
    myInvitation: async (v, _, ctx) => {
      const invitation = (await loadInvitations(ctx, v.row.id)).find((i) => i.organisationId === ctx.viewer?.organisationId);
      return invitation ? { invitation, view: v } : null;
    },
    cmmAttendance: async (v, _, ctx) => {
      const cmm = findOrganisationByCode(ctx.deps.db, 'CMM');
      const invitation = (await loadInvitations(ctx, v.row.id)).find((i) => i.organisationId === cmm?.id);
      return invitation ? { invitation, view: v } : null;
    },
    conflicts: (v, _, ctx) => loadConflicts(ctx, v),
    outcomes: async (v, _, ctx) => (v.access.level === 'FULL' ? loadOutcomes(ctx, v.row.id) : null),
    totals: async (v, _, ctx) => {
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
    referrals: (v, args, ctx) =>
      listReferrals(ctx, { filter: { operationId: v.row.id }, first: args.first, after: args.after }),
  },
  OperationInvitation: {
    organisation: (i, _, ctx) => ctx.loaders.organisationById.load(i.invitation.organisationId),
    status: (i) => i.invitation.status,
    invitedAt: (i) => i.invitation.invitedAt,
    respondedAt: (i) => i.invitation.respondedAt,
    attendees: async (i, _, ctx) => {
      if (!mayReadAnswer(i, ctx.viewer?.organisationId)) return null;
      const names = await Promise.all(i.invitation.attendeeUserIds.map((id) => ctx.loaders.userNameById.load(id)));
      return i.invitation.attendeeUserIds.map((id, n) => ({ id, name: names[n] ?? '' }));
    },
    note: (i, _, ctx) => (mayReadAnswer(i, ctx.viewer?.organisationId) ? i.invitation.note : null),
    conflicts: (i, _, ctx) => loadConflicts(ctx, i.view, i.invitation.organisationId),
  },
  OperationConflict: {
    organisation: (c, _, ctx) => ctx.loaders.organisationById.load(c.organisationId),
    operation: (c) => c.other,
  },
  OperationOutcome: {
    organisation: (o, _, ctx) => ctx.loaders.organisationById.load(o.organisationId),
  },
};

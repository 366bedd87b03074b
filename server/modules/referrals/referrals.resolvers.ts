import type { Resolvers } from '../../graphql/resolvers.generated.js';
import type { TGraphQLContext } from '../../graphql/types.js';
import { loadEvents, loadSubject, mayRead, personalField, readPersonal } from './referral-reader.js';
import * as referrals from './referrals.service.js';
import type { TReferralView } from './referrals.service.js';
import type { TEventRow } from './referrals.repo.js';
import { requireViewer } from '../../core/access.js';
import { allowedActions } from './referrals.policy.js';
import { personalDataSelected } from './listing-selection.js';

type TEventView = { event: TEventRow; view: TReferralView };

/** A listing read its page's organisations beforehand (referral-listing.ts): no promise per referral there. */
function organisationOf(view: TReferralView, id: string, ctx: TGraphQLContext) {
  return view.listed?.organisations.get(id) ?? ctx.loaders.organisationById.load(id);
}

export const referralsResolvers: Resolvers = {
  Query: {
    referral: (_, args, ctx) => referrals.getReferral(ctx, args),
    // The personal fields asked of every referral are read and recorded with the page (ADR 0022, decision 33).
    referrals: (_, args, ctx, info) => referrals.listReferrals(ctx, args, personalDataSelected(info)),
    referralAssigneeCandidates: (_, __, ctx) => referrals.assigneeCandidates(ctx, requireViewer(ctx.viewer)),
  },
  Mutation: {
    createReferral: (_, args, ctx) => referrals.createReferral(ctx, args.input),
    updateReferral: (_, args, ctx) => referrals.updateReferral(ctx, args),
    submitReferral: (_, args, ctx) => referrals.submitReferral(ctx, args),
    withdrawReferral: (_, args, ctx) => referrals.withdrawReferral(ctx, args),
    acknowledgeReferral: (_, args, ctx) => referrals.acknowledgeReferral(ctx, args),
    forwardReferral: (_, args, ctx) => referrals.forwardReferral(ctx, args),
    scheduleIdentificationInterview: (_, args, ctx) => referrals.scheduleIdentificationInterview(ctx, args),
    recordAssessment: (_, args, ctx) => referrals.recordAssessment(ctx, args),
    startReflectionPeriod: (_, args, ctx) => referrals.startReflectionPeriod(ctx, args),
    extendReflectionPeriod: (_, args, ctx) => referrals.extendReflectionPeriod(ctx, args),
    recordRepresentative: (_, args, ctx) => referrals.recordRepresentative(ctx, args),
    closeReferral: (_, args, ctx) => referrals.closeReferral(ctx, args),
    assignReferral: (_, args, ctx) => referrals.assignReferral(ctx, args),
  },
  Referral: {
    referringOrganisation: (v, _, ctx) => organisationOf(v, v.row.referringOrganisationId, ctx),
    receivingOrganisation: (v, _, ctx) => (v.row.receivingOrganisationId ? organisationOf(v, v.row.receivingOrganisationId, ctx) : null),
    competentAuthority: (v, _, ctx) => (v.row.competentAuthorityId ? organisationOf(v, v.row.competentAuthorityId, ctx) : null),
    location: (v, _, ctx) => personalField(ctx, v, 'WHEREABOUTS', (p) => p.location),
    deadlines: (v) => ({ acknowledgeBy: v.row.acknowledgeBy, interviewBy: v.row.interviewBy }),
    overdue: (v, _, ctx) => referrals.isOverdue(v.row, ctx.deps.clock.now()),
    subject: (v) => v,
    narrative: (v, _, ctx) => personalField(ctx, v, 'NARRATIVE', (p) => p.narrative),
    indicators: (v, _, ctx) => personalField(ctx, v, 'NARRATIVE', (p) => p.indicators),
    assessment: (v) => referrals.assessmentOf(v),
    reflectionPeriod: (v) => (mayRead(v, 'SUPPORT') ? referrals.reflectionPeriodOf(v.row) : null),
    representative: (v) => (v.row.representativeRecordedAt && mayRead(v, 'SUPPORT') ? { view: v, recordedAt: v.row.representativeRecordedAt } : null),
    outcome: (v) => (mayRead(v, 'OUTCOME') ? v.row.outcome : null),
    timeline: async (v, _, ctx) => (await loadEvents(ctx, v.row.id)).map((event): TEventView => ({ event, view: v })),
    consent: (v) => ({ toReferral: v.row.consentToReferral, toDisclosure: v.row.consentToDisclosure }),
    allowedActions: (v, _, ctx) => allowedActions(requireViewer(ctx.viewer), v.row),
    assignee: (v, _, ctx) => referrals.assignmentOf(ctx, v).assignee,
    deputy: (v, _, ctx) => referrals.assignmentOf(ctx, v).deputy,
    mayReassign: (v, _, ctx) => referrals.mayReassign(ctx, v),
  },
  ReferralSubject: {
    // The controller sees the subject the referral belongs to now; everyone else the one it was referred under.
    id: (v, _, ctx) => referrals.shownSubjectId(ctx, v),
    pseudonym: (v, _, ctx) => v.listed?.pseudonym ?? loadSubject(ctx, referrals.shownSubjectId(ctx, v)).then((subject) => subject.pseudonym),
    // A referral's personal fields are opened together, once per request (one sealed record).
    identity: (v, _, ctx) => personalField(ctx, v, 'IDENTITY', (p) => ({ name: p.name, alias: p.alias, dateOfBirth: p.dateOfBirth, estimatedAge: p.estimatedAge })),
    contact: (v, _, ctx) => personalField(ctx, v, 'CONTACT', (p) => p.contact),
    whereabouts: (v, _, ctx) => personalField(ctx, v, 'WHEREABOUTS', (p) => p.whereabouts),
  },
  Assessment: {
    authority: (a, _, ctx) => ctx.loaders.organisationById.load(a.assessedByOrganisationId),
    grounds: async (a, _, ctx) => (await readPersonal(ctx, a.view, 'ASSESSMENT_GROUNDS'))?.assessmentGrounds ?? null,
  },
  Representative: {
    name: async (r, _, ctx) => (await readPersonal(ctx, r.view, 'SUPPORT'))?.representativeName ?? null,
    appointedBy: async (r, _, ctx) => (await readPersonal(ctx, r.view, 'SUPPORT'))?.representativeAppointedBy ?? null,
  },
  ReferralEvent: {
    id: (e) => e.event.id,
    action: (e) => e.event.action,
    fromState: (e) => e.event.fromState,
    toState: (e) => e.event.toState,
    at: (e) => e.event.at,
    organisation: (e, _, ctx) => (e.event.actorOrganisationId ? ctx.loaders.organisationById.load(e.event.actorOrganisationId) : null),
    actorName: (e, _, ctx) =>
      e.event.actorUserId && e.event.actorOrganisationId === ctx.viewer?.organisationId ? ctx.loaders.userNameById.load(e.event.actorUserId) : null,
    note: async (e, _, ctx) => {
      if (!e.event.note) return null;
      const own = e.event.actorOrganisationId === ctx.viewer?.organisationId;
      // Notes are narrative: FULL access reads them (audited); the referrer reads only its own notes.
      if (!own && (!mayRead(e.view, 'NARRATIVE') || e.view.access.basis === 'REFERRING_ORGANISATION')) return null;
      if (!own) await readPersonal(ctx, e.view, 'NARRATIVE');
      return e.event.note;
    },
  },
};

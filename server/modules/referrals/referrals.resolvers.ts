import type { TResolvers } from '../../graphql/types.js';
import { loadEvents, loadSubject, mayRead, readPersonal } from './referral-reader.js';
import * as referrals from './referrals.service.js';
import type { TReferralView } from './referrals.service.js';
import type { TEventRow } from './referrals.repo.js';
import { requireViewer } from '../../core/access.js';
import { allowedActions } from './referrals.policy.js';

type TEventView = { event: TEventRow; view: TReferralView };

export const referralsResolvers: TResolvers = {
  Query: {
    referral: (_, args: { id: string }, ctx) => referrals.getReferral(ctx, args),
    referrals: (_, args: referrals.TReferralListInput, ctx) => referrals.listReferrals(ctx, args),
  },
  Mutation: {
    createReferral: (_, args: { input: unknown }, ctx) => referrals.createReferral(ctx, args.input),
    updateReferral: (_, args: { id: string; version: number; input: unknown }, ctx) => referrals.updateReferral(ctx, args),
    submitReferral: (_, args: { id: string }, ctx) => referrals.submitReferral(ctx, args),
    withdrawReferral: (_, args: { id: string; reason: string }, ctx) => referrals.withdrawReferral(ctx, args),
    acknowledgeReferral: (_, args: { id: string }, ctx) => referrals.acknowledgeReferral(ctx, args),
    forwardReferral: (_, args: { id: string; toOrganisationCode: string; reason: string }, ctx) => referrals.forwardReferral(ctx, args),
    scheduleIdentificationInterview: (_, args: { id: string; at: Date }, ctx) => referrals.scheduleIdentificationInterview(ctx, args),
    recordAssessment: (_, args: { id: string; input: unknown }, ctx) => referrals.recordAssessment(ctx, args),
    startReflectionPeriod: (_, args: { id: string; startsOn: string; days?: number | null }, ctx) => referrals.startReflectionPeriod(ctx, args),
    extendReflectionPeriod: (_, args: { id: string; days: number; reason: string }, ctx) => referrals.extendReflectionPeriod(ctx, args),
    recordRepresentative: (_, args: { id: string; name: string; appointedBy: string }, ctx) => referrals.recordRepresentative(ctx, args),
    closeReferral: (_, args: { id: string; outcome: string; note?: string | null }, ctx) => referrals.closeReferral(ctx, args),
  },
  Referral: {
    id: (v: TReferralView) => v.row.id,
    version: (v: TReferralView) => v.row.version,
    reference: (v: TReferralView) => v.row.reference,
    state: (v: TReferralView) => v.row.state,
    urgency: (v: TReferralView) => v.row.urgency,
    minor: (v: TReferralView) => v.row.minor,
    referringOrganisation: (v: TReferralView, _, ctx) => ctx.loaders.organisationById.load(v.row.referringOrganisationId),
    receivingOrganisation: (v: TReferralView, _, ctx) => (v.row.receivingOrganisationId ? ctx.loaders.organisationById.load(v.row.receivingOrganisationId) : null),
    competentAuthority: (v: TReferralView, _, ctx) => (v.row.competentAuthorityId ? ctx.loaders.organisationById.load(v.row.competentAuthorityId) : null),
    suspectedExploitation: (v: TReferralView) => v.row.suspectedExploitation,
    sector: (v: TReferralView) => v.row.sector,
    region: (v: TReferralView) => v.row.region,
    location: async (v: TReferralView, _, ctx) => (await readPersonal(ctx, v, 'WHEREABOUTS'))?.location ?? null,
    operationId: (v: TReferralView) => v.row.operationId,
    createdAt: (v: TReferralView) => v.row.createdAt,
    submittedAt: (v: TReferralView) => v.row.submittedAt,
    acknowledgedAt: (v: TReferralView) => v.row.acknowledgedAt,
    interviewAt: (v: TReferralView) => v.row.interviewAt,
    deadlines: (v: TReferralView) => ({ acknowledgeBy: v.row.acknowledgeBy, interviewBy: v.row.interviewBy }),
    overdue: (v: TReferralView, _, ctx) => referrals.isOverdue(v.row, ctx.deps.clock.now()),
    subject: (v: TReferralView) => v,
    narrative: async (v: TReferralView, _, ctx) => (await readPersonal(ctx, v, 'NARRATIVE'))?.narrative ?? null,
    indicators: async (v: TReferralView, _, ctx) => (await readPersonal(ctx, v, 'NARRATIVE'))?.indicators ?? null,
    assessment: (v: TReferralView) => (v.row.decision ? v : null),
    reflectionPeriod: (v: TReferralView) => {
      const endsOn = referrals.reflectionEndsOn(v.row);
      if (!endsOn || !mayRead(v, 'SUPPORT')) return null;
      return { startsOn: v.row.reflectionStartsOn, endsOn, totalDays: v.row.reflectionDays };
    },
    representative: (v: TReferralView) => (v.row.representativeRecordedAt && mayRead(v, 'SUPPORT') ? v : null),
    outcome: (v: TReferralView) => (mayRead(v, 'OUTCOME') ? v.row.outcome : null),
    timeline: async (v: TReferralView, _, ctx) => (await loadEvents(ctx, v.row.id)).map((event): TEventView => ({ event, view: v })),
    consent: (v: TReferralView) => ({ toReferral: v.row.consentToReferral, toDisclosure: v.row.consentToDisclosure }),
    access: (v: TReferralView) => v.access,
    allowedActions: (v: TReferralView, _, ctx) => allowedActions(requireViewer(ctx.viewer), v.row),
  },
  ReferralSubject: {
    // The controller sees the subject the referral belongs to now; everyone else the one it was referred under.
    id: (v: TReferralView, _, ctx) => referrals.shownSubjectId(ctx, v),
    pseudonym: async (v: TReferralView, _, ctx) => (await loadSubject(ctx, referrals.shownSubjectId(ctx, v))).pseudonym,
    gender: (v: TReferralView) => v.row.gender,
    nationality: (v: TReferralView) => v.row.nationality,
    ageBand: (v: TReferralView) => v.row.ageBand,
    languages: (v: TReferralView) => v.row.languages,
    residenceStatus: (v: TReferralView) => v.row.residenceStatus,
    identity: async (v: TReferralView, _, ctx) => {
      const personal = await readPersonal(ctx, v, 'IDENTITY');
      return personal ? { name: personal.name, alias: personal.alias, dateOfBirth: personal.dateOfBirth, estimatedAge: personal.estimatedAge } : null;
    },
    contact: async (v: TReferralView, _, ctx) => (await readPersonal(ctx, v, 'CONTACT'))?.contact ?? null,
    whereabouts: async (v: TReferralView, _, ctx) => (await readPersonal(ctx, v, 'WHEREABOUTS'))?.whereabouts ?? null,
  },
  Assessment: {
    decision: (v: TReferralView) => v.row.decision,
    primaryExploitation: (v: TReferralView) => v.row.primaryExploitation,
    assessedOn: (v: TReferralView) => v.row.assessedOn,
    authority: (v: TReferralView, _, ctx) => ctx.loaders.organisationById.load(v.row.assessedByOrganisationId!),
    grounds: async (v: TReferralView, _, ctx) => (await readPersonal(ctx, v, 'ASSESSMENT_GROUNDS'))?.assessmentGrounds ?? null,
  },
  Representative: {
    name: async (v: TReferralView, _, ctx) => (await readPersonal(ctx, v, 'SUPPORT'))?.representativeName ?? null,
    appointedBy: async (v: TReferralView, _, ctx) => (await readPersonal(ctx, v, 'SUPPORT'))?.representativeAppointedBy ?? null,
    recordedAt: (v: TReferralView) => v.row.representativeRecordedAt,
  },
  ReferralEvent: {
    id: (e: TEventView) => e.event.id,
    action: (e: TEventView) => e.event.action,
    fromState: (e: TEventView) => e.event.fromState,
    toState: (e: TEventView) => e.event.toState,
    at: (e: TEventView) => e.event.at,
    organisation: (e: TEventView, _, ctx) => (e.event.actorOrganisationId ? ctx.loaders.organisationById.load(e.event.actorOrganisationId) : null),
    actorName: (e: TEventView, _, ctx) =>
      e.event.actorUserId && e.event.actorOrganisationId === ctx.viewer?.organisationId ? ctx.loaders.userNameById.load(e.event.actorUserId) : null,
    note: async (e: TEventView, _, ctx) => {
      if (!e.event.note) return null;
      const own = e.event.actorOrganisationId === ctx.viewer?.organisationId;
      // Notes are narrative: FULL access reads them (audited); the referrer reads only its own notes.
      if (!own && (!mayRead(e.view, 'NARRATIVE') || e.view.access.basis === 'REFERRING_ORGANISATION')) return null;
      if (!own) await readPersonal(ctx, e.view, 'NARRATIVE');
      return e.event.note;
    },
  },
};

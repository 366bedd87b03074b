import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { loadEvents, loadSubject, mayRead, readPersonal } from './referral-reader.js';
import * as referrals from './referrals.service.js';
import type { TReferralView } from './referrals.service.js';
import type { TEventRow } from './referrals.repo.js';
import { shownSubjectId } from '../subjects/subjects.service.js';
import { requireViewer } from '../../core/access.js';
import { allowedActions } from './referrals.policy.js';

type TEventView = { event: TEventRow; view: TReferralView };

export const referralsResolvers: Resolvers = {
  Query: {
    referral: (_, args, ctx) => referrals.getReferral(ctx, args),
    referrals: (_, args, ctx) => referrals.listReferrals(ctx, args),
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
  },
  Referral: {
    id: (v) => v.row.id,
    version: (v) => v.row.version,
    reference: (v) => v.row.reference,
    state: (v) => v.row.state,
    urgency: (v) => v.row.urgency,
    minor: (v) => v.row.minor,
    referringOrganisation: (v, _, ctx) => ctx.loaders.organisationById.load(v.row.referringOrganisationId),
    receivingOrganisation: (v, _, ctx) => (v.row.receivingOrganisationId ? ctx.loaders.organisationById.load(v.row.receivingOrganisationId) : null),
    competentAuthority: (v, _, ctx) => (v.row.competentAuthorityId ? ctx.loaders.organisationById.load(v.row.competentAuthorityId) : null),
    suspectedExploitation: (v) => v.row.suspectedExploitation,
    sector: (v) => v.row.sector,
    region: (v) => v.row.region,
    location: async (v, _, ctx) => (await readPersonal(ctx, v, 'WHEREABOUTS'))?.location ?? null,
    operationId: (v) => v.row.operationId,
    createdAt: (v) => v.row.createdAt,
    submittedAt: (v) => v.row.submittedAt,
    acknowledgedAt: (v) => v.row.acknowledgedAt,
    interviewAt: (v) => v.row.interviewAt,
    deadlines: (v) => ({ acknowledgeBy: v.row.acknowledgeBy, interviewBy: v.row.interviewBy }),
    overdue: (v, _, ctx) => referrals.isOverdue(v.row, ctx.deps.clock.now()),
    subject: (v) => v,
    narrative: async (v, _, ctx) => (await readPersonal(ctx, v, 'NARRATIVE'))?.narrative ?? null,
    indicators: async (v, _, ctx) => (await readPersonal(ctx, v, 'NARRATIVE'))?.indicators ?? null,
    assessment: (v) => (v.row.decision ? v : null),
    reflectionPeriod: (v) => {
      const endsOn = referrals.reflectionEndsOn(v.row);
      if (!endsOn || !mayRead(v, 'SUPPORT')) return null;
      return { startsOn: v.row.reflectionStartsOn, endsOn, totalDays: v.row.reflectionDays };
    },
    representative: (v) => (v.row.representativeRecordedAt && mayRead(v, 'SUPPORT') ? v : null),
    outcome: (v) => (mayRead(v, 'OUTCOME') ? v.row.outcome : null),
    timeline: async (v, _, ctx) => (await loadEvents(ctx, v.row.id)).map((event): TEventView => ({ event, view: v })),
    consent: (v) => ({ toReferral: v.row.consentToReferral, toDisclosure: v.row.consentToDisclosure }),
    access: (v) => v.access,
    allowedActions: (v, _, ctx) => allowedActions(requireViewer(ctx.viewer), v.row),
  },
  ReferralSubject: {
    // The controller sees the subject the referral belongs to now; everyone else the one it was referred under.
    id: (v, _, ctx) => shownSubjectId(ctx, v),
    pseudonym: async (v, _, ctx) => (await loadSubject(ctx, shownSubjectId(ctx, v))).pseudonym,
    gender: (v) => v.row.gender,
    nationality: (v) => v.row.nationality,
    ageBand: (v) => v.row.ageBand,
    languages: (v) => v.row.languages,
    residenceStatus: (v) => v.row.residenceStatus,
    identity: async (v, _, ctx) => {
      const personal = await readPersonal(ctx, v, 'IDENTITY');
      return personal ? { name: personal.name, alias: personal.alias, dateOfBirth: personal.dateOfBirth, estimatedAge: personal.estimatedAge } : null;
    },
    contact: async (v, _, ctx) => (await readPersonal(ctx, v, 'CONTACT'))?.contact ?? null,
    whereabouts: async (v, _, ctx) => (await readPersonal(ctx, v, 'WHEREABOUTS'))?.whereabouts ?? null,
  },
  Assessment: {
    decision: (v) => v.row.decision,
    primaryExploitation: (v) => v.row.primaryExploitation,
    assessedOn: (v) => v.row.assessedOn,
    authority: (v, _, ctx) => ctx.loaders.organisationById.load(v.row.assessedByOrganisationId!),
    grounds: async (v, _, ctx) => (await readPersonal(ctx, v, 'ASSESSMENT_GROUNDS'))?.assessmentGrounds ?? null,
  },
  Representative: {
    name: async (v, _, ctx) => (await readPersonal(ctx, v, 'SUPPORT'))?.representativeName ?? null,
    appointedBy: async (v, _, ctx) => (await readPersonal(ctx, v, 'SUPPORT'))?.representativeAppointedBy ?? null,
    recordedAt: (v) => v.row.representativeRecordedAt,
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

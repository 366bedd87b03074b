// The state machine's moves from draft to closure (referral-state-machine.ts): editing the draft,
// submission, withdrawal, acknowledgement, forwarding, the interview, the assessment, the
// reflection period, the representative of a minor, and closure.
import { badInput, AppError } from '../../core/errors.js';
import type { TContext } from '../../core/context.js';
import { parseInput } from '../../core/validation.js';
import { findOrganisationByCode } from '../organisations/organisations.service.js';
import { isOperationVisible } from '../operations/operations.service.js';
import { acknowledgeBy, interviewBy, localDate } from './deadlines.js';
import type { TReferralView } from './referral-gate.js';
import { identifyingDataChanged } from './referral-events.js';
import { checkedAssignment, notifyAssigned } from './assignment.js';
import { checkIndicatorCodes } from './indicators.js';
import { move } from './referral-move.js';
import { AUTHORITY_RECIPIENT_ROLES, notifyOrganisation, notifyPoliceOfRegion, notifyReferrer } from './referral-notices.js';
import * as repo from './referrals.repo.js';
import { ZAssessmentInput, ZDate, ZNote, ZReason, ZRepresentativeText, ZUpdateReferralInput, OUTCOMES, type TUrgency } from './referrals.validation.js';
import { ageAtReferral, assertBornBy, competentAuthorityCode, derivedFacts } from './subject-facts.js';
import { isOneOf } from '../../core/vocabulary.js';

export const MAX_REFLECTION_DAYS = 120;
export const DEFAULT_REFLECTION_DAYS = 30;
function organisationIdFor(ctx: TContext, code: string): string {
  const organisation = findOrganisationByCode(ctx.deps.db, code);
  if (!organisation) throw new Error(`Organisation ${code} is not seeded`);
  return organisation.id;
}
export function updateReferral(ctx: TContext, input: { id: string; version: number; input: unknown }): Promise<TReferralView> {
  const changes = parseInput(ZUpdateReferralInput, input.input, 'input');
  assertBornBy(changes.subject?.dateOfBirth, ctx.deps.clock.now());
  if (changes.operationId && !isOperationVisible(ctx, changes.operationId)) throw badInput('input.operationId', 'Unknown operation', 'UNKNOWN_REFERENCE');
  const indicatorCodes = changes.indicatorCodes === undefined ? undefined : checkIndicatorCodes(ctx.deps.db, changes.indicatorCodes, 'input.indicatorCodes');
  return move(ctx, {
    id: input.id,
    action: 'UPDATE',
    expectedVersion: input.version,
    plan: ({ row }, _viewer, now) => {
      const current = repo.findPersonalData(ctx.deps.db, ctx.deps.sealer, [row.id])[0];
      const subject = changes.subject ?? {};
      const dateOfBirth = subject.dateOfBirth !== undefined ? subject.dateOfBirth : (current?.dateOfBirth ?? null);
      const estimatedAge = subject.estimatedAge !== undefined ? subject.estimatedAge : (current?.estimatedAge ?? null);
      const derived = derivedFacts({ dateOfBirth, estimatedAge, urgency: changes.urgency ?? (row.urgency as TUrgency), day: localDate(now) });
      const values: Partial<repo.TReferralRow> = { ...derived };
      if (subject.gender) values.gender = subject.gender;
      if (subject.nationality !== undefined) values.nationality = subject.nationality;
      if (subject.residenceStatus) values.residenceStatus = subject.residenceStatus;
      if (subject.languages) values.languages = [...new Set(subject.languages)];
      if (changes.suspectedExploitation) values.suspectedExploitation = [...new Set(changes.suspectedExploitation)];
      if (indicatorCodes !== undefined) values.indicatorCodes = indicatorCodes;
      if (changes.sector !== undefined) values.sector = changes.sector;
      if (changes.region) values.region = changes.region;
      if (changes.operationId !== undefined) values.operationId = changes.operationId;
      if (changes.consent?.toReferral) values.consentToReferral = changes.consent.toReferral;
      if (changes.consent?.toDisclosure) values.consentToDisclosure = changes.consent.toDisclosure;
      const personal: Partial<repo.TPersonalRow> = {};
      for (const key of ['name', 'alias', 'contact', 'whereabouts'] as const) if (subject[key] !== undefined) personal[key] = subject[key];
      if (subject.dateOfBirth !== undefined) personal.dateOfBirth = subject.dateOfBirth ?? null;
      if (subject.estimatedAge !== undefined) personal.estimatedAge = subject.estimatedAge ?? null;
      if (changes.location !== undefined) personal.location = changes.location;
      if (changes.narrative !== undefined) personal.narrative = changes.narrative;
      if (changes.indicators !== undefined) personal.indicators = changes.indicators ?? [];
      return { values, personal };
    },
  });
}

export function submitReferral(ctx: TContext, input: { id: string }): Promise<TReferralView> {
  return move(ctx, {
    id: input.id,
    action: 'SUBMIT',
    plan: ({ row }, viewer, now) => {
      const authority = organisationIdFor(ctx, competentAuthorityCode(row.residenceStatus));
      return {
        values: {
          receivingOrganisationId: authority,
          competentAuthorityId: authority,
          submittedAt: now.toISOString(),
          acknowledgeBy: acknowledgeBy({ submittedAt: now, urgency: row.urgency as TUrgency, config: ctx.deps.config.deadlines }).toISOString(),
        },
        after: (unit, updated) => {
          // From submission on, the controller is shown the earlier subjects this person may be.
          identifyingDataChanged(ctx, unit, updated.id);
          notifyOrganisation(ctx, unit, {
            organisationId: authority,
            roles: AUTHORITY_RECIPIENT_ROLES,
            kind: updated.urgency === 'URGENT' ? 'REFERRAL_URGENT' : 'REFERRAL_SUBMITTED',
            referralId: updated.id,
          });
          // A police referrer knows already; so does every district when the police made it.
          if (viewer.organisationKind !== 'POLICE') notifyPoliceOfRegion(ctx, unit, updated);
        },
      };
    },
  });
}

export function withdrawReferral(ctx: TContext, input: { id: string; reason: string }): Promise<TReferralView> {
  const reason = parseInput(ZReason, input.reason, 'reason');
  return move(ctx, {
    id: input.id,
    action: 'WITHDRAW',
    plan: ({ row }) => ({
      note: reason,
      after: (unit, updated) => {
        if (row.state !== 'DRAFT') notifyOrganisation(ctx, unit, { organisationId: updated.receivingOrganisationId, roles: AUTHORITY_RECIPIENT_ROLES, kind: 'REFERRAL_WITHDRAWN', referralId: updated.id });
      },
    }),
  });
}

export function acknowledgeReferral(ctx: TContext, input: { id: string; assigneeId?: string | null; deputyId?: string | null }): Promise<TReferralView> {
  return move(ctx, {
    id: input.id,
    action: 'ACKNOWLEDGE',
    plan: (_view, viewer, now) => {
      // Who has the case from now on: the acknowledger unless they name someone (issue 14).
      const assignment = checkedAssignment(ctx, viewer, input, viewer.userId);
      return {
        values: { acknowledgedAt: now.toISOString(), interviewBy: interviewBy({ receivedAt: now, config: ctx.deps.config.deadlines }).toISOString(), ...assignment },
        auditDetails: { assignee: assignment.assigneeUserId, ...(assignment.deputyUserId ? { deputy: assignment.deputyUserId } : {}) },
        after: (unit, updated) => {
          notifyReferrer(ctx, unit, updated, 'REFERRAL_RECEIVED');
          notifyAssigned(ctx, unit, updated.id, assignment, viewer.userId);
        },
      };
    },
  });
}

export function forwardReferral(ctx: TContext, input: { id: string; toOrganisationCode: string; reason: string }): Promise<TReferralView> {
  const reason = parseInput(ZReason, input.reason, 'reason');
  if (input.toOrganisationCode !== 'CMM' && input.toOrganisationCode !== 'US') {
    throw badInput('toOrganisationCode', 'A referral is forwarded between CMM and Udlændingestyrelsen (CMM or US)', 'ORGANISATION_NOT_ALLOWED');
  }
  const target = organisationIdFor(ctx, input.toOrganisationCode);
  return move(ctx, {
    id: input.id,
    action: 'FORWARD',
    plan: ({ row }, _viewer, now) => {
      if (row.receivingOrganisationId === target) throw badInput('toOrganisationCode', 'The referral is already with that authority', 'ALREADY_IN_EFFECT');
      return {
        note: reason,
        values: {
          receivingOrganisationId: target,
          competentAuthorityId: target,
          acknowledgedAt: null,
          interviewBy: null,
          // The other authority assigns its own caseworker when it acknowledges.
          assigneeUserId: null,
          deputyUserId: null,
          acknowledgeBy: acknowledgeBy({ submittedAt: now, urgency: row.urgency as TUrgency, config: ctx.deps.config.deadlines }).toISOString(),
        },
        after: (unit, updated) => {
          notifyOrganisation(ctx, unit, { organisationId: target, roles: AUTHORITY_RECIPIENT_ROLES, kind: 'REFERRAL_FORWARDED_TO_YOU', referralId: updated.id });
          notifyReferrer(ctx, unit, updated, 'REFERRAL_FORWARDED');
        },
      };
    },
  });
}

export function scheduleIdentificationInterview(ctx: TContext, input: { id: string; at: Date }): Promise<TReferralView> {
  return move(ctx, {
    id: input.id,
    action: 'SCHEDULE_INTERVIEW',
    plan: ({ row }) => {
      if (row.acknowledgedAt && input.at.toISOString() < row.acknowledgedAt) throw badInput('at', 'The interview cannot be before the referral was received', 'DATE_TOO_EARLY');
      return { values: { interviewAt: input.at.toISOString() } };
    },
  });
}

export function recordAssessment(ctx: TContext, input: { id: string; input: unknown }): Promise<TReferralView> {
  const assessment = parseInput(ZAssessmentInput, input.input, 'input');
  return move(ctx, {
    id: input.id,
    action: 'RECORD_ASSESSMENT',
    plan: ({ row }, viewer, now) => {
      if (row.decision) throw new AppError('INVALID_TRANSITION', 'This referral has been assessed already', { state: row.state, action: 'RECORD_ASSESSMENT' });
      if (assessment.assessedOn > localDate(now)) throw badInput('input.assessedOn', 'The assessment date cannot be in the future', 'DATE_IN_FUTURE');
      if (row.submittedAt && assessment.assessedOn < localDate(new Date(row.submittedAt))) throw badInput('input.assessedOn', 'The assessment date cannot be before the referral was submitted', 'DATE_TOO_EARLY');
      // The age on the assessment date is a non-identifying fact the statistics keep after erasure.
      const personal = repo.findPersonalData(ctx.deps.db, ctx.deps.sealer, [row.id])[0];
      const ageAtAssessment = ageAtReferral({ dateOfBirth: personal?.dateOfBirth ?? null, estimatedAge: personal?.estimatedAge ?? null, day: assessment.assessedOn });
      return {
        values: {
          decision: assessment.decision,
          primaryExploitation: assessment.primaryExploitation,
          assessedOn: assessment.assessedOn,
          assessedByOrganisationId: viewer.organisationId,
          ageAtAssessment,
        },
        personal: { assessmentGrounds: assessment.grounds },
        after: (unit, updated) => notifyReferrer(ctx, unit, updated, 'REFERRAL_ASSESSED'),
      };
    },
  });
}

export function startReflectionPeriod(ctx: TContext, input: { id: string; startsOn: string; days?: number | null }): Promise<TReferralView> {
  const startsOn = parseInput(ZDate, input.startsOn, 'startsOn');
  const days = input.days ?? DEFAULT_REFLECTION_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_REFLECTION_DAYS) throw badInput('days', `A reflection period is 1 to ${MAX_REFLECTION_DAYS} days`, 'OUT_OF_RANGE', { min: 1, max: MAX_REFLECTION_DAYS });
  return move(ctx, {
    id: input.id,
    action: 'START_REFLECTION_PERIOD',
    plan: ({ row }) => {
      if (row.decision !== 'TRAFFICKED') {
        throw new AppError('INVALID_TRANSITION', 'A reflection period starts only after an assessment of TRAFFICKED', { state: row.state, action: 'START_REFLECTION_PERIOD' });
      }
      if (row.minor && !row.representativeRecordedAt) {
        throw new AppError('INVALID_TRANSITION', 'Record the representative of this minor before support starts', { state: row.state, action: 'START_REFLECTION_PERIOD' });
      }
      return { values: { reflectionStartsOn: startsOn, reflectionDays: days } };
    },
  });
}

export function extendReflectionPeriod(ctx: TContext, input: { id: string; days: number; reason: string }): Promise<TReferralView> {
  const reason = parseInput(ZReason, input.reason, 'reason');
  if (!Number.isInteger(input.days) || input.days < 1) throw badInput('days', 'Extend by at least one day', 'TOO_SMALL', { limit: 1 });
  return move(ctx, {
    id: input.id,
    action: 'EXTEND_REFLECTION_PERIOD',
    plan: ({ row }) => {
      const total = (row.reflectionDays ?? 0) + input.days;
      if (total > MAX_REFLECTION_DAYS) throw badInput('days', `The reflection period may be at most ${MAX_REFLECTION_DAYS} days in total (it would be ${total})`, 'REFLECTION_TOTAL_EXCEEDED', { limit: MAX_REFLECTION_DAYS });
      return { values: { reflectionDays: total }, note: reason };
    },
  });
}

export function recordRepresentative(ctx: TContext, input: { id: string; name: string; appointedBy: string }): Promise<TReferralView> {
  const name = parseInput(ZRepresentativeText, input.name, 'name');
  const appointedBy = parseInput(ZRepresentativeText, input.appointedBy, 'appointedBy');
  return move(ctx, {
    id: input.id,
    action: 'RECORD_REPRESENTATIVE',
    plan: ({ row }, _viewer, now) => {
      if (!row.minor) throw badInput('id', 'A representative is recorded for minors only', 'MINORS_ONLY');
      return { values: { representativeRecordedAt: now.toISOString() }, personal: { representativeName: name, representativeAppointedBy: appointedBy } };
    },
  });
}

export function closeReferral(ctx: TContext, input: { id: string; outcome: string; note?: string | null }): Promise<TReferralView> {
  const note = parseInput(ZNote, input.note, 'note') ?? null;
  const outcome = input.outcome;
  if (!isOneOf(OUTCOMES, outcome)) throw badInput('outcome', 'Unknown outcome', 'NOT_ALLOWED_VALUE');
  return move(ctx, {
    id: input.id,
    action: 'CLOSE',
    plan: ({ row }, _viewer, now) => {
      if ((row.decision === 'NOT_TRAFFICKED') !== (outcome === 'NOT_TRAFFICKED')) {
        throw badInput('outcome', 'NOT_TRAFFICKED is the outcome exactly when the assessment was NOT_TRAFFICKED', 'OUTCOME_MISMATCH');
      }
      return { values: { outcome, closedAt: now.toISOString() }, note, after: (unit, updated) => notifyReferrer(ctx, unit, updated, 'REFERRAL_CLOSED') };
    },
  });
}


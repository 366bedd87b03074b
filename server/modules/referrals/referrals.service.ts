// Referrals from suspicion to closure: creation, the state machine's moves, reading with
// field-level withholding, listing, and the deadline notices. Every move goes through the access
// gate first, is one audited unit of work, and is an event in the referral's timeline.
import type { TAuditAction } from '../../core/audit-actions.js';
import { handedOverAccess, referralAccess, referralListScope, requireViewer, type TReferralAccess, type TReferralData, type TReferralParties, type TViewer } from '../../core/access.js';
import { recordAudit, runAudited, type TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput } from '../../core/errors.js';
import { newId, sha256Hex } from '../../core/ids.js';
import type { TNotificationKind } from '../../core/notification-kinds.js';
import { loadVisible as loadGated, refuse, type TGate } from '../../core/gate.js';
import { decodeCursor, encodeCursor, pageOf, pageSize } from '../../core/pagination.js';
import { parseInput } from '../../core/validation.js';
import { notify, organisationRecipients } from '../notifications/notifications.service.js';
import { findOrganisationByCode, policeDistrictIdsIn } from '../organisations/organisations.service.js';
import { isOperationVisible } from '../operations/operations.service.js';
import { referralSharing } from './referral-grants.js';
import { indexReferral } from '../subjects/match-index.js';
import { resolveSubjectId } from '../subjects/subjects.repo.js';
import { acknowledgeBy, interviewBy, localDate } from './deadlines.js';
import { transition, type TReferralAction, type TReferralState } from './referral-state-machine.js';
import { mayPerform } from './referrals.policy.js';
import * as repo from './referrals.repo.js';
import {
  ZAssessmentInput,
  ZCreateReferralInput,
  ZDate,
  ZNote,
  ZReason,
  ZRepresentativeText,
  ZUpdateReferralInput,
  ZSubjectCorrectionInput,
  OUTCOMES,
  type TUrgency,
} from './referrals.validation.js';
import { addDays, ageAtReferral, ageBand, competentAuthorityCode, effectiveUrgency, isMinor, randomPseudonym } from './subject-facts.js';

export type TReferralView = { row: repo.TReferralRow; access: TReferralAccess };

export const MAX_REFLECTION_DAYS = 120;
export const DEFAULT_REFLECTION_DAYS = 30;

const AUTHORITY_RECIPIENT_ROLES = ['COORDINATOR', 'CASEWORKER'] as const;

function link(referralId: string): string {
  return `/referrals/${referralId}`;
}

function notifyOrganisation(
  ctx: TContext,
  unit: TUnitOfWork,
  options: { organisationId: string | null; roles: readonly string[]; kind: TNotificationKind; referralId: string; alsoUserIds?: string[] },
): void {
  const userIds = options.organisationId ? organisationRecipients(unit, { organisationId: options.organisationId, roles: options.roles }) : [];
  notify(unit, { ctx, userIds: [...userIds, ...(options.alsoUserIds ?? [])], kind: options.kind, objectType: 'Referral', objectId: options.referralId, link: link(options.referralId) });
}

/** Tells the referring organisation (the person who made it and its coordinators), at summary level only. */
function notifyReferrer(ctx: TContext, unit: TUnitOfWork, row: repo.TReferralRow, kind: TNotificationKind): void {
  notifyOrganisation(ctx, unit, { organisationId: row.referringOrganisationId, roles: ['COORDINATOR'], kind, referralId: row.id, alsoUserIds: [row.createdByUserId] });
}

/**
 * Journey 2: the police are told at once when another agency refers a possible victim in their
 * region. They hold no access to the referral, so the notice says only that a case exists there
 * (no link into it, nothing about the person); they ask CMM for a grant quoting the notice.
 */
function notifyPoliceOfRegion(ctx: TContext, unit: TUnitOfWork, row: repo.TReferralRow): void {
  const userIds = policeDistrictIdsIn(unit.tx, row.region).flatMap((organisationId) => organisationRecipients(unit, { organisationId, roles: ['COORDINATOR'] }));
  notify(unit, { ctx, userIds, kind: 'REFERRAL_SUBMITTED_IN_REGION', objectType: 'Referral', objectId: row.id, link: '/notifications' });
}

function organisationIdFor(ctx: TContext, code: string): string {
  const organisation = findOrganisationByCode(ctx.deps.db, code);
  if (!organisation) throw new Error(`Organisation ${code} is not seeded`);
  return organisation.id;
}

function createPseudonym(unit: TUnitOfWork): string {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const candidate = randomPseudonym(attempt < 10 ? 4 : 6);
    if (!repo.pseudonymExists(unit.tx, candidate)) return candidate;
  }
  throw new Error('Could not allocate a pseudonym');
}

/** The viewer's access to a referral now: the gate, with the access grants that cover it (sharing). */
export function accessToReferral(ctx: TContext, viewer: TViewer, row: TReferralParties & { id: string }): TReferralAccess {
  return referralAccess(viewer, row, referralSharing(ctx, viewer, [row.id])(row.id));
}

/** Loading a referral for a viewer (core/gate.ts): NOT_FOUND, audited with its subject, for who holds no access. */
const REFERRAL_GATE: TGate<repo.TReferralRow, TReferralAccess> = {
  objectType: 'Referral',
  missing: 'No such referral',
  load: (ctx, id) => repo.findReferral(ctx.deps.db, id),
  accessOf: accessToReferral,
  subjectIdOf: (row) => row.subjectId,
};

function loadVisible(ctx: TContext, id: string, attempted: TAuditAction): TReferralView {
  return loadGated(ctx, REFERRAL_GATE, id, attempted);
}

export function getReferral(ctx: TContext, input: { id: string }): TReferralView {
  return loadVisible(ctx, input.id, 'REFERRAL_READ');
}

function facts(options: { dateOfBirth: string | null; estimatedAge: number | null; urgency: TUrgency; day: string }) {
  const age = ageAtReferral({ dateOfBirth: options.dateOfBirth, estimatedAge: options.estimatedAge, day: options.day });
  const minor = isMinor(age);
  return { ageBand: ageBand(age), minor, urgency: effectiveUrgency(options.urgency, minor) };
}

/** A date of birth after today would make the person a "minor" of negative age. */
function assertBornBy(dateOfBirth: string | null | undefined, now: Date, field = 'input.subject.dateOfBirth'): void {
  if (dateOfBirth && dateOfBirth > localDate(now)) throw badInput(field, 'The date of birth cannot be in the future', 'DATE_IN_FUTURE');
}

export function createReferral(ctx: TContext, raw: unknown): TReferralView {
  const viewer = requireViewer(ctx.viewer);
  const input = parseInput(ZCreateReferralInput, raw, 'input');
  assertBornBy(input.subject.dateOfBirth, ctx.deps.clock.now());
  if (input.operationId && !isOperationVisible(ctx, input.operationId)) throw badInput('input.operationId', 'Unknown operation', 'UNKNOWN_REFERENCE');
  // A subject merged into another still names the person: its referrals are the other's now.
  const existingSubjectId = input.existingSubjectId ? resolveSubjectId(ctx.deps.db, input.existingSubjectId) : null;
  if (input.existingSubjectId) {
    const known = existingSubjectId !== null && repo.findReferralsOfSubject(ctx.deps.db, existingSubjectId).some((r) => accessToReferral(ctx, viewer, r).level !== 'NONE');
    if (!known) throw badInput('input.existingSubjectId', 'Unknown subject', 'UNKNOWN_REFERENCE');
  }
  const id = runAudited(ctx, (unit) => {
    const day = localDate(unit.now);
    const year = day.slice(0, 4);
    const subject = input.subject;
    const derived = facts({ dateOfBirth: subject.dateOfBirth ?? null, estimatedAge: subject.estimatedAge ?? null, urgency: input.urgency ?? 'NORMAL', day });
    let subjectId = existingSubjectId;
    if (!subjectId) {
      subjectId = newId();
      repo.insertSubject(unit.tx, { id: subjectId, pseudonym: createPseudonym(unit), createdAt: unit.now.toISOString() });
    }
    const referralId = newId();
    const number = repo.nextReferenceNumber(unit.tx, `HEN-${year}`);
    const at = unit.now.toISOString();
    repo.insertReferral(unit.tx, {
      id: referralId,
      reference: `HEN-${year}-${String(number).padStart(6, '0')}`,
      version: 1,
      state: 'DRAFT',
      urgency: derived.urgency,
      minor: derived.minor,
      subjectId,
      // Referred under the alias it was given: the referrer keeps seeing that one, not the merge.
      referredSubjectId: input.existingSubjectId && input.existingSubjectId !== subjectId ? input.existingSubjectId : null,
      referringOrganisationId: viewer.organisationId,
      createdByUserId: viewer.userId,
      gender: subject.gender ?? 'UNKNOWN',
      nationality: subject.nationality ?? null,
      ageBand: derived.ageBand,
      residenceStatus: subject.residenceStatus ?? 'UNKNOWN',
      languages: [...new Set(subject.languages ?? [])],
      suspectedExploitation: [...new Set(input.suspectedExploitation)],
      sector: input.sector ?? null,
      region: input.region,
      operationId: input.operationId ?? null,
      consentToReferral: input.consent?.toReferral ?? 'NOT_ASKED',
      consentToDisclosure: input.consent?.toDisclosure ?? 'NOT_ASKED',
      createdAt: at,
      updatedAt: at,
    });
    repo.insertPersonalData(unit.tx, ctx.deps.sealer, {
      referralId,
      name: subject.name ?? null,
      alias: subject.alias ?? null,
      dateOfBirth: subject.dateOfBirth ?? null,
      estimatedAge: subject.estimatedAge ?? null,
      contact: subject.contact ?? null,
      whereabouts: subject.whereabouts ?? null,
      location: input.location ?? null,
      indicators: input.indicators ?? [],
      narrative: input.narrative ?? null,
    });
    repo.insertEvent(unit.tx, ctx.deps.sealer, { id: newId(), referralId, action: 'CREATE', fromState: null, toState: 'DRAFT', actorUserId: viewer.userId, actorOrganisationId: viewer.organisationId, at });
    unit.audit({ action: 'REFERRAL_CREATE', objectType: 'Referral', objectId: referralId, subjectId, dataCategory: 'IDENTITY', purpose: 'REFERRAL' });
    return referralId;
  });
  return getReferral(ctx, { id });
}

type TMove = {
  /** Extra columns to set on the referral. */
  values?: Partial<repo.TReferralRow>;
  personal?: Partial<repo.TPersonalRow>;
  note?: string | null;
  /** More non-personal details for the move's audit record (e.g. which fields a correction changed). */
  auditDetails?: Record<string, string | string[]>;
  after?: (unit: TUnitOfWork, row: repo.TReferralRow) => void;
};

/**
 * One move of the state machine: the gate (NOT_FOUND, audited), the state table (INVALID_TRANSITION),
 * who may act (FORBIDDEN, audited), the optimistic version check, the timeline event and the audit record.
 */
function move(
  ctx: TContext,
  options: { id: string; action: TReferralAction; expectedVersion?: number; plan: (view: TReferralView, viewer: TViewer, now: Date) => TMove },
): TReferralView {
  const viewer = requireViewer(ctx.viewer);
  const auditAction = `REFERRAL_${options.action}` as const;
  const view = loadVisible(ctx, options.id, auditAction);
  // Retention erased its identifying data: it stays as a record of facts and can no longer be changed.
  if (view.row.erasedAt) {
    throw new AppError('INVALID_TRANSITION', 'This referral was erased under the retention rules and can no longer be changed', { state: view.row.state, action: options.action });
  }
  // The state table first: a move that no one may make in this state (e.g. acknowledging a draft,
  // which has no receiving authority yet) is INVALID_TRANSITION naming the state and the action.
  const to: TReferralState = transition(view.row.state as TReferralState, options.action);
  if (!mayPerform(viewer, view.row, options.action)) {
    refuse(ctx, REFERRAL_GATE, { id: view.row.id, row: view.row, attempted: auditAction, message: `Your organisation or role cannot ${options.action.toLowerCase().replace(/_/g, ' ')} this referral` });
  }
  if (options.expectedVersion !== undefined && options.expectedVersion !== view.row.version) {
    throw new AppError('CONFLICT', 'The referral has changed since you loaded it; reload and try again', { field: 'version' });
  }
  runAudited(ctx, (unit) => {
    const planned = options.plan(view, viewer, unit.now);
    const at = unit.now.toISOString();
    if (!repo.updateReferralAtVersion(unit.tx, view.row.id, view.row.version, { ...planned.values, state: to, updatedAt: at })) {
      throw new AppError('CONFLICT', 'The referral has changed since you loaded it; reload and try again', { field: 'version' });
    }
    if (planned.personal) repo.updatePersonalData(unit.tx, ctx.deps.sealer, view.row.id, planned.personal);
    repo.insertEvent(unit.tx, ctx.deps.sealer, {
      id: newId(),
      referralId: view.row.id,
      action: options.action,
      fromState: view.row.state,
      toState: to,
      actorUserId: viewer.userId,
      actorOrganisationId: viewer.organisationId,
      at,
      note: planned.note ?? null,
    });
    const changesIdentity = planned.personal !== undefined && Object.keys(planned.personal).length > 0;
    unit.audit({
      action: auditAction,
      objectType: 'Referral',
      objectId: view.row.id,
      subjectId: view.row.subjectId,
      dataCategory: changesIdentity ? 'IDENTITY' : null,
      purpose: view.access.purpose,
      details: { from: view.row.state, to, ...planned.auditDetails },
    });
    planned.after?.(unit, repo.findReferral(unit.tx, view.row.id)!);
  });
  return viewAfterMove(ctx, viewer, options.id);
}

/**
 * The referral as its actor sees it after a move. A move can end the actor's access (an authority
 * forwards to the other one): the move succeeded, so it answers with the non-identifying summary
 * that confirms it rather than NOT_FOUND; a later read is NOT_FOUND.
 */
function viewAfterMove(ctx: TContext, viewer: TViewer, id: string): TReferralView {
  const row = repo.findReferral(ctx.deps.db, id)!;
  const access = accessToReferral(ctx, viewer, row);
  if (access.level !== 'NONE') return { row, access };
  return { row, access: handedOverAccess() };
}

export function updateReferral(ctx: TContext, input: { id: string; version: number; input: unknown }): TReferralView {
  const changes = parseInput(ZUpdateReferralInput, input.input, 'input');
  assertBornBy(changes.subject?.dateOfBirth, ctx.deps.clock.now());
  if (changes.operationId && !isOperationVisible(ctx, changes.operationId)) throw badInput('input.operationId', 'Unknown operation', 'UNKNOWN_REFERENCE');
  return move(ctx, {
    id: input.id,
    action: 'UPDATE',
    expectedVersion: input.version,
    plan: ({ row }, _viewer, now) => {
      const current = repo.findPersonalData(ctx.deps.db, ctx.deps.sealer, [row.id])[0];
      const subject = changes.subject ?? {};
      const dateOfBirth = subject.dateOfBirth !== undefined ? subject.dateOfBirth : (current?.dateOfBirth ?? null);
      const estimatedAge = subject.estimatedAge !== undefined ? subject.estimatedAge : (current?.estimatedAge ?? null);
      const derived = facts({ dateOfBirth, estimatedAge, urgency: changes.urgency ?? (row.urgency as TUrgency), day: localDate(now) });
      const values: Partial<repo.TReferralRow> = { ...derived };
      if (subject.gender) values.gender = subject.gender;
      if (subject.nationality !== undefined) values.nationality = subject.nationality;
      if (subject.residenceStatus) values.residenceStatus = subject.residenceStatus;
      if (subject.languages) values.languages = [...new Set(subject.languages)];
      if (changes.suspectedExploitation) values.suspectedExploitation = [...new Set(changes.suspectedExploitation)];
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

export function submitReferral(ctx: TContext, input: { id: string }): TReferralView {
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
          indexReferral(unit.tx, ctx.deps.blindIndexKey, ctx.deps.sealer, { referralId: updated.id, at: unit.now });
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

export function withdrawReferral(ctx: TContext, input: { id: string; reason: string }): TReferralView {
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

export function acknowledgeReferral(ctx: TContext, input: { id: string }): TReferralView {
  return move(ctx, {
    id: input.id,
    action: 'ACKNOWLEDGE',
    plan: (_view, _viewer, now) => ({
      values: { acknowledgedAt: now.toISOString(), interviewBy: interviewBy({ receivedAt: now, config: ctx.deps.config.deadlines }).toISOString() },
      after: (unit, updated) => notifyReferrer(ctx, unit, updated, 'REFERRAL_RECEIVED'),
    }),
  });
}

export function forwardReferral(ctx: TContext, input: { id: string; toOrganisationCode: string; reason: string }): TReferralView {
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

export function scheduleIdentificationInterview(ctx: TContext, input: { id: string; at: Date }): TReferralView {
  return move(ctx, {
    id: input.id,
    action: 'SCHEDULE_INTERVIEW',
    plan: ({ row }) => {
      if (row.acknowledgedAt && input.at.toISOString() < row.acknowledgedAt) throw badInput('at', 'The interview cannot be before the referral was received', 'DATE_TOO_EARLY');
      return { values: { interviewAt: input.at.toISOString() } };
    },
  });
}

export function recordAssessment(ctx: TContext, input: { id: string; input: unknown }): TReferralView {
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

export function startReflectionPeriod(ctx: TContext, input: { id: string; startsOn: string; days?: number | null }): TReferralView {
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

export function extendReflectionPeriod(ctx: TContext, input: { id: string; days: number; reason: string }): TReferralView {
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

export function recordRepresentative(ctx: TContext, input: { id: string; name: string; appointedBy: string }): TReferralView {
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

export function closeReferral(ctx: TContext, input: { id: string; outcome: string; note?: string | null }): TReferralView {
  const note = parseInput(ZNote, input.note, 'note') ?? null;
  if (!(OUTCOMES as readonly string[]).includes(input.outcome)) throw badInput('outcome', 'Unknown outcome', 'NOT_ALLOWED_VALUE');
  return move(ctx, {
    id: input.id,
    action: 'CLOSE',
    plan: ({ row }, _viewer, now) => {
      if ((row.decision === 'NOT_TRAFFICKED') !== (input.outcome === 'NOT_TRAFFICKED')) {
        throw badInput('outcome', 'NOT_TRAFFICKED is the outcome exactly when the assessment was NOT_TRAFFICKED', 'OUTCOME_MISMATCH');
      }
      return { values: { outcome: input.outcome, closedAt: now.toISOString() }, note, after: (unit, updated) => notifyReferrer(ctx, unit, updated, 'REFERRAL_CLOSED') };
    },
  });
}

// --- Correcting the person's data after submission (GDPR Art. 16) -----------------------------

type TCorrectableField = keyof TSubjectCorrectionFields;
type TSubjectCorrectionFields = Required<ReturnType<typeof ZSubjectCorrectionInput.parse>>;

/** The data class each correctable field is read under: its old value is shown to exactly those who may read the field. */
export const CORRECTION_DATA_CLASS: Record<TCorrectableField, TReferralData> = {
  name: 'IDENTITY',
  alias: 'IDENTITY',
  dateOfBirth: 'IDENTITY',
  estimatedAge: 'IDENTITY',
  contact: 'CONTACT',
  whereabouts: 'WHEREABOUTS',
  gender: 'SUMMARY',
  nationality: 'SUMMARY',
  languages: 'SUMMARY',
};

const PERSONAL_FIELDS = ['name', 'alias', 'dateOfBirth', 'estimatedAge', 'contact', 'whereabouts'] as const;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The controller corrects the person's data at any state after submission and before closure:
 * versioned (a stale version is CONFLICT), each replaced value kept in the referral's history under
 * its field's data class, one audited unit with a timeline event whose note is the reason; the
 * blind index is recomputed, so the possible matches are those of the corrected data.
 */
export function correctSubjectData(ctx: TContext, input: { id: string; version: number; input: unknown; reason: string }): TReferralView {
  const changes = parseInput(ZSubjectCorrectionInput, input.input ?? {}, 'input');
  const reason = parseInput(ZReason, input.reason, 'reason');
  assertBornBy(changes.dateOfBirth, ctx.deps.clock.now(), 'input.dateOfBirth');
  return move(ctx, {
    id: input.id,
    action: 'CORRECT_SUBJECT',
    expectedVersion: input.version,
    plan: ({ row }, _viewer, now) => {
      const current = repo.findPersonalData(ctx.deps.db, ctx.deps.sealer, [row.id])[0];
      const before: Record<TCorrectableField, unknown> = {
        name: current?.name ?? null,
        alias: current?.alias ?? null,
        dateOfBirth: current?.dateOfBirth ?? null,
        estimatedAge: current?.estimatedAge ?? null,
        contact: current?.contact ?? null,
        whereabouts: current?.whereabouts ?? null,
        gender: row.gender,
        nationality: row.nationality,
        languages: row.languages,
      };
      // In one fixed order (the table's), whatever the order of the input.
      const corrected = (Object.keys(CORRECTION_DATA_CLASS) as TCorrectableField[]).filter((field) => {
        const value = field === 'languages' ? [...new Set(changes.languages ?? [])] : field === 'gender' ? (changes.gender ?? 'UNKNOWN') : changes[field];
        return changes[field] !== undefined && !sameValue(value, before[field]);
      });
      if (corrected.length === 0) throw badInput('input', 'Nothing to correct: every value given is the one recorded', 'NOTHING_TO_CHANGE');
      const personal: Partial<repo.TPersonalRow> = {};
      for (const field of PERSONAL_FIELDS) if (corrected.includes(field)) (personal as Record<string, unknown>)[field] = changes[field] ?? null;
      const dateOfBirth = corrected.includes('dateOfBirth') ? (changes.dateOfBirth ?? null) : (current?.dateOfBirth ?? null);
      const estimatedAge = corrected.includes('estimatedAge') ? (changes.estimatedAge ?? null) : (current?.estimatedAge ?? null);
      // The age band and minority follow the corrected age (as of submission: the band is the age at referral).
      const day = row.submittedAt ? localDate(new Date(row.submittedAt)) : localDate(now);
      const values: Partial<repo.TReferralRow> = { ...facts({ dateOfBirth, estimatedAge, urgency: row.urgency as TUrgency, day }) };
      if (corrected.includes('gender')) values.gender = changes.gender ?? 'UNKNOWN';
      if (corrected.includes('nationality')) values.nationality = changes.nationality ?? null;
      if (corrected.includes('languages')) values.languages = [...new Set(changes.languages ?? [])];
      return {
        values,
        personal,
        note: reason,
        auditDetails: { fields: corrected },
        after: (unit, updated) => {
          const event = repo.findEvents(unit.tx, ctx.deps.sealer, [updated.id]).at(-1)!;
          const first = repo.nextCorrectionPosition(unit.tx, updated.id);
          repo.insertCorrections(
            unit.tx,
            ctx.deps.sealer,
            corrected.map((field, i) => ({
              id: newId(),
              referralId: updated.id,
              eventId: event.id,
              field,
              dataClass: CORRECTION_DATA_CLASS[field],
              previous: before[field] === null || before[field] === undefined ? null : JSON.stringify(before[field]),
              position: first + i,
            })),
          );
          // Matching works on the corrected name and date of birth from now on.
          indexReferral(unit.tx, ctx.deps.blindIndexKey, ctx.deps.sealer, { referralId: updated.id, at: unit.now });
        },
      };
    },
  });
}

// --- Listing -----------------------------------------------------------------------------------

export type TReferralListInput = {
  filter?: (Omit<repo.TReferralFilter, 'referringOrganisationId'> & { referringOrganisationCode?: string | null }) | null;
  first?: number | null;
  after?: string | null;
};

/** Referrals are listed newest first: the cursor is the last row's [createdAt, id]. */
export function referralCursor(row: repo.TReferralRow): string {
  return encodeCursor([row.createdAt, row.id]);
}

export function listReferrals(ctx: TContext, input: TReferralListInput) {
  const viewer = requireViewer(ctx.viewer);
  const first = pageSize(input.first, { fallback: 20, max: 100 });
  const [createdAt, id] = input.after ? decodeCursor(input.after, ['string', 'string']) : [];
  const after = createdAt !== undefined && id !== undefined ? { createdAt, id } : null;
  const { referringOrganisationCode, ...rest } = input.filter ?? {};
  let referringOrganisationId: string | null = null;
  if (referringOrganisationCode) {
    referringOrganisationId = findOrganisationByCode(ctx.deps.db, referringOrganisationCode)?.id ?? null;
    if (!referringOrganisationId) throw badInput('filter.referringOrganisationCode', 'Unknown organisation', 'UNKNOWN_ORGANISATION');
  }
  if (rest.text && rest.text.length > 100) throw badInput('filter.text', 'At most 100 characters', 'TOO_LONG', { limit: 100 });
  const clockNow = ctx.deps.clock.now();
  const now = clockNow.toISOString();
  const result = repo.listReferrals(ctx.deps.db, {
    scope: referralListScope(viewer, clockNow),
    filter: { ...rest, referringOrganisationId },
    now,
    first: first + 1,
    after,
  });
  const { rows, pageInfo } = pageOf(result.rows, first, referralCursor);
  const sharing = referralSharing(ctx, viewer, rows.map((row) => row.id));
  const views = rows.map((row) => ({ row, access: referralAccess(viewer, row, sharing(row.id)) })).filter((v) => v.access.level !== 'NONE');
  // The criteria are recorded, but free text only as a hash: someone may type a name into it.
  const criteria: Record<string, string> = {};
  for (const [key, value] of Object.entries(rest)) if (value !== null && value !== undefined && key !== 'text') criteria[key] = String(value);
  if (referringOrganisationCode) criteria.referringOrganisationCode = referringOrganisationCode;
  if (rest.text) criteria.textSha256 = sha256Hex(rest.text);
  recordAudit(ctx, [
    { action: 'REFERRAL_SEARCH', objectType: 'Referral', purpose: 'CASE_HANDLING', details: { ...criteria, results: views.length, totalCount: result.totalCount } },
    // One record per person the search returned, so the subject access report lists search hits.
    ...views.map((v) => ({ action: 'REFERRAL_SEARCH_HIT' as const, objectType: 'Referral', objectId: v.row.id, subjectId: v.row.subjectId, purpose: v.access.purpose })),
  ]);
  return {
    edges: views.map((view) => ({ cursor: referralCursor(view.row), node: view })),
    pageInfo,
    totalCount: result.totalCount,
  };
}

// --- Deadlines ---------------------------------------------------------------------------------

export function reflectionEndsOn(row: Pick<repo.TReferralRow, 'reflectionStartsOn' | 'reflectionDays'>): string | null {
  return row.reflectionStartsOn && row.reflectionDays ? addDays(row.reflectionStartsOn, row.reflectionDays) : null;
}

export function isOverdue(row: repo.TReferralRow, now: Date): boolean {
  const at = now.toISOString();
  const late = (deadline: string | null) => !!deadline && deadline < at;
  // The interview must be held by its deadline: one scheduled for later is overdue from the
  // deadline until it is held.
  return (
    (row.state === 'SUBMITTED' && late(row.acknowledgeBy)) ||
    (row.state === 'RECEIVED' && late(row.interviewBy)) ||
    (row.state === 'UNDER_ASSESSMENT' && late(row.interviewBy) && !!row.interviewAt && row.interviewAt > row.interviewBy! && row.interviewAt > at)
  );
}

/**
 * Sends each deadline notice once: a missed acknowledgement or interview to the receiving
 * organisation's coordinators; a reflection period ending in 7 days and in 1 day to the
 * competent authority. A notice already sent is never sent again, however often this runs.
 */
export function notifyDeadlines(ctx: TContext, now: Date): { acknowledgement: number; interview: number; reflection: number } {
  const counts = { acknowledgement: 0, interview: 0, reflection: 0 };
  const today = localDate(now);
  for (const row of repo.findDeadlineCandidates(ctx.deps.db, now.toISOString())) {
    const notices: Array<{ kind: TNotificationKind; dueAt: string; organisationId: string | null; roles: readonly string[]; counter: keyof typeof counts }> = [];
    if (row.state === 'SUBMITTED' && row.acknowledgeBy) {
      notices.push({ kind: 'ACKNOWLEDGEMENT_OVERDUE', dueAt: row.acknowledgeBy, organisationId: row.receivingOrganisationId, roles: ['COORDINATOR'], counter: 'acknowledgement' });
    }
    if ((row.state === 'RECEIVED' || row.state === 'UNDER_ASSESSMENT') && row.interviewBy) {
      notices.push({ kind: 'INTERVIEW_OVERDUE', dueAt: row.interviewBy, organisationId: row.receivingOrganisationId, roles: ['COORDINATOR'], counter: 'interview' });
    }
    const endsOn = row.state === 'IN_SUPPORT' ? reflectionEndsOn(row) : null;
    if (endsOn && today < endsOn) {
      for (const [kind, daysBefore] of [['REFLECTION_PERIOD_ENDS_IN_7_DAYS', 7], ['REFLECTION_PERIOD_ENDS_IN_1_DAY', 1]] as const) {
        if (today >= addDays(endsOn, -daysBefore)) {
          notices.push({ kind, dueAt: endsOn, organisationId: row.competentAuthorityId, roles: AUTHORITY_RECIPIENT_ROLES, counter: 'reflection' });
        }
      }
    }
    for (const notice of notices) {
      // A notice sent already is passed over without a transaction: the job runs every five
      // minutes, and an audit record per run per sent notice would grow the trail without end.
      if (repo.deadlineNoticeSent(ctx.deps.db, { referralId: row.id, kind: notice.kind, dueAt: notice.dueAt })) continue;
      runAudited(ctx, (unit) => {
        if (!repo.claimDeadlineNotice(unit.tx, { referralId: row.id, kind: notice.kind, dueAt: notice.dueAt, sentAt: unit.now.toISOString() })) {
          unit.audit({ action: 'DEADLINE_NOTICE_SKIPPED', objectType: 'Referral', objectId: row.id, details: { kind: notice.kind } });
          return;
        }
        notifyOrganisation(ctx, unit, { organisationId: notice.organisationId, roles: notice.roles, kind: notice.kind, referralId: row.id });
        unit.audit({ action: 'DEADLINE_NOTICE', objectType: 'Referral', objectId: row.id, details: { kind: notice.kind } });
        counts[notice.counter] += 1;
      });
    }
  }
  return counts;
}

// --- For other modules ---------------------------------------------------------------------------
// A consent recorded by sharing (consent.service.ts) is an event in the referral's history, written
// in the same unit of work.
export { insertEvent as insertReferralEvent } from './referrals.repo.js';
// Retention's purge (retention.repo.ts) blanks the values of a purged referral's corrections.
export { eraseCorrectionValues } from './referrals.repo.js';
// The grants covering referrals: every reader of a referral's access (sharing, case complexes) asks here.
export { findCandidateGrants, findGrantsCovering, referralSharing, type TGrantRow } from './referral-grants.js';

// Reference-group reviews (PRODUCT.md journey 4): a region's referrals for a period, aggregated
// and pseudonymised, with small counts suppressed (reference-groups.policy.ts), what is overdue,
// medians of the handling times, and the group's own review notes. Every read is audited.
import type { TAuditAction } from '../../core/audit-actions.js';
import { z } from 'zod';
import { mayReviewRegion, REVIEW_REGIONS, requireViewer, type TViewer } from '../../core/access.js';
import { recordAudit, runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import { localDate, zonedTime } from '../../core/calendar.js';
import { isOverdue } from '../referrals/referrals.service.js';
import { DECISIONS, EXPLOITATION_FORMS, isRealDate, SECTORS, URGENCIES, type TRegion } from '../../core/vocabulary.js';
import { addDays } from '../../core/calendar.js';
import { protectedMedian, suppressTable, type TTable } from './reference-groups.policy.js';
import * as repo from './reference-groups.repo.js';

const REVIEW_STATES = ['SUBMITTED', 'RECEIVED', 'UNDER_ASSESSMENT', 'ASSESSED', 'IN_SUPPORT', 'CLOSED', 'WITHDRAWN'] as const;
const ORGANISATION_KINDS = ['POLICE', 'PROSECUTION', 'CMM', 'IMMIGRATION', 'RETURN', 'TAX', 'LABOUR', 'NGO', 'UNION', 'OTHER'] as const;
/** A review covers at most about three years: enough for any yearly comparison, bounded in cost. */
const MAX_PERIOD_DAYS = 3 * 366;
const DAY_MS = 86_400_000;

const ZDay = z.string().refine(isRealDate, { message: 'Must be a real date, YYYY-MM-DD', params: { rule: 'INVALID_DATE' } });
const ZNoteText = z.string().trim().min(3, 'Write the note (at least 3 characters)').max(5000, 'At most 5000 characters');

function parsePeriod(input: { region: unknown; from: unknown; to: unknown }, names: { from: string; to: string }) {
  // The fields are named as the operation names them (from/to, periodFrom/periodTo).
  const { region } = parseInput(z.object({ region: z.enum(REVIEW_REGIONS) }), { region: input.region });
  const raw = parseInput(z.object({ [names.from]: ZDay, [names.to]: ZDay }), { [names.from]: input.from, [names.to]: input.to });
  const period = { region, from: raw[names.from] as string, to: raw[names.to] as string };
  if (period.to < period.from) throw badInput(names.to, 'The period ends before it starts', 'END_BEFORE_START');
  const days = (Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / DAY_MS;
  if (days > MAX_PERIOD_DAYS) throw badInput(names.to, 'A period of at most three years', 'PERIOD_TOO_LONG');
  return period;
}

/** The region must be one the viewer's group reviews; a refusal is audited. */
function requireReviewer(ctx: TContext, region: string, action: TAuditAction): TViewer {
  const viewer = requireViewer(ctx.viewer);
  if (!mayReviewRegion(viewer, region) || !viewer.referenceGroup) {
    recordAudit(ctx, [{ action, objectType: 'Region', objectId: region, outcome: 'DENIED', details: { reason: 'NOT_IN_GROUP', referenceGroup: viewer.referenceGroup } }]);
    throw new AppError('FORBIDDEN', 'Your reference group does not review this region');
  }
  return viewer;
}

function wholeDays(fromIso: string, to: string): number {
  return (Date.parse(to) - Date.parse(fromIso)) / DAY_MS;
}

function countBy(rows: readonly repo.TReviewRow[], keys: readonly string[], keyOf: (r: repo.TReviewRow) => string | string[], additive: boolean): TTable {
  const counts = new Map(keys.map((k) => [k, 0]));
  for (const row of rows) {
    const values = keyOf(row);
    for (const k of new Set(Array.isArray(values) ? values : [values])) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return suppressTable({ counts: [...counts].map(([key, count]) => ({ key, count })), total: rows.length, additive });
}

export type TReview = ReturnType<typeof buildReview> & { region: TRegion; from: string; to: string; notes: repo.TNoteRow[] };

/** The review's figures from the non-identifying facts of the referrals (pure but for `now`). */
export function buildReview(rows: readonly repo.TReviewRow[], now: Date) {
  const assessed = rows.filter((r) => r.decision !== null);
  const nowIso = now.toISOString();
  const overdue = rows
    .filter((r) => isOverdue(r as never, now))
    .map((r) => {
      const due = r.state === 'SUBMITTED' ? r.acknowledgeBy! : r.interviewBy!;
      return {
        reference: r.reference,
        ageBand: r.ageBand,
        suspectedExploitation: r.suspectedExploitation,
        deadline: r.state === 'SUBMITTED' ? 'ACKNOWLEDGEMENT' : 'INTERVIEW',
        daysOverdue: Math.floor(wholeDays(due, nowIso)),
        receivingOrganisationId: r.receivingOrganisationId,
      };
    })
    .sort((x, y) => y.daysOverdue - x.daysOverdue || x.reference.localeCompare(y.reference));
  const submitted = (r: repo.TReviewRow) => r.submittedAt!;
  return {
    byState: countBy(rows, REVIEW_STATES, (r) => r.state, true),
    byUrgency: countBy(rows, URGENCIES, (r) => r.urgency, true),
    // A referral may suspect several forms: its rows overlap and do not add up to the total.
    byExploitationForm: countBy(rows, EXPLOITATION_FORMS, (r) => r.suspectedExploitation, false),
    bySector: countBy(rows, [...SECTORS, 'NOT_GIVEN'], (r) => r.sector ?? 'NOT_GIVEN', true),
    byReferringOrganisationKind: countBy(rows, ORGANISATION_KINDS, (r) => r.referringKind, true),
    byAssessmentDecision: countBy(assessed, DECISIONS, (r) => r.decision!, true),
    overdue,
    medianDays: {
      toAcknowledgement: protectedMedian(rows.filter((r) => r.acknowledgedAt).map((r) => wholeDays(submitted(r), r.acknowledgedAt!))),
      toInterview: protectedMedian(rows.filter((r) => r.interviewAt && r.interviewAt <= nowIso).map((r) => wholeDays(submitted(r), r.interviewAt!))),
      toAssessment: protectedMedian(
        assessed.filter((r) => r.assessedOn).map((r) => wholeDays(`${localDate(new Date(submitted(r)))}T00:00:00Z`, `${r.assessedOn}T00:00:00Z`)),
      ),
    },
  };
}

export function getReview(ctx: TContext, input: { region: TRegion; from: string; to: string }): TReview {
  const period = parsePeriod(input, { from: 'from', to: 'to' });
  const viewer = requireReviewer(ctx, period.region, 'REFERENCE_GROUP_REVIEW_READ');
  const rows = repo.findSubmittedInRegion(ctx.deps.db, {
    region: period.region,
    fromIso: zonedTime(period.from, 0, 0, 0).toISOString(),
    toIso: zonedTime(addDays(period.to, 1), 0, 0, 0).toISOString(),
  });
  const review = buildReview(rows, ctx.deps.clock.now());
  const notes = repo.findNotes(ctx.deps.db, ctx.deps.sealer, { referenceGroup: viewer.referenceGroup!, region: period.region, from: period.from, to: period.to });
  recordAudit(ctx, [
    {
      action: 'REFERENCE_GROUP_REVIEW_READ',
      objectType: 'Region',
      objectId: period.region,
      purpose: 'REFERENCE_GROUP_REVIEW',
      details: { referenceGroup: viewer.referenceGroup, from: period.from, to: period.to, referrals: rows.length, overdue: review.overdue.length, notes: notes.length },
    },
  ]);
  return { ...review, region: period.region, from: period.from, to: period.to, notes };
}

export function addReviewNote(ctx: TContext, input: { region: string; periodFrom: string; periodTo: string; text: string }): repo.TNoteRow {
  const period = parsePeriod({ region: input.region, from: input.periodFrom, to: input.periodTo }, { from: 'periodFrom', to: 'periodTo' });
  const text = parseInput(ZNoteText, input.text, 'text');
  const viewer = requireReviewer(ctx, period.region, 'REVIEW_NOTE_ADD');
  const id = runAudited(ctx, (unit) => {
    const noteId = newId();
    repo.insertNote(unit.tx, ctx.deps.sealer, {
      id: noteId,
      referenceGroup: viewer.referenceGroup!,
      region: period.region,
      periodFrom: period.from,
      periodTo: period.to,
      text,
      authorUserId: viewer.userId,
      createdAt: unit.now.toISOString(),
    });
    unit.audit({ action: 'REVIEW_NOTE_ADD', objectType: 'ReviewNote', objectId: noteId, purpose: 'REFERENCE_GROUP_REVIEW', details: { referenceGroup: viewer.referenceGroup, region: period.region } });
    return noteId;
  });
  return repo.findNote(ctx.deps.db, ctx.deps.sealer, id)!;
}

export type { TTable } from './reference-groups.policy.js';
export type { TNoteRow } from './reference-groups.repo.js';

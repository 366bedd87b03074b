// Reference-group reviews (PRODUCT.md journey 4, issue 14): a region's referrals for a period (or
// the whole country's), aggregated and pseudonymised — counts that describe persons suppressed
// below 3 (reference-groups.policy.ts), counts of the process shown — what is overdue, deadlines
// met, medians of the handling times, the referrals one by one without identity, and the groups'
// notes and recommendations. Who sees which regions and notes: reviewScope in core/access.ts.
// Every read is audited.
import type { TAuditAction } from '../../core/audit-actions.js';
import { z } from 'zod';
import { REVIEW_REGIONS, requireViewer, reviewScope, type TReviewScope } from '../../core/access.js';
import { recordAudit, runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import { localDate, zonedTime } from '../../core/calendar.js';
import { AGE_BANDS, isOverdue } from '../referrals/referrals.service.js';
import { DECISIONS, EXPLOITATION_FORMS, GENDERS, isRealDate, SECTORS, URGENCIES, type TRegion } from '../../core/vocabulary.js';
import { addDays } from '../../core/calendar.js';
import { processMedian, processTable, suppressTable, type TTable } from './reference-groups.policy.js';
import * as repo from './reference-groups.repo.js';

const REVIEW_STATES = ['SUBMITTED', 'RECEIVED', 'UNDER_ASSESSMENT', 'ASSESSED', 'IN_SUPPORT', 'CLOSED', 'WITHDRAWN'] as const;
const ORGANISATION_KINDS = ['POLICE', 'PROSECUTION', 'CMM', 'IMMIGRATION', 'RETURN', 'TAX', 'LABOUR', 'NGO', 'UNION', 'OTHER'] as const;
/** A review covers at most about three years: enough for any yearly comparison, bounded in cost. */
const MAX_PERIOD_DAYS = 3 * 366;
const DAY_MS = 86_400_000;
export const REVIEW_PERIODS = ['QUARTER', 'LAST_12_MONTHS', 'YEAR_TO_DATE'] as const;
export type TReviewPeriod = (typeof REVIEW_PERIODS)[number];

const ZDay = z.string().refine(isRealDate, { message: 'Must be a real date, YYYY-MM-DD', params: { rule: 'INVALID_DATE' } });
const ZNoteText = z.string().trim().min(3, 'Write the note (at least 3 characters)').max(5000, 'At most 5000 characters');

function checkSpan(period: { from: string; to: string }, toField: string): void {
  if (period.to < period.from) throw badInput(toField, 'The period ends before it starts', 'END_BEFORE_START');
  const days = (Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / DAY_MS;
  if (days > MAX_PERIOD_DAYS) throw badInput(toField, 'A period of at most three years', 'PERIOD_TOO_LONG');
}

function parsePeriod(input: { region: unknown; from: unknown; to: unknown }, names: { from: string; to: string }) {
  // The fields are named as the operation names them (from/to, periodFrom/periodTo).
  const { region } = parseInput(z.object({ region: z.enum(REVIEW_REGIONS) }), { region: input.region });
  const raw = parseInput(z.object({ [names.from]: ZDay, [names.to]: ZDay }), { [names.from]: input.from, [names.to]: input.to });
  const period = { region, from: raw[names.from] as string, to: raw[names.to] as string };
  checkSpan(period, names.to);
  return period;
}

/** The days a named period covers, counted back from today (local time). */
export function periodDays(period: TReviewPeriod, today: string): { from: string; to: string } {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  if (period === 'YEAR_TO_DATE') return { from: `${year}-01-01`, to: today };
  if (period === 'QUARTER') return { from: `${year}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`, to: today };
  // 29 February a year back is 1 March: the day after it, 2 March, starts the twelve months.
  const yearBack = new Date(Date.UTC(year - 1, month - 1, day)).toISOString().slice(0, 10);
  return { from: addDays(yearBack, 1), to: today };
}

/** The review's period: either a named one or both dates. */
function reviewPeriodOf(ctx: TContext, input: { from?: string | null; to?: string | null; period?: string | null }): { from: string; to: string } {
  const dates = input.from != null || input.to != null;
  if (input.period != null && dates) throw badInput('period', 'Give either a period or the dates from and to, not both', 'EXACTLY_ONE_OF');
  if (input.period != null) {
    const period = parseInput(z.enum(REVIEW_PERIODS), input.period, 'period');
    return periodDays(period, localDate(ctx.deps.clock.now()));
  }
  if (!dates) throw badInput('period', 'Give a period, or the dates from and to', 'REQUIRED');
  const raw = parseInput(z.object({ from: ZDay, to: ZDay }), { from: input.from, to: input.to });
  checkSpan(raw, 'to');
  return raw;
}

/** The viewer's review scope, covering the region (null: the whole country); a refusal is audited. */
async function requireReviewScope(ctx: TContext, region: string | null, action: TAuditAction): Promise<TReviewScope> {
  const viewer = requireViewer(ctx.viewer);
  const scope = reviewScope(viewer);
  if (!scope || (region === null ? !scope.national : !scope.regions.includes(region))) {
    await recordAudit(ctx, [
      { action, objectType: 'Region', objectId: region ?? 'DK', outcome: 'DENIED', details: { reason: 'NOT_IN_GROUP', referenceGroup: viewer.referenceGroup } },
    ]);
    throw new AppError('FORBIDDEN', region === null ? 'Only the national reference group and CMM review the whole country' : 'Your reference group does not review this region');
  }
  return scope;
}

function wholeDays(fromIso: string, to: string): number {
  return (Date.parse(to) - Date.parse(fromIso)) / DAY_MS;
}

function tally(rows: readonly repo.TReviewRow[], keys: readonly string[], keyOf: (r: repo.TReviewRow) => string | string[]): Array<{ key: string; count: number }> {
  const counts = new Map(keys.map((k) => [k, 0]));
  for (const row of rows) {
    const values = keyOf(row);
    for (const k of new Set(Array.isArray(values) ? values : [values])) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, count }));
}

/** Counts that describe persons: suppressed. */
function personalCounts(rows: readonly repo.TReviewRow[], keys: readonly string[], keyOf: (r: repo.TReviewRow) => string | string[], additive: boolean): TTable {
  return suppressTable({ counts: tally(rows, keys, keyOf), total: rows.length, additive });
}

/** Counts of the process: shown. */
function processCounts(rows: readonly repo.TReviewRow[], keys: readonly string[], keyOf: (r: repo.TReviewRow) => string): TTable {
  return processTable({ counts: tally(rows, keys, keyOf), total: rows.length });
}

type TInTime = boolean | null;

/** Whether the referral was acknowledged by its deadline: null while not yet due (or withdrawn unacknowledged before it). */
export function acknowledgementInTime(r: repo.TReviewRow, nowIso: string): TInTime {
  if (!r.acknowledgeBy) return null;
  if (r.acknowledgedAt) return r.acknowledgedAt <= r.acknowledgeBy;
  if (r.state === 'SUBMITTED') return r.acknowledgeBy < nowIso ? false : null;
  return null;
}

/** Whether the identification interview was held by its deadline: null while not yet due, or when none was due. */
export function interviewInTime(r: repo.TReviewRow, nowIso: string): TInTime {
  if (!r.interviewBy) return null;
  if (r.interviewAt && r.interviewAt <= nowIso) return r.interviewAt <= r.interviewBy;
  if (r.state === 'RECEIVED' || r.state === 'UNDER_ASSESSMENT') return r.interviewBy < nowIso ? false : null;
  return null;
}

function deadlineFigures(values: readonly TInTime[], dueExists: readonly boolean[]) {
  return {
    met: values.filter((v) => v === true).length,
    missed: values.filter((v) => v === false).length,
    pending: values.filter((v, i) => v === null && dueExists[i]).length,
  };
}

export type TReviewCase = {
  id: string;
  reference: string;
  pseudonym: string;
  region: TRegion;
  suspectedExploitation: string[];
  sector: string | null;
  state: string;
  submittedAt: string;
  acknowledgementInTime: TInTime;
  interviewInTime: TInTime;
  notes: repo.TNoteRow[];
};

export type TReview = Omit<ReturnType<typeof buildReview>, 'cases'> & {
  region: TRegion | null;
  from: string;
  to: string;
  cases: TReviewCase[];
  notes: repo.TNoteRow[];
  recommendations: repo.TNoteRow[];
  mayAddNotes: boolean;
};

/** The review's figures from the non-identifying facts of the referrals (pure but for `now`). */
function isOneOfBands(band: string): boolean {
  return (AGE_BANDS as readonly string[]).includes(band);
}

export function buildReview(rows: readonly repo.TReviewRow[], now: Date) {
  const assessed = rows.filter((r) => r.decision !== null);
  const nowIso = now.toISOString();
  const overdue = rows
    .filter((r) => isOverdue(r as never, now))
    .map((r) => {
      const due = r.state === 'SUBMITTED' ? r.acknowledgeBy! : r.interviewBy!;
      return {
        reference: r.reference,
        // The age band describes the person: beside a reference it would undo byAgeBand's suppression.
        ageBand: null,
        suspectedExploitation: r.suspectedExploitation,
        deadline: r.state === 'SUBMITTED' ? 'ACKNOWLEDGEMENT' : 'INTERVIEW',
        daysOverdue: Math.floor(wholeDays(due, nowIso)),
        receivingOrganisationId: r.receivingOrganisationId,
      };
    })
    .sort((x, y) => y.daysOverdue - x.daysOverdue || x.reference.localeCompare(y.reference));
  const submitted = (r: repo.TReviewRow) => r.submittedAt!;
  const acknowledgements = rows.map((r) => acknowledgementInTime(r, nowIso));
  const interviews = rows.map((r) => interviewInTime(r, nowIso));
  return {
    // The process: not personal data, shown whatever the numbers.
    byState: processCounts(rows, REVIEW_STATES, (r) => r.state),
    byReferringOrganisationKind: processCounts(rows, ORGANISATION_KINDS, (r) => r.referringKind),
    // What describes the persons: suppressed below 3.
    byUrgency: personalCounts(rows, URGENCIES, (r) => r.urgency, true),
    // A referral may suspect several forms: its rows overlap and do not add up to the total.
    byExploitationForm: personalCounts(rows, EXPLOITATION_FORMS, (r) => r.suspectedExploitation, false),
    bySector: personalCounts(rows, [...SECTORS, 'NOT_GIVEN'], (r) => r.sector ?? 'NOT_GIVEN', true),
    byAssessmentDecision: suppressTable({ counts: tally(assessed, DECISIONS, (r) => r.decision!), total: assessed.length, additive: true }),
    byGender: personalCounts(rows, GENDERS, (r) => r.gender, true),
    byAgeBand: personalCounts(rows, AGE_BANDS, (r) => (isOneOfBands(r.ageBand) ? r.ageBand : 'UNKNOWN'), true),
    overdue,
    deadlines: {
      acknowledgement: deadlineFigures(acknowledgements, rows.map((r) => !!r.acknowledgeBy && (r.state === 'SUBMITTED' || !!r.acknowledgedAt))),
      interview: deadlineFigures(interviews, rows.map((r) => !!r.interviewBy && (r.state === 'RECEIVED' || r.state === 'UNDER_ASSESSMENT'))),
    },
    medianDays: {
      toAcknowledgement: processMedian(rows.filter((r) => r.acknowledgedAt).map((r) => wholeDays(submitted(r), r.acknowledgedAt!))),
      toInterview: processMedian(rows.filter((r) => r.interviewAt && r.interviewAt <= nowIso).map((r) => wholeDays(submitted(r), r.interviewAt!))),
      toAssessment: processMedian(
        assessed.filter((r) => r.assessedOn).map((r) => wholeDays(`${localDate(new Date(submitted(r)))}T00:00:00Z`, `${r.assessedOn}T00:00:00Z`)),
      ),
    },
    // The case list: no identity and no gender, nationality or age band (they describe the person).
    cases: rows.map((r, i) => ({
      id: r.id,
      reference: r.reference,
      pseudonym: r.pseudonym,
      region: r.region,
      suspectedExploitation: r.suspectedExploitation as string[],
      sector: r.sector,
      state: r.state,
      submittedAt: r.submittedAt!,
      acknowledgementInTime: acknowledgements[i]!,
      interviewInTime: interviews[i]!,
    })),
  };
}

export async function getReview(ctx: TContext, input: { region?: TRegion | null; from?: string | null; to?: string | null; period?: string | null }): Promise<TReview> {
  const region = input.region == null ? null : parseInput(z.object({ region: z.enum(REVIEW_REGIONS) }), { region: input.region }).region;
  const period = reviewPeriodOf(ctx, input);
  const scope = await requireReviewScope(ctx, region, 'REFERENCE_GROUP_REVIEW_READ');
  const viewer = requireViewer(ctx.viewer);
  const regions: TRegion[] = region ? [region] : [...REVIEW_REGIONS];
  const rows = repo.findSubmittedInRegions(ctx.deps.db, {
    regions,
    fromIso: zonedTime(period.from, 0, 0, 0).toISOString(),
    toIso: zonedTime(addDays(period.to, 1), 0, 0, 0).toISOString(),
  });
  const { cases, ...review } = buildReview(rows, ctx.deps.clock.now());
  const allNotes = repo.findNotes(ctx.deps.db, ctx.deps.sealer, {
    referenceGroup: scope.allGroupsNotes ? null : scope.writesAsGroup,
    regions,
    from: period.from,
    to: period.to,
    referralIds: cases.map((c) => c.id),
  });
  const notesOf = new Map<string, repo.TNoteRow[]>();
  for (const note of allNotes) if (note.referralId) notesOf.set(note.referralId, [...(notesOf.get(note.referralId) ?? []), note]);
  const notes = allNotes.filter((n) => n.referralId === null);
  await recordAudit(ctx, [
    {
      action: 'REFERENCE_GROUP_REVIEW_READ',
      objectType: 'Region',
      objectId: region ?? 'DK',
      purpose: 'REFERENCE_GROUP_REVIEW',
      details: { referenceGroup: viewer.referenceGroup, from: period.from, to: period.to, referrals: rows.length, overdue: review.overdue.length, notes: allNotes.length },
    },
  ]);
  return {
    ...review,
    region,
    from: period.from,
    to: period.to,
    cases: cases.map((c) => ({ ...c, notes: notesOf.get(c.id) ?? [] })),
    notes,
    recommendations: allNotes.filter((n) => n.recommendation),
    mayAddNotes: region !== null && scope.writesAsGroup !== null,
  };
}

export async function addReviewNote(
  ctx: TContext,
  input: { region: string; periodFrom: string; periodTo: string; text: string; referralId?: string | null; recommendation?: boolean | null },
): Promise<repo.TNoteRow> {
  const period = parsePeriod({ region: input.region, from: input.periodFrom, to: input.periodTo }, { from: 'periodFrom', to: 'periodTo' });
  const text = parseInput(ZNoteText, input.text, 'text');
  const scope = await requireReviewScope(ctx, period.region, 'REVIEW_NOTE_ADD');
  const viewer = requireViewer(ctx.viewer);
  if (!scope.writesAsGroup) {
    await recordAudit(ctx, [{ action: 'REVIEW_NOTE_ADD', objectType: 'Region', objectId: period.region, outcome: 'DENIED', details: { reason: 'NOT_PERMITTED', referenceGroup: null } }]);
    throw new AppError('FORBIDDEN', 'Only a reference group writes review notes');
  }
  const group = scope.writesAsGroup;
  // Whether the referral exists outside the region is not told: the same answer as for no referral.
  const referralId = input.referralId ?? null;
  if (referralId !== null && !repo.isSubmittedInRegion(ctx.deps.db, { referralId, region: period.region })) {
    throw badInput('referralId', 'No referral of this region in the review', 'UNKNOWN_REFERENCE');
  }
  const recommendation = input.recommendation === true;
  const id = await runAudited(ctx, (unit) => {
    const noteId = newId();
    repo.insertNote(unit.tx, ctx.deps.sealer, {
      id: noteId,
      referenceGroup: group,
      region: period.region,
      periodFrom: period.from,
      periodTo: period.to,
      text,
      referralId,
      recommendation,
      authorUserId: viewer.userId,
      createdAt: unit.now.toISOString(),
    });
    unit.audit({
      action: 'REVIEW_NOTE_ADD',
      objectType: 'ReviewNote',
      objectId: noteId,
      purpose: 'REFERENCE_GROUP_REVIEW',
      details: { referenceGroup: group, region: period.region, referralId, recommendation },
    });
    return noteId;
  });
  return repo.findNote(ctx.deps.db, ctx.deps.sealer, id)!;
}

export type { TTable } from './reference-groups.policy.js';
export type { TNoteRow } from './reference-groups.repo.js';

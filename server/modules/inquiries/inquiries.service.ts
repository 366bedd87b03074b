// CMM's hotline inquiries (issue 14): a call recorded without a referral and without anyone's
// identity — when, from which organisation or an anonymous caller, what about, what it led to — and
// counted per year by kind, source and outcome. Who may record and read: core/access.ts (CMM's
// CASEWORKERs and COORDINATORs; the counts also its ANALYSTs), docs/adr/0024-hotline-inquiries.md.
import { z } from 'zod';
import { mayReadInquiryStatistics, mayRecordInquiry, requireViewer, type TViewer } from '../../core/access.js';
import { recordAudit, recordReadAudit, runAudited } from '../../core/audit.js';
import type { TAuditAction } from '../../core/audit-actions.js';
import { addDays, zonedTime } from '../../core/calendar.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import { isRealDate } from '../../core/vocabulary.js';
import { findOrganisationByCode } from '../organisations/organisations.service.js';
import { isOperationVisible } from '../operations/operations.service.js';
import { findReferral } from '../referrals/referrals.service.js';
import { addMonths, shred } from '../retention/retention.service.js';
import * as repo from './inquiries.repo.js';

export const INQUIRY_KINDS = ['ADVANCE_NOTICE_OF_OPERATION', 'PERSON_IN_CUSTODY', 'ADVICE', 'TIP_ABOUT_PLACE', 'OTHER'] as const;
export const INQUIRY_OUTCOMES = ['REFERRAL', 'OPERATION', 'NOTHING'] as const;
/** The sources a year is counted by: the caller's organisation kind, or an anonymous caller. */
export const INQUIRY_SOURCES = ['POLICE', 'PROSECUTION', 'CMM', 'IMMIGRATION', 'RETURN', 'TAX', 'LABOUR', 'NGO', 'UNION', 'OTHER', 'ANONYMOUS'] as const;
const MAX_LIST_DAYS = 366;
const DAY_MS = 86_400_000;

const ZDay = z.string().refine(isRealDate, { message: 'Must be a real date, YYYY-MM-DD', params: { rule: 'INVALID_DATE' } });

const ZRecordInquiry = z.object({
  receivedAt: z.date({ message: 'Must be a date and time' }),
  kind: z.enum(INQUIRY_KINDS),
  callerOrganisationCode: z.string().trim().min(1).max(20).nullish(),
  ledTo: z.enum(INQUIRY_OUTCOMES),
  referralId: z.string().min(1).max(100).nullish(),
  operationId: z.string().min(1).max(100).nullish(),
  note: z.string().trim().max(2000, 'At most 2000 characters').nullish(),
});

export type TInquiryRow = repo.TInquiryRow;

async function requireInquiryRole(ctx: TContext, allowed: (viewer: TViewer) => boolean, action: TAuditAction): Promise<TViewer> {
  const viewer = requireViewer(ctx.viewer);
  if (!allowed(viewer)) {
    await recordAudit(ctx, [{ action, objectType: 'Inquiry', outcome: 'DENIED', details: { reason: 'NOT_PERMITTED' } }]);
    throw new AppError('FORBIDDEN', "Inquiries are CMM's hotline records");
  }
  return viewer;
}

export async function recordInquiry(ctx: TContext, rawInput: unknown): Promise<TInquiryRow> {
  const viewer = await requireInquiryRole(ctx, mayRecordInquiry, 'INQUIRY_RECORD');
  const input = parseInput(ZRecordInquiry, rawInput, 'input');
  const now = ctx.deps.clock.now();
  if (input.receivedAt.getTime() > now.getTime()) throw badInput('input.receivedAt', 'The inquiry cannot have come in the future', 'DATE_IN_FUTURE');
  let callerOrganisationId: string | null = null;
  if (input.callerOrganisationCode) {
    callerOrganisationId = findOrganisationByCode(ctx.deps.db, input.callerOrganisationCode)?.id ?? null;
    if (!callerOrganisationId) throw badInput('input.callerOrganisationCode', 'Unknown organisation', 'UNKNOWN_ORGANISATION');
  }
  // What it led to names exactly the record it led to, and only that.
  const referralId = input.referralId ?? null;
  const operationId = input.operationId ?? null;
  if (input.ledTo === 'REFERRAL' && !referralId) throw badInput('input.referralId', 'Name the referral it led to', 'REQUIRED');
  if (input.ledTo === 'OPERATION' && !operationId) throw badInput('input.operationId', 'Name the operation it led to', 'REQUIRED');
  if (input.ledTo !== 'REFERRAL' && referralId) throw badInput('input.referralId', 'Only an inquiry that led to a referral names one', 'NOT_APPLICABLE');
  if (input.ledTo !== 'OPERATION' && operationId) throw badInput('input.operationId', 'Only an inquiry that led to an operation names one', 'NOT_APPLICABLE');
  if (referralId) {
    // CMM sees every submitted referral: a draft (someone else's) or none at all is the same answer.
    const referral = findReferral(ctx.deps.db, referralId);
    if (!referral || !referral.submittedAt) throw badInput('input.referralId', 'No such referral', 'UNKNOWN_REFERENCE');
  }
  if (operationId && !isOperationVisible(ctx, operationId)) throw badInput('input.operationId', 'No such operation', 'UNKNOWN_REFERENCE');
  const note = input.note ? input.note : null;
  const id = await runAudited(ctx, (unit) => {
    const inquiryId = newId();
    repo.insertInquiry(unit.tx, ctx.deps.sealer, {
      id: inquiryId,
      receivedAt: input.receivedAt.toISOString(),
      kind: input.kind,
      callerKind: callerOrganisationId ? 'ORGANISATION' : 'ANONYMOUS',
      callerOrganisationId,
      ledTo: input.ledTo,
      referralId,
      operationId,
      note,
      recordedByUserId: viewer.userId,
      recordingOrganisationId: viewer.organisationId,
      createdAt: unit.now.toISOString(),
    });
    unit.audit({
      action: 'INQUIRY_RECORD',
      objectType: 'Inquiry',
      objectId: inquiryId,
      purpose: 'CASE_HANDLING',
      details: { kind: input.kind, callerKind: callerOrganisationId ? 'ORGANISATION' : 'ANONYMOUS', ledTo: input.ledTo },
    });
    return inquiryId;
  });
  return repo.findInquiry(ctx.deps.db, ctx.deps.sealer, id)!;
}

export async function listInquiries(ctx: TContext, input: { from: string; to: string }): Promise<TInquiryRow[]> {
  await requireInquiryRole(ctx, mayRecordInquiry, 'INQUIRIES_READ');
  const period = parseInput(z.object({ from: ZDay, to: ZDay }), input);
  if (period.to < period.from) throw badInput('to', 'The period ends before it starts', 'END_BEFORE_START');
  if ((Date.parse(period.to) - Date.parse(period.from)) / DAY_MS > MAX_LIST_DAYS) throw badInput('to', 'A period of at most a year', 'PERIOD_TOO_LONG');
  const rows = repo.findInquiries(ctx.deps.db, ctx.deps.sealer, {
    fromIso: zonedTime(period.from, 0, 0, 0).toISOString(),
    toIso: zonedTime(addDays(period.to, 1), 0, 0, 0).toISOString(),
  });
  await recordReadAudit(ctx, [{ action: 'INQUIRIES_READ', objectType: 'Inquiry', purpose: 'CASE_HANDLING', details: { from: period.from, to: period.to, results: rows.length } }]);
  return rows;
}

function counted(keys: readonly string[], rows: ReadonlyArray<{ key: string; count: number }>): Array<{ key: string; count: number }> {
  const counts = new Map(keys.map((k) => [k, 0]));
  for (const r of rows) counts.set(r.key, (counts.get(r.key) ?? 0) + r.count);
  return [...counts].map(([key, count]) => ({ key, count }));
}

/** A year's inquiries counted by kind, source and outcome (local-time year, like the statistics). */
export async function inquiryStatistics(ctx: TContext, input: { year: number }) {
  await requireInquiryRole(ctx, mayReadInquiryStatistics, 'INQUIRY_STATISTICS_READ');
  const thisYear = ctx.deps.clock.now().getUTCFullYear();
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > thisYear) {
    throw badInput('year', `A year from 2000 to ${thisYear}`, 'OUT_OF_RANGE', { min: 2000, max: thisYear });
  }
  const rows = repo.countInquiries(ctx.deps.db, {
    fromIso: zonedTime(`${input.year}-01-01`, 0, 0, 0).toISOString(),
    toIso: zonedTime(`${input.year + 1}-01-01`, 0, 0, 0).toISOString(),
  });
  await recordAudit(ctx, [{ action: 'INQUIRY_STATISTICS_READ', objectType: 'Inquiry', purpose: 'STATISTICS', details: { year: input.year } }]);
  return {
    year: input.year,
    total: rows.reduce((sum, r) => sum + r.count, 0),
    byKind: counted(INQUIRY_KINDS, rows.map((r) => ({ key: r.kind, count: r.count }))),
    bySource: counted(INQUIRY_SOURCES, rows.map((r) => ({ key: r.source, count: r.count }))),
    byOutcome: counted(INQUIRY_OUTCOMES, rows.map((r) => ({ key: r.ledTo, count: r.count }))),
  };
}

/**
 * Statistics.inquiries and the statistics export: the year's counts for those who may read them
 * (CMM's caseworkers, coordinators and analysts: core/access.ts), null for anyone else and for a region (an
 * inquiry has none). Null rather than FORBIDDEN: the rest of the statistics stays readable.
 */
export async function inquiryStatisticsFor(ctx: TContext, input: { year: number; region: string | null }) {
  if (input.region || !ctx.viewer || !mayReadInquiryStatistics(ctx.viewer)) return null;
  return await inquiryStatistics(ctx, { year: input.year });
}

/**
 * Retention (issue 18): an inquiry's note is erased, its data key shredded, RETENTION_SHORT_MONTHS
 * after the inquiry came in. The rest (when, kind, caller's organisation, outcome) names no one and
 * is kept for the yearly counts.
 */
export async function eraseExpiredInquiryNotes(ctx: TContext, now: Date): Promise<{ inquiryNotesErased: number }> {
  const before = addMonths(now, -ctx.deps.config.retention.shortMonths).toISOString();
  let erased = 0;
  for (const row of repo.findNoteCandidates(ctx.deps.db, before)) {
    const done = await runAudited(ctx, (unit) => {
      if (!repo.eraseNote(unit.tx, row.id)) return false;
      shred(ctx, unit, 'inquiry', row.id);
      return true;
    });
    if (done) erased += 1;
  }
  return { inquiryNotesErased: erased };
}

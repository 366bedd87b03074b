// Retention: the nightly erasure of identifying data of closed referrals (PRODUCT.md § Retention).
// Each referral is erased in its own audited unit of work (REFERRAL_ERASE, with the subject id);
// the pseudonym, the non-identifying facts on the referrals row and the audit trail are kept.
import { runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { complexErasureDueAt, isDueForErasure, operationErasureDueAt, reviewNoteErasureDueAt, type TRetentionRule } from './retention.policy.js';
import * as repo from './retention.repo.js';
import { shred } from './shred.js';

export { shred } from './shred.js';
export { addMonths } from './retention.policy.js';

export type TRetentionSummary = { candidates: number; erased: number; short: number; long: number };

export async function eraseExpiredReferrals(ctx: TContext, now: Date): Promise<TRetentionSummary> {
  const periods = ctx.deps.config.retention;
  const summary: TRetentionSummary = { candidates: 0, erased: 0, short: 0, long: 0 };
  const due: Array<{ row: repo.TCandidateRow; rule: TRetentionRule }> = [];
  for (const row of repo.findCandidates(ctx.deps.db)) {
    summary.candidates += 1;
    const rule = isDueForErasure(row, periods, now);
    if (rule) due.push({ row, rule });
  }
  for (const { row, rule } of due) {
    const done = await runAudited(ctx, (unit) => {
      const result = repo.eraseReferral(unit.tx, { id: row.id, at: unit.now.toISOString() });
      if (result.erased) shred(ctx, unit, 'referral', row.id, row.subjectId);
      unit.audit({
        action: 'REFERRAL_ERASE',
        objectType: 'Referral',
        objectId: row.id,
        subjectId: row.subjectId,
        dataCategory: 'IDENTITY',
        purpose: 'RETENTION',
        ...(result.erased
          ? { details: { rule, months: rule === 'SHORT' ? periods.shortMonths : periods.longYears * 12, notesErased: result.notes } }
          : { outcome: 'DENIED' as const, details: { reason: 'ALREADY_ERASED' as const } }),
      });
      return result.erased;
    });
    if (!done) continue;
    summary.erased += 1;
    summary[rule === 'SHORT' ? 'short' : 'long'] += 1;
  }
  return summary;
}

export type TRecordRetentionSummary = { operationsErased: number; complexesErased: number; suspectsErased: number; reviewNotesErased: number };

/**
 * The records other than referrals that hold personal data (docs/data-protection.md § Retention):
 * operations not linked to a case complex RETENTION_SHORT_MONTHS after they ended, case complexes
 * (with their suspects and linked operations) RETENTION_LONG_YEARS after their last activity once
 * no linked referral is open, and reference groups' review notes RETENTION_LONG_YEARS after the
 * period they review. Each in its own audited unit; erasure shreds the record's data key.
 */
export async function eraseExpiredRecords(ctx: TContext, now: Date): Promise<TRecordRetentionSummary> {
  const periods = ctx.deps.config.retention;
  const summary: TRecordRetentionSummary = { operationsErased: 0, complexesErased: 0, suspectsErased: 0, reviewNotesErased: 0 };
  for (const row of repo.findOperationCandidates(ctx.deps.db)) {
    const due = operationErasureDueAt(row, periods);
    if (!due || now.getTime() < due.getTime()) continue;
    const done = await runAudited(ctx, (unit) => {
      if (!repo.eraseOperation(unit.tx, { id: row.id, at: unit.now.toISOString() })) return false;
      shred(ctx, unit, 'operation', row.id);
      return true;
    });
    if (done) summary.operationsErased += 1;
  }
  for (const row of repo.findComplexCandidates(ctx.deps.db)) {
    const due = complexErasureDueAt(row, periods);
    if (!due || now.getTime() < due.getTime()) continue;
    const erased = await runAudited(ctx, (unit) => {
      const result = repo.eraseComplex(unit.tx, { id: row.id, at: unit.now.toISOString() });
      if (!result) return null;
      shred(ctx, unit, 'complex', row.id);
      for (const id of result.suspectIds) shred(ctx, unit, 'suspect', id);
      for (const id of result.operationIds) shred(ctx, unit, 'operation', id);
      return result;
    });
    if (!erased) continue;
    summary.complexesErased += 1;
    summary.suspectsErased += erased.suspectIds.length;
    summary.operationsErased += erased.operationIds.length;
  }
  for (const row of repo.findReviewNoteCandidates(ctx.deps.db)) {
    if (now.getTime() < reviewNoteErasureDueAt(row, periods).getTime()) continue;
    const done = await runAudited(ctx, (unit) => {
      if (!repo.deleteReviewNote(unit.tx, row.id)) return false;
      shred(ctx, unit, 'reviewNote', row.id);
      return true;
    });
    if (done) summary.reviewNotesErased += 1;
  }
  return summary;
}

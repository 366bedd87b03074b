// Retention: the nightly erasure of identifying data of closed referrals (PRODUCT.md § Retention).
// Each referral is erased in its own audited unit of work (REFERRAL_ERASE, with the subject id);
// the pseudonym, the non-identifying facts on the referrals row and the audit trail are kept.
import { runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { isDueForErasure, type TRetentionRule } from './retention.policy.js';
import * as repo from './retention.repo.js';
import { shred } from './shred.js';

export type TRetentionSummary = { candidates: number; erased: number; short: number; long: number };

export function eraseExpiredReferrals(ctx: TContext, now: Date): TRetentionSummary {
  const periods = ctx.deps.config.retention;
  const summary: TRetentionSummary = { candidates: 0, erased: 0, short: 0, long: 0 };
  const due: Array<{ row: repo.TCandidateRow; rule: TRetentionRule }> = [];
  for (const row of repo.findCandidates(ctx.deps.db)) {
    summary.candidates += 1;
    const rule = isDueForErasure(row, periods, now);
    if (rule) due.push({ row, rule });
  }
  for (const { row, rule } of due) {
    const done = runAudited(ctx, (unit) => {
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

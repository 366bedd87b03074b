// When a closed referral's identifying data is due for erasure (PRODUCT.md § Retention). Pure:
// the periods come from configuration and "now" is passed in.

export type TRetentionPeriods = { shortMonths: number; longYears: number };

export type TRetentionCandidate = {
  state: string;
  outcome: string | null;
  decision: string | null;
  closedAt: string | null;
  /** The time of the WITHDRAW event, for a withdrawn referral. */
  withdrawnAt: string | null;
};

export type TRetentionRule = 'SHORT' | 'LONG';

/** The same instant `months` calendar months later (UTC); the 31st becomes the month's last day. */
export function addMonths(at: Date, months: number): Date {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth() + months;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(targetYear, targetMonth, Math.min(at.getUTCDate(), lastDay), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds(), at.getUTCMilliseconds()),
  );
}

/**
 * Which period applies and from when: NOT_TRAFFICKED and withdrawn referrals the short one,
 * other closed referrals the long one; open referrals never.
 */
export function retentionRule(candidate: TRetentionCandidate): { rule: TRetentionRule; endedAt: string } | null {
  if (candidate.state === 'WITHDRAWN') return candidate.withdrawnAt ? { rule: 'SHORT', endedAt: candidate.withdrawnAt } : null;
  if (candidate.state !== 'CLOSED' || !candidate.closedAt) return null;
  const notTrafficked = candidate.outcome === 'NOT_TRAFFICKED' || candidate.decision === 'NOT_TRAFFICKED';
  return { rule: notTrafficked ? 'SHORT' : 'LONG', endedAt: candidate.closedAt };
}

/** The moment the data becomes due for erasure, or null for a referral that is never erased (yet). */
export function erasureDueAt(candidate: TRetentionCandidate, periods: TRetentionPeriods): { rule: TRetentionRule; dueAt: Date } | null {
  const found = retentionRule(candidate);
  if (!found) return null;
  const months = found.rule === 'SHORT' ? periods.shortMonths : periods.longYears * 12;
  return { rule: found.rule, dueAt: addMonths(new Date(found.endedAt), months) };
}

export function isDueForErasure(candidate: TRetentionCandidate, periods: TRetentionPeriods, now: Date): TRetentionRule | null {
  const due = erasureDueAt(candidate, periods);
  return due && now.getTime() >= due.dueAt.getTime() ? due.rule : null;
}

// --- Records other than referrals (docs/data-protection.md § Retention) ----------------------

export type TOperationCandidate = { state: string; endsAt: string; cancelledAt: string | null; linkedToComplex: boolean };

/**
 * An operation's targets, briefing point and notes: RETENTION_SHORT_MONTHS after it ended (completed:
 * its end time; cancelled: the cancellation). One linked to a case complex is evidence in that case:
 * it goes with the complex instead.
 */
export function operationErasureDueAt(candidate: TOperationCandidate, periods: TRetentionPeriods): Date | null {
  if (candidate.linkedToComplex) return null;
  if (candidate.state === 'CANCELLED') return addMonths(new Date(candidate.cancelledAt ?? candidate.endsAt), periods.shortMonths);
  if (candidate.state === 'COMPLETED') return addMonths(new Date(candidate.endsAt), periods.shortMonths);
  return null;
}

export type TComplexCandidate = { lastActivityAt: string; openReferrals: number };

/**
 * A case complex's notes, its suspects (identity, notes, their criminal cases' notes) and the
 * operations linked to it: RETENTION_LONG_YEARS after its last activity (an update, a case event, a
 * link), once none of its linked referrals is open.
 */
export function complexErasureDueAt(candidate: TComplexCandidate, periods: TRetentionPeriods): Date | null {
  if (candidate.openReferrals > 0) return null;
  return addMonths(new Date(candidate.lastActivityAt), periods.longYears * 12);
}

/**
 * A reference group's review note (free text about a region's referrals in a period, which may name
 * a person): RETENTION_LONG_YEARS after the end of the period it reviews, as long as the longest
 * rule keeps the referrals it is about.
 */
export function reviewNoteErasureDueAt(candidate: { periodTo: string }, periods: TRetentionPeriods): Date {
  // The period's last day counts whole: it ends at the start of the next day.
  const end = new Date(`${candidate.periodTo}T00:00:00.000Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return addMonths(end, periods.longYears * 12);
}

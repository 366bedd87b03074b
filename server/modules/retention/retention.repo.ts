// Queries of retention: the closed and withdrawn referrals not yet erased, and the erasure itself
// (the personal-data row and the timeline's free-text notes; the referrals row keeps its facts).
import { and, eq, inArray, isNotNull, isNull, max, sql } from 'drizzle-orm';
import { referralEvents, referralPersonalData, referrals } from '../../../db/schema/index.js';
import { eraseCorrectionValues } from '../referrals/referrals.service.js';
import { forgetReferral } from '../subjects/subjects.service.js';
import type { TExecutor } from '../../core/db.js';

export type TCandidateRow = {
  id: string;
  subjectId: string;
  state: string;
  outcome: string | null;
  decision: string | null;
  closedAt: string | null;
  withdrawnAt: string | null;
};

export function findCandidates(ex: TExecutor): TCandidateRow[] {
  const withdrawals = ex
    .select({ referralId: referralEvents.referralId, at: max(referralEvents.at).as('withdrawn_at') })
    .from(referralEvents)
    .where(eq(referralEvents.action, 'WITHDRAW'))
    .groupBy(referralEvents.referralId)
    .as('withdrawals');
  return ex
    .select({
      id: referrals.id,
      subjectId: referrals.subjectId,
      state: referrals.state,
      outcome: referrals.outcome,
      decision: referrals.decision,
      closedAt: referrals.closedAt,
      withdrawnAt: withdrawals.at,
    })
    .from(referrals)
    .leftJoin(withdrawals, eq(withdrawals.referralId, referrals.id))
    .where(and(isNull(referrals.erasedAt), inArray(referrals.state, ['CLOSED', 'WITHDRAWN'])))
    .all();
}

const ERASED = {
  name: null,
  alias: null,
  dateOfBirth: null,
  estimatedAge: null,
  contact: null,
  whereabouts: null,
  location: null,
  indicators: null,
  narrative: null,
  assessmentGrounds: null,
  representativeName: null,
  representativeAppointedBy: null,
} as const;

/** Erases one referral's identifying data; false if it was erased already. Returns the number of notes erased. */
export function eraseReferral(ex: TExecutor, options: { id: string; at: string }): { erased: boolean; notes: number } {
  const marked = ex
    .update(referrals)
    .set({ erasedAt: options.at, updatedAt: options.at, version: sql`${referrals.version} + 1` })
    .where(and(eq(referrals.id, options.id), isNull(referrals.erasedAt)))
    .run();
  if (marked.changes === 0) return { erased: false, notes: 0 };
  ex.update(referralPersonalData).set(ERASED).where(eq(referralPersonalData.referralId, options.id)).run();
  // The blind-index tokens and the values corrections replaced are personal data too.
  forgetReferral(ex, options.id);
  eraseCorrectionValues(ex, options.id);
  const notes = ex
    .update(referralEvents)
    .set({ note: null })
    .where(and(eq(referralEvents.referralId, options.id), isNotNull(referralEvents.note)))
    .run();
  return { erased: true, notes: notes.changes };
}

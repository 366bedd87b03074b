// Queries of retention: the closed and withdrawn referrals not yet erased, and the erasure itself
// (the personal-data row and the timeline's free-text notes; the referrals row keeps its facts).
import { and, eq, inArray, isNotNull, isNull, max, sql } from 'drizzle-orm';
import {
  accessGrants,
  accessRequests,
  caseComplexContributions,
  caseComplexes,
  caseEvents,
  operationInvitations,
  operationOutcomes,
  operations,
  operationTargets,
  referralAddenda,
  referralEvents,
  referralPersonalData,
  referrals,
  reviewNotes,
  suspects,
} from '../../../db/schema/index.js';
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
  sealedFields: null,
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
  // Free texts sealed under the referral's key (access requests' reasons, its grants' notes) go too.
  ex.update(accessRequests).set({ reason: null, refusalReason: null }).where(eq(accessRequests.referralId, options.id)).run();
  ex.update(accessGrants).set(GRANT_TEXTS_ERASED).where(eq(accessGrants.referralId, options.id)).run();
  // The referrer's addenda (issue 14): their indicator text and narrative; the codes stay (counted by the statistics).
  ex.update(referralAddenda).set({ indicatorText: null, narrative: null }).where(eq(referralAddenda.referralId, options.id)).run();
  const notes = ex
    .update(referralEvents)
    .set({ note: null })
    .where(and(eq(referralEvents.referralId, options.id), isNotNull(referralEvents.note)))
    .run();
  return { erased: true, notes: notes.changes };
}

const GRANT_TEXTS_ERASED = { justification: null, revokeReason: null, reviewNote: null, consentOverrideReason: null } as const;

// --- Operations ------------------------------------------------------------------------------

export type TOperationCandidateRow = { id: string; state: string; endsAt: string; cancelledAt: string | null; linkedToComplex: boolean };

export function findOperationCandidates(ex: TExecutor): TOperationCandidateRow[] {
  return ex
    .select({
      id: operations.id,
      state: operations.state,
      endsAt: operations.endsAt,
      cancelledAt: operations.cancelledAt,
      linkedToComplex: sql<number>`exists (select 1 from case_complex_operations l where l.operation_id = operations.id)`.mapWith(Boolean),
    })
    .from(operations)
    .where(and(isNull(operations.erasedAt), inArray(operations.state, ['COMPLETED', 'CANCELLED'])))
    .all();
}

/** Clears an operation's sealed fields (its key is shredded by the caller); false if erased already. */
export function eraseOperation(ex: TExecutor, options: { id: string; at: string }): boolean {
  const marked = ex
    .update(operations)
    .set({ erasedAt: options.at, briefingPoint: null, cancelReason: null, version: sql`${operations.version} + 1` })
    .where(and(eq(operations.id, options.id), isNull(operations.erasedAt)))
    .run();
  if (marked.changes === 0) return false;
  // The targets stay as rows (how many there were), without their address or description.
  ex.update(operationTargets).set({ address: '', description: null }).where(eq(operationTargets.operationId, options.id)).run();
  ex.update(operationInvitations).set({ note: null }).where(eq(operationInvitations.operationId, options.id)).run();
  ex.update(operationOutcomes).set({ findings: null }).where(eq(operationOutcomes.operationId, options.id)).run();
  return true;
}

// --- Case complexes and their suspects ------------------------------------------------------

export type TComplexCandidateRow = { id: string; lastActivityAt: string; openReferrals: number };

// The subqueries name the outer table's columns in full: drizzle writes a column of the selected
// table unqualified, which inside a subquery would bind to the subquery's own table.
export function findComplexCandidates(ex: TExecutor): TComplexCandidateRow[] {
  return ex
    .select({
      id: caseComplexes.id,
      lastActivityAt: sql<string>`max(case_complexes.updated_at,
        coalesce((select max(e.created_at) from case_events e where e.case_complex_id = case_complexes.id), ''),
        coalesce((select max(l.linked_at) from case_complex_referrals l where l.case_complex_id = case_complexes.id), ''),
        coalesce((select max(o.linked_at) from case_complex_operations o where o.case_complex_id = case_complexes.id), ''),
        coalesce((select max(c.created_at) from case_complex_contributions c where c.case_complex_id = case_complexes.id), ''))`,
      openReferrals: sql<number>`(select count(*) from case_complex_referrals l join referrals r on r.id = l.referral_id
        where l.case_complex_id = case_complexes.id and r.state not in ('CLOSED', 'WITHDRAWN') and r.erased_at is null)`,
    })
    .from(caseComplexes)
    .where(isNull(caseComplexes.erasedAt))
    .all();
}

/** Clears a complex's sealed fields and its suspects'; returns the suspects erased and the linked operations not yet erased (their keys are shredded by the caller), or null if erased already. */
export function eraseComplex(ex: TExecutor, options: { id: string; at: string }): { suspectIds: string[]; operationIds: string[] } | null {
  const marked = ex
    .update(caseComplexes)
    .set({ erasedAt: options.at, description: null })
    .where(and(eq(caseComplexes.id, options.id), isNull(caseComplexes.erasedAt)))
    .run();
  if (marked.changes === 0) return null;
  const suspectIds = ex
    .update(suspects)
    .set({ erasedAt: options.at, name: '', dateOfBirth: null, nationality: null, roleInNetwork: null, notes: null })
    .where(and(eq(suspects.caseComplexId, options.id), isNull(suspects.erasedAt)))
    .returning({ id: suspects.id })
    .all()
    .map((r) => r.id);
  ex.update(caseEvents).set({ note: null, provisionText: null }).where(eq(caseEvents.caseComplexId, options.id)).run();
  // Contributors' findings (issue 14) are sealed under the complex's key: erased with it, the dated categories stay.
  ex.update(caseComplexContributions).set({ note: null }).where(eq(caseComplexContributions.caseComplexId, options.id)).run();
  ex.update(accessGrants).set(GRANT_TEXTS_ERASED).where(eq(accessGrants.caseComplexId, options.id)).run();
  const operationIds = ex
    .select({ id: operations.id })
    .from(operations)
    .where(and(isNull(operations.erasedAt), sql`${operations.id} in (select operation_id from case_complex_operations where case_complex_id = ${options.id})`))
    .all()
    .map((r) => r.id);
  for (const id of operationIds) eraseOperation(ex, { id, at: options.at });
  return { suspectIds, operationIds };
}

// --- Review notes -----------------------------------------------------------------------------

export function findReviewNoteCandidates(ex: TExecutor): Array<{ id: string; periodTo: string }> {
  return ex.select({ id: reviewNotes.id, periodTo: reviewNotes.periodTo }).from(reviewNotes).all();
}

/** Deletes a review note (its text is all it holds; its key is shredded by the caller); false if gone already. */
export function deleteReviewNote(ex: TExecutor, id: string): boolean {
  return ex.delete(reviewNotes).where(eq(reviewNotes.id, id)).run().changes === 1;
}

// One person, one subject: the possible matches the controller is shown for a referral, and its
// decisions on them — confirm (merge the referral's subject into the earlier one), dismiss (never
// proposed again), and unmerge (restore what a merge changed). Every decision is one audited unit;
// who may take it is core/access.ts's answer. The referrer and every other non-controller learn
// nothing: the fields are null for them and a merge does not change what they see.
import type { TAuditAction } from '../../core/audit-actions.js';
import { holdsReferralAsController, mayHandleSubjectIdentity, mayMoveReferralsBetweenSubjects, referralAccess, requireViewer, type TViewer } from '../../core/access.js';
import { recordAudit, runAudited } from '../../core/audit.js';
import { perRequest, type TContext } from '../../core/context.js';
import { AppError, badInput, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { localDate } from '../../core/calendar.js';
import { findPersonalData, findReferral, getReferral, resolveSubjectId, type TReferralRow, type TReferralView } from '../referrals/referrals.service.js';
import { findCandidates, type TMatchCandidate, type TMatchReason } from './matching.js';
import * as repo from './subjects.repo.js';
import { blindToken, nameFieldTokens } from './blind-index.js';

/** At most this many possible matches are shown, best first. */
export const MAX_MATCHES = 10;

export type TPossibleMatch = { subjectId: string; score: number; reasons: TMatchReason[]; referrals: TReferralView[] };

async function assertHandles(ctx: TContext, view: TReferralView, attempted: TAuditAction): Promise<TViewer> {
  const viewer = requireViewer(ctx.viewer);
  if (!mayHandleSubjectIdentity(viewer, view.row, view.access)) {
    await recordAudit(ctx, [{ action: attempted, objectType: 'Referral', objectId: view.row.id, subjectId: view.row.subjectId, outcome: 'DENIED', details: { reason: 'NOT_CONTROLLER' } }]);
    throw new AppError('FORBIDDEN', "Only the controller of this referral's personal data (its competent authority, or CMM) handles the person's identity");
  }
  return viewer;
}

/**
 * The subjects dismissed as matches of `subjectId` or its aliases, each as recorded and as the
 * subject it stands for now: a dismissal survives merges.
 */
function dismissedWith(db: TContext['deps']['db'], subjectId: string): Set<string> {
  const out = new Set<string>();
  for (const other of repo.dismissedOthers(db, subjectId)) {
    out.add(other);
    const now = resolveSubjectId(db, other);
    if (now) out.add(now);
  }
  return out;
}

/**
 * The candidates for one referral that this viewer may be shown: scored by matching.ts, without
 * the pairs dismissed, and only subjects with a referral the viewer holds as controller (US is not
 * told of a person only CMM handles; CMM, the national centre, controls every submitted referral).
 */
function candidatesFor(ctx: TContext, viewer: TViewer, view: TReferralView, onlySubjectId?: string): Array<TMatchCandidate & { referrals: TReferralRow[] }> {
  const { db } = ctx.deps;
  const personal = findPersonalData(db, ctx.deps.sealer, [view.row.id])[0];
  if (!personal || view.row.erasedAt) return [];
  const dismissed = dismissedWith(db, view.row.subjectId);
  const held = new Map<string, TReferralRow[]>();
  const heldOf = (subjectId: string) => {
    let rows = held.get(subjectId);
    if (!rows) held.set(subjectId, (rows = repo.referralsOfSubject(db, subjectId).filter((r) => holdsReferralAsController(viewer, r))));
    return rows;
  };
  const found = findCandidates(
    db,
    ctx.deps.blindIndexKey,
    ctx.deps.sealer,
    {
      subjectId: view.row.subjectId,
      name: personal.name,
      alias: personal.alias,
      dateOfBirth: personal.dateOfBirth,
      estimatedAge: personal.estimatedAge,
      nationality: view.row.nationality,
      day: localDate(new Date(view.row.submittedAt ?? view.row.createdAt)),
    },
    { limit: MAX_MATCHES, exclude: dismissed, onlySubjectId, accept: (subjectId) => heldOf(subjectId).length > 0 },
  );
  return found.map((candidate) => ({ ...candidate, referrals: heldOf(candidate.subjectId) }));
}

/** The matches read in this request (a field asked twice is computed and audited once); a decision clears it. */
const matchesLoader = perRequest(() => new Map<string, TPossibleMatch[]>());

/**
 * Referral.possibleMatches: null unless the viewer is the controller with FULL access (so the
 * field tells no one else anything, matches or not). Each look is audited under the referral's
 * subject and under each subject proposed, so either person's access report shows it.
 */
export async function possibleMatches(ctx: TContext, view: TReferralView): Promise<TPossibleMatch[] | null> {
  const viewer = ctx.viewer;
  if (!viewer || !mayHandleSubjectIdentity(viewer, view.row, view.access)) return null;
  const cache = matchesLoader(ctx);
  const cached = cache.get(view.row.id);
  if (cached) return cached;
  const matches = candidatesFor(ctx, viewer, view).map((c) => ({
    subjectId: c.subjectId,
    score: c.score,
    reasons: c.reasons,
    // Held as controller: the gate gives FULL (competent authority or national centre) before any grant counts.
    referrals: c.referrals.map((row) => ({ row, access: referralAccess(viewer, row) })),
  }));
  await recordAudit(ctx, [
    { action: 'SUBJECT_MATCHES_READ', objectType: 'Referral', objectId: view.row.id, subjectId: view.row.subjectId, dataCategory: 'IDENTITY', purpose: 'CASE_HANDLING', details: { matches: matches.length } },
    ...matches.map((m) => ({
      action: 'SUBJECT_MATCH_PROPOSED' as const,
      objectType: 'Referral',
      objectId: view.row.id,
      subjectId: m.subjectId,
      dataCategory: 'IDENTITY' as const,
      purpose: 'CASE_HANDLING',
      details: { score: m.score },
    })),
  ]);
  cache.set(view.row.id, matches);
  return matches;
}

/**
 * The candidate as the viewer may be shown it now (scored on its own, so that one among many equally
 * good matches is not lost past the first page), or BAD_USER_INPUT naming subjectId.
 */
function proposedMatch(ctx: TContext, viewer: TViewer, view: TReferralView, subjectId: string) {
  const candidate = candidatesFor(ctx, viewer, view, subjectId).find((c) => c.subjectId === subjectId);
  if (!candidate) throw badInput('subjectId', 'Not a possible match of this referral (or it was dismissed)', 'NOT_A_POSSIBLE_MATCH');
  return candidate;
}

/**
 * The controller confirms a possible match: the referral's subject is merged into the matched,
 * earlier one — every referral of it moves there, remembering the subject it was referred under
 * (which the referrer keeps seeing), and the merged subject stays as an alias that still resolves.
 */
export async function confirmSubjectMatch(ctx: TContext, input: { referralId: string; subjectId: string }): Promise<TReferralView> {
  matchesLoader(ctx).clear();
  const view = await getReferral(ctx, { id: input.referralId });
  const viewer = await assertHandles(ctx, view, 'SUBJECT_MERGE');
  const candidate = proposedMatch(ctx, viewer, view, input.subjectId);
  const mergedSubjectId = view.row.subjectId;
  const moving = repo.referralsOfSubject(ctx.deps.db, mergedSubjectId);
  if (!mayMoveReferralsBetweenSubjects(viewer, moving)) {
    await recordAudit(ctx, [{ action: 'SUBJECT_MERGE', objectType: 'Referral', objectId: view.row.id, subjectId: mergedSubjectId, outcome: 'DENIED', details: { reason: 'NOT_CONTROLLER_OF_ALL' } }]);
    throw new AppError('FORBIDDEN', 'This person has referrals your organisation is not the controller of: CMM merges them');
  }
  await runAudited(ctx, (unit) => {
    const at = unit.now.toISOString();
    // Re-read inside the transaction: someone may have merged or moved them meanwhile.
    const current = findReferral(unit.tx, view.row.id);
    if (!current || current.subjectId !== mergedSubjectId || repo.findSubject(unit.tx, candidate.subjectId)?.mergedIntoId) {
      throw new AppError('CONFLICT', 'The subjects have changed since you loaded them; reload and try again', { field: 'subjectId' });
    }
    const moved = repo.referralsOfSubject(unit.tx, mergedSubjectId).map((r) => ({ referralId: r.id, referredSubjectId: r.referredSubjectId }));
    for (const m of moved) repo.moveReferral(unit.tx, { referralId: m.referralId, toSubjectId: candidate.subjectId, referredSubjectId: m.referredSubjectId ?? mergedSubjectId });
    repo.setMergedInto(unit.tx, { subjectId: mergedSubjectId, mergedIntoId: candidate.subjectId, at });
    const mergeId = newId();
    repo.insertMerge(unit.tx, {
      id: mergeId,
      survivingSubjectId: candidate.subjectId,
      mergedSubjectId,
      referralId: view.row.id,
      moved,
      mergedByUserId: viewer.userId,
      mergedByOrganisationId: viewer.organisationId,
      mergedAt: at,
    });
    const details = { mergeId, survivingSubjectId: candidate.subjectId, mergedSubjectId, referralsMoved: moved.length, score: candidate.score };
    unit.audit({ action: 'SUBJECT_MERGE', objectType: 'Subject', objectId: candidate.subjectId, subjectId: candidate.subjectId, purpose: 'CASE_HANDLING', details });
    unit.audit({ action: 'SUBJECT_MERGE', objectType: 'Subject', objectId: mergedSubjectId, subjectId: mergedSubjectId, purpose: 'CASE_HANDLING', details });
  });
  return await getReferral(ctx, { id: view.row.id });
}

/** The controller dismisses a possible match: that pair of subjects is not proposed again. */
export async function dismissSubjectMatch(ctx: TContext, input: { referralId: string; subjectId: string }): Promise<TReferralView> {
  matchesLoader(ctx).clear();
  const view = await getReferral(ctx, { id: input.referralId });
  const viewer = await assertHandles(ctx, view, 'SUBJECT_MATCH_DISMISS');
  proposedMatch(ctx, viewer, view, input.subjectId);
  await runAudited(ctx, (unit) => {
    repo.insertDismissal(unit.tx, {
      ...repo.dismissalKey(view.row.subjectId, input.subjectId),
      referralId: view.row.id,
      dismissedByUserId: viewer.userId,
      dismissedByOrganisationId: viewer.organisationId,
      dismissedAt: unit.now.toISOString(),
    });
    const details = { referralId: view.row.id, subjectId: view.row.subjectId, otherSubjectId: input.subjectId };
    unit.audit({ action: 'SUBJECT_MATCH_DISMISS', objectType: 'Referral', objectId: view.row.id, subjectId: view.row.subjectId, purpose: 'CASE_HANDLING', details });
    unit.audit({ action: 'SUBJECT_MATCH_DISMISS', objectType: 'Referral', objectId: view.row.id, subjectId: input.subjectId, purpose: 'CASE_HANDLING', details });
  });
  return await getReferral(ctx, { id: view.row.id });
}

/**
 * Undoes a merge: the referrals it moved go back to the merged subject with the referred-under
 * subject they had, and the alias is a subject of its own again. Refused once the surviving subject
 * has itself been merged on (undo that first) or the merge was undone already.
 */
export async function unmergeSubjects(ctx: TContext, input: { mergeId: string }): Promise<TReferralView> {
  matchesLoader(ctx).clear();
  const viewer = requireViewer(ctx.viewer);
  const merge = repo.findMerge(ctx.deps.db, input.mergeId);
  const origin = merge ? findReferral(ctx.deps.db, merge.referralId) : undefined;
  const movedRows = merge ? merge.moved.map((m) => findReferral(ctx.deps.db, m.referralId)).filter((r) => r !== undefined) : [];
  // Only a controller of the referrals concerned learns that the merge exists.
  if (!merge || !origin || !holdsReferralAsController(viewer, origin)) {
    await recordAudit(ctx, [{ action: 'SUBJECT_UNMERGE', objectType: 'SubjectMerge', objectId: input.mergeId, outcome: 'DENIED', details: { reason: 'NO_ACCESS' } }]);
    throw notFound('No such merge');
  }
  const view = await getReferral(ctx, { id: origin.id });
  await assertHandles(ctx, view, 'SUBJECT_UNMERGE');
  if (!mayMoveReferralsBetweenSubjects(viewer, movedRows)) {
    await recordAudit(ctx, [{ action: 'SUBJECT_UNMERGE', objectType: 'SubjectMerge', objectId: merge.id, subjectId: merge.survivingSubjectId, outcome: 'DENIED', details: { reason: 'NOT_CONTROLLER_OF_ALL' } }]);
    throw new AppError('FORBIDDEN', 'The merge moved referrals your organisation is not the controller of: CMM undoes it');
  }
  if (merge.unmergedAt) throw new AppError('INVALID_TRANSITION', 'This merge has been undone already', { state: 'UNMERGED', action: 'UNMERGE' });
  if (repo.findSubject(ctx.deps.db, merge.survivingSubjectId)?.mergedIntoId) {
    throw new AppError('INVALID_TRANSITION', 'The surviving subject has since been merged into another: undo that merge first', { state: 'MERGED_ON', action: 'UNMERGE' });
  }
  await runAudited(ctx, (unit) => {
    const at = unit.now.toISOString();
    if (!repo.markUnmerged(unit.tx, { id: merge.id, userId: viewer.userId, organisationId: viewer.organisationId, at })) {
      throw new AppError('CONFLICT', 'The merge has changed since you loaded it; reload and try again', { field: 'mergeId' });
    }
    let restored = 0;
    for (const m of merge.moved) {
      const row = findReferral(unit.tx, m.referralId);
      // A referral that is no longer with the surviving subject has been moved on by a later decision: it stays.
      if (!row || row.subjectId !== merge.survivingSubjectId) continue;
      repo.moveReferral(unit.tx, { referralId: m.referralId, toSubjectId: merge.mergedSubjectId, referredSubjectId: m.referredSubjectId });
      restored += 1;
    }
    // Referred under the alias while the merge stood: that person's referrals too.
    for (const row of repo.referralsReferredUnder(unit.tx, { subjectId: merge.survivingSubjectId, referredSubjectId: merge.mergedSubjectId })) {
      repo.moveReferral(unit.tx, { referralId: row.id, toSubjectId: merge.mergedSubjectId, referredSubjectId: null });
      restored += 1;
    }
    repo.setMergedInto(unit.tx, { subjectId: merge.mergedSubjectId, mergedIntoId: null, at: null });
    const details = { mergeId: merge.id, survivingSubjectId: merge.survivingSubjectId, mergedSubjectId: merge.mergedSubjectId, referralsRestored: restored };
    unit.audit({ action: 'SUBJECT_UNMERGE', objectType: 'Subject', objectId: merge.survivingSubjectId, subjectId: merge.survivingSubjectId, purpose: 'CASE_HANDLING', details });
    unit.audit({ action: 'SUBJECT_UNMERGE', objectType: 'Subject', objectId: merge.mergedSubjectId, subjectId: merge.mergedSubjectId, purpose: 'CASE_HANDLING', details });
  });
  return await getReferral(ctx, { id: origin.id });
}

/** Referral.subjectMerges: the merges concerning the referral's subject and its aliases (controller only, else null). */
export function subjectMergesOf(ctx: TContext, view: TReferralView): repo.TMergeRow[] | null {
  if (!mayHandleSubjectIdentity(ctx.viewer, view.row, view.access)) return null;
  const ids = [view.row.subjectId, ...repo.aliasesOf(ctx.deps.db, view.row.subjectId).map((s) => s.id)];
  return repo.mergesOfSubjects(ctx.deps.db, ids);
}

/** ReferralSubject.aliases: the pseudonyms merged into the subject (controller only, else null). */
export function aliasPseudonyms(ctx: TContext, view: TReferralView): string[] | null {
  if (!mayHandleSubjectIdentity(ctx.viewer, view.row, view.access)) return null;
  return repo
    .aliasesOf(ctx.deps.db, view.row.subjectId)
    .map((s) => s.pseudonym)
    .sort();
}

export function subjectPseudonym(ctx: TContext, subjectId: string): string {
  const subject = repo.findSubject(ctx.deps.db, subjectId);
  if (!subject) throw notFound('No such subject');
  return subject.pseudonym;
}

/** A person found by name and date of birth: the subject and its referrals, by reference (no personal data). */
export type TSubjectByIdentity = { subjectId: string; pseudonym: string; referrals: Array<{ id: string; reference: string }> };

/**
 * The subjects whose referrals hold this whole name (every token, as a name or an alias) and this
 * date of birth, through the keyed blind index only (ADR 0015): an exact look-up, no spelling
 * variants, so a data subject's request finds that person and not their namesakes. A merged
 * subject is reported as the subject it was merged into. Who may search, and the audit, are the
 * caller's (audit.service.ts findDataSubjects).
 */
export function subjectsByIdentity(ctx: TContext, input: { name: string; dateOfBirth: string }): TSubjectByIdentity[] {
  const { db, blindIndexKey: key } = ctx.deps;
  const names = nameFieldTokens(key, 'NAME', input.name).filter((t) => t.kind === 'EXACT');
  if (names.length === 0) throw badInput('name', 'Give at least one name of two letters or more', 'TOO_SHORT', { limit: 2 });
  const tokens = [...names.map((t) => t.token), blindToken(key, 'BIRTH', input.dateOfBirth)];
  const matched = repo.referralSubjects(db, repo.referralsWithAllTokens(db, tokens));
  const subjectIds = [...new Set(matched.map((r) => resolveSubjectId(db, r.subjectId) ?? r.subjectId))];
  // Every submitted referral of the person (also those made under another name, or under a
  // subject merged into this one): the report covers them all.
  const bySubject = new Map<string, TSubjectByIdentity>();
  for (const subjectId of subjectIds) {
    const own = [subjectId, ...repo.aliasesOf(db, subjectId).map((s) => s.id)];
    const referralIds = own.flatMap((id) => repo.referralsOfSubject(db, id).map((r) => r.id));
    const referrals = repo.referralSubjects(db, referralIds).map((r) => ({ id: r.id, reference: r.reference }));
    bySubject.set(subjectId, { subjectId, pseudonym: repo.findSubject(db, subjectId)?.pseudonym ?? '', referrals });
  }
  const out = [...bySubject.values()];
  for (const s of out) s.referrals.sort((a, b) => a.reference.localeCompare(b.reference));
  return out.sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
}

// --- For other modules ---------------------------------------------------------------------------
// The subject access report (audit.service.ts) follows a subject's merges through these.
export { aliasesOf } from './subjects.repo.js';
export { resolveSubjectId };
// Retention's purge (retention.repo.ts) drops a purged referral's match tokens in its unit of work.
export { forgetReferral } from './match-index.js';

export type { TMergeRow } from './subjects.repo.js';

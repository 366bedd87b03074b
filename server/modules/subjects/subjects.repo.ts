// Queries of subject matching: the blind-index tokens, the controller's dismissals and merges,
// and the subjects' alias chain. No plaintext personal value is ever a query condition here.
import { and, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { referrals, subjectMatchDismissals, subjectMatchIndexed, subjectMatchTokens, subjectMerges, subjects } from '../../../db/schema/index.js';
import type { TExecutor } from '../../core/db.js';
import type { TBlindToken } from './blind-index.js';

export type TMergeRow = typeof subjectMerges.$inferSelect;
export type TSubjectRow = typeof subjects.$inferSelect;

/** Replaces these referrals' tokens and records under which key they were made (a batch: few statements). */
export function replaceTokens(ex: TExecutor, options: { entries: Array<{ referralId: string; tokens: TBlindToken[] }>; keyId: string; at: string }): void {
  const ids = options.entries.map((e) => e.referralId);
  if (ids.length === 0) return;
  for (let i = 0; i < ids.length; i += 500) ex.delete(subjectMatchTokens).where(inArray(subjectMatchTokens.referralId, ids.slice(i, i + 500))).run();
  const rows = options.entries.flatMap((e) => e.tokens.map((t) => ({ referralId: e.referralId, token: t.token, field: t.field, kind: t.kind })));
  // SQLite binds at most 32 766 variables per statement: 4 per row.
  for (let i = 0; i < rows.length; i += 2000) ex.insert(subjectMatchTokens).values(rows.slice(i, i + 2000)).run();
  const indexed = ids.map((referralId) => ({ referralId, keyId: options.keyId, indexedAt: options.at }));
  for (let i = 0; i < indexed.length; i += 2000) {
    ex.insert(subjectMatchIndexed)
      .values(indexed.slice(i, i + 2000))
      .onConflictDoUpdate({ target: subjectMatchIndexed.referralId, set: { keyId: sql`excluded.key_id`, indexedAt: sql`excluded.indexed_at` } })
      .run();
  }
}

/** Retention: a referral erased keeps no token (its index row stays, so the backfill passes it over). */
export function deleteTokens(ex: TExecutor, referralId: string): void {
  ex.delete(subjectMatchTokens).where(eq(subjectMatchTokens.referralId, referralId)).run();
}

/** Submitted referrals, not erased, not yet indexed under this key: what the start-up backfill indexes. */
export function referralsToIndex(ex: TExecutor, options: { keyId: string; limit: number }): string[] {
  return ex
    .select({ id: referrals.id })
    .from(referrals)
    .leftJoin(subjectMatchIndexed, eq(subjectMatchIndexed.referralId, referrals.id))
    .where(and(ne(referrals.state, 'DRAFT'), isNull(referrals.erasedAt), or(isNull(subjectMatchIndexed.keyId), ne(subjectMatchIndexed.keyId, options.keyId))))
    .limit(options.limit)
    .all()
    .map((r) => r.id);
}

export type TTokenHit = { referralId: string; token: string; field: string };

/**
 * The referrals that share the most of `tokens`, through the covering token index alone: a rough
 * rank (an exact token 1, a sound key 0.5, the date of birth 1.5) in SQL, so that only the best
 * `limit` are looked at further, however common a name is.
 */
export function rankByTokens(ex: TExecutor, options: { tokens: string[]; limit: number; withinReferralIds?: string[] }): string[] {
  if (options.tokens.length === 0) return [];
  const within = options.withinReferralIds ? inArray(subjectMatchTokens.referralId, options.withinReferralIds) : undefined;
  return ex
    .select({ referralId: subjectMatchTokens.referralId })
    .from(subjectMatchTokens)
    .where(and(inArray(subjectMatchTokens.token, options.tokens), within))
    .groupBy(subjectMatchTokens.referralId)
    .orderBy(sql`sum(case ${subjectMatchTokens.kind} when 'EXACT' then 1.0 when 'SOUND' then 0.5 else 1.5 end) desc`, subjectMatchTokens.referralId)
    .limit(options.limit)
    .all()
    .map((r) => r.referralId);
}

/** The tokens among `tokens` that these referrals have. */
export function tokenHits(ex: TExecutor, options: { tokens: string[]; referralIds: string[] }): TTokenHit[] {
  if (options.tokens.length === 0 || options.referralIds.length === 0) return [];
  return ex
    .select({ referralId: subjectMatchTokens.referralId, token: subjectMatchTokens.token, field: subjectMatchTokens.field })
    .from(subjectMatchTokens)
    .where(and(inArray(subjectMatchTokens.referralId, options.referralIds), inArray(subjectMatchTokens.token, options.tokens)))
    .all();
}

/** The facts matching needs of candidate referrals: those submitted and not erased. */
export function candidateReferrals(ex: TExecutor, referralIds: string[]) {
  if (referralIds.length === 0) return [];
  return ex
    .select({ id: referrals.id, subjectId: referrals.subjectId, nationality: referrals.nationality, submittedAt: referrals.submittedAt, createdAt: referrals.createdAt })
    .from(referrals)
    .where(and(inArray(referrals.id, referralIds), ne(referrals.state, 'DRAFT'), isNull(referrals.erasedAt)))
    .all();
}

/** How many EXACT name and alias tokens each referral has (the other side of a name's overlap). */
export function exactTokenCounts(ex: TExecutor, referralIds: string[]): Array<{ referralId: string; field: string; n: number }> {
  if (referralIds.length === 0) return [];
  return ex
    .select({ referralId: subjectMatchTokens.referralId, field: subjectMatchTokens.field, n: sql<number>`count(*)` })
    .from(subjectMatchTokens)
    .where(and(inArray(subjectMatchTokens.referralId, referralIds), eq(subjectMatchTokens.kind, 'EXACT')))
    .groupBy(subjectMatchTokens.referralId, subjectMatchTokens.field)
    .all();
}

/** The pair as stored: the smaller id first. */
export function dismissalKey(a: string, b: string): { subjectId: string; otherSubjectId: string } {
  return a < b ? { subjectId: a, otherSubjectId: b } : { subjectId: b, otherSubjectId: a };
}

/**
 * The subjects dismissed as matches of `subjectId`: pairs recorded under it or under one of its
 * aliases: the other side of each, as recorded (subjects.service.ts adds what each stands for now).
 */
export function dismissedOthers(ex: TExecutor, subjectId: string): string[] {
  const own = [subjectId, ...aliasesOf(ex, subjectId).map((s) => s.id)];
  const rows = ex
    .select({ a: subjectMatchDismissals.subjectId, b: subjectMatchDismissals.otherSubjectId })
    .from(subjectMatchDismissals)
    .where(or(inArray(subjectMatchDismissals.subjectId, own), inArray(subjectMatchDismissals.otherSubjectId, own)))
    .all();
  return rows.map((r) => (own.includes(r.a) ? r.b : r.a));
}

export function insertDismissal(ex: TExecutor, row: typeof subjectMatchDismissals.$inferInsert): boolean {
  return ex.insert(subjectMatchDismissals).values(row).onConflictDoNothing().run().changes === 1;
}

export function findSubject(ex: TExecutor, id: string): TSubjectRow | undefined {
  return ex.select().from(subjects).where(eq(subjects.id, id)).get();
}

/** The subjects merged into this one (directly or through a chain): their pseudonyms still name it. */
export function aliasesOf(ex: TExecutor, subjectId: string): TSubjectRow[] {
  const out: TSubjectRow[] = [];
  let frontier = [subjectId];
  for (let depth = 0; frontier.length > 0 && depth < 50; depth += 1) {
    const found = ex.select().from(subjects).where(inArray(subjects.mergedIntoId, frontier)).all();
    out.push(...found);
    frontier = found.map((s) => s.id);
  }
  return out;
}

export function referralsOfSubject(ex: TExecutor, subjectId: string) {
  return ex.select().from(referrals).where(eq(referrals.subjectId, subjectId)).all();
}

export function insertMerge(ex: TExecutor, row: typeof subjectMerges.$inferInsert): void {
  ex.insert(subjectMerges).values(row).run();
}

export function findMerge(ex: TExecutor, id: string): TMergeRow | undefined {
  return ex.select().from(subjectMerges).where(eq(subjectMerges.id, id)).get();
}

/** Merges that concern these subjects (as the surviving or the merged one), newest first. */
export function mergesOfSubjects(ex: TExecutor, subjectIds: string[]): TMergeRow[] {
  if (subjectIds.length === 0) return [];
  return ex
    .select()
    .from(subjectMerges)
    .where(or(inArray(subjectMerges.survivingSubjectId, subjectIds), inArray(subjectMerges.mergedSubjectId, subjectIds)))
    .orderBy(desc(subjectMerges.mergedAt))
    .all();
}

/**
 * Moves a referral to another subject, remembering the subject it was referred under. Neither its
 * version nor its updated time changes: a merge is no change to the referral's data, and a referrer
 * that saw either move would learn that something happened to the person's record.
 */
export function moveReferral(ex: TExecutor, options: { referralId: string; toSubjectId: string; referredSubjectId: string | null }): void {
  ex.update(referrals).set({ subjectId: options.toSubjectId, referredSubjectId: options.referredSubjectId }).where(eq(referrals.id, options.referralId)).run();
}

/** Referrals made under an alias after its merge (existingSubjectId): they belong to it again on an unmerge. */
export function referralsReferredUnder(ex: TExecutor, options: { subjectId: string; referredSubjectId: string }) {
  return ex
    .select()
    .from(referrals)
    .where(and(eq(referrals.subjectId, options.subjectId), eq(referrals.referredSubjectId, options.referredSubjectId)))
    .all();
}

export function setMergedInto(ex: TExecutor, options: { subjectId: string; mergedIntoId: string | null; at: string | null }): void {
  ex.update(subjects).set({ mergedIntoId: options.mergedIntoId, mergedAt: options.at }).where(eq(subjects.id, options.subjectId)).run();
}

export function markUnmerged(ex: TExecutor, options: { id: string; userId: string; organisationId: string; at: string }): boolean {
  return (
    ex
      .update(subjectMerges)
      .set({ unmergedAt: options.at, unmergedByUserId: options.userId, unmergedByOrganisationId: options.organisationId })
      .where(and(eq(subjectMerges.id, options.id), isNull(subjectMerges.unmergedAt)))
      .run().changes === 1
  );
}

/**
 * Referrals that hold every one of `tokens` (in any field), through the token index alone: an
 * exact look-up by keyed tokens, no plaintext value and no scan of personal data.
 */
export function referralsWithAllTokens(ex: TExecutor, tokens: string[]): string[] {
  if (tokens.length === 0) return [];
  return ex
    .select({ referralId: subjectMatchTokens.referralId })
    .from(subjectMatchTokens)
    .where(inArray(subjectMatchTokens.token, tokens))
    .groupBy(subjectMatchTokens.referralId)
    .having(sql`count(distinct ${subjectMatchTokens.token}) = ${tokens.length}`)
    .all()
    .map((r) => r.referralId);
}

/** Submitted, unerased referrals' subjects and references, for the auditor's subject search. */
export function referralSubjects(ex: TExecutor, referralIds: string[]) {
  if (referralIds.length === 0) return [];
  return ex
    .select({ id: referrals.id, reference: referrals.reference, subjectId: referrals.subjectId })
    .from(referrals)
    .where(and(inArray(referrals.id, referralIds), ne(referrals.state, 'DRAFT'), isNull(referrals.erasedAt)))
    .all();
}

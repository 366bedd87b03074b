// Queries of the sharing domain: access grants and break-glass grants, and the few facts about
// referrals and case complexes that deciding on a grant needs (read here directly, read-only).
import { and, asc, desc, eq, gt, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { accessGrants, accessRequests, caseComplexes, caseComplexReferrals, organisations, referralConsents, referrals } from '../../../db/schema/index.js';
import { insertionOrder, type TExecutor } from '../../core/db.js';
import { openFields, SEALED, sealFields } from '../../core/sealing/sealed-columns.js';
import { recordKeyId, type TSealer } from '../../core/sealing/sealer.js';

import type { TGrantRow } from '../referrals/referrals.service.js';

type TReferralRowOf = typeof referrals.$inferSelect;

export type { TGrantRow };

export type TReferralFacts = {
  id: string;
  version: number;
  erasedAt: string | null;
  state: TReferralRowOf['state'];
  subjectId: string;
  referringOrganisationId: string;
  receivingOrganisationId: string | null;
  competentAuthorityId: string | null;
  consentToReferral: TReferralRowOf['consentToReferral'];
  consentToDisclosure: TReferralRowOf['consentToDisclosure'];
};

const REFERRAL_FACTS = {
  id: referrals.id,
  version: referrals.version,
  erasedAt: referrals.erasedAt,
  state: referrals.state,
  subjectId: referrals.subjectId,
  referringOrganisationId: referrals.referringOrganisationId,
  receivingOrganisationId: referrals.receivingOrganisationId,
  competentAuthorityId: referrals.competentAuthorityId,
  consentToReferral: referrals.consentToReferral,
  consentToDisclosure: referrals.consentToDisclosure,
};

export function findReferralFacts(ex: TExecutor, id: string): TReferralFacts | undefined {
  return ex.select(REFERRAL_FACTS).from(referrals).where(eq(referrals.id, id)).get();
}

export function findCaseComplex(ex: TExecutor, id: string): { id: string; leadOrganisationId: string } | undefined {
  return ex.select({ id: caseComplexes.id, leadOrganisationId: caseComplexes.leadOrganisationId }).from(caseComplexes).where(eq(caseComplexes.id, id)).get();
}

/** The referrals linked to a case complex now. */
export function findComplexReferrals(ex: TExecutor, caseComplexId: string): TReferralFacts[] {
  return ex
    .select(REFERRAL_FACTS)
    .from(caseComplexReferrals)
    .innerJoin(referrals, eq(referrals.id, caseComplexReferrals.referralId))
    .where(eq(caseComplexReferrals.caseComplexId, caseComplexId))
    .all();
}

// Sealed (docs/adr/0021-…): a grant's free texts (break-glass justification, revoke reason, review
// note, consent-override reason) and a request's reason and refusal reason, under the data key of
// the referral they concern (a complex grant: the complex's), so they are shredded with it. Written
// sealed here; opened where they are shown (openGrantTexts, openRequestTexts).
const grantRef = (g: { id: string; referralId?: string | null; caseComplexId?: string | null }) => ({
  rowId: g.id,
  keyId: g.referralId ? recordKeyId('referral', g.referralId) : recordKeyId('complex', g.caseComplexId ?? ''),
});
const requestRef = (r: { id: string; referralId: string }) => ({ rowId: r.id, keyId: recordKeyId('referral', r.referralId) });

// A service may hand back the row it has just written (in memory, plaintext): `written`.
export function openGrantTexts(sealer: TSealer, row: TGrantRow): TGrantRow {
  return openFields(sealer, SEALED.accessGrants, grantRef(row), row, { written: true });
}

export function openRequestTexts(sealer: TSealer, row: TRequestRow): TRequestRow {
  return openFields(sealer, SEALED.accessRequests, requestRef(row), row, { written: true });
}

function grantKeyOf(ex: TExecutor, id: string) {
  return ex.select({ id: accessGrants.id, referralId: accessGrants.referralId, caseComplexId: accessGrants.caseComplexId }).from(accessGrants).where(eq(accessGrants.id, id)).get();
}

export function insertGrant(ex: TExecutor, sealer: TSealer, row: typeof accessGrants.$inferInsert): void {
  ex.insert(accessGrants).values(sealFields(sealer, SEALED.accessGrants, grantRef(row), row)).run();
}

export function findGrant(ex: TExecutor, id: string): TGrantRow | undefined {
  return ex.select().from(accessGrants).where(eq(accessGrants.id, id)).get();
}

/** Revokes a grant that is not revoked yet; false if someone revoked it first. */
export function revokeGrant(ex: TExecutor, sealer: TSealer, id: string, values: { revokedAt: string; revokedByUserId: string; revokeReason: string }): boolean {
  const key = grantKeyOf(ex, id);
  if (!key) return false;
  return ex.update(accessGrants).set(sealFields(sealer, SEALED.accessGrants, grantRef(key), values)).where(and(eq(accessGrants.id, id), isNull(accessGrants.revokedAt))).run().changes === 1;
}

/** Marks a break-glass use (or a consent override) reviewed; false if it was reviewed already. */
export function reviewGrant(
  ex: TExecutor,
  sealer: TSealer,
  id: string,
  values: { reviewedAt: string; reviewedByUserId: string; reviewNote: string },
  kind: 'BREAK_GLASS' | 'CONSENT_OVERRIDE' = 'BREAK_GLASS',
): boolean {
  const what = kind === 'BREAK_GLASS' ? eq(accessGrants.breakGlass, true) : eq(accessGrants.consentOverride, true);
  const key = grantKeyOf(ex, id);
  if (!key) return false;
  return ex
    .update(accessGrants)
    .set(sealFields(sealer, SEALED.accessGrants, grantRef(key), values))
    .where(and(eq(accessGrants.id, id), what, isNull(accessGrants.reviewedAt)))
    .run().changes === 1;
}

/** Lowers a grant's level, marking what it was, when and why; false when its level changed meanwhile. */
export function capGrant(ex: TExecutor, id: string, values: { fromLevel: string; toLevel: string; at: string; reason: string }): boolean {
  return ex
    .update(accessGrants)
    .set({ level: values.toLevel, cappedFromLevel: values.fromLevel, cappedAt: values.at, capReason: values.reason })
    .where(and(eq(accessGrants.id, id), eq(accessGrants.level, values.fromLevel)))
    .run().changes === 1;
}

/** Active grants (not break-glass) above SUMMARY: the candidates the controller rule is checked against. */
export function findActiveGrantsAboveSummary(ex: TExecutor, now: string): TGrantRow[] {
  return ex
    .select()
    .from(accessGrants)
    .where(and(eq(accessGrants.breakGlass, false), ne(accessGrants.level, 'SUMMARY'), isNull(accessGrants.revokedAt), gt(accessGrants.expiresAt, now)))
    .orderBy(asc(accessGrants.createdAt), asc(insertionOrder(accessGrants)))
    .all();
}

/** Active FULL grants made on one referral (consent withdrawal caps them). */
export function findActiveFullGrantsOn(ex: TExecutor, referralId: string, now: string): TGrantRow[] {
  return ex
    .select()
    .from(accessGrants)
    .where(and(eq(accessGrants.referralId, referralId), eq(accessGrants.level, 'FULL'), isNull(accessGrants.revokedAt), gt(accessGrants.expiresAt, now)))
    .all();
}

/** Active grants on a case complex. */
export function findActiveComplexGrants(ex: TExecutor, caseComplexId: string, now: string): TGrantRow[] {
  return ex
    .select()
    .from(accessGrants)
    .where(and(eq(accessGrants.caseComplexId, caseComplexId), isNull(accessGrants.revokedAt), gt(accessGrants.expiresAt, now)))
    .all();
}

/** The grants an auditor reviews (the kind's condition, and the organisation's when given), newest first. */
function listForReview(ex: TExecutor, kind: SQL, organisation: SQL | null, unreviewedOnly: boolean): TGrantRow[] {
  const conditions = [kind];
  if (organisation) conditions.push(organisation);
  if (unreviewedOnly) conditions.push(isNull(accessGrants.reviewedAt));
  return ex
    .select()
    .from(accessGrants)
    .where(and(...conditions))
    .orderBy(desc(accessGrants.createdAt), desc(insertionOrder(accessGrants)))
    .limit(500)
    .all();
}

/** Consent overrides granted by one organisation (or by all, for CMM auditors), newest first. */
export function listConsentOverrides(ex: TExecutor, options: { grantedByOrganisationId: string | null; unreviewedOnly: boolean }): TGrantRow[] {
  const organisation = options.grantedByOrganisationId ? eq(accessGrants.grantedByOrganisationId, options.grantedByOrganisationId) : null;
  return listForReview(ex, eq(accessGrants.consentOverride, true), organisation, options.unreviewedOnly);
}

/** Unreviewed break-glass uses made before `usedBefore` whose overdue review CMM's auditors have not been told of. */
export function findUnreviewedBreakGlass(ex: TExecutor, usedBefore: string): TGrantRow[] {
  return ex
    .select()
    .from(accessGrants)
    .where(and(eq(accessGrants.breakGlass, true), isNull(accessGrants.reviewedAt), isNull(accessGrants.reviewOverdueNoticeSentAt), lte(accessGrants.createdAt, usedBefore)))
    .all();
}

/** Claims the overdue-review notice of a break-glass use; false when it was sent already or the use was reviewed. */
export function claimReviewOverdueNotice(ex: TExecutor, id: string, sentAt: string): boolean {
  return ex
    .update(accessGrants)
    .set({ reviewOverdueNoticeSentAt: sentAt })
    .where(and(eq(accessGrants.id, id), isNull(accessGrants.reviewOverdueNoticeSentAt), isNull(accessGrants.reviewedAt)))
    .run().changes === 1;
}

export function findOrganisationIdsOfKind(ex: TExecutor, kind: string): string[] {
  return ex.select({ id: organisations.id }).from(organisations).where(eq(organisations.kind, kind)).all().map((o) => o.id);
}

// --- Access requests ---------------------------------------------------------------------------

export type TRequestRow = typeof accessRequests.$inferSelect;

export function insertRequest(ex: TExecutor, sealer: TSealer, row: typeof accessRequests.$inferInsert): void {
  ex.insert(accessRequests).values(sealFields(sealer, SEALED.accessRequests, requestRef(row), row)).run();
}

export function findRequest(ex: TExecutor, id: string): TRequestRow | undefined {
  return ex.select().from(accessRequests).where(eq(accessRequests.id, id)).get();
}

/** The open (awaiting confirmation or pending) request of an organisation for a referral, if any. */
export function findOpenRequest(ex: TExecutor, options: { referralId: string; organisationId: string }): TRequestRow | undefined {
  return ex
    .select()
    .from(accessRequests)
    .where(
      and(
        eq(accessRequests.referralId, options.referralId),
        eq(accessRequests.organisationId, options.organisationId),
        inArray(accessRequests.state, ['AWAITING_CONFIRMATION', 'PENDING']),
      ),
    )
    .get();
}

/** Moves a request from one state to another; false when it was no longer in `from`. */
export function moveRequest(ex: TExecutor, sealer: TSealer, id: string, from: readonly string[], values: Partial<typeof accessRequests.$inferInsert> & { state: string }): boolean {
  const key = ex.select({ id: accessRequests.id, referralId: accessRequests.referralId }).from(accessRequests).where(eq(accessRequests.id, id)).get();
  if (!key) return false;
  return ex
    .update(accessRequests)
    .set(sealFields(sealer, SEALED.accessRequests, requestRef(key), values))
    .where(and(eq(accessRequests.id, id), inArray(accessRequests.state, [...from])))
    .run().changes === 1;
}

/**
 * The requests an organisation sees: those it made, and those on referrals it controls (every
 * referral for CMM, those whose competent authority it is otherwise) that its controller side
 * acts on (awaiting-confirmation requests are the requester's still). Newest first.
 */
export function listRequests(ex: TExecutor, options: { organisationId: string; controlsAll: boolean; state: string | null; limit: number }): TRequestRow[] {
  const controlled: SQL = options.controlsAll
    ? ne(accessRequests.state, 'AWAITING_CONFIRMATION')
    : and(
        ne(accessRequests.state, 'AWAITING_CONFIRMATION'),
        inArray(accessRequests.referralId, ex.select({ id: referrals.id }).from(referrals).where(eq(referrals.competentAuthorityId, options.organisationId))),
      )!;
  const conditions: SQL[] = [or(eq(accessRequests.organisationId, options.organisationId), controlled)!];
  if (options.state) conditions.push(eq(accessRequests.state, options.state));
  return ex
    .select()
    .from(accessRequests)
    .where(and(...conditions))
    .orderBy(desc(accessRequests.createdAt), desc(insertionOrder(accessRequests)))
    .limit(options.limit)
    .all();
}

/** Every request about one subject's referrals (for the controller's view of a referral). */
export function findRequestsOn(ex: TExecutor, referralId: string): TRequestRow[] {
  return ex.select().from(accessRequests).where(eq(accessRequests.referralId, referralId)).orderBy(desc(accessRequests.createdAt)).all();
}

// --- Consent -----------------------------------------------------------------------------------

export type TConsentRow = typeof referralConsents.$inferSelect;

export function insertConsent(ex: TExecutor, row: typeof referralConsents.$inferInsert): void {
  ex.insert(referralConsents).values(row).run();
}

export function latestConsentVersion(ex: TExecutor, referralId: string): number {
  const row = ex.select({ version: referralConsents.version }).from(referralConsents).where(eq(referralConsents.referralId, referralId)).orderBy(desc(referralConsents.version)).limit(1).get();
  return row?.version ?? 0;
}

/** Sets a referral's consent and raises its version; false when the version moved on (or the state changed) meanwhile. */
export function setConsent(
  ex: TExecutor,
  options: { id: string; version: number; state: TReferralRowOf['state']; consentToReferral: TReferralRowOf['consentToReferral']; consentToDisclosure: TReferralRowOf['consentToDisclosure']; updatedAt: string },
): boolean {
  return ex
    .update(referrals)
    .set({ consentToReferral: options.consentToReferral, consentToDisclosure: options.consentToDisclosure, updatedAt: options.updatedAt, version: sql`${referrals.version} + 1` })
    .where(and(eq(referrals.id, options.id), eq(referrals.version, options.version), eq(referrals.state, options.state)))
    .run().changes === 1;
}

export function findConsents(ex: TExecutor, referralIds: readonly string[]): TConsentRow[] {
  if (referralIds.length === 0) return [];
  return ex.select().from(referralConsents).where(inArray(referralConsents.referralId, [...referralIds])).orderBy(asc(referralConsents.version)).all();
}

/** Break-glass grants of one organisation's users (or of all, for CMM auditors), newest first. */
export function listBreakGlass(ex: TExecutor, options: { organisationId: string | null; unreviewedOnly: boolean }): TGrantRow[] {
  const organisation = options.organisationId ? eq(accessGrants.organisationId, options.organisationId) : null;
  return listForReview(ex, eq(accessGrants.breakGlass, true), organisation, options.unreviewedOnly);
}

/** Grants (not break-glass) that are active and expire by `until`, whose grantee has not been told yet. */
export function findExpiringGrants(ex: TExecutor, options: { now: string; until: string }): TGrantRow[] {
  return ex
    .select()
    .from(accessGrants)
    .where(
      and(
        eq(accessGrants.breakGlass, false),
        isNull(accessGrants.revokedAt),
        isNull(accessGrants.expiryNoticeSentAt),
        gt(accessGrants.expiresAt, options.now),
        lte(accessGrants.expiresAt, options.until),
      ),
    )
    .all();
}

/** Claims the expiry notice of a grant; false when it was sent already. */
export function claimExpiryNotice(ex: TExecutor, id: string, sentAt: string): boolean {
  return ex
    .update(accessGrants)
    .set({ expiryNoticeSentAt: sentAt })
    .where(and(eq(accessGrants.id, id), isNull(accessGrants.expiryNoticeSentAt)))
    .run().changes === 1;
}


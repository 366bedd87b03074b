// Queries of the sharing domain: access grants and break-glass grants, and the few facts about
// referrals and case complexes that deciding on a grant needs (read here directly, read-only).
import { and, desc, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import { accessGrants, caseComplexes, caseComplexReferrals, referrals } from '../../../db/schema/index.js';
import { insertionOrder, type TExecutor } from '../../core/db.js';

export type TGrantRow = typeof accessGrants.$inferSelect;

export type TReferralFacts = {
  id: string;
  state: string;
  subjectId: string;
  referringOrganisationId: string;
  receivingOrganisationId: string | null;
  competentAuthorityId: string | null;
  consentToDisclosure: string;
};

const REFERRAL_FACTS = {
  id: referrals.id,
  state: referrals.state,
  subjectId: referrals.subjectId,
  referringOrganisationId: referrals.referringOrganisationId,
  receivingOrganisationId: referrals.receivingOrganisationId,
  competentAuthorityId: referrals.competentAuthorityId,
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

export function insertGrant(ex: TExecutor, row: typeof accessGrants.$inferInsert): void {
  ex.insert(accessGrants).values(row).run();
}

export function findGrant(ex: TExecutor, id: string): TGrantRow | undefined {
  return ex.select().from(accessGrants).where(eq(accessGrants.id, id)).get();
}

/** Revokes a grant that is not revoked yet; false if someone revoked it first. */
export function revokeGrant(ex: TExecutor, id: string, values: { revokedAt: string; revokedByUserId: string; revokeReason: string }): boolean {
  return ex.update(accessGrants).set(values).where(and(eq(accessGrants.id, id), isNull(accessGrants.revokedAt))).run().changes === 1;
}

/** Marks a break-glass use reviewed; false if it was reviewed already. */
export function reviewGrant(ex: TExecutor, id: string, values: { reviewedAt: string; reviewedByUserId: string; reviewNote: string }): boolean {
  return ex
    .update(accessGrants)
    .set(values)
    .where(and(eq(accessGrants.id, id), eq(accessGrants.breakGlass, true), isNull(accessGrants.reviewedAt)))
    .run().changes === 1;
}

/** The case complexes a referral is linked to. */
function complexIdsOf(ex: TExecutor, referralIds: readonly string[]): Array<{ caseComplexId: string; referralId: string }> {
  if (referralIds.length === 0) return [];
  return ex
    .select({ caseComplexId: caseComplexReferrals.caseComplexId, referralId: caseComplexReferrals.referralId })
    .from(caseComplexReferrals)
    .where(inArray(caseComplexReferrals.referralId, [...referralIds]))
    .all();
}

/** Every grant on a referral or on a case complex it is linked to, whatever its status, newest first. */
export function findGrantsCovering(ex: TExecutor, referralId: string): TGrantRow[] {
  const complexIds = complexIdsOf(ex, [referralId]).map((l) => l.caseComplexId);
  const covers = complexIds.length > 0 ? or(eq(accessGrants.referralId, referralId), inArray(accessGrants.caseComplexId, complexIds)) : eq(accessGrants.referralId, referralId);
  return ex.select().from(accessGrants).where(covers).orderBy(desc(accessGrants.createdAt), desc(insertionOrder(accessGrants))).all();
}

/**
 * The grants to one organisation (or break-glass grants to one user) that cover each of the
 * referrals, directly or through a case complex, leaving out the revoked and expired ones early.
 * The access gate judges them again: this only narrows what it is given.
 */
export function findCandidateGrants(
  ex: TExecutor,
  options: { referralIds: readonly string[]; organisationId: string; userId: string; now: string },
): Map<string, TGrantRow[]> {
  const byReferral = new Map<string, TGrantRow[]>();
  if (options.referralIds.length === 0) return byReferral;
  const links = complexIdsOf(ex, options.referralIds);
  const complexIds = [...new Set(links.map((l) => l.caseComplexId))];
  const covers = complexIds.length > 0
    ? or(inArray(accessGrants.referralId, [...options.referralIds]), inArray(accessGrants.caseComplexId, complexIds))
    : inArray(accessGrants.referralId, [...options.referralIds]);
  const rows = ex
    .select()
    .from(accessGrants)
    .where(
      and(
        covers,
        eq(accessGrants.organisationId, options.organisationId),
        or(isNull(accessGrants.userId), eq(accessGrants.userId, options.userId)),
        isNull(accessGrants.revokedAt),
        gt(accessGrants.expiresAt, options.now),
      ),
    )
    .all();
  const add = (referralId: string, grant: TGrantRow) => byReferral.set(referralId, [...(byReferral.get(referralId) ?? []), grant]);
  for (const grant of rows) {
    if (grant.referralId) add(grant.referralId, grant);
    if (grant.caseComplexId) for (const link of links) if (link.caseComplexId === grant.caseComplexId) add(link.referralId, grant);
  }
  return byReferral;
}

/** Break-glass grants of one organisation's users (or of all, for CMM auditors), newest first. */
export function listBreakGlass(ex: TExecutor, options: { organisationId: string | null; unreviewedOnly: boolean }): TGrantRow[] {
  const conditions = [eq(accessGrants.breakGlass, true)];
  if (options.organisationId) conditions.push(eq(accessGrants.organisationId, options.organisationId));
  if (options.unreviewedOnly) conditions.push(isNull(accessGrants.reviewedAt));
  return ex
    .select()
    .from(accessGrants)
    .where(and(...conditions))
    .orderBy(desc(accessGrants.createdAt), desc(insertionOrder(accessGrants)))
    .limit(500)
    .all();
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


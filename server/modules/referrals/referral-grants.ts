// Which access grants cover which referrals (directly, or through a case complex the referral is
// linked to): the facts the one gate (core/access.ts referralAccess) judges a referral's access
// with. Here, in referrals, because every reader of a referral needs them; sharing, which makes and
// revokes the grants, reads them through referrals.service.ts (docs/ARCHITECTURE.md: sharing →
// referrals, not back).
import { desc, eq, inArray, or, sql } from 'drizzle-orm';
import { accessGrants, caseComplexReferrals } from '../../../db/schema/index.js';
import type { TReferralSharing, TViewer } from '../../core/access.js';
import type { TContext } from '../../core/context.js';
import { inList, insertionOrder, rowReader, tableReader, type TExecutor, type TSqlite } from '../../core/db.js';

export type TGrantRow = typeof accessGrants.$inferSelect;

/** The case complexes a referral is linked to. */
function complexIdsOf(ex: TExecutor, referralIds: readonly string[]): Array<{ caseComplexId: string; referralId: string }> {
  if (referralIds.length === 0) return [];
  // Read for every listing: without the builder's row mapping (core/db.ts rowReader).
  return ex.all(sql`select ${linkReader.columns} from ${caseComplexReferrals} where ${inList(caseComplexReferrals.referralId, referralIds)}`).map(linkReader.read);
}

const linkReader = rowReader<{ caseComplexId: string; referralId: string }>({ caseComplexId: caseComplexReferrals.caseComplexId, referralId: caseComplexReferrals.referralId });
const grantReader = tableReader(accessGrants);

/** Every grant on a referral or on a case complex it is linked to, whatever its status, newest first. */
export function findGrantsCovering(ex: TExecutor, referralId: string): TGrantRow[] {
  const complexIds = complexIdsOf(ex, [referralId]).map((l) => l.caseComplexId);
  const covers = complexIds.length > 0 ? or(eq(accessGrants.referralId, referralId), inArray(accessGrants.caseComplexId, complexIds)) : eq(accessGrants.referralId, referralId);
  return ex.select().from(accessGrants).where(covers).orderBy(desc(accessGrants.createdAt), desc(insertionOrder(accessGrants))).all();
}

// Read for every listing: written once, ids bound as JSON arrays (core/db.ts inList), raw rows.
const LINKS = `select ${linkReader.text} from case_complex_referrals where referral_id in (select value from json_each(?))`;
const CANDIDATE_GRANTS = `select ${grantReader.text} from access_grants
  where (referral_id in (select value from json_each(@referralIds)) or case_complex_id in (select value from json_each(@complexIds)))
    and organisation_id = @organisationId and (user_id is null or user_id = @userId) and revoked_at is null and expires_at > @now`;

/**
 * The grants to one organisation (or break-glass grants to one user) that cover each of the
 * referrals, directly or through a case complex, leaving out the revoked and expired ones early.
 * The access gate judges them again: this only narrows what it is given. On the one connection,
 * so inside a unit of work it reads that unit's writes.
 */
export function findCandidateGrants(
  sqlite: TSqlite,
  options: { referralIds: readonly string[]; organisationId: string; userId: string; now: string },
): Map<string, TGrantRow[]> {
  const byReferral = new Map<string, TGrantRow[]>();
  if (options.referralIds.length === 0) return byReferral;
  const referralIds = JSON.stringify(options.referralIds);
  const links = (sqlite.prepare(LINKS).raw().all(referralIds) as unknown[][]).map(linkReader.fromRaw);
  const complexIds = JSON.stringify([...new Set(links.map((l) => l.caseComplexId))]);
  const rows = (sqlite.prepare(CANDIDATE_GRANTS).raw().all({ referralIds, complexIds, organisationId: options.organisationId, userId: options.userId, now: options.now }) as unknown[][]).map(grantReader.fromRaw);
  const add = (referralId: string, grant: TGrantRow) => byReferral.set(referralId, [...(byReferral.get(referralId) ?? []), grant]);
  for (const grant of rows) {
    if (grant.referralId) add(grant.referralId, grant);
    if (grant.caseComplexId) for (const link of links) if (link.caseComplexId === grant.caseComplexId) add(link.referralId, grant);
  }
  return byReferral;
}

/**
 * The grants that may give this viewer access to each of the referrals, judged by the gate at the
 * time of this request: `referralAccess(viewer, row, sharing(row.id))`.
 */
export function referralSharing(ctx: TContext, viewer: TViewer, referralIds: readonly string[]): (referralId: string) => TReferralSharing {
  const now = ctx.deps.clock.now();
  const byReferral = findCandidateGrants(ctx.deps.sqlite, { referralIds, organisationId: viewer.organisationId, userId: viewer.userId, now: now.toISOString() });
  return (referralId) => ({ grants: byReferral.get(referralId) ?? [], now });
}

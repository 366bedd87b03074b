// Listing referrals for a viewer: the access rule as SQL (referralListScope), the page, and one
// audit record per search with a hit per person it returned (ADR 0022).
import { referralAccess, referralListScope, requireViewer, type TReferralData } from '../../core/access.js';
import { recordReadAudit, type TDataCategory } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { sha256Hex } from '../../core/ids.js';
import { decodeCursor, encodeCursor, pageOf, pageSize } from '../../core/pagination.js';
import { findOrganisationByCode, findOrganisationsByIds } from '../organisations/organisations.service.js';
import { shownSubjectId, type TReferralView } from './referral-gate.js';
import { referralSharing } from './referral-grants.js';
import { CATEGORY_ORDER, listingReads, showListed } from './referral-reader.js';
import * as repo from './referrals.repo.js';

export type TReferralListInput = {
  filter?: (Omit<repo.TReferralFilter, 'referringOrganisationId'> & { referringOrganisationCode?: string | null }) | null;
  first?: number | null;
  after?: string | null;
};

/** Referrals are listed newest first: the cursor is the last row's [createdAt, id]. */
export function referralCursor(row: repo.TReferralRow): string {
  return encodeCursor([row.createdAt, row.id]);
}

/**
 * The page's organisations (referring, receiving, competent) and the pseudonyms its viewer is
 * shown, each read in one statement and put on the views: graphql-js then resolves every node
 * without a promise (ADR 0022).
 */
function withListedParts(ctx: TContext, views: TReferralView[]): void {
  const organisationIds = new Set<string>();
  for (const { row } of views) {
    organisationIds.add(row.referringOrganisationId);
    if (row.receivingOrganisationId) organisationIds.add(row.receivingOrganisationId);
    if (row.competentAuthorityId) organisationIds.add(row.competentAuthorityId);
  }
  const organisations = new Map(findOrganisationsByIds(ctx.deps.sqlite, [...organisationIds]).map((o) => [o.id, o]));
  const subjectIds = views.map((v) => shownSubjectId(ctx, v));
  const pseudonyms = repo.findSubjectPseudonyms(ctx.deps.sqlite, [...new Set(subjectIds)]);
  views.forEach((view, i) => {
    view.listed = { organisations, pseudonym: pseudonyms.get(subjectIds[i]!) };
  });
}

/**
 * `personal`: the personal data classes the caller will resolve of every listed referral
 * (listing-selection.ts); they are read with the page and recorded in its search record.
 */
export async function listReferrals(ctx: TContext, input: TReferralListInput, personal: readonly TReferralData[] = []) {
  const viewer = requireViewer(ctx.viewer);
  const first = pageSize(input.first, { fallback: 20, max: 100 });
  const [createdAt, id] = input.after ? decodeCursor(input.after, ['string', 'string']) : [];
  const after = createdAt !== undefined && id !== undefined ? { createdAt, id } : null;
  const { referringOrganisationCode, ...rest } = input.filter ?? {};
  let referringOrganisationId: string | null = null;
  if (referringOrganisationCode) {
    referringOrganisationId = findOrganisationByCode(ctx.deps.db, referringOrganisationCode)?.id ?? null;
    if (!referringOrganisationId) throw badInput('filter.referringOrganisationCode', 'Unknown organisation', 'UNKNOWN_ORGANISATION');
  }
  if (rest.text && rest.text.length > 100) throw badInput('filter.text', 'At most 100 characters', 'TOO_LONG', { limit: 100 });
  const clockNow = ctx.deps.clock.now();
  const now = clockNow.toISOString();
  const query = { scope: referralListScope(viewer, clockNow), filter: { ...rest, referringOrganisationId }, now };
  const result = repo.listReferrals(ctx.deps.sqlite, { ...query, first: first + 1, after });
  // totalCount counts every match (a scan that grows with the table): only when the client asks
  // for it (GraphQL calls a function field's value), once, so a page costs the same at any size.
  let total: number | null = null;
  const totalCount = () => (total ??= repo.countReferrals(ctx.deps.sqlite, query));
  const { rows, pageInfo } = pageOf(result.rows, first, referralCursor);
  const sharing = referralSharing(ctx, viewer, rows.map((row) => row.id));
  const views: TReferralView[] = rows.map((row) => ({ row, access: referralAccess(viewer, row, sharing(row.id)) })).filter((v) => v.access.level !== 'NONE');
  withListedParts(ctx, views);
  // The criteria are recorded, but free text only as a hash: someone may type a name into it.
  const criteria: Record<string, string> = {};
  for (const [key, value] of Object.entries(rest)) if (value !== null && value !== undefined && key !== 'text') criteria[key] = String(value);
  if (referringOrganisationCode) criteria.referringOrganisationCode = referringOrganisationCode;
  if (rest.text) criteria.textSha256 = sha256Hex(rest.text);
  // What it shows of each referral's personal data is recorded on that referral's hit (ADR 0022,
  // decision 33): one record, a hit per person, whatever the fields.
  const reads = personal.length > 0 ? listingReads(views, personal, ctx) : null;
  const shownCategories = new Set<TDataCategory>();
  if (reads) for (const read of reads) for (const c of read?.categories ?? []) shownCategories.add(c);
  // Committed with the records of concurrent requests; nothing is returned before it is durable.
  await recordReadAudit(ctx, [
    {
      action: 'REFERRAL_SEARCH',
      objectType: 'Referral',
      purpose: 'CASE_HANDLING',
      details: { ...criteria, results: views.length },
      dataCategories: shownCategories.size > 0 ? CATEGORY_ORDER.filter((c) => shownCategories.has(c)) : null,
      // Every person the search returned, as a hit of this one record (ADR 0022), so the subject
      // access report lists the searches that showed them, and what of their data it showed.
      hits: views.map((v, i) => {
        const read = reads?.[i];
        return read
          ? { objectId: v.row.id, subjectId: v.row.subjectId, purpose: v.access.purpose, dataCategories: read.categories, details: read.details }
          : { objectId: v.row.id, subjectId: v.row.subjectId, purpose: v.access.purpose };
      }),
    },
  ]);
  if (reads) showListed(ctx, views, reads);
  return {
    edges: views.map((view) => ({ cursor: referralCursor(view.row), node: view })),
    pageInfo,
    totalCount,
  };
}

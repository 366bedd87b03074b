// Queries of the reference-group review: the non-identifying facts of a region's referrals, and
// the review notes. Only reference-groups.service.ts imports this. A note's text is free text that
// may name a person: sealed under the note's own data key (docs/adr/0021-…), shredded by retention.
import type { TRegion } from '../../core/vocabulary.js';
import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, lte, ne, sql } from 'drizzle-orm';
import { organisations, referrals, reviewNotes, subjects, users } from '../../../db/schema/index.js';
import { insertionOrder, type TExecutor } from '../../core/db.js';
import { openFields, SEALED, sealFields } from '../../core/sealing/sealed-columns.js';
import { recordKeyId, type TSealer } from '../../core/sealing/sealer.js';

export type TReviewRow = Pick<
  typeof referrals.$inferSelect,
  | 'id'
  | 'reference'
  | 'state'
  | 'urgency'
  | 'ageBand'
  | 'suspectedExploitation'
  | 'sector'
  | 'decision'
  | 'submittedAt'
  | 'acknowledgedAt'
  | 'interviewAt'
  | 'assessedOn'
  | 'acknowledgeBy'
  | 'interviewBy'
  | 'receivingOrganisationId'
  | 'region'
  | 'gender'
> & { referringKind: string; pseudonym: string };

export type TNoteRow = typeof reviewNotes.$inferSelect & { authorName: string; authorOrganisationId: string; referralReference: string | null };

/**
 * Submitted referrals of some regions whose submission time lies in [fromIso, toIso) (the caller
 * widens to whole local days). The pseudonym is the one the referral was made under: a merge the
 * controller confirmed changes nothing a reference group sees.
 */
export function findSubmittedInRegions(ex: TExecutor, options: { regions: readonly TRegion[]; fromIso: string; toIso: string }): TReviewRow[] {
  return ex
    .select({
      id: referrals.id,
      reference: referrals.reference,
      state: referrals.state,
      urgency: referrals.urgency,
      ageBand: referrals.ageBand,
      suspectedExploitation: referrals.suspectedExploitation,
      sector: referrals.sector,
      decision: referrals.decision,
      submittedAt: referrals.submittedAt,
      acknowledgedAt: referrals.acknowledgedAt,
      interviewAt: referrals.interviewAt,
      assessedOn: referrals.assessedOn,
      acknowledgeBy: referrals.acknowledgeBy,
      interviewBy: referrals.interviewBy,
      receivingOrganisationId: referrals.receivingOrganisationId,
      region: referrals.region,
      gender: referrals.gender,
      referringKind: organisations.kind,
      pseudonym: subjects.pseudonym,
    })
    .from(referrals)
    .innerJoin(organisations, eq(organisations.id, referrals.referringOrganisationId))
    .innerJoin(subjects, eq(subjects.id, sql`coalesce(${referrals.referredSubjectId}, ${referrals.subjectId})`))
    .where(
      and(
        inArray(referrals.region, [...options.regions]),
        ne(referrals.state, 'DRAFT'),
        isNotNull(referrals.submittedAt),
        gte(referrals.submittedAt, options.fromIso),
        lt(referrals.submittedAt, options.toIso),
      ),
    )
    .orderBy(asc(referrals.submittedAt), asc(insertionOrder(referrals)))
    .all();
}

const noteRef = (id: string) => ({ rowId: id, keyId: recordKeyId('reviewNote', id) });

type TJoinedNote = { note: typeof reviewNotes.$inferSelect; authorName: string; authorOrganisationId: string; referralReference: string | null };

function openNote(sealer: TSealer, r: TJoinedNote): TNoteRow {
  return {
    ...openFields(sealer, SEALED.reviewNotes, noteRef(r.note.id), r.note),
    authorName: r.authorName,
    authorOrganisationId: r.authorOrganisationId,
    referralReference: r.referralReference,
  };
}

function selectNotes(ex: TExecutor) {
  return ex
    .select({ note: reviewNotes, authorName: users.name, authorOrganisationId: users.organisationId, referralReference: referrals.reference })
    .from(reviewNotes)
    .innerJoin(users, eq(users.id, reviewNotes.authorUserId))
    .leftJoin(referrals, eq(referrals.id, reviewNotes.referralId));
}

/** Whether a referral was submitted in the region (a case note must be about one the group reviews). */
export function isSubmittedInRegion(ex: TExecutor, options: { referralId: string; region: string }): boolean {
  const row = ex
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.id, options.referralId), eq(referrals.region, options.region as TRegion), ne(referrals.state, 'DRAFT'), isNotNull(referrals.submittedAt)))
    .get();
  return !!row;
}

export function insertNote(ex: TExecutor, sealer: TSealer, row: typeof reviewNotes.$inferInsert): void {
  ex.insert(reviewNotes).values(sealFields(sealer, SEALED.reviewNotes, noteRef(row.id), row)).run();
}

/**
 * The notes on some regions whose period overlaps [from, to], oldest first: one group's (null:
 * every group's); the notes on the period as a whole, and those on the given referrals.
 */
export function findNotes(
  ex: TExecutor,
  sealer: TSealer,
  options: { referenceGroup: string | null; regions: readonly string[]; from: string; to: string; referralIds: readonly string[] },
): TNoteRow[] {
  const rows = selectNotes(ex)
    .where(
      and(
        options.referenceGroup ? eq(reviewNotes.referenceGroup, options.referenceGroup) : undefined,
        inArray(reviewNotes.region, [...options.regions]),
        lte(reviewNotes.periodFrom, options.to),
        gte(reviewNotes.periodTo, options.from),
        options.referralIds.length > 0 ? undefined : isNull(reviewNotes.referralId),
      ),
    )
    .orderBy(asc(reviewNotes.createdAt), asc(insertionOrder(reviewNotes)))
    .all();
  // A case note counts when its referral is one of the review's, whatever period it was written in.
  const caseRows =
    options.referralIds.length === 0
      ? []
      : selectNotes(ex)
          .where(
            and(
              options.referenceGroup ? eq(reviewNotes.referenceGroup, options.referenceGroup) : undefined,
              inArray(reviewNotes.referralId, [...options.referralIds]),
            ),
          )
          .orderBy(asc(reviewNotes.createdAt), asc(insertionOrder(reviewNotes)))
          .all();
  const seen = new Set<string>();
  const all = [...rows.filter((r) => r.note.referralId === null), ...caseRows].filter((r) => (seen.has(r.note.id) ? false : (seen.add(r.note.id), true)));
  all.sort((x, y) => x.note.createdAt.localeCompare(y.note.createdAt));
  sealer.prime(all.map((r) => noteRef(r.note.id).keyId));
  return all.map((r) => openNote(sealer, r));
}

export function findNote(ex: TExecutor, sealer: TSealer, id: string): TNoteRow | undefined {
  const r = selectNotes(ex).where(eq(reviewNotes.id, id)).get();
  return r ? openNote(sealer, r) : undefined;
}

// Queries of the reference-group review: the non-identifying facts of a region's referrals, and
// the review notes. Only reference-groups.service.ts imports this. A note's text is free text that
// may name a person: sealed under the note's own data key (docs/adr/0021-…), shredded by retention.
import type { TRegion } from '../../core/vocabulary.js';
import { and, asc, eq, gte, isNotNull, lt, lte, ne } from 'drizzle-orm';
import { organisations, referrals, reviewNotes, users } from '../../../db/schema/index.js';
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
> & { referringKind: string };

export type TNoteRow = typeof reviewNotes.$inferSelect & { authorName: string; authorOrganisationId: string };

/** Submitted referrals of a region whose submission time lies in [fromIso, toIso) (the caller widens to whole local days). */
export function findSubmittedInRegion(ex: TExecutor, options: { region: TRegion; fromIso: string; toIso: string }): TReviewRow[] {
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
      referringKind: organisations.kind,
    })
    .from(referrals)
    .innerJoin(organisations, eq(organisations.id, referrals.referringOrganisationId))
    .where(
      and(
        eq(referrals.region, options.region),
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

function openNote(sealer: TSealer, r: { note: typeof reviewNotes.$inferSelect; authorName: string; authorOrganisationId: string }): TNoteRow {
  return { ...openFields(sealer, SEALED.reviewNotes, noteRef(r.note.id), r.note), authorName: r.authorName, authorOrganisationId: r.authorOrganisationId };
}

export function insertNote(ex: TExecutor, sealer: TSealer, row: typeof reviewNotes.$inferInsert): void {
  ex.insert(reviewNotes).values(sealFields(sealer, SEALED.reviewNotes, noteRef(row.id), row)).run();
}

/** A group's notes on a region whose period overlaps [from, to], oldest first. */
export function findNotes(ex: TExecutor, sealer: TSealer, options: { referenceGroup: string; region: string; from: string; to: string }): TNoteRow[] {
  const rows = ex
    .select({ note: reviewNotes, authorName: users.name, authorOrganisationId: users.organisationId })
    .from(reviewNotes)
    .innerJoin(users, eq(users.id, reviewNotes.authorUserId))
    .where(
      and(
        eq(reviewNotes.referenceGroup, options.referenceGroup),
        eq(reviewNotes.region, options.region),
        lte(reviewNotes.periodFrom, options.to),
        gte(reviewNotes.periodTo, options.from),
      ),
    )
    .orderBy(asc(reviewNotes.createdAt), asc(insertionOrder(reviewNotes)))
    .all();
  sealer.prime(rows.map((r) => noteRef(r.note.id).keyId));
  return rows.map((r) => openNote(sealer, r));
}

export function findNote(ex: TExecutor, sealer: TSealer, id: string): TNoteRow | undefined {
  const r = ex
    .select({ note: reviewNotes, authorName: users.name, authorOrganisationId: users.organisationId })
    .from(reviewNotes)
    .innerJoin(users, eq(users.id, reviewNotes.authorUserId))
    .where(eq(reviewNotes.id, id))
    .get();
  return r ? openNote(sealer, r) : undefined;
}

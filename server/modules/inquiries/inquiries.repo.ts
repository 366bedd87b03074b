// Queries of CMM's hotline inquiries. The note is free text that may name a person: sealed under the
// inquiry's own data key (docs/adr/0021-…), erased by shredding (inquiries.service.ts). Only
// inquiries.service.ts imports this.
import { and, asc, desc, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import { inquiries, organisations, referrals, users } from '../../../db/schema/index.js';
import { insertionOrder, type TExecutor } from '../../core/db.js';
import { openFields, SEALED, sealFields } from '../../core/sealing/sealed-columns.js';
import { recordKeyId, type TSealer } from '../../core/sealing/sealer.js';

export type TInquiryRow = typeof inquiries.$inferSelect & { recordedByName: string; referralReference: string | null };

const ref = (id: string) => ({ rowId: id, keyId: recordKeyId('inquiry', id) });

export function insertInquiry(ex: TExecutor, sealer: TSealer, row: typeof inquiries.$inferInsert): void {
  ex.insert(inquiries).values(sealFields(sealer, SEALED.inquiries, ref(row.id), row)).run();
}

function select(ex: TExecutor) {
  return ex
    .select({ inquiry: inquiries, recordedByName: users.name, referralReference: referrals.reference })
    .from(inquiries)
    .innerJoin(users, eq(users.id, inquiries.recordedByUserId))
    .leftJoin(referrals, eq(referrals.id, inquiries.referralId));
}

function open(sealer: TSealer, r: { inquiry: typeof inquiries.$inferSelect; recordedByName: string; referralReference: string | null }): TInquiryRow {
  return { ...openFields(sealer, SEALED.inquiries, ref(r.inquiry.id), r.inquiry), recordedByName: r.recordedByName, referralReference: r.referralReference };
}

/** Inquiries received in [fromIso, toIso), newest first. */
export function findInquiries(ex: TExecutor, sealer: TSealer, options: { fromIso: string; toIso: string }): TInquiryRow[] {
  const rows = select(ex)
    .where(and(gte(inquiries.receivedAt, options.fromIso), lt(inquiries.receivedAt, options.toIso)))
    .orderBy(desc(inquiries.receivedAt), desc(insertionOrder(inquiries)))
    .all();
  sealer.prime(rows.filter((r) => r.inquiry.note !== null).map((r) => ref(r.inquiry.id).keyId));
  return rows.map((r) => open(sealer, r));
}

export function findInquiry(ex: TExecutor, sealer: TSealer, id: string): TInquiryRow | undefined {
  const r = select(ex).where(eq(inquiries.id, id)).get();
  return r ? open(sealer, r) : undefined;
}

/** A year's inquiries as counts by kind, by source (the caller's organisation kind or ANONYMOUS) and by outcome. */
export function countInquiries(ex: TExecutor, options: { fromIso: string; toIso: string }): Array<{ kind: string; source: string; ledTo: string; count: number }> {
  return ex
    .select({
      kind: inquiries.kind,
      source: sql<string>`coalesce(${organisations.kind}, 'ANONYMOUS')`,
      ledTo: inquiries.ledTo,
      count: sql<number>`count(*)`,
    })
    .from(inquiries)
    .leftJoin(organisations, eq(organisations.id, inquiries.callerOrganisationId))
    .where(and(gte(inquiries.receivedAt, options.fromIso), lt(inquiries.receivedAt, options.toIso)))
    .groupBy(inquiries.kind, sql`coalesce(${organisations.kind}, 'ANONYMOUS')`, inquiries.ledTo)
    .all();
}

/** Inquiries with a note received before `beforeIso`: the retention job's candidates. */
export function findNoteCandidates(ex: TExecutor, beforeIso: string): Array<{ id: string }> {
  return ex
    .select({ id: inquiries.id })
    .from(inquiries)
    .where(and(isNotNull(inquiries.note), lt(inquiries.receivedAt, beforeIso)))
    .orderBy(asc(inquiries.receivedAt))
    .all();
}

export function eraseNote(ex: TExecutor, id: string): boolean {
  return ex.update(inquiries).set({ note: null }).where(and(eq(inquiries.id, id), isNotNull(inquiries.note))).run().changes === 1;
}

// Queries of the case-complex domain: complexes, their links to referrals and operations, the
// suspects and the case events. Only case-complexes.service.ts imports this.
import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import {
  caseComplexes,
  caseComplexOperations,
  caseComplexReferrals,
  caseEvents,
  operationInvitations,
  operations,
  referrals,
  suspects,
  users,
} from '../../../db/schema/index.js';
import { insertionOrder, type TExecutor } from '../../core/db.js';
import { CASE_EVENT_KINDS } from './case-complexes.validation.js';
import { openFields, SEALED, sealFields } from '../../core/sealing/sealed-columns.js';
import { recordKeyId, type TSealer } from '../../core/sealing/sealer.js';

export type TComplexRow = typeof caseComplexes.$inferSelect;
export type TSuspectRow = typeof suspects.$inferSelect;
export type TCaseEventRow = typeof caseEvents.$inferSelect;
type TCaseEventKind = (typeof CASE_EVENT_KINDS)[number];
export type TReferralRow = typeof referrals.$inferSelect;
export type TReferralLinkRow = typeof caseComplexReferrals.$inferSelect;
export type TOperationLinkRow = typeof caseComplexOperations.$inferSelect;
export type TOperationRow = typeof operations.$inferSelect;

// Sealed (docs/adr/0021-…): the complex's description under the complex's data key; each suspect's
// identity and notes under the suspect's own key; a case event's note and provision text under its
// suspect's key (a criminal-case event) or the complex's (its own timeline). Sealed on write,
// opened on read, here.
const complexRef = (id: string) => ({ rowId: id, keyId: recordKeyId('complex', id) });
const suspectRef = (id: string) => ({ rowId: id, keyId: recordKeyId('suspect', id) });
const eventRef = (row: { id: string; caseComplexId: string; suspectId?: string | null }) => ({
  rowId: row.id,
  keyId: row.suspectId ? recordKeyId('suspect', row.suspectId) : recordKeyId('complex', row.caseComplexId),
});
const openComplex = (sealer: TSealer, row: TComplexRow): TComplexRow => openFields(sealer, SEALED.caseComplexes, complexRef(row.id), row);
function openComplexes(sealer: TSealer, rows: TComplexRow[]): TComplexRow[] {
  sealer.prime(rows.filter((r) => r.description !== null).map((r) => complexRef(r.id).keyId));
  return rows.map((r) => openComplex(sealer, r));
}
function openEvents<T extends TCaseEventRow>(sealer: TSealer, rows: T[]): T[] {
  sealer.prime([...new Set(rows.filter((r) => r.note !== null || r.provisionText !== null).map((r) => eventRef(r).keyId))]);
  return rows.map((r) => openFields(sealer, SEALED.caseEvents, eventRef(r), r));
}

/** Complex-level timeline kinds; the criminal-case kinds (REPORTED …) always carry a suspect. */
export const TIMELINE_KINDS = ['CREATED', 'HANDED_OVER'] as const;

export function insertComplex(ex: TExecutor, sealer: TSealer, row: typeof caseComplexes.$inferInsert): void {
  ex.insert(caseComplexes).values(sealFields(sealer, SEALED.caseComplexes, complexRef(row.id), row)).run();
}

export function findComplex(ex: TExecutor, sealer: TSealer, id: string): TComplexRow | undefined {
  const row = ex.select().from(caseComplexes).where(eq(caseComplexes.id, id)).get();
  return row && openComplex(sealer, row);
}

export function findComplexesByIds(ex: TExecutor, sealer: TSealer, ids: readonly string[]): TComplexRow[] {
  if (ids.length === 0) return [];
  return openComplexes(sealer, ex.select().from(caseComplexes).where(inArray(caseComplexes.id, [...ids])).all());
}

export function updateComplex(ex: TExecutor, sealer: TSealer, id: string, values: Partial<typeof caseComplexes.$inferInsert>): void {
  ex.update(caseComplexes).set(sealFields(sealer, SEALED.caseComplexes, complexRef(id), values)).where(eq(caseComplexes.id, id)).run();
}

/**
 * The complexes an organisation may possibly see: those it leads or led, and those with a linked
 * referral or operation that involves it. Each is then passed through the access gate.
 */
export function findCandidateComplexes(ex: TExecutor, sealer: TSealer, options: { organisationId: string; all: boolean; allSubmittedReferrals: boolean }): TComplexRow[] {
  const org = options.organisationId;
  const query = ex.select().from(caseComplexes);
  if (options.all) return openComplexes(sealer, query.orderBy(desc(caseComplexes.updatedAt), desc(insertionOrder(caseComplexes))).all());
  const referralParty = options.allSubmittedReferrals
    ? sql`(r.referring_organisation_id = ${org} or r.state <> 'DRAFT')`
    : sql`(r.referring_organisation_id = ${org} or (r.state <> 'DRAFT' and (r.receiving_organisation_id = ${org} or r.competent_authority_id = ${org})))`;
  const rows = query
    .where(
      or(
        eq(caseComplexes.leadOrganisationId, org),
        sql`exists (select 1 from case_complex_contributors c where c.case_complex_id = ${caseComplexes.id} and c.organisation_id = ${org} and c.removed_at is null)`,
        sql`exists (select 1 from case_events e where e.case_complex_id = ${caseComplexes.id} and e.kind = 'HANDED_OVER' and e.from_organisation_id = ${org})`,
        sql`exists (select 1 from case_complex_referrals l join referrals r on r.id = l.referral_id where l.case_complex_id = ${caseComplexes.id} and ${referralParty})`,
        // Grants are judged by the gate afterwards; here any unrevoked one is a candidate.
        sql`exists (select 1 from access_grants g where g.organisation_id = ${org} and g.revoked_at is null
             and (g.case_complex_id = ${caseComplexes.id} or g.referral_id in (select referral_id from case_complex_referrals where case_complex_id = ${caseComplexes.id})))`,
        sql`exists (select 1 from case_complex_operations lo join operations o on o.id = lo.operation_id where lo.case_complex_id = ${caseComplexes.id}
             and (o.lead_organisation_id = ${org} or exists (select 1 from operation_invitations i where i.operation_id = o.id and i.organisation_id = ${org})))`,
      ),
    )
    .orderBy(desc(caseComplexes.updatedAt), desc(insertionOrder(caseComplexes)))
    .all();
  return openComplexes(sealer, rows);
}

export function insertReferralLink(ex: TExecutor, row: typeof caseComplexReferrals.$inferInsert): boolean {
  return ex.insert(caseComplexReferrals).values(row).onConflictDoNothing().run().changes === 1;
}

export function insertOperationLink(ex: TExecutor, row: typeof caseComplexOperations.$inferInsert): boolean {
  return ex.insert(caseComplexOperations).values(row).onConflictDoNothing().run().changes === 1;
}

/** The linked referrals of some complexes, with the referral rows (for the referral gate). */
export function findLinkedReferrals(ex: TExecutor, complexIds: readonly string[]): Array<{ link: TReferralLinkRow; referral: TReferralRow }> {
  if (complexIds.length === 0) return [];
  return ex
    .select({ link: caseComplexReferrals, referral: referrals })
    .from(caseComplexReferrals)
    .innerJoin(referrals, eq(referrals.id, caseComplexReferrals.referralId))
    .where(inArray(caseComplexReferrals.caseComplexId, [...complexIds]))
    .orderBy(asc(caseComplexReferrals.linkedAt), asc(insertionOrder(caseComplexReferrals)))
    .all();
}

/** The complexes some referrals belong to. */
export function findComplexesOfReferrals(ex: TExecutor, sealer: TSealer, referralIds: readonly string[]): Array<{ referralId: string; complex: TComplexRow }> {
  if (referralIds.length === 0) return [];
  const rows = ex
    .select({ referralId: caseComplexReferrals.referralId, complex: caseComplexes })
    .from(caseComplexReferrals)
    .innerJoin(caseComplexes, eq(caseComplexes.id, caseComplexReferrals.caseComplexId))
    .where(inArray(caseComplexReferrals.referralId, [...referralIds]))
    .orderBy(asc(caseComplexes.createdAt), asc(insertionOrder(caseComplexes)))
    .all();
  const opened = new Map(openComplexes(sealer, [...new Map(rows.map((r) => [r.complex.id, r.complex])).values()]).map((c) => [c.id, c]));
  return rows.map((r) => ({ referralId: r.referralId, complex: opened.get(r.complex.id)! }));
}

/** The linked operations of some complexes, with the viewer's organisation's invitation status. */
export function findLinkedOperations(
  ex: TExecutor,
  complexIds: readonly string[],
  organisationId: string,
): Array<{ link: TOperationLinkRow; operation: TOperationRow; invitationStatus: string | null }> {
  if (complexIds.length === 0) return [];
  return ex
    .select({ link: caseComplexOperations, operation: operations, invitationStatus: operationInvitations.status })
    .from(caseComplexOperations)
    .innerJoin(operations, eq(operations.id, caseComplexOperations.operationId))
    .leftJoin(operationInvitations, and(eq(operationInvitations.operationId, operations.id), eq(operationInvitations.organisationId, organisationId)))
    .where(inArray(caseComplexOperations.caseComplexId, [...complexIds]))
    .orderBy(asc(caseComplexOperations.linkedAt), asc(insertionOrder(caseComplexOperations)))
    .all();
}

/** Which of the complexes an organisation handed over (led before). */
export function findHandedOverBy(ex: TExecutor, complexIds: readonly string[], organisationId: string): Set<string> {
  if (complexIds.length === 0) return new Set();
  const rows = ex
    .select({ id: caseEvents.caseComplexId })
    .from(caseEvents)
    .where(and(inArray(caseEvents.caseComplexId, [...complexIds]), eq(caseEvents.kind, 'HANDED_OVER'), eq(caseEvents.fromOrganisationId, organisationId)))
    .all();
  return new Set(rows.map((r) => r.id));
}

export function insertSuspect(ex: TExecutor, sealer: TSealer, row: typeof suspects.$inferInsert): void {
  ex.insert(suspects).values(sealFields(sealer, SEALED.suspects, suspectRef(row.id), row)).run();
}

export function findSuspect(ex: TExecutor, sealer: TSealer, id: string): TSuspectRow | undefined {
  const row = ex.select().from(suspects).where(eq(suspects.id, id)).get();
  return row && openFields(sealer, SEALED.suspects, suspectRef(row.id), row);
}

export function findSuspectsOfComplexes(ex: TExecutor, sealer: TSealer, complexIds: readonly string[]): TSuspectRow[] {
  if (complexIds.length === 0) return [];
  return ex
    .select()
    .from(suspects)
    .where(inArray(suspects.caseComplexId, [...complexIds]))
    .orderBy(asc(suspects.createdAt), asc(insertionOrder(suspects)))
    .all()
    .map((row) => openFields(sealer, SEALED.suspects, suspectRef(row.id), row));
}

export function insertCaseEvent(ex: TExecutor, sealer: TSealer, row: typeof caseEvents.$inferInsert): void {
  ex.insert(caseEvents).values(sealFields(sealer, SEALED.caseEvents, eventRef(row), row)).run();
}

export function findSuspectEvent(ex: TExecutor, sealer: TSealer, id: string): TSuspectEventRow | undefined {
  const row = ex.select().from(caseEvents).where(eq(caseEvents.id, id)).get();
  return row && isSuspectEvent(row) ? openFields(sealer, SEALED.caseEvents, eventRef(row), row) : undefined;
}

/** Case events of some suspects, in the order they happened (then recorded). */
export function findCaseEventsOfSuspects(ex: TExecutor, sealer: TSealer, suspectIds: readonly string[]): TSuspectEventRow[] {
  if (suspectIds.length === 0) return [];
  const rows = ex
    .select()
    .from(caseEvents)
    .where(inArray(caseEvents.suspectId, [...suspectIds]))
    .orderBy(asc(caseEvents.occurredOn), asc(caseEvents.createdAt), asc(insertionOrder(caseEvents)))
    .all()
    .filter(isSuspectEvent);
  return openEvents(sealer, rows);
}

/**
 * A step of the case against a suspect. The table also holds the complex's own timeline (created,
 * handed over), which has neither a suspect nor a provision; recordCaseEvent always writes both.
 */
export type TSuspectEventRow = TCaseEventRow & { kind: TCaseEventKind; provision: NonNullable<TCaseEventRow['provision']> };

function isSuspectEvent(row: TCaseEventRow): row is TSuspectEventRow {
  return (CASE_EVENT_KINDS as readonly string[]).includes(row.kind) && row.provision !== null;
}

/** The complex-level events (created, handed over) of some complexes, oldest first. */
export function findTimelineEvents(ex: TExecutor, sealer: TSealer, complexIds: readonly string[]): TCaseEventRow[] {
  if (complexIds.length === 0) return [];
  const rows = ex
    .select()
    .from(caseEvents)
    .where(and(inArray(caseEvents.caseComplexId, [...complexIds]), inArray(caseEvents.kind, [...TIMELINE_KINDS])))
    .orderBy(asc(caseEvents.createdAt), asc(insertionOrder(caseEvents)))
    .all();
  return openEvents(sealer, rows);
}

/** The organisation of each user (who linked a record), for the timeline. */
export function findUserOrganisations(ex: TExecutor, userIds: readonly string[]): Map<string, string> {
  if (userIds.length === 0) return new Map();
  const rows = ex.select({ id: users.id, organisationId: users.organisationId }).from(users).where(inArray(users.id, [...userIds])).all();
  return new Map(rows.map((r) => [r.id, r.organisationId]));
}

// Queries of the referrals domain. List queries take the viewer's scope from the access gate,
// so a search never returns a referral the viewer may not see.
import { and, asc, desc, eq, inArray, like, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import {
  accessGrants,
  caseComplexReferrals,
  deadlineNotices,
  organisations,
  referenceSequences,
  referralEvents,
  referralPersonalData,
  referrals,
  subjectCorrections,
  subjects,
} from '../../../db/schema/index.js';
import type { referralListScope } from '../../core/access.js';
import { inList, insertionOrder, tableReader, type TExecutor } from '../../core/db.js';
import { openFields, openRecordFields, SEALED, sealFields, sealRecordFields } from '../../core/sealing/sealed-columns.js';
import { recordKeyId, type TSealer } from '../../core/sealing/sealer.js';

export type TReferralRow = typeof referrals.$inferSelect;
/** A referral's personal data as services see it: opened, indicators as a list. */
export type TPersonalRow = Omit<typeof referralPersonalData.$inferSelect, 'indicators' | 'sealedFields'> & { indicators: string[] | null };
export type TEventRow = typeof referralEvents.$inferSelect;
export type TScope = ReturnType<typeof referralListScope>;

export type TReferralFilter = {
  state?: TReferralRow['state'] | null;
  region?: TReferralRow['region'] | null;
  urgency?: TReferralRow['urgency'] | null;
  overdue?: boolean | null;
  operationId?: string | null;
  caseComplexId?: string | null;
  referringOrganisationId?: string | null;
  text?: string | null;
  /** The viewer's own: assignee or deputy (issue 14). */
  assignedToMe?: boolean | null;
  /** Acknowledged, open, received by the viewer's organisation, and nobody has it. */
  unassigned?: boolean | null;
};

/** Increments the per-year counter inside the caller's transaction: sequential and unique. */
export function nextReferenceNumber(ex: TExecutor, scope: string): number {
  const row = ex
    .insert(referenceSequences)
    .values({ scope, last: 1 })
    .onConflictDoUpdate({ target: referenceSequences.scope, set: { last: sql`${referenceSequences.last} + 1` } })
    .returning({ last: referenceSequences.last })
    .get();
  return row.last;
}

export function pseudonymExists(ex: TExecutor, pseudonym: string): boolean {
  return ex.select({ id: subjects.id }).from(subjects).where(eq(subjects.pseudonym, pseudonym)).get() !== undefined;
}

export function insertSubject(ex: TExecutor, row: typeof subjects.$inferInsert): void {
  ex.insert(subjects).values(row).run();
}

function findSubject(ex: TExecutor, id: string) {
  return ex.select({ id: subjects.id, mergedIntoId: subjects.mergedIntoId }).from(subjects).where(eq(subjects.id, id)).get();
}

/** The subject an id stands for now: itself, or the one it was merged into (following a chain of merges).
 * Here, beside the insert, because a referral names its subject; subjects.service.ts merges them. */
export function resolveSubjectId(ex: TExecutor, id: string): string | null {
  let current = findSubject(ex, id);
  for (let hops = 0; current && current.mergedIntoId && hops < 50; hops += 1) current = findSubject(ex, current.mergedIntoId);
  return current?.id ?? null;
}

const subjectReader = tableReader(subjects);

/** A page's subjects (read for every listing: core/db.ts rowReader). */
export function findSubjectsByIds(ex: TExecutor, ids: string[]) {
  if (ids.length === 0) return [];
  return ex.all(sql`select ${subjectReader.columns} from ${subjects} where ${inList(subjects.id, ids)}`).map(subjectReader.read);
}

export function insertReferral(ex: TExecutor, row: typeof referrals.$inferInsert): void {
  ex.insert(referrals).values(row).run();
}

// --- Sealing (docs/adr/0021-…): the personal data of a referral, its timeline notes and the personal
// values its corrections replaced are sealed under the referral's data key, bound to their row and
// column; services see plaintext, the database holds none.

type TPersonalInsert = Omit<typeof referralPersonalData.$inferInsert, 'indicators' | 'sealedFields'> & { indicators?: string[] | null };

export function referralKeyId(referralId: string): string {
  return recordKeyId('referral', referralId);
}

const ref = (referralId: string) => ({ rowId: referralId, keyId: referralKeyId(referralId) });

const PERSONAL = SEALED.referralPersonalData;
const isPersonalField = (property: string): boolean => Object.hasOwn(PERSONAL.columns, property);

// The personal fields are sealed together as one record (sv2): a listing opens one value per
// referral, not one per field shown. A change to some fields re-seals the record with the others
// as they are (`current`). Indicators are a list, kept in the record as one JSON text.
function sealPersonal(sealer: TSealer, referralId: string, values: Partial<TPersonalInsert>, current: TPersonalRow | null): Partial<typeof referralPersonalData.$inferInsert> {
  const given = values as Record<string, unknown>;
  const was = current as Record<string, unknown> | null;
  const unsealed: Record<string, unknown> = {};
  for (const [property, value] of Object.entries(given)) if (!isPersonalField(property)) unsealed[property] = value;
  if (!Object.keys(given).some(isPersonalField)) return unsealed;
  const fields: Record<string, string | null> = {};
  for (const property of Object.keys(PERSONAL.columns)) {
    const value = property in given ? given[property] : (was?.[property] ?? null);
    if (property === 'indicators') fields[property] = value === null || value === undefined ? null : JSON.stringify(value);
    else fields[property] = (value as string | null | undefined) ?? null;
  }
  return { ...unsealed, ...sealRecordFields(sealer, PERSONAL, ref(referralId), fields) };
}

// A sealed record is opened as its row is read (one decipher per referral). Findings are only
// asked for when a personal field is resolved, so a listing without one opens nothing.
function openPersonal(sealer: TSealer, row: typeof referralPersonalData.$inferSelect): TPersonalRow {
  const opened = openRecordFields(sealer, PERSONAL, ref(row.referralId), row) as Record<string, unknown>;
  const sealed = Object.getOwnPropertyDescriptor(opened, 'indicators');
  if (!sealed?.get) {
    const text = opened.indicators as string | null;
    opened.indicators = text === null ? null : (JSON.parse(text) as string[]);
    return opened as unknown as TPersonalRow;
  }
  // A row still sealed field by field (before the start-up upgrade): indicators parsed when read.
  let indicators: { value: string[] | null } | null = null;
  return Object.defineProperty(opened, 'indicators', {
    enumerable: true,
    configurable: true,
    get: () => (indicators ??= { value: ((t) => (t === null ? null : (JSON.parse(t) as string[])))(sealed.get!() as string | null) }).value,
    set: (next: unknown) => Object.defineProperty(opened, 'indicators', { value: next, enumerable: true, configurable: true, writable: true }),
  }) as unknown as TPersonalRow;
}

export function insertPersonalData(ex: TExecutor, sealer: TSealer, row: TPersonalInsert): void {
  ex.insert(referralPersonalData).values({ ...sealPersonal(sealer, row.referralId, row, null), referralId: row.referralId }).run();
}

export function updatePersonalData(ex: TExecutor, sealer: TSealer, referralId: string, values: Partial<TPersonalInsert>): void {
  if (Object.keys(values).length === 0) return;
  const current = Object.keys(values).some(isPersonalField) ? (findPersonalData(ex, sealer, [referralId])[0] ?? null) : null;
  ex.update(referralPersonalData).set(sealPersonal(sealer, referralId, values, current)).where(eq(referralPersonalData.referralId, referralId)).run();
}

/** Applies a change only if the row is still at `version`; returns false when someone else got there first. */
export function updateReferralAtVersion(ex: TExecutor, id: string, version: number, values: Partial<typeof referrals.$inferInsert>): boolean {
  const result = ex
    .update(referrals)
    .set({ ...values, version: version + 1 })
    .where(and(eq(referrals.id, id), eq(referrals.version, version)))
    .run();
  return result.changes === 1;
}

export function insertEvent(ex: TExecutor, sealer: TSealer, row: typeof referralEvents.$inferInsert): void {
  ex.insert(referralEvents).values(sealFields(sealer, SEALED.referralEvents, { rowId: row.id, keyId: referralKeyId(row.referralId) }, row)).run();
}

export function findReferral(ex: TExecutor, id: string): TReferralRow | undefined {
  // Every read and move of a referral starts here (the gate): read without the builder's row
  // mapping, as the listing's page is (core/db.ts rowReader; the demo seed calls it ~500 times).
  const row = ex.get(sql`select ${referralReader.columns} from ${referrals} where ${referrals.id} = ${id}`);
  return row === undefined ? undefined : referralReader.read(row);
}

const personalReader = tableReader(referralPersonalData);

/** A page's personal data (read for every listing that shows it: core/db.ts rowReader, inList). */
export function findPersonalData(ex: TExecutor, sealer: TSealer, referralIds: readonly string[]): TPersonalRow[] {
  if (referralIds.length === 0) return [];
  const rows = ex.all(sql`select ${personalReader.columns} from ${referralPersonalData} where ${inList(referralPersonalData.referralId, referralIds)}`).map(personalReader.read);
  sealer.prime(rows.map((r) => referralKeyId(r.referralId)));
  return rows.map((r) => openPersonal(sealer, r));
}

export function findEvents(ex: TExecutor, sealer: TSealer, referralIds: readonly string[]): TEventRow[] {
  if (referralIds.length === 0) return [];
  const rows = ex.select().from(referralEvents).where(inArray(referralEvents.referralId, [...referralIds])).orderBy(asc(referralEvents.at), asc(insertionOrder(referralEvents))).all();
  sealer.prime([...new Set(rows.filter((r) => r.note !== null).map((r) => referralKeyId(r.referralId)))]);
  return rows.map((r) => openFields(sealer, SEALED.referralEvents, { rowId: r.id, keyId: referralKeyId(r.referralId) }, r));
}

/** Referrals of one subject, newest first (for referring a known person again). */
export function findReferralsOfSubject(ex: TExecutor, subjectId: string): TReferralRow[] {
  return ex.select().from(referrals).where(eq(referrals.subjectId, subjectId)).orderBy(desc(referrals.createdAt)).all();
}

export function overdueCondition(now: string): SQL {
  return or(
    and(eq(referrals.state, 'SUBMITTED'), lt(referrals.acknowledgeBy, now)),
    and(eq(referrals.state, 'RECEIVED'), lt(referrals.interviewBy, now)),
    and(eq(referrals.state, 'UNDER_ASSESSMENT'), lt(referrals.interviewBy, now), sql`${referrals.interviewAt} > ${referrals.interviewBy}`, sql`${referrals.interviewAt} > ${now}`),
  )!;
}

/** referralAccess (core/access.ts) in SQL: must give a level other than NONE exactly where the gate does. */
function visibility(scope: TScope): SQL {
  if (scope.none) return sql`0 = 1`;
  const own = eq(referrals.referringOrganisationId, scope.organisationId);
  // A grant counts for its organisation (break-glass: its user) until revoked or expired, on the
  // referral itself or on a case complex the referral is linked to.
  const granted = sql`exists (select 1 from ${accessGrants} g where g.organisation_id = ${scope.organisationId}
    and (g.user_id is null or g.user_id = ${scope.userId}) and g.revoked_at is null and g.expires_at > ${scope.grantsActiveAt}
    and g.level in ('SUMMARY', 'OPERATIONAL', 'FULL')
    and (g.referral_id = ${referrals.id} or g.case_complex_id in (select l.case_complex_id from ${caseComplexReferrals} l where l.referral_id = ${referrals.id})))`;
  const authority = and(
    ne(referrals.state, 'DRAFT'),
    scope.allSubmitted ? sql`1 = 1` : or(eq(referrals.receivingOrganisationId, scope.organisationId), eq(referrals.competentAuthorityId, scope.organisationId), granted),
  )!;
  return or(own, authority)!;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Free text matches the reference and non-identifying facts only, never personal data. A pseudonym
 * matches the subject the viewer is shown: the one a referral was referred under, except for CMM,
 * which sees merges and finds a person by any of its pseudonyms (the current one and its aliases).
 */
function textCondition(text: string, seesMerges: boolean): SQL {
  const pattern = `%${escapeLike(text.trim().toUpperCase())}%`;
  const likeEsc = (column: SQL | typeof referrals.reference) => sql`upper(${column}) like ${pattern} escape '\\'`;
  return or(
    likeEsc(referrals.reference),
    likeEsc(referrals.sector as never),
    likeEsc(referrals.nationality as never),
    likeEsc(referrals.region as never),
    likeEsc(referrals.suspectedExploitation as never),
    like(sql`upper(${organisations.code})`, pattern),
    seesMerges
      ? sql`exists (select 1 from subjects s where (s.id = ${referrals.subjectId} or s.merged_into_id = ${referrals.subjectId} or s.id = ${referrals.referredSubjectId}) and upper(s.pseudonym) like ${pattern} escape '\\')`
      : sql`exists (select 1 from subjects s where s.id = coalesce(${referrals.referredSubjectId}, ${referrals.subjectId}) and upper(s.pseudonym) like ${pattern} escape '\\')`,
  )!;
}

function listConditions(scope: TScope, filter: TReferralFilter, now: string): SQL {
  const conditions: SQL[] = [visibility(scope)];
  if (filter.state) conditions.push(eq(referrals.state, filter.state));
  if (filter.region) conditions.push(eq(referrals.region, filter.region));
  if (filter.urgency) conditions.push(eq(referrals.urgency, filter.urgency));
  if (filter.operationId) conditions.push(eq(referrals.operationId, filter.operationId));
  if (filter.caseComplexId) conditions.push(sql`exists (select 1 from case_complex_referrals ccr where ccr.referral_id = ${referrals.id} and ccr.case_complex_id = ${filter.caseComplexId})`);
  if (filter.referringOrganisationId) conditions.push(eq(referrals.referringOrganisationId, filter.referringOrganisationId));
  if (filter.overdue === true) conditions.push(overdueCondition(now));
  if (filter.overdue === false) conditions.push(sql`not (${overdueCondition(now)})`);
  if (filter.text) conditions.push(textCondition(filter.text, scope.allSubmitted));
  if (filter.assignedToMe === true) conditions.push(or(eq(referrals.assigneeUserId, scope.userId), eq(referrals.deputyUserId, scope.userId))!);
  if (filter.unassigned === true) {
    conditions.push(
      sql`${referrals.assigneeUserId} is null and ${referrals.receivingOrganisationId} = ${scope.organisationId} and ${referrals.state} in ('RECEIVED', 'UNDER_ASSESSMENT', 'ASSESSED', 'IN_SUPPORT')`,
    );
  }
  return and(...conditions)!;
}

const referralReader = tableReader(referrals);

export function listReferrals(
  ex: TExecutor,
  options: { scope: TScope; filter: TReferralFilter; now: string; first: number; after: { createdAt: string; id: string } | null },
): { rows: TReferralRow[] } {
  const where = listConditions(options.scope, options.filter, options.now);
  const cursor = options.after
    ? or(lt(referrals.createdAt, options.after.createdAt), and(eq(referrals.createdAt, options.after.createdAt), lt(referrals.id, options.after.id)))
    : undefined;
  // The page of every listing: read without the builder's row mapping (core/db.ts rowReader).
  const rows = ex
    .all(
      sql`select ${referralReader.columns} from ${referrals} inner join ${organisations} on ${organisations.id} = ${referrals.referringOrganisationId}
        where ${cursor ? and(where, cursor) : where} order by ${referrals.createdAt} desc, ${referrals.id} desc limit ${options.first}`,
    )
    .map(referralReader.read);
  return { rows };
}

/** How many referrals the list would show over all its pages: a scan, so only run when asked for. */
export function countReferrals(ex: TExecutor, options: { scope: TScope; filter: TReferralFilter; now: string }): number {
  return (
    ex
      .select({ n: sql<number>`count(*)` })
      .from(referrals)
      .innerJoin(organisations, eq(organisations.id, referrals.referringOrganisationId))
      .where(listConditions(options.scope, options.filter, options.now))
      .get()?.n ?? 0
  );
}

/** Referrals whose deadline passed, or whose reflection period is ending, for the deadline job. */
export function findDeadlineCandidates(ex: TExecutor, now: string): TReferralRow[] {
  return ex
    .select()
    .from(referrals)
    .where(or(overdueCondition(now), eq(referrals.state, 'IN_SUPPORT')))
    .all();
}

/** Whether a notice has been sent already (a read outside any transaction, before claiming it). */
export function deadlineNoticeSent(ex: TExecutor, key: { referralId: string; kind: string; dueAt: string }): boolean {
  return (
    ex
      .select({ kind: deadlineNotices.kind })
      .from(deadlineNotices)
      .where(and(eq(deadlineNotices.referralId, key.referralId), eq(deadlineNotices.kind, key.kind), eq(deadlineNotices.dueAt, key.dueAt)))
      .get() !== undefined
  );
}

/** Records that a notice was sent; false when it had been sent already. */
export function claimDeadlineNotice(ex: TExecutor, row: typeof deadlineNotices.$inferInsert): boolean {
  return ex.insert(deadlineNotices).values(row).onConflictDoNothing().run().changes === 1;
}


// --- Corrections of personal data after submission -------------------------------------------

export type TCorrectionRow = typeof subjectCorrections.$inferSelect;

/** SUMMARY values (gender, nationality, languages) are the referral's non-identifying facts: not sealed, like the facts themselves. */
function correctionSealed(row: { dataClass: string }): boolean {
  return row.dataClass !== 'SUMMARY';
}

export function insertCorrections(ex: TExecutor, sealer: TSealer, rows: Array<typeof subjectCorrections.$inferInsert>): void {
  if (rows.length === 0) return;
  const sealed = rows.map((r) =>
    correctionSealed(r) ? sealFields(sealer, SEALED.subjectCorrections, { rowId: r.id, keyId: referralKeyId(r.referralId) }, r) : r,
  );
  ex.insert(subjectCorrections).values(sealed).run();
}

export function findCorrections(ex: TExecutor, sealer: TSealer, referralIds: readonly string[]): TCorrectionRow[] {
  if (referralIds.length === 0) return [];
  const rows = ex.select().from(subjectCorrections).where(inArray(subjectCorrections.referralId, [...referralIds])).orderBy(asc(subjectCorrections.position)).all();
  return rows.map((r) =>
    correctionSealed(r) ? openFields(sealer, SEALED.subjectCorrections, { rowId: r.id, keyId: referralKeyId(r.referralId) }, r) : r,
  );
}

/** The next position in a referral's correction history. */
export function nextCorrectionPosition(ex: TExecutor, referralId: string): number {
  const row = ex.select({ last: sql<number | null>`max(${subjectCorrections.position})` }).from(subjectCorrections).where(eq(subjectCorrections.referralId, referralId)).get();
  return (row?.last ?? 0) + 1;
}

/** Retention: the personal values a correction replaced are erased with the rest (non-identifying facts stay). */
export function eraseCorrectionValues(ex: TExecutor, referralId: string): void {
  ex.update(subjectCorrections)
    .set({ previous: null })
    .where(and(eq(subjectCorrections.referralId, referralId), ne(subjectCorrections.dataClass, 'SUMMARY')))
    .run();
}

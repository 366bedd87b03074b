// Queries of the referrals domain. List queries take the viewer's scope from the access gate,
// so a search never returns a referral the viewer may not see.
import { and, asc, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import {
  deadlineNotices,
  referenceSequences,
  referralEvents,
  referralPersonalData,
  referrals,
  subjectCorrections,
  subjects,
} from '../../../db/schema/index.js';
import type { referralListScope } from '../../core/access.js';
import { inList, insertionOrder, partialRowReader, tableReader, type TExecutor, type TSqlite } from '../../core/db.js';
import { openFields, openRecordFields, SEALED, sealFields, sealRecordFields } from '../../core/sealing/sealed-columns.js';
import { recordKeyId, type TRecordFields, type TSealer } from '../../core/sealing/sealer.js';
import { isSealedRecord } from '../../core/sealing/cipher.js';

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

const SUBJECT_PSEUDONYMS = 'select id, pseudonym from subjects where id in (select value from json_each(?))';

/** The pseudonyms of a page's subjects by id (read for every listing): one statement, written once. */
export function findSubjectPseudonyms(sqlite: TSqlite, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  return new Map(sqlite.prepare(SUBJECT_PSEUDONYMS).raw().all(JSON.stringify(ids)) as Array<[string, string]>);
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

const NO_FIELDS: TRecordFields = {};

// A sealed record is opened as its row is read (one decipher per referral). Findings are only
// asked for when a personal field is resolved, so a listing without one opens nothing.
function openPersonal(sealer: TSealer, row: typeof referralPersonalData.$inferSelect): TPersonalRow {
  const record = row.sealedFields;
  if (record !== null && isSealedRecord(record)) {
    // The common case (sv2), which a listing opens 50 times a request: the record's fields go
    // straight into one object of one shape, without the generic copy of the row and a second
    // write of each field (ADR 0022, decision 50). A shredded key opens to no fields: all null.
    // Every column of PERSONAL is here: the row type requires each property of the table.
    const f = sealer.openRecord(referralKeyId(row.referralId), { table: PERSONAL.table, rowId: row.referralId }, record) ?? NO_FIELDS;
    const indicators = f.indicators ?? null;
    return {
      referralId: row.referralId,
      name: f.name ?? null,
      alias: f.alias ?? null,
      dateOfBirth: f.dateOfBirth ?? null,
      estimatedAge: row.estimatedAge,
      contact: f.contact ?? null,
      whereabouts: f.whereabouts ?? null,
      location: f.location ?? null,
      indicators: indicators === null ? null : (JSON.parse(indicators) as string[]),
      narrative: f.narrative ?? null,
      assessmentGrounds: f.assessmentGrounds ?? null,
      representativeName: f.representativeName ?? null,
      representativeAppointedBy: f.representativeAppointedBy ?? null,
    };
  }
  // Not sealed as a record yet (sv1 per field, before the start-up upgrade), or not sealed at all
  // (openRecordFields refuses it).
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

const PAGE_PERSONAL = `select ${personalReader.text} from referral_personal_data where referral_id in (select value from json_each(?))`;

/**
 * findPersonalData for the reads of a request (a listing's page, a batch of field reads): one
 * statement written once and kept prepared, the ids bound as one JSON array, raw rows.
 */
export function findPersonalDataOf(sqlite: TSqlite, sealer: TSealer, referralIds: readonly string[]): TPersonalRow[] {
  if (referralIds.length === 0) return [];
  const rows = (sqlite.prepare(PAGE_PERSONAL).raw().all(JSON.stringify(referralIds)) as unknown[][]).map(personalReader.fromRaw);
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

// The listing's statements are written once as SQL text with bound parameters (ADR 0022): the
// query builder built the same text again on every call. A listing's shape (which filters it has,
// whether it pages on) picks one of a few texts, each prepared once (core/db.ts keeps statements).

/** Overdue: a deadline passed in the state it belongs to. `@now` is the request's instant. */
const OVERDUE = `((referrals.state = 'SUBMITTED' and referrals.acknowledge_by < @now)
  or (referrals.state = 'RECEIVED' and referrals.interview_by < @now)
  or (referrals.state = 'UNDER_ASSESSMENT' and referrals.interview_by < @now and referrals.interview_at > referrals.interview_by and referrals.interview_at > @now))`;

/** OVERDUE for the query builder (the deadline job): the same text, `now` bound where it says @now. */
export function overdueCondition(now: string): SQL {
  const parts = OVERDUE.split('@now');
  return sql.join(parts.map((part, i) => (i === 0 ? sql.raw(part) : sql`${now}${sql.raw(part)}`)));
}

/**
 * referralAccess (core/access.ts) in SQL: must give a level other than NONE exactly where the gate
 * does (tests/integration/referrals/list-gate-agreement.test.ts). Own referrals; and, once
 * submitted, those received, assessed or covered by a grant (for its organisation or, break-glass,
 * its user, until revoked or expired, on the referral or on a case complex it is linked to); CMM
 * sees every submitted referral.
 */
function visibility(scope: TScope): string {
  if (scope.none) return '0 = 1';
  if (scope.allSubmitted) return `(referrals.referring_organisation_id = @organisationId or referrals.state <> 'DRAFT')`;
  return `(referrals.referring_organisation_id = @organisationId or (referrals.state <> 'DRAFT' and (
    referrals.receiving_organisation_id = @organisationId or referrals.competent_authority_id = @organisationId
    or exists (select 1 from access_grants g where g.organisation_id = @organisationId
      and (g.user_id is null or g.user_id = @userId) and g.revoked_at is null and g.expires_at > @grantsActiveAt
      and g.level in ('SUMMARY', 'OPERATIONAL', 'FULL')
      and (g.referral_id = referrals.id or g.case_complex_id in (select l.case_complex_id from case_complex_referrals l where l.referral_id = referrals.id))))))`;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Free text matches the reference and non-identifying facts only, never personal data. A pseudonym
 * matches the subject the viewer is shown: the one a referral was referred under, except for CMM,
 * which sees merges and finds a person by any of its pseudonyms (the current one and its aliases).
 */
function textCondition(seesMerges: boolean): string {
  const like = (column: string) => `upper(${column}) like @pattern escape '\\'`;
  const subject = seesMerges
    ? `exists (select 1 from subjects s where (s.id = referrals.subject_id or s.merged_into_id = referrals.subject_id or s.id = referrals.referred_subject_id) and ${like('s.pseudonym')})`
    : `exists (select 1 from subjects s where s.id = coalesce(referrals.referred_subject_id, referrals.subject_id) and ${like('s.pseudonym')})`;
  const facts = ['referrals.reference', 'referrals.sector', 'referrals.nationality', 'referrals.region', 'referrals.suspected_exploitation'].map(like);
  return `(${[...facts, like('organisations.code'), subject].join(' or ')})`;
}

type TListOptions = { scope: TScope; filter: TReferralFilter; now: string };

/** The WHERE clause of a listing (its text depends only on the listing's shape) and its parameters. */
function listConditions(options: TListOptions & { after?: { createdAt: string; id: string } | null }): { where: string; params: Record<string, unknown> } {
  const { scope, filter } = options;
  const conditions: string[] = [visibility(scope)];
  const params: Record<string, unknown> = {};
  if (!scope.none) {
    params.organisationId = scope.organisationId;
    if (!scope.allSubmitted) Object.assign(params, { userId: scope.userId, grantsActiveAt: scope.grantsActiveAt });
  }
  const equal = (name: 'state' | 'region' | 'urgency' | 'operationId' | 'referringOrganisationId', column: string) => {
    const value = filter[name];
    if (!value) return;
    conditions.push(`${column} = @${name}`);
    params[name] = value;
  };
  equal('state', 'referrals.state');
  equal('region', 'referrals.region');
  equal('urgency', 'referrals.urgency');
  equal('operationId', 'referrals.operation_id');
  if (filter.caseComplexId) {
    conditions.push('exists (select 1 from case_complex_referrals ccr where ccr.referral_id = referrals.id and ccr.case_complex_id = @caseComplexId)');
    params.caseComplexId = filter.caseComplexId;
  }
  equal('referringOrganisationId', 'referrals.referring_organisation_id');
  if (filter.overdue === true || filter.overdue === false) {
    conditions.push(filter.overdue ? OVERDUE : `not ${OVERDUE}`);
    params.now = options.now;
  }
  if (filter.text) {
    conditions.push(textCondition(scope.allSubmitted));
    params.pattern = `%${escapeLike(filter.text.trim().toUpperCase())}%`;
  }
  if (filter.assignedToMe === true) {
    conditions.push('(referrals.assignee_user_id = @userId or referrals.deputy_user_id = @userId)');
    params.userId = scope.userId;
  }
  if (filter.unassigned === true) {
    conditions.push(`referrals.assignee_user_id is null and referrals.receiving_organisation_id = @organisationId and referrals.state in ('RECEIVED', 'UNDER_ASSESSMENT', 'ASSESSED', 'IN_SUPPORT')`);
    params.organisationId = scope.organisationId;
  }
  if (options.after) {
    conditions.push('(referrals.created_at < @afterCreatedAt or (referrals.created_at = @afterCreatedAt and referrals.id < @afterId))');
    Object.assign(params, { afterCreatedAt: options.after.createdAt, afterId: options.after.id });
  }
  return { where: conditions.join(' and '), params };
}

const referralReader = tableReader(referrals);
const FROM = 'from referrals inner join organisations on organisations.id = referrals.referring_organisation_id';

/**
 * The columns a listing reads with its page: what a list shows, its cursor, the access rule's
 * parties and the subject it shows. Any other column a resolver asks for is read for the whole
 * page on first use (core/db.ts partialRowReader), in the same request.
 */
const LISTED = [
  'id', 'reference', 'state', 'urgency', 'minor', 'region', 'createdAt', 'suspectedExploitation', 'subjectId', 'referredSubjectId',
  'referringOrganisationId', 'receivingOrganisationId', 'competentAuthorityId', 'consentToDisclosure', 'gender', 'nationality', 'ageBand', 'erasedAt',
] as const satisfies ReadonlyArray<keyof TReferralRow>;
const listedReader = partialRowReader<TReferralRow>(referrals, LISTED);
const WHOLE_ROWS = `select ${referralReader.text} from referrals where id in (select value from json_each(?))`;

/** The page of a listing, newest first (core/db.ts partialRowReader: the LISTED columns, the rest when asked). */
export function listReferrals(
  sqlite: TSqlite,
  options: TListOptions & { first: number; after: { createdAt: string; id: string } | null },
): { rows: TReferralRow[] } {
  const { where, params } = listConditions(options);
  params.first = options.first;
  const values = sqlite.prepare(`select ${listedReader.text} ${FROM} where ${where} order by referrals.created_at desc, referrals.id desc limit @first`).raw().all(params) as unknown[][];
  let whole: Map<string, TReferralRow> | null = null;
  const rest = (id: string) => {
    whole ??= new Map((sqlite.prepare(WHOLE_ROWS).raw().all(JSON.stringify(values.map((v) => v[0]))) as unknown[][]).map((v) => [v[0] as string, referralReader.fromRaw(v)]));
    return whole.get(id);
  };
  return { rows: values.map((v) => listedReader.fromRaw(v, rest)) };
}

/** How many referrals the list would show over all its pages: a scan, so only run when asked for. */
export function countReferrals(sqlite: TSqlite, options: TListOptions): number {
  const { where, params } = listConditions(options);
  return (sqlite.prepare(`select count(*) ${FROM} where ${where}`).pluck().get(params) as number | undefined) ?? 0;
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

// Queries of the audit trail and its signed checkpoints. Reads only: records are written by
// core/audit.ts, checkpoints by the audit-checkpoint job (inside a unit of work).
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { auditCheckpoints, auditEvents, auditSearchHits, referrals, subjects } from '../../../db/schema/index.js';
import type { THashedHit } from '../../core/audit.js';
import type { TExecutor, TSqlite } from '../../core/db.js';

export type TAuditEventRow = typeof auditEvents.$inferSelect;
export type TCheckpointRow = typeof auditCheckpoints.$inferSelect;

export type TAuditEventQuery = {
  /** null: the whole trail; otherwise only records by this organisation's users. */
  actorOrganisationId: string | null;
  actorUserId?: string | null;
  organisationId?: string | null;
  objectType?: string | null;
  objectId?: string | null;
  action?: string | null;
  dataCategory?: string | null;
  outcome?: string | null;
  subjectId?: string | null;
  from?: string | null;
  to?: string | null;
};

/** The search and read records with a hit on this referral (object_id) or person (subject_id). */
function withHit(column: 'object_id' | 'subject_id', id: string): SQL {
  return sql`${auditEvents.seq} in (select h.seq from ${auditSearchHits} h where h.${sql.raw(column)} = ${id})`;
}

/**
 * A stored category names `category`: it is that code, or a list of codes, comma separated, that
 * holds it (a search that showed several categories of personal data, ADR 0022 decision 33).
 */
function namesCategory(column: SQL, category: string): SQL {
  return sql`(${column} = ${category} or instr(',' || ${column} || ',', ${`,${category},`}) > 0)`;
}

/** A hit's categories, one code or several comma separated, as a list. */
export function categoriesOf(stored: string | null): string[] {
  return stored === null ? [] : stored.split(',');
}

function conditions(q: TAuditEventQuery): SQL[] {
  const where: SQL[] = [];
  if (q.actorOrganisationId) where.push(eq(auditEvents.actorOrganisationId, q.actorOrganisationId));
  if (q.actorUserId) where.push(eq(auditEvents.actorUserId, q.actorUserId));
  if (q.organisationId) where.push(eq(auditEvents.actorOrganisationId, q.organisationId));
  if (q.objectType) where.push(eq(auditEvents.objectType, q.objectType));
  // A search or read record is about every referral and person among its hits.
  if (q.objectId) where.push(or(eq(auditEvents.objectId, q.objectId), withHit('object_id', q.objectId))!);
  // A search that showed personal data is also a read of it (ADR 0022, decision 33): its record names the categories shown.
  if (q.action === 'REFERRAL_READ') where.push(or(eq(auditEvents.action, q.action), and(eq(auditEvents.action, 'REFERRAL_SEARCH'), isNotNull(auditEvents.dataCategory)))!);
  else if (q.action) where.push(eq(auditEvents.action, q.action));
  if (q.dataCategory) {
    const category = q.dataCategory;
    where.push(or(namesCategory(sql`${auditEvents.dataCategory}`, category), sql`${auditEvents.seq} in (select h.seq from ${auditSearchHits} h where ${namesCategory(sql`h.data_category`, category)})`)!);
  }
  if (q.outcome) where.push(eq(auditEvents.outcome, q.outcome));
  if (q.subjectId) where.push(or(eq(auditEvents.subjectId, q.subjectId), withHit('subject_id', q.subjectId))!);
  if (q.from) where.push(gte(auditEvents.at, q.from));
  if (q.to) where.push(lt(auditEvents.at, q.to));
  return where;
}

/** Newest first, keyset on seq; `first` rows (the caller asks one more to know hasNextPage). */
export function listEvents(ex: TExecutor, q: TAuditEventQuery, page: { first: number; beforeSeq: number | null }): { rows: TAuditEventRow[]; totalCount: number } {
  const where = conditions(q);
  const pageWhere = page.beforeSeq === null ? where : [...where, lt(auditEvents.seq, page.beforeSeq)];
  const rows = ex
    .select()
    .from(auditEvents)
    .where(and(...pageWhere))
    .orderBy(desc(auditEvents.seq))
    .limit(page.first)
    .all();
  const totalCount = ex.select({ n: sql<number>`count(*)` }).from(auditEvents).where(and(...where)).get()?.n ?? 0;
  return { rows, totalCount };
}

export type TAuditHitRow = Omit<typeof auditSearchHits.$inferSelect, 'seq'> & { seq: number };

/** The hits of these records, in position order per record. */
export function hitsOfRecords(ex: TExecutor, seqs: readonly number[]): TAuditHitRow[] {
  return ex
    .select()
    .from(auditSearchHits)
    .where(inArray(auditSearchHits.seq, [...seqs]))
    .orderBy(asc(auditSearchHits.seq), asc(auditSearchHits.position))
    .all();
}

export function subjectExists(ex: TExecutor, subjectId: string): boolean {
  return ex.select({ id: subjects.id }).from(subjects).where(eq(subjects.id, subjectId)).get() !== undefined;
}

export function referralIdsOfSubjects(ex: TExecutor, subjectIds: string[]): string[] {
  return ex
    .select({ id: referrals.id })
    .from(referrals)
    .where(inArray(referrals.subjectId, subjectIds))
    .all()
    .map((r) => r.id);
}

/**
 * Every record about one person, oldest first: those that name the subject, those about one of
 * the subject's referrals (whoever wrote them forgot nothing if they did not name the subject),
 * every search that showed the person, as one REFERRAL_SEARCH_HIT entry per hit on them (the
 * search record's actor, time and seq; the hit's referral, subject and purpose), and every read of
 * their personal data, as one REFERRAL_READ entry per referral and category read (the read
 * record's actor, time and seq; the hit's referral, subject, category, purpose and details), as
 * the trail held them before hits moved into audit_search_hits (ADR 0022). A record with hits is
 * listed only through them: it may also name the person itself (a read of one referral).
 */
export function eventsOfSubject(ex: TExecutor, options: { subjectIds: string[]; referralIds: string[]; actorOrganisationId: string | null }): TAuditEventRow[] {
  const about: SQL[] = [inArray(auditEvents.subjectId, options.subjectIds)];
  const hitAbout: SQL[] = [inArray(auditSearchHits.subjectId, options.subjectIds)];
  for (let i = 0; i < options.referralIds.length; i += 500) {
    const chunk = options.referralIds.slice(i, i + 500);
    about.push(and(eq(auditEvents.objectType, 'Referral'), inArray(auditEvents.objectId, chunk))!);
    hitAbout.push(inArray(auditSearchHits.objectId, chunk));
  }
  const own = options.actorOrganisationId ? [eq(auditEvents.actorOrganisationId, options.actorOrganisationId)] : [];
  const records = ex
    .select()
    .from(auditEvents)
    .where(and(or(...about)!, isNull(auditEvents.hitCount), ...own))
    .all();
  const hits = ex
    .select({ record: auditEvents, hit: auditSearchHits })
    .from(auditSearchHits)
    .innerJoin(auditEvents, eq(auditEvents.seq, auditSearchHits.seq))
    .where(and(or(...hitAbout)!, ...own))
    .orderBy(asc(auditSearchHits.seq), asc(auditSearchHits.position))
    .all()
    .flatMap(({ record, hit }): TAuditEventRow[] => {
      const entry = (action: string, dataCategory: string | null, details: string | null): TAuditEventRow => ({
        ...record,
        action,
        objectType: 'Referral',
        objectId: hit.objectId,
        subjectId: hit.subjectId,
        dataCategory,
        purpose: hit.purpose,
        details,
        hitCount: null,
      });
      // A read's hit is a read of that person, one entry per category read.
      if (record.action === 'REFERRAL_READ') return hit.dataCategory === null ? [entry('REFERRAL_READ', null, hit.details)] : categoriesOf(hit.dataCategory).map((c) => entry('REFERRAL_READ', c, hit.details));
      // Any search's hit (referrals, subjects) is a search hit; one that showed personal data is
      // also a read of each category it showed (ADR 0022, decision 33), as its own record said before.
      return [entry('REFERRAL_SEARCH_HIT', null, null), ...categoriesOf(hit.dataCategory).map((c) => entry('REFERRAL_READ', c, hit.details))];
    });
  // Stable: a record's hits stay in position order (no record of the same seq is listed beside them).
  return [...records, ...hits].sort((a, b) => a.seq - b.seq);
}

export function head(ex: TExecutor): Pick<TAuditEventRow, 'seq' | 'hash' | 'action' | 'objectId' | 'at'> | undefined {
  return ex
    .select({ seq: auditEvents.seq, hash: auditEvents.hash, action: auditEvents.action, objectId: auditEvents.objectId, at: auditEvents.at })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1)
    .get();
}

export function listCheckpoints(ex: TExecutor): TCheckpointRow[] {
  return ex.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.seq)).all();
}

export function latestCheckpoint(ex: TExecutor): TCheckpointRow | undefined {
  return ex.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.seq)).limit(1).get();
}

export function insertCheckpoint(ex: TExecutor, row: TCheckpointRow): void {
  ex.insert(auditCheckpoints).values(row).run();
}

/** A record as the verifier reads it: with its hits (audit_search_hits) in position order. */
export type TChainRow = TAuditEventRow & { hits: THashedHit[] };

/**
 * The records from `fromSeq` on, in order, one at a time (a chain of millions is never held in
 * memory), each with its hits gathered by the same statement. Raw SQLite: the statement streams,
 * and no other statement may run while it does.
 */
export function* iterateEvents(sqlite: TSqlite, fromSeq: number): Generator<TChainRow> {
  const statement = sqlite.prepare(
    `select seq, at, actor_user_id as actorUserId, actor_organisation_id as actorOrganisationId, actor_roles as actorRoles, action,
       object_type as objectType, object_id as objectId, subject_id as subjectId, data_category as dataCategory, purpose, outcome,
       request_id as requestId, details, hit_count as hitCount, prev_hash as prevHash, hash,
       case when hit_count is null then null else
         (select json_group_array(json_array(h.position, h.object_id, h.subject_id, h.purpose, h.data_category, h.details)) from audit_search_hits h where h.seq = e.seq) end as hitsJson
     from audit_events e where seq >= ? order by seq`,
  );
  for (const raw of statement.iterate(fromSeq)) {
    const { hitsJson, ...row } = raw as TAuditEventRow & { hitsJson: string | null };
    const hits =
      hitsJson === null
        ? []
        : (JSON.parse(hitsJson) as Array<[number, string, string | null, string | null, string | null, string | null]>)
            .sort((a, b) => a[0] - b[0])
            .map(([, objectId, subjectId, purpose, dataCategory, details]) => ({ objectId, subjectId, purpose, dataCategory, details }));
    yield { ...row, hits };
  }
}

/**
 * The oldest record a checkpoint does not cover yet, and how many there are: the records after
 * `checkpointSeq` (all of them without a checkpoint), except the checkpoint's own AUDIT_CHECKPOINT
 * record, which the job counts as covered (audit-chain.ts writeAuditCheckpoint). Walks the primary
 * key from the checkpoint on: at most two rows are read for the oldest.
 */
export function uncoveredRecords(sqlite: TSqlite, checkpointSeq: number): { count: number; oldestAt: string | null } {
  const own = String(checkpointSeq);
  const oldest = sqlite
    .prepare(`select at from audit_events where seq > ? and not (action = 'AUDIT_CHECKPOINT' and object_id = ?) order by seq limit 1`)
    .get(checkpointSeq, own) as { at: string } | undefined;
  const counted = sqlite
    .prepare(`select count(*) as n from audit_events where seq > ? and not (action = 'AUDIT_CHECKPOINT' and object_id = ?)`)
    .get(checkpointSeq, own) as { n: number };
  return { count: counted.n, oldestAt: oldest?.at ?? null };
}

/**
 * The newest full verification of the chain (an AUDITOR's verifyAuditChain, recorded as
 * AUDIT_VERIFY with `ok` in its details). Found through the object index (object type
 * AuditTrail: verifications and trail searches), not by walking the whole trail backwards.
 */
export function lastVerification(sqlite: TSqlite): { at: string; ok: boolean } | null {
  const row = sqlite
    .prepare(
      `select at, json_extract(details, '$.ok') as ok from audit_events indexed by audit_events_object_idx
       where object_type = 'AuditTrail' and action = 'AUDIT_VERIFY' order by seq desc limit 1`,
    )
    .get() as { at: string; ok: number | null } | undefined;
  return row ? { at: row.at, ok: row.ok === 1 } : null;
}

// Reads of the rows behind the API (counts, audit records), for checks the API cannot make.
import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import { auditEvents } from '../../db/schema/index.js';
import type { TTestServer } from './test-server.js';

/** Rows in a table, read straight from SQLite. */
export function countRows(server: TTestServer, table: 'referrals' | 'subjects' | 'referral_events' | 'referral_personal_data' | 'reference_sequences' | 'notifications' | 'audit_events'): number {
  return (server.deps.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
}

export function countAll(server: TTestServer) {
  return {
    referrals: countRows(server, 'referrals'),
    subjects: countRows(server, 'subjects'),
    events: countRows(server, 'referral_events'),
    personal: countRows(server, 'referral_personal_data'),
    sequences: countRows(server, 'reference_sequences'),
    notifications: countRows(server, 'notifications'),
  };
}

export type TAuditRow = typeof auditEvents.$inferSelect;

/** The highest audit sequence number now: pass it to auditSince to see only what came after. */
export function auditMark(server: TTestServer): number {
  return (server.deps.sqlite.prepare('select coalesce(max(seq), 0) as n from audit_events').get() as { n: number }).n;
}

/**
 * Audit records written after `mark`, oldest first, optionally narrowed. A read record (one per
 * batch of reads, its hits in audit_search_hits, ADR 0022) comes back as one row per hit, with the
 * hit's referral, person, category, purpose and details, as the subject access report lists it;
 * a search that showed personal data (decision 33) comes back as itself, then a REFERRAL_READ row
 * per hit and category it showed. `rawAuditSince` gives the records as stored.
 */
export function auditSince(server: TTestServer, mark: number, where: { action?: string; objectId?: string; actorUserId?: string } = {}): TAuditRow[] {
  type THit = Pick<TAuditRow, 'objectId' | 'subjectId' | 'purpose' | 'dataCategory' | 'details'>;
  const hitsOf = server.deps.sqlite.prepare('select object_id as objectId, subject_id as subjectId, purpose, data_category as dataCategory, details from audit_search_hits where seq = ? order by position');
  const rows = rawAuditSince(server, mark, { actorUserId: where.actorUserId }).flatMap((row): TAuditRow[] => {
    if (row.hitCount === null) return [row];
    if (row.action === 'REFERRAL_READ') return (hitsOf.all(row.seq) as THit[]).map((hit) => ({ ...row, ...hit, hitCount: null }));
    if (row.action !== 'REFERRAL_SEARCH' || row.dataCategory === null) return [row];
    const reads = (hitsOf.all(row.seq) as THit[]).flatMap((hit) =>
      (hit.dataCategory?.split(',') ?? []).map((dataCategory): TAuditRow => ({ ...row, ...hit, action: 'REFERRAL_READ', objectType: 'Referral', dataCategory, hitCount: null })),
    );
    return [row, ...reads];
  });
  return rows.filter((row) => (!where.action || row.action === where.action) && (!where.objectId || row.objectId === where.objectId));
}

/** Audit records written after `mark` as stored, oldest first, optionally narrowed. */
export function rawAuditSince(server: TTestServer, mark: number, where: { action?: string; objectId?: string; actorUserId?: string } = {}): TAuditRow[] {
  const conditions: SQL[] = [gt(auditEvents.seq, mark)];
  if (where.action) conditions.push(eq(auditEvents.action, where.action));
  if (where.objectId) conditions.push(eq(auditEvents.objectId, where.objectId));
  if (where.actorUserId) conditions.push(eq(auditEvents.actorUserId, where.actorUserId));
  return server.deps.db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(asc(auditEvents.seq))
    .all();
}

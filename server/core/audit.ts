// The one audit writer. A unit of work runs a change and appends its audit records in the same
// transaction, so a change without its record cannot be committed. Reads of personal data and
// refused attempts are recorded through the same writer. Records hold ids and categories only.
import { desc } from 'drizzle-orm';
import { auditEvents } from '../../db/schema/index.js';
import type { TContext } from './context.js';
import type { TTx } from './db.js';
import { sha256Hex } from './ids.js';

export type TDataCategory = 'IDENTITY' | 'NARRATIVE' | 'WHEREABOUTS' | 'HEALTH' | 'CONTACT' | 'SUSPECT' | 'ACCOUNT' | 'OPERATION_TARGETS' | 'NONE';
export type TAuditOutcome = 'ALLOWED' | 'DENIED';

export type TAuditRecord = {
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  /** The data subject (person) the record concerns, so the subject access report can find it. */
  subjectId?: string | null;
  dataCategory?: TDataCategory | null;
  purpose?: string | null;
  outcome?: TAuditOutcome;
  /** Non-personal details only: ids, counts, codes, filter names. */
  details?: Record<string, string | number | boolean | null | string[]>;
};

export const GENESIS_HASH = '0'.repeat(64);

type TAuditRow = typeof auditEvents.$inferSelect;

/** The canonical form that is hashed: fixed field order, so a verifier recomputes exactly this. */
export function computeAuditHash(row: Omit<TAuditRow, 'hash'>): string {
  const canonical = JSON.stringify([
    row.seq,
    row.at,
    row.actorUserId,
    row.actorOrganisationId,
    row.actorRoles,
    row.action,
    row.objectType,
    row.objectId,
    row.subjectId,
    row.dataCategory,
    row.purpose,
    row.outcome,
    row.requestId,
    row.details,
  ]);
  return sha256Hex(`${row.prevHash}\n${canonical}`);
}

const INSERT_CHUNK = 200;

/** Appends records in order, chained to the last one, with one read and as few inserts as possible. */
function appendRecords(tx: TTx, ctx: TContext, at: Date, records: TAuditRecord[]): void {
  const last = tx.select({ seq: auditEvents.seq, hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1).get();
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows: TAuditRow[] = records.map((record) => {
    seq += 1;
    const row: Omit<TAuditRow, 'hash'> = {
      seq,
      at: at.toISOString(),
      actorUserId: ctx.viewer?.userId ?? null,
      actorOrganisationId: ctx.viewer?.organisationId ?? null,
      actorRoles: ctx.viewer ? ctx.viewer.roles.join(',') : null,
      action: record.action,
      objectType: record.objectType ?? null,
      objectId: record.objectId ?? null,
      subjectId: record.subjectId ?? null,
      dataCategory: record.dataCategory ?? null,
      purpose: record.purpose ?? null,
      outcome: record.outcome ?? 'ALLOWED',
      requestId: ctx.requestId,
      details: record.details ? JSON.stringify(record.details) : null,
      prevHash,
    };
    prevHash = computeAuditHash(row);
    return { ...row, hash: prevHash };
  });
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) tx.insert(auditEvents).values(rows.slice(i, i + INSERT_CHUNK)).run();
}

export type TUnitOfWork = {
  tx: TTx;
  now: Date;
  /** Add an audit record to this transaction (written before it commits). */
  audit(record: TAuditRecord): void;
  /** Run after a successful commit (e.g. wake the outbox worker); never inside the transaction. */
  afterCommit(fn: () => void): void;
};

/**
 * Runs `work` in one immediate transaction. Every unit must write at least one audit record:
 * a write that is not audited is a bug, so it is rolled back rather than committed silently.
 */
export function runAudited<T>(ctx: TContext, work: (unit: TUnitOfWork) => T): T {
  const { db, clock } = ctx.deps;
  const now = clock.now();
  const after: Array<() => void> = [];
  const result = db.transaction(
    (tx) => {
      const records: TAuditRecord[] = [];
      const unit: TUnitOfWork = {
        tx,
        now,
        audit: (record) => {
          records.push(record);
        },
        afterCommit: (fn) => after.push(fn),
      };
      const value = work(unit);
      if (records.length === 0) throw new Error('A unit of work must write an audit record');
      // Written last, in the same transaction: if this fails, the change above rolls back with it.
      appendRecords(tx, ctx, now, records);
      return value;
    },
    { behavior: 'immediate' },
  );
  for (const fn of after) {
    try {
      fn();
    } catch (error) {
      ctx.logger.error({ err: error }, 'after-commit hook failed');
    }
  }
  return result;
}

/** Records reads, searches and refused attempts: audit records with no other change beside them. */
export function recordAudit(ctx: TContext, records: TAuditRecord[]): void {
  if (records.length === 0) return;
  runAudited(ctx, (unit) => {
    for (const record of records) unit.audit(record);
  });
}

// The one audit writer. A unit of work runs a change and appends its audit records in the same
// transaction, so a change without its record cannot be committed. Reads of personal data and
// refused attempts are recorded through the same writer. Records hold ids and categories only.
import { desc } from 'drizzle-orm';
import { auditEvents } from '../../db/schema/index.js';
import type { TAuditAction } from './audit-actions.js';
import type { TAuditRecord, TContext, TUnitOfWork } from './types.js';
import type { TSqlite, TTx } from './db.js';
import { sha256Hex } from './ids.js';
import { hasLoneSurrogate } from './validation.js';

export type { TAuditOutcome, TAuditRecord, TDataCategory, TUnitOfWork } from './types.js';

export const GENESIS_HASH = '0'.repeat(64);

type TAuditRow = typeof auditEvents.$inferSelect;

/**
 * A string as SQLite stores it and gives it back. A lone UTF-16 surrogate has no UTF-8 form:
 * better-sqlite3 writes it as the three bytes of its generalised UTF-8 encoding and reads those
 * back as three U+FFFD. Every well-formed string (NUL and non-characters included) comes back as
 * given, so only a string with a lone surrogate is put through the database itself (`select ?`,
 * the same encoding as a column), which makes this exact rather than an imitation. The writer
 * applies it to a record *before* hashing, so the bytes written are the bytes hashed.
 */
export function storedForm<T extends string | null>(sqlite: TSqlite, value: T): T {
  if (typeof value !== 'string' || !hasLoneSurrogate(value)) return value;
  return (sqlite.prepare('select ? as v').get(value) as { v: string }).v as T;
}

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
  const stored = <T extends string | null>(value: T): T => storedForm(ctx.deps.sqlite, value);
  const rows: TAuditRow[] = records.map((record) => {
    seq += 1;
    // Every text column in its stored form (see storedForm): the hash is computed over exactly
    // what the INSERT below writes, so no input can make the trail disagree with its hashes.
    const row: Omit<TAuditRow, 'hash'> = {
      seq,
      at: at.toISOString(),
      actorUserId: stored(ctx.viewer?.userId ?? null),
      actorOrganisationId: stored(ctx.viewer?.organisationId ?? null),
      actorRoles: stored(ctx.viewer ? ctx.viewer.roles.join(',') : null),
      action: stored(record.action),
      objectType: stored(record.objectType ?? null),
      objectId: stored(record.objectId ?? null),
      subjectId: stored(record.subjectId ?? null),
      dataCategory: record.dataCategory ?? null,
      purpose: stored(record.purpose ?? null),
      outcome: record.outcome ?? 'ALLOWED',
      requestId: stored(ctx.requestId),
      details: stored(record.details ? JSON.stringify(record.details) : null),
      prevHash,
    };
    prevHash = computeAuditHash(row);
    return { ...row, hash: prevHash };
  });
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) tx.insert(auditEvents).values(rows.slice(i, i + INSERT_CHUNK)).run();
}

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

/**
 * Records reads, searches and refused attempts: audit records with no other change beside them.
 * Like unit.audit, generic in the action, so each record's details must be its action's shape.
 */
export function recordAudit<A extends TAuditAction>(ctx: TContext, records: ReadonlyArray<TAuditRecord<A>>): void {
  if (records.length === 0) return;
  runAudited(ctx, (unit) => {
    for (const record of records) unit.audit(record);
  });
}

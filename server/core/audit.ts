// The one audit writer. A unit of work runs a change and appends its audit records in the same
// transaction, so a change without its record cannot be committed. Reads of personal data and
// refused attempts are recorded through the same writer. Records hold ids and categories only.
import type { Statement } from 'better-sqlite3';
import type { auditEvents } from '../../db/schema/index.js';
import type { TAuditAction } from './audit-actions.js';
import type { TAuditRecord, TContext, TUnitOfWork } from './types.js';
import type { TSqlite } from './db.js';
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

/**
 * A hit as hashed and stored, in its position order. A read's hit adds the category read and the
 * details (JSON) its own record would have had; a search's hit has neither (both null).
 */
export type THashedHit = { objectId: string; subjectId: string | null; purpose: string | null; dataCategory?: string | null; details?: string | null };

/** A hit's canonical form: a search's hit (no category, no details) keeps the form it was first hashed in. */
function hitFields(h: THashedHit): unknown[] {
  const dataCategory = h.dataCategory ?? null;
  const details = h.details ?? null;
  return dataCategory === null && details === null ? [h.objectId, h.subjectId, h.purpose] : [h.objectId, h.subjectId, h.purpose, dataCategory, details];
}

type THashedRow = Omit<TAuditRow, 'hash' | 'hitCount'> & { hitCount?: number | null };

/**
 * The canonical form that is hashed: fixed field order, so a verifier recomputes exactly this.
 * A record with hits (hitCount set) adds the count and every hit in position order, so a hit
 * changed, removed or added, or the count set back to null, no longer matches the hash; a record
 * without hits keeps the form it always had, so the existing chain verifies as it did.
 */
export function computeAuditHash(row: THashedRow, hits: readonly THashedHit[] = []): string {
  const fields: unknown[] = [
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
  ];
  if (row.hitCount !== null && row.hitCount !== undefined) fields.push(row.hitCount, hits.map(hitFields));
  return sha256Hex(`${row.prevHash}\n${JSON.stringify(fields)}`);
}

type TWriterStatements = {
  last: Statement<[], { seq: number; hash: string }>;
  insert: Statement<unknown[]>;
  insertHits: Statement<[number, string]>;
};

// Prepared once per connection: the writer runs on every request, and preparing its statements
// again each time (as the query builder does) cost more than running them.
const statementsOf = new WeakMap<TSqlite, TWriterStatements>();

function writerStatements(sqlite: TSqlite): TWriterStatements {
  let statements = statementsOf.get(sqlite);
  if (!statements) {
    statements = {
      last: sqlite.prepare('select seq, hash from audit_events order by seq desc limit 1'),
      insert: sqlite.prepare(`insert into audit_events (seq, at, actor_user_id, actor_organisation_id, actor_roles, action, object_type, object_id,
        subject_id, data_category, purpose, outcome, request_id, details, hit_count, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      // All of a record's hits in one statement: a JSON array of [objectId, subjectId, purpose,
      // dataCategory, details], its index the position.
      insertHits: sqlite.prepare(`insert into audit_search_hits (seq, position, object_id, subject_id, purpose, data_category, details)
        select ?, key, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]'), json_extract(value, '$[4]')
        from json_each(?)`),
    };
    statementsOf.set(sqlite, statements);
  }
  return statements;
}

/** Appends records in order, chained to the last one: one read, one insert per record, one per record's hits. */
function appendRecords(sqlite: TSqlite, ctx: TContext, at: Date, records: TAuditRecord[]): void {
  const statements = writerStatements(sqlite);
  const last = statements.last.get();
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const stored = <T extends string | null>(value: T): T => storedForm(sqlite, value);
  const atText = at.toISOString();
  const actorUserId = stored(ctx.viewer?.userId ?? null);
  const actorOrganisationId = stored(ctx.viewer?.organisationId ?? null);
  const actorRoles = stored(ctx.viewer ? ctx.viewer.roles.join(',') : null);
  const requestId = stored(ctx.requestId);
  for (const record of records) {
    seq += 1;
    // Every text column in its stored form (see storedForm): the hash is computed over exactly
    // what the INSERT below writes, so no input can make the trail disagree with its hashes.
    const hits: THashedHit[] | null = record.hits
      ? record.hits.map((h) => ({
          objectId: stored(h.objectId),
          subjectId: stored(h.subjectId),
          purpose: stored(h.purpose),
          dataCategory: h.dataCategory ?? null,
          details: stored(h.details ? JSON.stringify(h.details) : null),
        }))
      : null;
    const row: THashedRow = {
      seq,
      at: atText,
      actorUserId,
      actorOrganisationId,
      actorRoles,
      action: stored(record.action),
      objectType: stored(record.objectType ?? null),
      objectId: stored(record.objectId ?? null),
      subjectId: stored(record.subjectId ?? null),
      dataCategory: record.dataCategory ?? null,
      purpose: stored(record.purpose ?? null),
      outcome: record.outcome ?? 'ALLOWED',
      requestId,
      details: stored(record.details ? JSON.stringify(record.details) : null),
      hitCount: hits ? hits.length : null,
      prevHash,
    };
    const hash = computeAuditHash(row, hits ?? []);
    statements.insert.run(
      row.seq, row.at, row.actorUserId, row.actorOrganisationId, row.actorRoles, row.action, row.objectType, row.objectId,
      row.subjectId, row.dataCategory, row.purpose, row.outcome, row.requestId, row.details, row.hitCount, row.prevHash, hash,
    );
    if (hits && hits.length > 0) statements.insertHits.run(seq, JSON.stringify(hits.map((h) => [h.objectId, h.subjectId, h.purpose, h.dataCategory ?? null, h.details ?? null])));
    prevHash = hash;
  }
}

/**
 * Runs `work` in one immediate transaction. Every unit must write at least one audit record:
 * a write that is not audited is a bug, so it is rolled back rather than committed silently.
 */
export function runAudited<T>(ctx: TContext, work: (unit: TUnitOfWork) => T): T {
  const { db, clock } = ctx.deps;
  const now = clock.now();
  const after: Array<() => void> = [];
  let written = 0;
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
      appendRecords(ctx.deps.sqlite, ctx, now, records);
      written = records.length;
      return value;
    },
    { behavior: 'immediate' },
  );
  ctx.deps.metrics.auditRecordsWritten.inc(written);
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

// --- Group commit of read audits -------------------------------------------------------------
// A listing or a read of personal data changes nothing but the trail, and its response may not be
// sent before its records are durable. With a commit (and its fsync) of their own, concurrent
// requests queued behind each other's fsyncs; here the records of every request that asks in the
// same turn of the event loop are appended in one immediate transaction, one commit for all.

type TPendingUnit = { ctx: TContext; at: Date; records: TAuditRecord[]; resolve: () => void; reject: (error: unknown) => void };

const pendingOf = new WeakMap<TSqlite, TPendingUnit[]>();

/**
 * Each unit in a savepoint of its own: one that fails is rolled back alone and its caller gets the
 * error, while the others commit. The whole group is appended, committed and released in one
 * synchronous call, so no statement of any other request runs while its writes are uncommitted:
 * no read ever sees them.
 */
function commitGroup(sqlite: TSqlite): void {
  const units = pendingOf.get(sqlite) ?? [];
  pendingOf.delete(sqlite);
  const failed = new Map<TPendingUnit, unknown>();
  try {
    sqlite.transaction(() => {
      for (const unit of units) {
        sqlite.exec('SAVEPOINT audit_unit');
        try {
          appendRecords(sqlite, unit.ctx, unit.at, unit.records);
          sqlite.exec('RELEASE audit_unit');
        } catch (error) {
          sqlite.exec('ROLLBACK TO audit_unit');
          sqlite.exec('RELEASE audit_unit');
          failed.set(unit, error);
        }
      }
    }).immediate();
  } catch (error) {
    // The commit itself failed: nothing of the group is durable, so every unit fails.
    for (const unit of units) if (!failed.has(unit)) failed.set(unit, error);
  }
  let written = 0;
  for (const unit of units) if (!failed.has(unit)) written += unit.records.length;
  if (written > 0) units[0]!.ctx.deps.metrics.auditRecordsWritten.inc(written);
  for (const unit of units) {
    const error = failed.get(unit);
    if (error === undefined) unit.resolve();
    else {
      unit.ctx.logger.error({ err: error }, 'read audit could not be written');
      unit.reject(error);
    }
  }
}

/**
 * Records reads and searches (audit records with no other change beside them) with those of
 * concurrent requests, in one transaction and one commit (ADR 0022). Resolves once the records
 * are committed: await it before returning what they record. Rejects if this unit's records could
 * not be written; the other units of the group are not affected.
 */
export function recordReadAudit<A extends TAuditAction>(ctx: TContext, records: ReadonlyArray<TAuditRecord<A>>): Promise<void> {
  if (records.length === 0) return Promise.resolve();
  const { sqlite } = ctx.deps;
  return new Promise<void>((resolve, reject) => {
    let pending = pendingOf.get(sqlite);
    if (!pending) {
      pending = [];
      pendingOf.set(sqlite, pending);
      // After the I/O callbacks of this turn: every request that got this far in it joins.
      setImmediate(() => commitGroup(sqlite));
    }
    pending.push({ ctx, at: ctx.deps.clock.now(), records: [...records] as TAuditRecord[], resolve, reject });
  });
}

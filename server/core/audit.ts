// The one audit writer. A unit of work runs a change and appends its audit records in the same
// transaction, so a change without its record cannot be committed. Reads of personal data and
// refused attempts are recorded through the same writer. Records hold ids and categories only.
import type { Statement } from 'better-sqlite3';
import fs from 'node:fs';
import type { auditEvents } from '../../db/schema/index.js';
import type { TAuditAction } from './audit-actions.js';
import type { TAuditRecord, TContext, TUnitOfWork } from './types.js';
import type { TSqlite, TWriter } from './db.js';
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
  /** The hits insert for 2^k rows, k = 0 … HIT_CHUNK_BITS - 1. */
  insertHits: Array<Statement<unknown[]>>;
};

/**
 * A record's hits are inserted in chunks of 64, 32, … 1 rows (the binary digits of their count: a
 * page of 50 is 32 + 16 + 2), each a multi-row statement prepared with the others, once per
 * connection: a fixed set, whatever the page size.
 */
const HIT_CHUNK_BITS = 7;
const HIT_COLUMNS = 7;

// Prepared once per connection: the writer runs on every request, and preparing its statements
// again each time (as the query builder does) cost more than running them.
const statementsOf = new WeakMap<TSqlite, TWriterStatements>();

function writerStatements(sqlite: TSqlite): TWriterStatements {
  let statements = statementsOf.get(sqlite);
  if (!statements) {
    const row = `(${new Array<string>(HIT_COLUMNS).fill('?').join(', ')})`;
    statements = {
      last: sqlite.prepare('select seq, hash from audit_events order by seq desc limit 1'),
      insert: sqlite.prepare(`insert into audit_events (seq, at, actor_user_id, actor_organisation_id, actor_roles, action, object_type, object_id,
        subject_id, data_category, purpose, outcome, request_id, details, hit_count, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertHits: Array.from({ length: HIT_CHUNK_BITS }, (_, k) =>
        sqlite.prepare(`insert into audit_search_hits (seq, position, object_id, subject_id, purpose, data_category, details) values ${new Array<string>(2 ** k).fill(row).join(', ')}`),
      ),
    };
    statementsOf.set(sqlite, statements);
  }
  return statements;
}

/** A record's hits as multi-row inserts (see HIT_CHUNK_BITS): values bound as they are, no JSON between. */
function insertHits(statements: TWriterStatements, seq: number, hits: readonly THashedHit[]): void {
  const largest = 2 ** (HIT_CHUNK_BITS - 1);
  let from = 0;
  while (from < hits.length) {
    const left = hits.length - from;
    const k = left >= largest ? HIT_CHUNK_BITS - 1 : 31 - Math.clz32(left);
    const n = 2 ** k;
    const values = new Array<unknown>(n * HIT_COLUMNS);
    for (let i = 0; i < n; i++) {
      const h = hits[from + i]!;
      const at = i * HIT_COLUMNS;
      values[at] = seq;
      values[at + 1] = from + i;
      values[at + 2] = h.objectId;
      values[at + 3] = h.subjectId;
      values[at + 4] = h.purpose;
      values[at + 5] = h.dataCategory ?? null;
      values[at + 6] = h.details ?? null;
    }
    statements.insertHits[k]!.run(values);
    from += n;
  }
}

/** Group commit figures per connection (ADR 0022): how many groups, units and records, the largest group. */
export type TAuditGroupStats = { groups: number; units: number; records: number; largest: number };

/** The group commit's figures so far for this connection (for the bench: logged at debug level when the server closes). */
export function auditGroupStats(sqlite: TSqlite): TAuditGroupStats {
  return { ...(groupOf.get(sqlite)?.stats ?? { groups: 0, units: 0, records: 0, largest: 0 }) };
}

/** The stored category of a record or hit: one code, or (`dataCategories`) several, comma separated. */
function categoriesOf(r: { dataCategory?: string | null; dataCategories?: readonly string[] | null }): string | null {
  return r.dataCategories && r.dataCategories.length > 0 ? r.dataCategories.join(',') : (r.dataCategory ?? null);
}

/** A hit's values in their stored form: the ids of a read or a search come from rows and are checked only as cheaply as storedForm does. */
function storedHit(sqlite: TSqlite, h: TAuditRecord['hits'] extends ReadonlyArray<infer H> | undefined ? H : never): THashedHit {
  return {
    objectId: storedForm(sqlite, h.objectId),
    subjectId: storedForm(sqlite, h.subjectId),
    purpose: storedForm(sqlite, h.purpose),
    // Codes of the typed vocabulary (TDataCategory): well formed by construction. A search's hit
    // that showed personal data lists every category it showed (ADR 0022, decision 33).
    dataCategory: categoriesOf(h),
    details: h.details ? storedForm(sqlite, JSON.stringify(h.details)) : null,
  };
}

/** Appends records in order, chained to the last one: one read, one insert per record, one per record's hits. */
function appendRecords(sqlite: TSqlite, ctx: TContext, at: Date, records: TAuditRecord[]): void {
  const statements = writerStatements(sqlite);
  const last = statements.last.get();
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const atText = at.toISOString();
  const actorUserId = storedForm(sqlite, ctx.viewer?.userId ?? null);
  const actorOrganisationId = storedForm(sqlite, ctx.viewer?.organisationId ?? null);
  const actorRoles = storedForm(sqlite, ctx.viewer ? ctx.viewer.roles.join(',') : null);
  const requestId = storedForm(sqlite, ctx.requestId);
  for (const record of records) {
    seq += 1;
    // Every text column in its stored form (see storedForm): the hash is computed over exactly
    // what the INSERT below writes, so no input can make the trail disagree with its hashes.
    // The action, outcome and category are codes of the typed vocabulary (audit-actions.ts),
    // well formed by construction, so they are not checked.
    const hits: THashedHit[] | null = record.hits ? record.hits.map((h) => storedHit(sqlite, h)) : null;
    const row: THashedRow = {
      seq,
      at: atText,
      actorUserId,
      actorOrganisationId,
      actorRoles,
      action: record.action,
      objectType: storedForm(sqlite, record.objectType ?? null),
      objectId: storedForm(sqlite, record.objectId ?? null),
      subjectId: storedForm(sqlite, record.subjectId ?? null),
      dataCategory: categoriesOf(record),
      purpose: storedForm(sqlite, record.purpose ?? null),
      outcome: record.outcome ?? 'ALLOWED',
      requestId,
      details: storedForm(sqlite, record.details ? JSON.stringify(record.details) : null),
      hitCount: hits ? hits.length : null,
      prevHash,
    };
    const hash = computeAuditHash(row, hits ?? []);
    statements.insert.run(
      row.seq, row.at, row.actorUserId, row.actorOrganisationId, row.actorRoles, row.action, row.objectType, row.objectId,
      row.subjectId, row.dataCategory, row.purpose, row.outcome, row.requestId, row.details, row.hitCount, row.prevHash, hash,
    );
    if (hits && hits.length > 0) insertHits(statements, seq, hits);
    prevHash = hash;
  }
}

/**
 * The writer's turn: units and read audit groups hold the writer one at a time, in the order they
 * asked. A free writer is taken at once, in the caller's own call (a synchronous unit then runs
 * and commits within it, as it did before units could await); otherwise `takeWriterTurn` resolves
 * when the holder before hands it on. Every holder hands it on (`handOnWriterTurn`) in a `finally`.
 */
function takeWriterTurn(writer: TWriter): Promise<void> | null {
  if (!writer.busy) {
    writer.busy = true;
    return null;
  }
  return new Promise<void>((resolve) => writer.waiting.push(resolve));
}

function handOnWriterTurn(writer: TWriter): void {
  const next = writer.waiting.shift();
  if (next) next();
  else writer.busy = false;
}

/** Resolves once every unit and group that asked for the writer so far has finished (closeDeps). */
export async function writerIdle(writer: TWriter): Promise<void> {
  const waiting = takeWriterTurn(writer);
  if (waiting) await waiting;
  handOnWriterTurn(writer);
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * One unit on the writer, its turn already taken: BEGIN IMMEDIATE, the work, its audit records,
 * COMMIT (or ROLLBACK, the error passed on). `relaxed`: committed with synchronous = NORMAL, the
 * caller syncs the WAL file itself (runAuditedDurably).
 */
async function runUnit<T>(ctx: TContext, writer: TWriter, work: (unit: TUnitOfWork) => T | Promise<T>, after: Array<() => void>, relaxed: TGroupState | null): Promise<T> {
  const now = ctx.deps.clock.now();
  const records: TAuditRecord[] = [];
  const unit: TUnitOfWork = {
    tx: writer.db,
    now,
    audit: (record) => {
      records.push(record);
    },
    afterCommit: (fn) => after.push(fn),
  };
  if (relaxed) relaxed.syncNormal.run();
  writer.sqlite.exec('BEGIN IMMEDIATE');
  try {
    let value: T;
    writer.inUnit = true;
    let pending: T | Promise<T>;
    try {
      pending = work(unit);
    } finally {
      writer.inUnit = false;
    }
    // Awaited only when the work is asynchronous: a synchronous unit commits in the same turn of the event loop.
    if (isPromiseLike(pending)) value = await pending;
    else value = pending;
    if (records.length === 0) throw new Error('A unit of work must write an audit record');
    // Written last, in the same transaction: if this fails, the change above rolls back with it.
    appendRecords(writer.sqlite, ctx, now, records);
    writer.sqlite.exec('COMMIT');
    ctx.deps.metrics.auditRecordsWritten.inc(records.length);
    return value;
  } catch (error) {
    // A failed statement may already have ended the transaction (SQLite rolls back on some errors).
    if (writer.sqlite.inTransaction) writer.sqlite.exec('ROLLBACK');
    throw error;
  } finally {
    if (relaxed) relaxed.syncFull.run();
  }
}

function runAfterCommit(ctx: TContext, after: ReadonlyArray<() => void>): void {
  for (const fn of after) {
    try {
      fn();
    } catch (error) {
      ctx.logger.error({ err: error }, 'after-commit hook failed');
    }
  }
}

/** A unit asked for inside another unit's work would wait for that unit's turn forever. */
function refuseNested(writer: TWriter): void {
  if (writer.inUnit) throw new Error('A unit of work cannot run inside another one: audit through unit.audit');
}

/**
 * Runs `work` as one unit of work: one immediate transaction on the writer connection, after every
 * unit queued before it (ADR 0030). `work` may be asynchronous; every statement of the unit runs
 * through `unit.tx`. Every unit must write at least one audit record: a write that is not audited
 * is a bug, so it is rolled back rather than committed silently. Resolves after the commit, before
 * the after-commit hooks' effects (they run synchronously, once the turn is handed on).
 */
export function runAudited<T>(ctx: TContext, work: (unit: TUnitOfWork) => T | Promise<T>): Promise<T> {
  const { writer } = ctx.deps;
  refuseNested(writer);
  const waiting = takeWriterTurn(writer);
  return waiting ? waiting.then(() => runHoldingTurn(ctx, writer, work)) : runHoldingTurn(ctx, writer, work);
}

async function runHoldingTurn<T>(ctx: TContext, writer: TWriter, work: (unit: TUnitOfWork) => T | Promise<T>): Promise<T> {
  const after: Array<() => void> = [];
  let value: T;
  try {
    value = await runUnit(ctx, writer, work, after, null);
  } finally {
    handOnWriterTurn(writer);
  }
  runAfterCommit(ctx, after);
  return value;
}

/**
 * Records reads, searches and refused attempts: audit records with no other change beside them.
 * Like unit.audit, generic in the action, so each record's details must be its action's shape.
 */
export async function recordAudit<A extends TAuditAction>(ctx: TContext, records: ReadonlyArray<TAuditRecord<A>>): Promise<void> {
  if (records.length === 0) return;
  await runAudited(ctx, (unit) => {
    for (const record of records) unit.audit(record);
  });
}

// --- Group commit of read audits -------------------------------------------------------------
// A listing or a read of personal data changes nothing but the trail, and its response may not be
// sent before its records are durable. With a commit (and its fsync) of their own, concurrent
// requests queued behind each other's fsyncs. Here the records of concurrent requests are appended
// in one immediate transaction, one commit for all, and one commit is in flight at a time: while a
// group's fsync runs (off the main thread), the next group collects (ADR 0022, decision 17).

type TPendingUnit = { ctx: TContext; at: Date; records: TAuditRecord[]; resolve: () => void; reject: (error: unknown) => void };

type TGroupState = {
  /** The units collecting for the next group. */
  pending: TPendingUnit[];
  /** A commit of `pending` is scheduled (setImmediate). */
  scheduled: boolean;
  /** A committed group's fsync is running: the next group waits for it, collecting. */
  inFlight: boolean;
  /** The WAL file to fsync after a commit made with synchronous = NORMAL; null: commit with the connection's own FULL sync. */
  wal: string | null;
  /**
   * The WAL file, opened once. SQLite removes a WAL file only when the last connection to the
   * database closes, and this connection is open, so it stays the same file (a checkpoint that
   * truncates it keeps it). Closed by flushReadAudits, before the connection.
   */
  walFd: number | null;
  /** WAL syncs of units committed by runAuditedDurably still running (flushReadAudits waits for them). */
  unitSyncs: number;
  /** Called once nothing is pending or in flight (flushReadAudits). */
  idle: Array<() => void>;
  stats: TAuditGroupStats;
  syncNormal: Statement;
  syncFull: Statement;
  /** The connection the groups commit on; a group takes the writer's turn like a unit (ADR 0030). */
  writer: TWriter;
};

const groupOf = new WeakMap<TSqlite, TGroupState>();

function groupState(writer: TWriter): TGroupState {
  const { sqlite } = writer;
  let state = groupOf.get(sqlite);
  if (!state) {
    // Only a file in WAL mode: a commit there appends frames to the WAL, so syncing the WAL file
    // afterwards makes it exactly as durable as synchronous = FULL would have, before any answer.
    const walMode = !sqlite.memory && sqlite.name !== '' && String(sqlite.pragma('journal_mode', { simple: true })).toLowerCase() === 'wal';
    state = {
      pending: [],
      scheduled: false,
      inFlight: false,
      wal: walMode ? `${sqlite.name}-wal` : null,
      walFd: null,
      unitSyncs: 0,
      idle: [],
      stats: { groups: 0, units: 0, records: 0, largest: 0 },
      syncNormal: sqlite.prepare('pragma synchronous = NORMAL'),
      syncFull: sqlite.prepare('pragma synchronous = FULL'),
      writer,
    };
    groupOf.set(sqlite, state);
  }
  return state;
}

function schedule(sqlite: TSqlite, state: TGroupState): void {
  if (state.scheduled || state.inFlight) return;
  if (state.pending.length === 0) {
    if (state.unitSyncs > 0) return;
    for (const done of state.idle.splice(0)) done();
    return;
  }
  state.scheduled = true;
  // After the I/O callbacks of this turn: every request that got this far in it joins, and those
  // that come while the group waits for the writer's turn join too.
  setImmediate(() => {
    const commit = (): void => {
      try {
        commitGroup(sqlite, state);
      } finally {
        handOnWriterTurn(state.writer);
      }
    };
    const waiting = takeWriterTurn(state.writer);
    if (waiting) void waiting.then(commit);
    else commit();
  });
}

/** fsync of the WAL file on libuv's thread pool: the main thread goes on serving meanwhile. */
function syncWal(state: TGroupState, done: (error: unknown) => void): void {
  try {
    state.walFd ??= fs.openSync(state.wal!, 'r');
  } catch (error) {
    setImmediate(() => done(error));
    return;
  }
  fs.fsync(state.walFd, done);
}

/**
 * Each unit in a savepoint of its own: one that fails is rolled back alone and its caller gets the
 * error, while the others commit. The whole group is appended and committed in one synchronous
 * call, so no statement of any other request runs while its writes are uncommitted: no read ever
 * sees them. In WAL mode the commit is made with synchronous = NORMAL and the WAL file is then
 * synced off the main thread; no unit is resolved before that sync has returned.
 */
function commitGroup(sqlite: TSqlite, state: TGroupState): void {
  state.scheduled = false;
  const units = state.pending;
  state.pending = [];
  const { stats } = state;
  stats.groups += 1;
  stats.units += units.length;
  for (const unit of units) stats.records += unit.records.length;
  if (units.length > stats.largest) stats.largest = units.length;
  const failed = new Map<TPendingUnit, unknown>();
  const deferSync = state.wal !== null;
  try {
    if (deferSync) state.syncNormal.run();
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
  } finally {
    if (deferSync) state.syncFull.run();
  }
  const settle = (syncError: unknown): void => {
    let written = 0;
    for (const unit of units) {
      const error = failed.get(unit) ?? syncError;
      if (error === undefined || error === null) {
        written += unit.records.length;
        unit.resolve();
      } else {
        unit.ctx.logger.error({ err: error }, 'read audit could not be written');
        unit.reject(error);
      }
    }
    if (written > 0) units[0]!.ctx.deps.metrics.auditRecordsWritten.inc(written);
  };
  if (!deferSync || failed.size === units.length) {
    settle(undefined);
    schedule(sqlite, state);
    return;
  }
  // Committed, not yet known durable: the units wait for the WAL's fsync, the next group collects.
  // A failed sync fails every unit of the group (none has answered; its records may survive).
  state.inFlight = true;
  syncWal(state, (syncError) => {
    state.inFlight = false;
    settle(syncError);
    schedule(sqlite, state);
  });
}

/**
 * Records reads and searches (audit records with no other change beside them) with those of
 * concurrent requests, in one transaction and one commit (ADR 0022). Resolves once the records
 * are committed and durable: await it before returning what they record. Rejects if this unit's
 * records could not be written; the other units of the group are not affected.
 */
export function recordReadAudit<A extends TAuditAction>(ctx: TContext, records: ReadonlyArray<TAuditRecord<A>>): Promise<void> {
  if (records.length === 0) return Promise.resolve();
  const state = groupState(ctx.deps.writer);
  const { sqlite } = ctx.deps.writer;
  return new Promise<void>((resolve, reject) => {
    state.pending.push({ ctx, at: ctx.deps.clock.now(), records: [...records] as TAuditRecord[], resolve, reject });
    schedule(sqlite, state);
  });
}

/**
 * runAudited, its commit's fsync off the main thread: in WAL mode the unit commits with
 * synchronous = NORMAL and the WAL file is then synced on libuv's thread pool, as a read audit
 * group's is; the promise resolves only after that sync, so nothing the unit wrote is answered
 * before it is durable (a failed sync rejects). For a unit on a hot path whose caller answers
 * asynchronously anyway (the password sign-in, ADR 0022 decision 45): a synchronous FULL commit
 * holds the main thread for the whole fsync. The unit takes the writer's turn like any other, and
 * hands it on at its commit, before the sync. Elsewhere (an in-memory database) it is runAudited.
 */
export async function runAuditedDurably<T>(ctx: TContext, work: (unit: TUnitOfWork) => T | Promise<T>): Promise<T> {
  const { writer } = ctx.deps;
  const state = groupState(writer);
  if (state.wal === null) return runAudited(ctx, work);
  refuseNested(writer);
  const after: Array<() => void> = [];
  const waiting = takeWriterTurn(writer);
  if (waiting) await waiting;
  let result: T;
  try {
    result = await runUnit(ctx, writer, work, after, state);
  } finally {
    handOnWriterTurn(writer);
  }
  runAfterCommit(ctx, after);
  state.unitSyncs += 1;
  await new Promise<void>((resolve, reject) =>
    syncWal(state, (error) => {
      state.unitSyncs -= 1;
      schedule(writer.sqlite, state);
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve();
    }),
  );
  return result;
}

/** Resolves once no read audit is pending or being committed on this writer, its WAL file closed: call before closing the connection. */
export async function flushReadAudits(writer: TWriter): Promise<void> {
  const state = groupOf.get(writer.sqlite);
  if (!state) return;
  if (state.scheduled || state.inFlight || state.unitSyncs > 0 || state.pending.length > 0) await new Promise<void>((resolve) => state.idle.push(resolve));
  if (state.walFd !== null) {
    fs.closeSync(state.walFd);
    state.walFd = null;
  }
}

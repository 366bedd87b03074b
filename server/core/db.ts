// Opens the embedded SQLite database with audit-grade settings and applies the committed migrations.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database, { type Statement } from 'better-sqlite3';
import { getTableColumns, getTableName, sql, type Column, type SQL, type Table } from 'drizzle-orm';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from '../../db/schema/index.js';

export type TDb = BetterSQLite3Database<typeof schema>;
export type TTx = Parameters<Parameters<TDb['transaction']>[0]>[0];
/** Anything that runs queries: the database or an open transaction. */
export type TExecutor = TDb | TTx;
export type TSqlite = Database.Database;

/**
 * The order rows were inserted in: the tie-breaker for rows written at the same instant, so a list
 * keeps one stable, meaningful order instead of the random order of their UUIDs.
 */
export function insertionOrder(table: Table): SQL {
  return sql`${table}.rowid`;
}

/** Column kinds whose stored value is the value itself (drizzle's decoder returns it unchanged). */
const STORED_AS_IS = new Set(['SQLiteText', 'SQLiteInteger', 'SQLiteReal']);

export type TRowReader<T> = {
  /** The select list: each column as its property name (`"referrals"."created_at" as "createdAt"`). */
  columns: SQL;
  /** The same select list as plain text, for statements written once with bound parameters (`sqlite.prepare`). */
  text: string;
  /** Decodes, in place, the columns stored in another form (booleans, JSON, timestamps). */
  read: (row: unknown) => T;
  /**
   * A raw row (`statement.raw()`: the values in select-list order) as one object of fixed shape,
   * decoded. better-sqlite3 builds its object rows through V8's `Object::New` with the names,
   * which makes dictionary-mode objects (slow to read, larger); an object literal of the same
   * properties in the same order every time is one hidden class, read as fast as any object.
   */
  fromRaw: (values: unknown[]) => T;
};

/**
 * Rows read without the query builder's mapping (ADR 0022). The builder decodes every column of
 * every row through a generic path (type checks and a nested object per row), a tenth of a
 * listing's allocations and more of its CPU; here SQLite names each column by its property and
 * only the columns stored in another form go through their own decoder, the builder's.
 */
export function rowReader<T>(fields: Record<string, Column>): TRowReader<T> {
  const entries = Object.entries(fields);
  const list = entries.map(([property, column]) => `"${getTableName(column.table)}"."${column.name}" as "${property}"`).join(', ');
  const decoded = entries.filter(([, column]) => !STORED_AS_IS.has(column.columnType));
  const decoders = entries.map(([, column]) => (STORED_AS_IS.has(column.columnType) ? null : (value: unknown) => column.mapFromDriverValue(value)));
  // The literal is written from the schema's own property names (JSON-quoted), never from data.
  const properties = entries.map(([property], i) => `${JSON.stringify(property)}: ${decoders[i] ? `v[${i}] === null ? null : d[${i}](v[${i}])` : `v[${i}]`}`);
  const literal = new Function('v', 'd', `return { ${properties.join(', ')} };`) as (values: unknown[], decode: typeof decoders) => T;
  return {
    columns: sql.raw(list),
    text: list,
    fromRaw: (values) => literal(values, decoders),
    read: (row) => {
      const r = row as Record<string, unknown>;
      for (const [property, column] of decoded) {
        const value = r[property];
        if (value !== null && value !== undefined) r[property] = column.mapFromDriverValue(value);
      }
      return r as T;
    },
  };
}

/** Where a partial row (partialRowReader) finds the rest of itself. */
const REST = Symbol('rest of the row');

export type TPartialRowReader<T> = {
  /** The listed columns as a select list (plain text, `"table"."column" as "property"`). */
  text: string;
  /** A raw row of the listed columns as a whole row: `rest(id)` gives the whole row, read when first asked. */
  fromRaw: (values: unknown[], rest: (id: string) => T | undefined) => T;
};

/**
 * Rows of which a statement reads only the `listed` columns (a listing reads what it shows and its
 * access rule needs: reading every column cost more than the rest of the statement, ADR 0022). The
 * other columns are on the rows' prototype, read on first use through `rest` (the caller reads the
 * whole rows of the statement at once), so the rows are whole rows to every reader of their
 * properties. Only the listed columns are own properties: a copy (`{ ...row }`, `Object.keys`)
 * has only those, so a partial row is for reading, not for copying (no reader of a listing copies
 * one). Each row is an instance of one generated class: one hidden class.
 */
export function partialRowReader<T extends { id: string }>(table: Table, listed: ReadonlyArray<keyof T & string>): TPartialRowReader<T> {
  const columns = getTableColumns(table) as Record<string, Column>;
  const reader = rowReader<T>(Object.fromEntries(listed.map((property) => [property, columns[property]!])));
  const decoders = listed.map((property) => (STORED_AS_IS.has(columns[property]!.columnType) ? null : (value: unknown) => columns[property]!.mapFromDriverValue(value)));
  // Written from the schema's own property names (JSON-quoted), never from data.
  const assignments = listed.map((property, i) => `this[${JSON.stringify(property)}] = ${decoders[i] ? `v[${i}] === null ? null : d[${i}](v[${i}])` : `v[${i}]`};`);
  const Row = new Function('d', 'REST', `return class { constructor(v, rest) { ${assignments.join(' ')} this[REST] = rest; } };`)(decoders, REST) as new (
    values: unknown[],
    rest: (id: string) => T | undefined,
  ) => T;
  for (const property of Object.keys(columns)) {
    if ((listed as readonly string[]).includes(property)) continue;
    Object.defineProperty(Row.prototype, property, {
      get(this: T & { [REST]: (id: string) => T | undefined }) {
        return (this[REST](this.id) as Record<string, unknown> | undefined)?.[property] ?? null;
      },
      set(this: object, value: unknown) {
        Object.defineProperty(this, property, { value, writable: true, enumerable: true, configurable: true });
      },
      enumerable: true,
      configurable: true,
    });
  }
  return { text: reader.text, fromRaw: (values, rest) => new Row(values, rest) };
}

/**
 * `column in (…ids)` as one parameter, a JSON array SQLite unpacks (json_each), for the lists a
 * request reads by (a page's subjects, grants, organisations). `inArray` builds one parameter per
 * id through the query builder on every call, and each list length is a statement of its own;
 * this is one short statement, prepared once, its ids still bound as data, never as SQL text.
 */
export function inList(column: Column, ids: readonly string[]): SQL {
  return sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`;
}

/** rowReader of a whole table: its rows as `select()` gives them. */
export function tableReader<T extends Table>(table: T): TRowReader<T['$inferSelect']> {
  return rowReader(getTableColumns(table));
}

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../db/migrations');

/**
 * The one writer of a database (ADR 0030). Units of work (core/audit.ts runAudited) and the read
 * audits' group commits run on this connection, one at a time: `turn` is the tail of their queue.
 * Reads outside a unit use the reader connection (`openDatabase`'s `db`, `sqlite`): in WAL mode it
 * reads the last committed state, so no read outside a unit ever sees a unit's uncommitted writes,
 * even while that unit awaits. An in-memory database is one database per connection: there the
 * writer is the reader's own connection (schema tools and tests of the schema only; the server
 * always opens a file).
 */
export type TWriter = {
  sqlite: TSqlite;
  db: TDb;
  /** A unit or a read audit group holds the writer (core/audit.ts takes and hands on the turn). */
  busy: boolean;
  /** Those waiting for the writer, in the order they asked: each is handed the turn in its turn. */
  waiting: Array<() => void>;
  /**
   * True while a unit's work runs synchronously (before its first await): statements prepared on
   * the reader connection meanwhile are the unit's own and run on the writer, inside its
   * transaction, so a unit still reads what it has written through any handle (see reuseStatements).
   */
  inUnit: boolean;
};

function openConnection(file: string): TSqlite {
  const sqlite = new Database(file);
  // Password hashes and personal data live here: readable by the server's own user only.
  if (file !== ':memory:') fs.chmodSync(file, 0o600);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a committed audit record survives a power cut, at a small cost per commit.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

export function openDatabase(options: { path: string }): { sqlite: TSqlite; db: TDb; writer: TWriter } {
  const memory = options.path === ':memory:';
  if (!memory) fs.mkdirSync(path.dirname(options.path), { recursive: true, mode: 0o700 });
  // The writer first: it migrates, and it creates the WAL files the reader then opens.
  const writerSqlite = openConnection(options.path);
  const writer: TWriter = { sqlite: writerSqlite, db: undefined as unknown as TDb, busy: false, waiting: [], inUnit: false };
  reuseStatements(writerSqlite, null);
  writer.db = drizzle(writerSqlite, { schema });
  migrate(writer.db, { migrationsFolder });
  if (memory) return { sqlite: writerSqlite, db: writer.db, writer };
  const sqlite = openConnection(options.path);
  reuseStatements(sqlite, writer);
  const db = drizzle(sqlite, { schema });
  return { sqlite, db, writer };
}

/** Closes both connections of a database (the reader and, when it is another one, the writer). */
export function closeDatabase(sqlite: TSqlite, writer: TWriter): void {
  sqlite.close();
  if (writer.sqlite !== sqlite) writer.sqlite.close();
}

/** How many distinct statements are kept prepared: every query the server has, with room to spare. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The query builder prepares its statement again on every call; preparing (SQLite parsing and
 * planning) cost more than running most of them (ADR 0022). Here `prepare` returns the statement
 * already prepared for the same text, least recently used dropped beyond STATEMENT_CACHE_SIZE.
 * Safe because better-sqlite3 is synchronous: the builder prepares and runs in one call, so no
 * two callers use one statement at once. A statement still iterating (busy) is not handed out
 * again, and one handed out is back in object mode (the builder switches it to raw mode for the
 * rows it maps itself; nothing else here uses raw mode). On the reader, while a unit's work runs
 * synchronously (`writer.inUnit`), statements are the writer's (see TWriter).
 */
function reuseStatements(sqlite: TSqlite, writer: TWriter | null): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Statement>();
  const cached = (source: string): Statement => {
    // A statement of a unit's synchronous work, issued through the reader's handle (ctx.deps.db):
    // the unit's own, on the writer inside its transaction, as it was with one connection.
    if (writer !== null && writer.inUnit) return writer.sqlite.prepare(source);
    const hit = cache.get(source);
    if (hit && !hit.busy) {
      // Most recently used last: Map keeps insertion order.
      cache.delete(source);
      cache.set(source, hit);
      if (hit.reader) hit.raw(false);
      return hit;
    }
    const statement = prepare(source);
    if (!hit) {
      cache.set(source, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    return statement;
  };
  sqlite.prepare = cached as TSqlite['prepare'];
}

export function isDatabaseHealthy(sqlite: TSqlite): boolean {
  try {
    return sqlite.prepare('select 1 as ok').get() !== undefined;
  } catch {
    return false;
  }
}

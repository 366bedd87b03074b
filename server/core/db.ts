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
  /** The same select list as SQL text, for a statement written once (`sqlite.prepare`). */
  list: string;
  /** Decodes, in place, the columns stored in another form (booleans, JSON, timestamps). */
  read: (row: unknown) => T;
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
  return {
    columns: sql.raw(list),
    list,
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

export function openDatabase(options: { path: string }): { sqlite: TSqlite; db: TDb } {
  if (options.path !== ':memory:') fs.mkdirSync(path.dirname(options.path), { recursive: true, mode: 0o700 });
  const sqlite = new Database(options.path);
  // Password hashes and personal data live here: readable by the server's own user only.
  if (options.path !== ':memory:') fs.chmodSync(options.path, 0o600);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a committed audit record survives a power cut, at a small cost per commit.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  reuseStatements(sqlite);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return { sqlite, db };
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
 * rows it maps itself; nothing else here uses raw mode).
 */
function reuseStatements(sqlite: TSqlite): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Statement>();
  const cached = (source: string): Statement => {
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

// Opens the embedded SQLite database with audit-grade settings and applies the committed migrations.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { sql, type SQL, type Table } from 'drizzle-orm';
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
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return { sqlite, db };
}

export function isDatabaseHealthy(sqlite: TSqlite): boolean {
  try {
    return sqlite.prepare('select 1 as ok').get() !== undefined;
  } catch {
    return false;
  }
}

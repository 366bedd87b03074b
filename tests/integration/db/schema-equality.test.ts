// One schema truth (ADR 0029): the SQLite migrations (db/migrations) and the PostgreSQL ones
// (db/migrations-pg), each applied to a fresh database, give the same tables, columns, types
// (through the mapping), nullability, keys, indexes and append-only triggers.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as sqliteSchema from '../../../db/schema/index.js';
import { migratePostgres, postgresMigrationsFolder } from '../../../db/schema-pg/migrate.js';
import { openDatabase } from '../../../server/core/db.js';
import { compareShapes, drizzleModes, postgresShape, sqliteShape } from '../../support/schema-shape.js';
import { migratedDatabasePerFile, skipPostgres } from '../../support/postgres.js';

describe.skipIf(skipPostgres)('the SQLite and PostgreSQL schemas', () => {
  const database = migratedDatabasePerFile();

  it('are one schema after migrating a fresh database of each', async () => {
    const { sqlite } = openDatabase({ path: ':memory:' });
    const left = sqliteShape(sqlite, drizzleModes(sqliteSchema));
    sqlite.close();
    const right = await postgresShape(database().owner);
    // Guards against a comparison of two empty readings passing.
    expect([left.columns.size, left.indexes.size, left.foreignKeys.size, left.triggers.size]).toEqual([right.columns.size, right.indexes.size, right.foreignKeys.size, 6]);
    expect(left.columns.size).toBeGreaterThan(40);
    expect(compareShapes(left, right)).toEqual([
      // SQLite adds a NOT NULL column only with a default (0008_session-start.sql); the schema
      // has none and the server always writes the value, so PostgreSQL needs none.
      "column refresh_tokens.session_started_at: default '' in SQLite, none in PostgreSQL",
    ]);
  });

  it('migrate a second time without change', async () => {
    await migratePostgres(database().owner, { applicationRole: database().names.application });
    const [row] = await database().owner<Array<{ count: number }>>`select count(*)::int as count from drizzle.__drizzle_migrations`;
    const journal = JSON.parse(fs.readFileSync(path.join(postgresMigrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
    expect(row?.count).toBe(journal.entries.length);
  });
});

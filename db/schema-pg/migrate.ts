import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import type { Sql } from 'postgres';
import { applicationGrantStatements } from './roles.js';

export const postgresMigrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations-pg');

/**
 * Applies db/migrations-pg on a connection signed in as the owner role, then grants the
 * application role what it may do (ADR 0029). The grants run in one transaction: the
 * application role never sees a moment with the audit tables writable.
 */
export async function migratePostgres(sql: Sql, options: { applicationRole: string }): Promise<void> {
  await migrate(drizzle(sql), { migrationsFolder: postgresMigrationsFolder });
  await sql.begin(async (tx) => {
    for (const statement of applicationGrantStatements(options.applicationRole)) await tx.unsafe(statement);
  });
}

// A fresh PostgreSQL database per test file, in the cluster TEST_DATABASE_URL names (a superuser;
// scripts/pg-cluster.sh makes one, .ci/run starts it). Without the variable the PostgreSQL tests
// skip, except in CI, where a missing cluster fails them (ADR 0029).
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import postgres, { type Sql } from 'postgres';
import { afterAll, beforeAll } from 'vitest';
import { migratePostgres } from '../../db/schema-pg/migrate.js';
import { bootstrapStatements } from '../../db/schema-pg/roles.js';

export const postgresUrl = process.env.TEST_DATABASE_URL;
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';

/** Skip only on a developer's machine without a cluster; CI must have one. */
export const skipPostgres = !postgresUrl && !inCi;

export type TScratchDatabase = {
  names: { database: string; owner: string; application: string };
  /** Signed in as the owner role (the migrator's). */
  owner: Sql;
  /** Signed in as the application role (the server's). */
  application: Sql;
  drop(): Promise<void>;
};

/** A database with its own owner and application roles (roles are cluster-wide: unique names per file). */
export async function scratchDatabase(): Promise<TScratchDatabase> {
  if (!postgresUrl) throw new Error('CI runs the PostgreSQL tests: TEST_DATABASE_URL is unset (.ci/run starts a cluster with scripts/pg-cluster.sh)');
  const suffix = randomBytes(5).toString('hex');
  const names = { database: `samvirke_test_${suffix}`, owner: `samvirke_owner_${suffix}`, application: `samvirke_app_${suffix}` };
  const passwords = { owner: randomBytes(16).toString('hex'), application: randomBytes(16).toString('hex') };
  const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
  try {
    for (const statement of bootstrapStatements(names)) await admin.unsafe(statement);
    await admin.unsafe(`ALTER ROLE "${names.owner}" PASSWORD '${passwords.owner}'`);
    await admin.unsafe(`ALTER ROLE "${names.application}" PASSWORD '${passwords.application}'`);
  } finally {
    await admin.end();
  }
  const urlFor = (role: string, password: string) => {
    const url = new URL(postgresUrl);
    url.username = role;
    url.password = password;
    url.pathname = `/${names.database}`;
    return url.toString();
  };
  const owner = postgres(urlFor(names.owner, passwords.owner), { max: 2, onnotice: () => {} });
  const application = postgres(urlFor(names.application, passwords.application), { max: 2, onnotice: () => {} });
  return {
    names,
    owner,
    application,
    async drop() {
      await Promise.all([owner.end(), application.end()]);
      const cleanup = postgres(postgresUrl, { max: 1, onnotice: () => {} });
      try {
        await cleanup.unsafe(`DROP DATABASE IF EXISTS "${names.database}" WITH (FORCE)`);
        await cleanup.unsafe(`DROP ROLE IF EXISTS "${names.application}"`);
        await cleanup.unsafe(`DROP ROLE IF EXISTS "${names.owner}"`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/**
 * A scratch database migrated as its owner (the application role granted), made before the
 * calling file's tests and dropped after them; `setUp` runs once it is migrated.
 */
export function migratedDatabasePerFile(setUp?: (database: TScratchDatabase) => Promise<void>): () => TScratchDatabase {
  let database: TScratchDatabase | undefined;
  beforeAll(async () => {
    database = await scratchDatabase();
    await migratePostgres(database.owner, { applicationRole: database.names.application });
    await setUp?.(database);
  });
  afterAll(async () => {
    await database?.drop();
  });
  return () => {
    if (!database) throw new Error('the scratch database is made in beforeAll');
    return database;
  };
}

/** Whether Debian's PostgreSQL server programs are here (scripts/pg-replica.sh runs its own clusters with them). */
export const postgresInstalled = ((): boolean => {
  try {
    return readdirSync('/usr/lib/postgresql').some((version) => existsSync(`/usr/lib/postgresql/${version}/bin/initdb`));
  } catch {
    return false;
  }
})();

/** The replication and backup tests: skipped only on a developer's machine without PostgreSQL; CI must have it. */
export const skipPostgresServer = !postgresInstalled && !inCi;

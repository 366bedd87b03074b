// The two roles of a PostgreSQL deployment (ADR 0029). The owner role owns the database and runs
// the migrations; the server signs in as the application role, which may read and write the
// tables but only add to and read the audit tables: the grants, not only the triggers of
// 0001_audit-append-only.sql, make the trail append-only for the server.

/** The tables the application role may only INSERT into and SELECT from. */
export const APPEND_ONLY_TABLES = ['audit_events', 'audit_search_hits', 'audit_checkpoints'] as const;

// Role and database names go into SQL text (GRANT takes no parameters): plain identifiers only.
function identifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error('a PostgreSQL role or database name must be a lower-case identifier');
  return `"${name}"`;
}

/**
 * What the cluster's administrator runs once, as a superuser (or a role with CREATEROLE and
 * CREATEDB), before the first migration. Passwords are set apart (ALTER ROLE … PASSWORD), never here.
 */
export function bootstrapStatements(names: { database: string; owner: string; application: string }): string[] {
  const [database, owner, application] = [identifier(names.database), identifier(names.owner), identifier(names.application)];
  return [
    `CREATE ROLE ${owner} LOGIN`,
    `CREATE ROLE ${application} LOGIN`,
    `CREATE DATABASE ${database} OWNER ${owner} ENCODING 'UTF8'`,
    `REVOKE ALL ON DATABASE ${database} FROM PUBLIC`,
    `GRANT CONNECT ON DATABASE ${database} TO ${application}`,
  ];
}

/**
 * Run by the migrator as the owner after every migration, so that a table a migration adds is
 * granted at once: every table read and written, the append-only ones read and added to only.
 * Nothing in the migrator's own schema (drizzle) and no DDL: the application role owns nothing.
 */
export function applicationGrantStatements(application: string): string[] {
  const role = identifier(application);
  const appendOnly = APPEND_ONLY_TABLES.join(', ');
  return [
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${appendOnly} FROM ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
  ];
}

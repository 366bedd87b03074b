// The type mapping of ADR 0029 seen from the services: the same rows, written through drizzle with
// each dialect's schema, read back as the same JavaScript values (booleans, JSON, the audit
// sequence as a number, ISO-8601 text as written, defaults filled in).
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { describe, expect, it } from 'vitest';
import * as sqliteSchema from '../../../db/schema/index.js';
import * as pgSchema from '../../../db/schema-pg/index.js';
import { openDatabase } from '../../../server/core/db.js';
import { migratedDatabasePerFile, skipPostgres } from '../../support/postgres.js';

const organisation = { id: 'org-1', code: 'CMM', name: 'Center mod menneskehandel', kind: 'CMM', region: null };
const user = {
  id: 'user-1',
  email: 'a@example.dk',
  name: 'A',
  organisationId: 'org-1',
  roles: ['CASEWORKER', 'ADMIN'],
  referenceGroup: null,
  passwordHash: 'x',
  createdAt: '2026-12-02T10:00:00.123Z',
};
const audit = { seq: 2 ** 40, at: '2026-12-02T10:00:00.123Z', action: 'TEST', outcome: 'OK', details: '{"b":1,"a":2}', prevHash: '0', hash: 'h' };

describe.skipIf(skipPostgres)('values through drizzle on SQLite and PostgreSQL', () => {
  const database = migratedDatabasePerFile();

  it('read back alike', async () => {
    const { sqlite, db } = openDatabase({ path: ':memory:' });
    db.insert(sqliteSchema.organisations).values(organisation).run();
    db.insert(sqliteSchema.users).values(user).run();
    db.insert(sqliteSchema.auditEvents).values(audit).run();
    const fromSqlite = {
      user: db.select().from(sqliteSchema.users).where(eq(sqliteSchema.users.id, user.id)).get(),
      audit: db.select().from(sqliteSchema.auditEvents).get(),
    };
    sqlite.close();

    // As the server will: signed in as the application role.
    const pg = drizzle(database().application, { schema: pgSchema });
    await pg.insert(pgSchema.organisations).values(organisation);
    await pg.insert(pgSchema.users).values(user);
    await pg.insert(pgSchema.auditEvents).values(audit);
    const fromPostgres = {
      user: (await pg.select().from(pgSchema.users).where(eq(pgSchema.users.id, user.id)))[0],
      audit: (await pg.select().from(pgSchema.auditEvents))[0],
    };

    expect(fromPostgres).toEqual(fromSqlite);
    expect(fromPostgres.user).toMatchObject({ roles: ['CASEWORKER', 'ADMIN'], totpEnabled: false, active: true, createdAt: user.createdAt });
    expect(fromPostgres.audit).toMatchObject({ seq: 2 ** 40, details: audit.details });
  });
});

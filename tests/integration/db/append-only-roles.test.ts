// Append-only for real on PostgreSQL (issue 17, ADR 0029): signed in as the application role,
// the server can add to and read the audit tables but neither change nor remove a record; the
// owner role is stopped by the triggers as well.
import { describe, expect, it } from 'vitest';
import { migratedDatabasePerFile, skipPostgres } from '../../support/postgres.js';

describe.skipIf(skipPostgres)('the audit tables on PostgreSQL', () => {
  const database = migratedDatabasePerFile(async ({ application: app }) => {
    await app`insert into audit_events (seq, at, action, outcome, prev_hash, hash) values (1, '2026-01-01T00:00:00.000Z', 'TEST', 'OK', '0', 'h1')`;
    await app`insert into audit_search_hits (seq, position, object_id) values (1, 0, 'r1')`;
    await app`insert into audit_checkpoints (seq, head_hash, created_at, key_id, signature) values (1, 'h1', '2026-01-01T00:00:00.000Z', 'k', 's')`;
  });

  it('lets the application role read what it added', async () => {
    const rows = await database().application`select seq::int as seq, hash from audit_events`;
    expect(rows).toEqual([{ seq: 1, hash: 'h1' }]);
  });

  it.each(['audit_events', 'audit_search_hits', 'audit_checkpoints'])('refuses the application role an UPDATE, DELETE or TRUNCATE of %s', async (table) => {
    const app = database().application;
    await expect(app.unsafe(`update ${table} set seq = seq`)).rejects.toMatchObject({ code: '42501', message: expect.stringMatching(/permission denied/) });
    await expect(app.unsafe(`delete from ${table}`)).rejects.toMatchObject({ code: '42501' });
    await expect(app.unsafe(`truncate ${table}`)).rejects.toMatchObject({ code: '42501' });
  });

  it.each(['audit_events', 'audit_search_hits', 'audit_checkpoints'])('refuses even the owner role a change of %s (the triggers)', async (table) => {
    const owner = database().owner;
    await expect(owner.unsafe(`update ${table} set seq = seq`)).rejects.toMatchObject({ message: `${table} is append-only` });
    await expect(owner.unsafe(`delete from ${table}`)).rejects.toMatchObject({ message: `${table} is append-only` });
    await expect(owner.unsafe(`truncate ${table} cascade`)).rejects.toMatchObject({ message: expect.stringMatching(/is append-only/) });
    const [row] = await owner.unsafe<Array<{ count: number }>>(`select count(*)::int as count from ${table}`);
    expect(row?.count).toBe(1);
  });

  it('lets the application role change the other tables but not the schema', async () => {
    const app = database().application;
    await app`insert into organisations (id, code, name, kind) values ('o1', 'X', 'X', 'POLICE')`;
    await app`update organisations set name = 'Y' where id = 'o1'`;
    await app`delete from organisations where id = 'o1'`;
    await expect(app`create table intruder (id text)`).rejects.toMatchObject({ code: '42501' });
    await expect(app`alter table organisations add column extra text`).rejects.toMatchObject({ code: '42501' });
    await expect(app`drop trigger audit_events_no_update on audit_events`).rejects.toMatchObject({ code: '42501' });
  });
});

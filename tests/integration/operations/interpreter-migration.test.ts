// Migration 0017: the bare list of interpreter languages an operation carried becomes one
// REQUESTED interpreter per language (no provider), before the column is dropped.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const migrations = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../db/migrations');

function apply(db: Database.Database, file: string): void {
  for (const statement of fs.readFileSync(path.join(migrations, file), 'utf8').split('--> statement-breakpoint')) {
    if (statement.trim()) db.exec(statement);
  }
}

describe('migration 0017_interpreter-languages-dropped', () => {
  it('turns each operation’s language codes into REQUESTED interpreters and drops the column', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = OFF');
    const files = fs.readdirSync(migrations).filter((f) => f.endsWith('.sql')).sort();
    const at = files.indexOf('0017_interpreter-languages-dropped.sql');
    expect(at).toBeGreaterThan(0);
    for (const file of files.slice(0, at)) apply(db, file);

    const insert = db.prepare(`insert into operations (id, version, state, codename, objective, region, starts_at, ends_at, interpreter_languages, lead_organisation_id, created_by_user_id, created_at, updated_at)
      values (?, 1, 'PLANNED', 'X', 'Y', 'SYDDANMARK', '2026-12-01T08:00:00.000Z', '2026-12-01T14:00:00.000Z', ?, 'org', 'user', '2026-11-01T08:00:00.000Z', '2026-11-02T08:00:00.000Z')`);
    insert.run('op-1', JSON.stringify(['th', 'ro']));
    insert.run('op-2', JSON.stringify([]));
    apply(db, files[at]!);

    const rows = db.prepare('select id, operation_id, language, provider, status, requested_at from operation_interpreters order by operation_id, language').all() as Array<Record<string, string | null>>;
    expect(rows.map(({ id: _id, ...rest }) => rest)).toEqual([
      { operation_id: 'op-1', language: 'ro', provider: null, status: 'REQUESTED', requested_at: '2026-11-01T08:00:00.000Z' },
      { operation_id: 'op-1', language: 'th', provider: null, status: 'REQUESTED', requested_at: '2026-11-01T08:00:00.000Z' },
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(2);
    for (const r of rows) expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const columns = (db.prepare('pragma table_info(operations)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).not.toContain('interpreter_languages');
    expect(columns).toContain('lead_attendee_user_ids');
    db.close();
  });
});

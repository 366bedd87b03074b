// DATABASE_PATH: the folder is created, and the database opens with audit-grade settings.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../server/core/db.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-dbpath-'));
const databasePath = path.join(dir, 'nested', 'deeper', 'samvirke.db');

let server: TTestServer;
beforeAll(async () => {
  expect(fs.existsSync(path.dirname(databasePath))).toBe(false);
  server = await startTestServer({ env: { DATABASE_PATH: databasePath } });
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the database', () => {
  it('is created at DATABASE_PATH, folder included', () => {
    expect(server.deps.config.databasePath).toBe(databasePath);
    expect(fs.statSync(databasePath).isFile()).toBe(true);
  });

  it('opens with WAL, synchronous FULL, foreign keys on and a busy timeout', () => {
    const { sqlite } = server.deps;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
  });

  it('enforces foreign keys', () => {
    expect(() =>
      server.deps.sqlite
        .prepare(`insert into notifications (id, user_id, kind, link, created_at) values ('n-1', 'no-such-user', 'ACCOUNT_CREATED', '/', 'now')`)
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('answers the health check', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('opens the same way, migrations applied, when opened directly', () => {
    const other = path.join(dir, 'direct', 'again', 'samvirke.db');
    const { sqlite, writer } = openDatabase({ path: other });
    try {
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
      const triggers = sqlite.prepare(`select name from sqlite_master where type = 'trigger' and tbl_name = 'audit_events' order by name`).all();
      expect(triggers).toEqual([{ name: 'audit_events_no_delete' }, { name: 'audit_events_no_update' }]);
    } finally {
      closeDatabase(sqlite, writer);
    }
  });
});

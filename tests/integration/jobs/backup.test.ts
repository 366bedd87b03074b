// The nightly online backup: a verified copy in the backup folder, the newest BACKUP_KEEP kept.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, signIn, type TBuiltUser } from '../../support/factories.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { RunJobDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
let admin: TBuiltUser;
beforeAll(async () => {
  server = await startTestServer();
  admin = await buildUser(server, { roles: ['ADMIN'] });
});
afterAll(async () => {
  await server.close();
});

const DAY = 24 * 3_600_000;

function listBackups(): string[] {
  return fs.readdirSync(server.deps.config.backup.dir).sort();
}

async function backup(at?: Date): Promise<{ file: string; kept: number; removed: number }> {
  const res = await server.gql(
    RunJobDocument,
    at ? { name: 'backup', at: at.toISOString() } : { name: 'backup' },
    // Signed in afresh each time: the clock moves a day between nightly runs.
    { token: (await signIn(server, admin)).accessToken },
  );
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data?.runJob).toMatchObject({ status: 'SUCCEEDED', error: null });
  const { summary } = res.body.data!.runJob;
  if (summary === null) throw new Error('The backup ran without a summary');
  return JSON.parse(summary);
}

function openCopy(file: string) {
  return new Database(path.join(server.deps.config.backup.dir, file), { readonly: true, fileMustExist: true });
}

describe('backup', () => {
  it('keeps the newest 7 of 9 nightly copies, each one a complete database', async () => {
    expect(server.deps.config.backup.keep).toBe(7);
    const made: string[] = [];
    const emails: string[] = [];
    for (let night = 0; night < 9; night += 1) {
      // Something new every day, so each copy can be told apart by what it holds.
      emails.push((await buildUser(server)).email);
      const summary = await backup();
      made.push(summary.file);
      expect(summary.kept).toBe(Math.min(night + 1, 7));
      expect(summary.removed).toBe(night + 1 > 7 ? 1 : 0);
      server.clock.advance(DAY);
    }
    expect(new Set(made).size).toBe(9);
    expect(listBackups()).toEqual(made.slice(2).sort());

    made.slice(2).forEach((file, i) => {
      const night = i + 2;
      const copy = openCopy(file);
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        expect((copy.prepare('select count(*) as n from organisations').get() as { n: number }).n).toBeGreaterThan(20);
        const present = (email: string) => copy.prepare('select 1 from users where email = ?').get(email) !== undefined;
        // That night's user is in it; the next night's is not yet.
        expect(present(emails[night]!)).toBe(true);
        if (night + 1 < emails.length) expect(present(emails[night + 1]!)).toBe(false);
        expect((copy.prepare('select count(*) as n from audit_events').get() as { n: number }).n).toBeGreaterThan(0);
      } finally {
        copy.close();
      }
    });
  });

  it('leaves only the copies themselves in the folder, readable by the owner only', () => {
    for (const file of listBackups()) {
      expect(file).toMatch(/^samvirke-\d{8}T\d{6}Z(-\d+)?\.db$/);
      expect(fs.statSync(path.join(server.deps.config.backup.dir, file)).mode & 0o077).toBe(0);
    }
    // Opening the copies above left no -wal or -shm files behind.
    expect(listBackups().filter((f) => !f.endsWith('.db'))).toEqual([]);
  });

  it('keeps the right copies when several are made at the same instant', async () => {
    const before = listBackups();
    const made: string[] = [];
    for (let i = 0; i < 3; i += 1) made.push((await backup()).file);
    expect(new Set(made).size).toBe(3);
    expect(listBackups()).toEqual([...before.slice(3), ...made].sort());
    for (const file of made) expect(listBackups()).toContain(file);
  });

  it('never removes the copy it has just made, even when a pretend time names it older', async () => {
    const summary = await backup(new Date('2020-01-01T02:30:00Z'));
    expect(summary.file).toBe('samvirke-20200101T023000Z.db');
    expect(listBackups()).toContain(summary.file);
    expect(listBackups()).toHaveLength(7);
    const copy = openCopy(summary.file);
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      copy.close();
    }
  });
});

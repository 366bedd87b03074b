// Group commit of read audits (core/audit.ts recordReadAudit, ADR 0022): the records of concurrent
// requests share one immediate transaction and one commit; each caller's promise resolves only
// once its records are committed; a unit that fails is rolled back alone; and while units wait,
// nothing of theirs is in the database for any read to see. One commit is in flight at a time: a
// group's callers are answered only once the WAL file is synced, and the callers that come while
// that sync runs form the next group.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recordReadAudit, runAuditedDurably } from '../../../server/core/audit.js';
import { systemContext, type TContext } from '../../../server/core/context.js';
import { verifyAuditChain } from '../../../server/modules/audit/audit-chain.js';
import { testAction, testRecord } from '../../support/test-actions.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';

let server: TTestServer;
let ctx: (requestId: string) => TContext;

beforeAll(async () => {
  server = await startTestServer();
  ctx = (requestId) => ({ ...systemContext(server.deps, 'group-commit-test'), requestId });
});
afterAll(async () => {
  await server.close();
});

const record = (objectId: string) => ({ action: testAction('TEST_READ'), objectType: 'Test', objectId });

describe('recordReadAudit', () => {
  it('commits the records of concurrent callers in one transaction, each resolved only after the commit', async () => {
    // The group commits on the writer connection (ADR 0030).
    const { sqlite } = server.deps.writer;
    const mark = auditMark(server);
    const transaction = vi.spyOn(sqlite, 'transaction');
    const committed: string[] = [];
    const calls = ['a', 'b', 'c'].map((name) => recordReadAudit(ctx(`req-${name}`), [record(`${name}-1`), record(`${name}-2`)]).then(() => committed.push(name)));
    // Nothing is written yet, and no transaction is open: a read now sees none of it.
    expect(auditSince(server, mark)).toEqual([]);
    expect(sqlite.inTransaction).toBe(false);
    expect(committed).toEqual([]);
    await Promise.all(calls);
    const transactions = transaction.mock.calls.length;
    transaction.mockRestore();
    expect(transactions).toBe(1);
    expect(committed.sort()).toEqual(['a', 'b', 'c']);
    const rows = auditSince(server, mark);
    expect(rows.map((r) => [r.requestId, r.objectId])).toEqual([
      ['req-a', 'a-1'], ['req-a', 'a-2'], ['req-b', 'b-1'], ['req-b', 'b-2'], ['req-c', 'c-1'], ['req-c', 'c-2'],
    ]);
  });

  it('a unit that fails is rolled back alone: its caller gets the error, the others commit, the chain verifies', async () => {
    const mark = auditMark(server);
    // A detail JSON cannot hold (a BigInt) fails the second record, after the first one was inserted.
    const broken = [record('bad-1'), testRecord({ action: 'TEST_READ', objectType: 'Test', objectId: 'bad-2', details: { n: 1n as unknown as number } })];
    const results = await Promise.allSettled([
      recordReadAudit(ctx('req-ok-1'), [record('ok-1')]),
      recordReadAudit(ctx('req-bad'), broken),
      recordReadAudit(ctx('req-ok-2'), [record('ok-2')]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(auditSince(server, mark).map((r) => r.objectId)).toEqual(['ok-1', 'ok-2']);
    expect(verifyAuditChain(server.deps, { now: server.clock.now() }).ok).toBe(true);
  });

  it('callers in later turns of the event loop get a commit of their own', async () => {
    const transaction = vi.spyOn(server.deps.writer.sqlite, 'transaction');
    await recordReadAudit(ctx('req-1'), [record('later-1')]);
    await recordReadAudit(ctx('req-2'), [record('later-2')]);
    const transactions = transaction.mock.calls.length;
    transaction.mockRestore();
    expect(transactions).toBe(2);
  });

  it('answers a group only after its WAL sync, while the callers that come meanwhile collect into the next group', async () => {
    // The group commits on the writer connection (ADR 0030).
    const { sqlite } = server.deps.writer;
    const mark = auditMark(server);
    const syncs: Array<() => void> = [];
    const original = fs.fsync;
    const fsync = vi.spyOn(fs, 'fsync').mockImplementation(((fd: number, done: (error: NodeJS.ErrnoException | null) => void) => {
      syncs.push(() => original(fd, done));
    }) as typeof fs.fsync);
    const transaction = vi.spyOn(sqlite, 'transaction');
    const turns = async (n: number) => {
      for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
    };
    const answered: string[] = [];
    try {
      const a = recordReadAudit(ctx('req-a'), [record('first-a')]).then(() => answered.push('a'));
      await turns(3);
      // Committed, its sync held: not answered yet.
      expect(syncs).toHaveLength(1);
      expect(auditSince(server, mark).map((r) => r.objectId)).toEqual(['first-a']);
      expect(answered).toEqual([]);
      // Two callers in later turns, while the sync is in flight: they wait, uncommitted.
      const b = recordReadAudit(ctx('req-b'), [record('next-b')]).then(() => answered.push('b'));
      await turns(2);
      const c = recordReadAudit(ctx('req-c'), [record('next-c')]).then(() => answered.push('c'));
      await turns(2);
      expect(syncs).toHaveLength(1);
      expect(transaction.mock.calls.length).toBe(1);
      expect(auditSince(server, mark).map((r) => r.objectId)).toEqual(['first-a']);
      syncs.shift()!();
      await a;
      expect(answered).toEqual(['a']);
      // Then b and c, in one transaction of their own, answered after their sync.
      while (syncs.length === 0) await turns(1);
      expect(transaction.mock.calls.length).toBe(2);
      expect(auditSince(server, mark).map((r) => r.objectId)).toEqual(['first-a', 'next-b', 'next-c']);
      expect(answered).toEqual(['a']);
      syncs.shift()!();
      await Promise.all([b, c]);
      expect(answered.sort()).toEqual(['a', 'b', 'c']);
      expect(fsync).toHaveBeenCalledTimes(2);
    } finally {
      fsync.mockRestore();
      transaction.mockRestore();
    }
    expect(verifyAuditChain(server.deps, { now: server.clock.now() }).ok).toBe(true);
  });

  it('a WAL sync that fails fails every caller of its group (none has answered); the next group commits', async () => {
    const eio = Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
    const fsync = vi.spyOn(fs, 'fsync').mockImplementationOnce(((_fd: number, done: (error: NodeJS.ErrnoException | null) => void) => {
      setImmediate(() => done(eio));
    }) as typeof fs.fsync);
    try {
      const results = await Promise.allSettled([recordReadAudit(ctx('req-x'), [record('sync-x')]), recordReadAudit(ctx('req-y'), [record('sync-y')])]);
      expect(results).toEqual([{ status: 'rejected', reason: eio }, { status: 'rejected', reason: eio }]);
      await expect(recordReadAudit(ctx('req-z'), [record('sync-z')])).resolves.toBeUndefined();
    } finally {
      fsync.mockRestore();
    }
    expect(verifyAuditChain(server.deps, { now: server.clock.now() }).ok).toBe(true);
  });

  it('writes any number of hits in position order (the multi-row chunks: 150 = 64 + 64 + 16 + 4 + 2), and the chain verifies', async () => {
    const mark = auditMark(server);
    const hits = Array.from({ length: 150 }, (_, i) => ({ objectId: `hit-${i}`, subjectId: i % 2 === 0 ? `subject-${i}` : null, purpose: 'CASE_HANDLING' }));
    await recordReadAudit(ctx('req-hits'), [{ ...record('many-hits'), hits }]);
    const [row] = auditSince(server, mark);
    const stored = server.deps.sqlite.prepare('select position, object_id as objectId, subject_id as subjectId from audit_search_hits where seq = ? order by position').all(row!.seq);
    expect(stored).toEqual(hits.map((h, position) => ({ position, objectId: h.objectId, subjectId: h.subjectId })));
    expect(verifyAuditChain(server.deps, { now: server.clock.now() }).ok).toBe(true);
  });
});

describe('runAuditedDurably', () => {
  it('commits at once, answers only after the WAL sync off the main thread, and a failed sync rejects', async () => {
    const mark = auditMark(server);
    let release: (() => void) | null = null;
    const original = fs.fsync;
    const fsync = vi.spyOn(fs, 'fsync').mockImplementationOnce(((fd: number, done: (error: NodeJS.ErrnoException | null) => void) => {
      release = () => original(fd, done);
    }) as typeof fs.fsync);
    try {
      let answered = false;
      const call = runAuditedDurably(ctx('req-durable'), (unit) => {
        unit.audit(record('durable-1'));
        return 'ok';
      }).then((value) => {
        answered = true;
        return value;
      });
      // Committed in the call (no transaction left open), not answered before its sync.
      expect(server.deps.writer.sqlite.inTransaction).toBe(false);
      expect(auditSince(server, mark).map((r) => r.objectId)).toEqual(['durable-1']);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(answered).toBe(false);
      expect(release).not.toBeNull();
      release!();
      expect(await call).toBe('ok');
      expect(server.deps.writer.sqlite.pragma('synchronous', { simple: true })).toBe(2);
      const eio = Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
      fsync.mockImplementationOnce(((_fd: number, done: (error: NodeJS.ErrnoException | null) => void) => {
        setImmediate(() => done(eio));
      }) as typeof fs.fsync);
      await expect(runAuditedDurably(ctx('req-durable-2'), (unit) => unit.audit(record('durable-2')))).rejects.toThrow('EIO');
    } finally {
      fsync.mockRestore();
    }
    expect(verifyAuditChain(server.deps, { now: server.clock.now() }).ok).toBe(true);
  });
});

// Issue 15 § 1: the bytes written are the bytes hashed. Whatever string reaches the audit writer
// (even past the edge, e.g. from a job or a future caller), the chain verifies; and a trail that
// already holds a record written by the old writer (a lone surrogate hashed as given, read back as
// U+FFFD) is told apart from a changed record: the first is proven unchanged and reported as a
// known-bad input, the second is a break.
import { testAction, testRecord } from '../../support/test-actions.js';
import { afterEach, describe, expect, it } from 'vitest';
import { computeAuditHash, recordAudit, storedForm } from '../../../server/core/audit.js';
import { systemContext } from '../../../server/core/context.js';
import { writeAuditCheckpoint } from '../../../server/modules/audit/audit-chain.js';
import { buildSignedInUser } from '../../support/factories.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { maxSeq, tamper, verify } from './audit-tools-helpers.js';

const servers: TTestServer[] = [];
afterEach(async () => {
  while (servers.length > 0) await servers.pop()!.close();
});

async function setUp() {
  const server = await startTestServer();
  servers.push(server);
  const { token } = await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['AUDITOR'] });
  const ctx = systemContext(server.deps, 'stored-form-test');
  return { server, token, ctx };
}

const HOSTILE = ['\uD800', 'a\uDC00b', '\uDBFF\uDBFF', 'x\u0000y', '\u0000', '\uFFFE\uFFFF\uFDD0', '\u202Eabc\u200F', '👩🏽‍⚕️🇩🇰', '\u{10FFFF}', 'é'.normalize('NFD')];

describe('the writer hashes what it stores', () => {
  it('storedForm is what SQLite gives back, for every class of string', async () => {
    const { server } = await setUp();
    const db = server.deps.sqlite;
    db.exec('create temp table echo (v text)');
    for (const value of HOSTILE) {
      db.prepare('delete from echo').run();
      db.prepare('insert into echo (v) values (?)').run(value);
      const back = (db.prepare('select v from echo').get() as { v: string }).v;
      expect(back, JSON.stringify(value)).toBe(storedForm(db, value));
    }
    // Only lone surrogates change; everything else is stored as given.
    expect(storedForm(db, 'a\uDC00b')).toBe('a\uFFFD\uFFFD\uFFFDb');
    expect(storedForm(db, 'x\u0000y')).toBe('x\u0000y');
    expect(storedForm(db, '\uFFFE\uFFFF')).toBe('\uFFFE\uFFFF');
  });

  it('records holding any of them, written past the edge, verify; so does a checkpoint over them', async () => {
    const { server, token, ctx } = await setUp();
    await recordAudit(
      ctx,
      HOSTILE.map((value, i) => testRecord({ action: 'TEST_EVENT', objectType: 'Test', objectId: value, subjectId: `s-${value}`, purpose: value, details: { value, i } })),
    );
    expect((await writeAuditCheckpoint(ctx, server.clock.now())).written).toBe(1);
    const report = await verify(server, token);
    expect(report).toMatchObject({ ok: true, reason: null, knownBadInputIds: [], firstBrokenId: null });
  });
});

/** Appends a record as the writer before this fix did: hashed over the string given, stored by SQLite as U+FFFD. */
function appendAsOldWriter(server: TTestServer, objectId: string): number {
  const seq = maxSeq(server) + 1;
  tamper(server, (db) => {
    const last = db.prepare('select hash from audit_events order by seq desc limit 1').get() as { hash: string };
    const row = {
      seq,
      at: server.clock.now().toISOString(),
      actorUserId: 'user-x',
      actorOrganisationId: 'org-cmm',
      actorRoles: 'CASEWORKER',
      action: 'REFERRAL_READ',
      objectType: 'Referral',
      objectId,
      subjectId: null,
      dataCategory: null,
      purpose: null,
      outcome: 'DENIED',
      requestId: 'req-old',
      details: null,
      prevHash: last.hash,
    };
    const hash = computeAuditHash(row);
    db.prepare(
      `insert into audit_events (seq, at, actor_user_id, actor_organisation_id, actor_roles, action, object_type, object_id, subject_id, data_category, purpose, outcome, request_id, details, prev_hash, hash)
       values (@seq, @at, @actorUserId, @actorOrganisationId, @actorRoles, @action, @objectType, @objectId, @subjectId, @dataCategory, @purpose, @outcome, @requestId, @details, @prevHash, @hash)`,
    ).run({ ...row, hash });
  });
  return seq;
}

describe('verification tells a known-bad input from a broken chain', () => {
  it('a record of the issue’s request written by the old writer is proven unchanged, reported, and checkpoints are signed again', async () => {
    const { server, token, ctx } = await setUp();
    await recordAudit(ctx, [{ action: testAction('TEST_EVENT'), objectId: 'before' }]);
    const seq = appendAsOldWriter(server, '\uD800');
    expect((server.deps.sqlite.prepare('select object_id as o from audit_events where seq = ?').get(seq) as { o: string }).o).toBe('\uFFFD\uFFFD\uFFFD');
    await recordAudit(ctx, [{ action: testAction('TEST_EVENT'), objectId: 'after' }]);
    const report = await verify(server, token);
    expect(report.ok).toBe(true);
    expect(report.knownBadInputIds).toEqual([String(seq)]);
    expect(report.warnings).toEqual([expect.stringMatching(/lone surrogate .* proven unchanged/)]);
    // The checkpoint job can sign again (before the fix it refused for good).
    expect((await writeAuditCheckpoint(ctx, server.clock.now())).written).toBe(1);
  });

  it('a changed record that holds U+FFFD is still a break', async () => {
    const { server, token } = await setUp();
    const seq = appendAsOldWriter(server, 'ref-\uD800');
    tamper(server, (db) => db.prepare("update audit_events set outcome = 'ALLOWED' where seq = ?").run(seq));
    const report = await verify(server, token);
    expect(report.ok).toBe(false);
    expect(report.firstBrokenId).toBe(String(seq));
    expect(report.knownBadInputIds).toEqual([]);
  });

  it('a record given a U+FFFD after it was written is a break, not a known-bad input', async () => {
    const { server, token, ctx } = await setUp();
    await recordAudit(ctx, [{ action: testAction('TEST_EVENT'), objectId: 'plain-id' }]);
    const seq = maxSeq(server);
    tamper(server, (db) => db.prepare("update audit_events set object_id = 'plain-\uFFFD\uFFFD\uFFFD' where seq = ?").run(seq));
    const report = await verify(server, token);
    expect(report).toMatchObject({ ok: false, firstBrokenId: String(seq), knownBadInputIds: [] });
  });
});

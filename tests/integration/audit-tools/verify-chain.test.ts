// verifyAuditChain: the hash chain recomputed and every signed checkpoint checked. The database
// file is edited behind the server's back with a second connection (triggers dropped): a changed
// record, a removed record, and a rewrite that recomputes every later hash must all be found,
// with the place named.
import { testAction } from '../../support/test-actions.js';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { auditCheckpoints } from '../../../db/schema/index.js';
import { recordAudit } from '../../../server/core/audit.js';
import { systemContext } from '../../../server/core/context.js';
import { writeAuditCheckpoint } from '../../../server/modules/audit/audit-chain.js';
import { CHECKPOINT_KEY_FILE, checkpointKeyFromPem, checkpointSignatureValid, generateCheckpointKeyPem, signCheckpoint } from '../../../server/modules/audit/checkpoint-key.js';
import { buildSignedInUser } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { maxSeq, ok, rewriteFrom, tamper, verify, VERIFY } from './audit-tools-helpers.js';
import { RunJobDocument } from '../../gql/generated/graphql.js';

const servers: TTestServer[] = [];
afterEach(async () => {
  while (servers.length > 0) await servers.pop()!.close();
});

/** A server with a trail of records and two signed checkpoints (c1, c2), and five records after c2. */
async function trail() {
  const server = await startTestServer();
  servers.push(server);
  const { token } = await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['AUDITOR'] });
  const ctx = systemContext(server.deps, 'chain-test');
  const write = async (n: number, tag: string) =>
    await recordAudit(ctx, Array.from({ length: n }, (_, i) => ({ action: testAction('TEST_EVENT'), objectType: 'Test', objectId: `${tag}-${i}`, subjectId: `subject-${i}` })));
  await write(10, 'a');
  const c1 = (await writeAuditCheckpoint(ctx, server.clock.now())).seq;
  await write(10, 'b');
  const c2 = (await writeAuditCheckpoint(ctx, server.clock.now())).seq;
  await write(5, 'c');
  return { server, token, ctx, c1, c2 };
}

describe('an untouched trail', () => {
  it('verifies: every record recomputed, every checkpoint checked, and the check itself audited', async () => {
    const { server, token, c1, c2 } = await trail();
    const head = maxSeq(server);
    const result = await verify(server, token);
    expect(result).toMatchObject({
      ok: true,
      checked: head,
      firstBrokenId: null,
      firstBrokenCheckpoint: null,
      reason: null,
      headSeq: head,
      checkpointsChecked: 2,
      lastCheckpoint: { seq: c2 },
      warnings: [],
    });
    // c2 is followed by its own AUDIT_CHECKPOINT record and the five records written after it.
    expect(result.recordsSinceLastCheckpoint).toBe(6);
    expect(c1).toBeLessThan(c2);
    const record = server.deps.sqlite.prepare('select action, outcome, details from audit_events order by seq desc limit 1').get() as { action: string; details: string };
    expect(record.action).toBe('AUDIT_VERIFY');
    expect(JSON.parse(record.details)).toMatchObject({ ok: true, checked: head, checkpointsChecked: 2, firstBrokenId: null });
    // The next verification includes that record.
    expect((await verify(server, token)).checked).toBe(head + 1);
  });

  it('warns (without failing) when records older than two hours are not covered by a checkpoint', async () => {
    const { server, token } = await trail();
    server.clock.advance(3 * 3600 * 1000);
    const { token: later } = await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['AUDITOR'] });
    const result = await verify(server, later);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([expect.stringMatching(/not covered by a signed checkpoint: is the audit-checkpoint job running\?/)]);
    expect(token).not.toBe(later);
  });
});

describe('a database file edited directly (triggers dropped)', () => {
  it('(a) a changed record: names that record', async () => {
    const { server, token, c1 } = await trail();
    const target = c1 + 3;
    tamper(server, (db) => db.prepare("update audit_events set object_id = 'forged' where seq = ?").run(target));
    const result = await verify(server, token);
    expect(result.ok).toBe(false);
    expect(result.firstBrokenId).toBe(String(target));
    expect(result.reason).toContain(`Record ${target} was changed`);
  });

  it('(a) a changed record whose own hash was recomputed: names the record after it, whose link no longer holds', async () => {
    const { server, token, c1 } = await trail();
    const target = c1 + 3;
    // Only the changed record gets a fresh hash; every later record stays as it was.
    tamper(server, (db) => rewriteFrom(db, target, { objectId: 'forged' }, { only: true }));
    const result = await verify(server, token);
    expect(result.ok).toBe(false);
    expect(result.firstBrokenId).toBe(String(target + 1));
    expect(result.reason).toContain(`Record ${target + 1} does not follow from record ${target}`);
  });

  it('a rewrite after the last checkpoint is not found: that is what the hourly checkpoint bounds', async () => {
    const { server, token, c2 } = await trail();
    tamper(server, (db) => rewriteFrom(db, c2 + 3, { objectId: 'forged' }));
    const result = await verify(server, token);
    expect(result.ok).toBe(true);
    expect(result.recordsSinceLastCheckpoint).toBeGreaterThan(0);
  });

  it('(b) a removed record: names the missing sequence number', async () => {
    const { server, token, c1 } = await trail();
    const target = c1 + 4;
    tamper(server, (db) => db.prepare('delete from audit_events where seq = ?').run(target));
    const result = await verify(server, token);
    expect(result.ok).toBe(false);
    expect(result.firstBrokenId).toBe(String(target));
    expect(result.reason).toContain(`record ${target} is missing`);
  });

  it('(b) a removed record that a checkpoint names: the checkpoint fails too', async () => {
    const { server, token, c1 } = await trail();
    tamper(server, (db) => db.prepare('delete from audit_events where seq = ?').run(c1));
    const result = await verify(server, token);
    expect(result).toMatchObject({ ok: false, firstBrokenId: String(c1), firstBrokenCheckpoint: c1 });
    expect(result.reason).toContain(`Checkpoint ${c1} names record ${c1}, which is no longer in the chain`);
  });

  it('(c) a changed record with every later hash recomputed (the rewrite attack): the chain holds, the signed checkpoint does not', async () => {
    const { server, token, c1, c2 } = await trail();
    const target = c1 + 3;
    tamper(server, (db) => rewriteFrom(db, target, { objectId: 'forged' }));
    const result = await verify(server, token);
    expect(result.ok).toBe(false);
    // c1 still matches; c2 does not: the rewrite lies between them.
    expect(result.firstBrokenCheckpoint).toBe(c2);
    expect(result.firstBrokenId).toBe(String(c1 + 1));
    expect(result.reason).toContain(`no longer has the head hash signed in checkpoint ${c2}`);
    expect(result.reason).toContain(`records ${c1 + 1} to ${c2} were rewritten`);
  });

  it('(c) a rewrite from the very first record: the first checkpoint fails and the place is record 1', async () => {
    const { server, token, c1 } = await trail();
    tamper(server, (db) => rewriteFrom(db, 2, { action: 'SOMETHING_ELSE' }));
    const result = await verify(server, token);
    expect(result).toMatchObject({ ok: false, firstBrokenCheckpoint: c1, firstBrokenId: '1' });
  });

  it('(c) a rewrite whose checkpoint is forged to match: the signature does not verify', async () => {
    const { server, token, c1, c2 } = await trail();
    tamper(server, (db) => {
      rewriteFrom(db, c1 + 3, { objectId: 'forged' });
      const { hash } = db.prepare('select hash from audit_events where seq = ?').get(c2) as { hash: string };
      db.prepare('update audit_checkpoints set head_hash = ? where seq = ?').run(hash, c2);
    });
    const result = await verify(server, token);
    expect(result).toMatchObject({ ok: false, firstBrokenCheckpoint: c2 });
    expect(result.reason).toContain(`Checkpoint ${c2} is not valid: its signature does not verify`);
  });

  it('a removed checkpoint: the audit record that wrote it names it', async () => {
    const { server, token, c1 } = await trail();
    tamper(server, (db) => db.prepare('delete from audit_checkpoints where seq = ?').run(c1));
    const result = await verify(server, token);
    expect(result.ok).toBe(false);
    expect(result.firstBrokenCheckpoint).toBe(c1);
    expect(result.reason).toMatch(new RegExp(`Checkpoint ${c1}, recorded in audit record \\d+, has been removed`));
  });

  it('a checkpoint signed with another key is refused', async () => {
    const { server, token, c2 } = await trail();
    tamper(server, (db) => db.prepare("update audit_checkpoints set key_id = 'ffffffffffffffff' where seq = ?").run(c2));
    const result = await verify(server, token);
    expect(result).toMatchObject({ ok: false, firstBrokenCheckpoint: c2 });
    expect(result.reason).toContain('signed by an unknown key (ffffffffffffffff)');
  });
});

describe('the audit-checkpoint job', () => {
  it('runs from runJob: signs the head, verifiable with the public key; nothing new, nothing written', async () => {
    const server = await startTestServer();
    servers.push(server);
    const { token: admin } = await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['ADMIN'] });
    const run = () => server.as({ token: admin })(RunJobDocument, { name: 'audit-checkpoint' });
    const first = ok(await run(), 'runJob');
    expect(first.status).toBe('SUCCEEDED');
    const summary = JSON.parse(first.summary ?? 'null') as { written: number; seq: number };
    expect(summary.written).toBe(1);
    const rows = server.deps.db.select().from(auditCheckpoints).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.seq).toBe(summary.seq);
    expect(checkpointSignatureValid(server.deps.checkpointKey, rows[0]!)).toBe(true);
    expect(checkpointSignatureValid(server.deps.checkpointKey, { ...rows[0]!, seq: rows[0]!.seq + 1 })).toBe(false);
    expect(server.logs.some((l) => l.includes('audit checkpoint signed') && l.includes(`"seq":${summary.seq}`))).toBe(true);

    // The head is now the job's own AUDIT_CHECKPOINT record: no new checkpoint for that alone.
    const ctx = systemContext(server.deps, 'job-again');
    expect(await writeAuditCheckpoint(ctx, server.clock.now())).toMatchObject({ written: 0, seq: summary.seq });
    // The runJob call above recorded JOB_RUN, so through runJob there is something new to sign.
    const second = ok(await run(), 'runJob');
    expect(JSON.parse(second.summary ?? 'null')).toMatchObject({ written: 1 });
    expect(server.deps.db.select().from(auditCheckpoints).all()).toHaveLength(2);
  });

  it('refuses to sign a chain that does not verify, and writes nothing', async () => {
    const { server, ctx, c2 } = await trail();
    tamper(server, (db) => db.prepare("update audit_events set object_id = 'forged' where seq = ?").run(c2 + 3));
    const before = server.deps.db.select().from(auditCheckpoints).all().length;
    await expect(writeAuditCheckpoint(ctx, server.clock.now())).rejects.toThrow(`first broken record ${c2 + 3}`);
    expect(server.deps.db.select().from(auditCheckpoints).all()).toHaveLength(before);
    expect(server.logs.some((l) => l.includes('audit chain does not verify'))).toBe(true);
  });

  it('checkpoints are append-only: the database refuses to change or remove one', async () => {
    const { server, c1 } = await trail();
    expect(() => server.deps.sqlite.prepare("update audit_checkpoints set head_hash = 'x' where seq = ?").run(c1)).toThrow(/append-only/);
    expect(() => server.deps.sqlite.prepare('delete from audit_checkpoints where seq = ?').run(c1)).toThrow(/append-only/);
  });
});

describe('the checkpoint key', () => {
  it('outside production, is generated into the data folder keys/ on first start and read from there afterwards', async () => {
    const server = await startTestServer({ env: { AUDIT_CHECKPOINT_KEY: '' } });
    servers.push(server);
    const file = path.join(server.deps.config.dataDir, 'keys', CHECKPOINT_KEY_FILE);
    expect(fs.existsSync(file)).toBe(true);
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    expect(checkpointKeyFromPem(fs.readFileSync(file, 'utf8')).keyId).toBe(server.deps.checkpointKey.keyId);
    expect(server.deps.checkpointKey.keyId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('from AUDIT_CHECKPOINT_KEY when given', async () => {
    const other = await startTestServer({ env: { AUDIT_CHECKPOINT_KEY: '' } });
    servers.push(other);
    const pem = fs.readFileSync(path.join(other.deps.config.dataDir, 'keys', CHECKPOINT_KEY_FILE), 'utf8');
    const server = await startTestServer({ env: { AUDIT_CHECKPOINT_KEY: pem } });
    servers.push(server);
    expect(server.deps.checkpointKey.keyId).toBe(other.deps.checkpointKey.keyId);
    expect(fs.existsSync(path.join(server.deps.config.dataDir, 'keys', CHECKPOINT_KEY_FILE))).toBe(false);
  });
});

describe('a replaced checkpoint key (AUDIT_CHECKPOINT_RETIRED_KEYS)', () => {
  /** The trail's server, now holding a new key, with the old one's public key retired or not. */
  function rotate(server: TTestServer, options: { retireOld: boolean }) {
    const old = server.deps.checkpointKey;
    const oldPublicPem = old.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    server.deps.checkpointKey = checkpointKeyFromPem(generateCheckpointKeyPem(), options.retireOld ? [oldPublicPem] : []);
    return old;
  }

  it('still verifies the checkpoints the old key signed, and the new key signs from then on', async () => {
    const { server, token, ctx } = await trail();
    rotate(server, { retireOld: true });
    const c3 = (await writeAuditCheckpoint(ctx, server.clock.now())).seq;
    const result = await verify(server, token);
    expect(result).toMatchObject({ ok: true, checkpointsChecked: 3, lastCheckpoint: { seq: c3 }, reason: null });
    const keys = server.deps.db.select({ keyId: auditCheckpoints.keyId }).from(auditCheckpoints).all().map((r) => r.keyId);
    expect(new Set(keys).size).toBe(2);
  });

  it('without the old public key, names the first old checkpoint as signed by an unknown key', async () => {
    const { server, token, c1 } = await trail();
    const old = rotate(server, { retireOld: false });
    const result = await verify(server, token);
    expect(result).toMatchObject({ ok: false, firstBrokenCheckpoint: c1 });
    expect(result.reason).toContain(`signed by an unknown key (${old.keyId})`);
  });

  it('refuses a checkpoint signed by the retired key after the new key took over (a leaked old key)', async () => {
    const { server, token, ctx } = await trail();
    const old = rotate(server, { retireOld: true });
    await writeAuditCheckpoint(ctx, server.clock.now());
    await recordAudit(ctx, [{ action: testAction('TEST_EVENT'), objectType: 'Test', objectId: 'after-rotation' }]);
    const head = maxSeq(server);
    const { hash } = server.deps.sqlite.prepare('select hash from audit_events where seq = ?').get(head) as { hash: string };
    const createdAt = server.clock.now().toISOString();
    const forged = signCheckpoint(old, { seq: head, headHash: hash, createdAt });
    tamper(server, (db) =>
      db.prepare('insert into audit_checkpoints (seq, head_hash, created_at, key_id, signature) values (?, ?, ?, ?, ?)').run(head, hash, createdAt, forged.keyId, forged.signature),
    );
    const result = await verify(server, token);
    expect(result).toMatchObject({ ok: false, firstBrokenCheckpoint: head });
    expect(result.reason).toContain(`signed by the retired key ${old.keyId} after the current key took over`);
  });
});

describe('who may verify', () => {
  it('AUDITOR of any organisation; everyone else FORBIDDEN; anonymous UNAUTHENTICATED', async () => {
    const server = await startTestServer();
    servers.push(server);
    const police = await buildSignedInUser(server, { organisationCode: 'KBHPOL', roles: ['AUDITOR'] });
    expect((await verify(server, police.token)).ok).toBe(true);
    for (const roles of [['CASEWORKER', 'COORDINATOR', 'ASSESSOR'], ['ADMIN'], ['ANALYST']] as const) {
      const { token } = await buildSignedInUser(server, { organisationCode: 'CMM', roles: [...roles] });
      expect(errorCode(await server.gql(VERIFY, {}, { token }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await server.gql(VERIFY))).toBe('UNAUTHENTICATED');
  });
});

// Issue 15 § 5: crash safety with the real entry point. A server child process takes concurrent
// writes (referrals created by eight clients at once) and reads (four clients listing referrals
// with a personal field) and is killed with SIGKILL mid-stream, twice; restarted on the same file
// each time, every write it acknowledged is there, every listing it answered has its audit records
// (search, hits, reads), and the audit chain (records and signed checkpoints) verifies.
import { spawn, type ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.js';
import { systemClock } from '../../../server/core/clock.js';
import { systemContext } from '../../../server/core/context.js';
import { createLogger } from '../../../server/core/logger.js';
import { closeDeps, createDeps } from '../../../server/deps.js';
import { insertUserRecord } from '../../../server/modules/auth/users.service.js';
import { referralInputFor, TEST_PASSWORD } from '../../support/factories.js';
import { CreateReferralIdDocument, LoginDocument, ReferralIdDocument, type ReferralsNarrativesQuery, ReferralsNarrativesDocument, RunJobDocument, type TypedDocumentString, VerifyAuditChainDocument } from '../../gql/generated/graphql.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-crash-'));
const databasePath = path.join(dir, 'data', 'samvirke.db');
const CASEWORKER = 'crash-caseworker@at.test';
const AUDITOR = 'crash-auditor@cmm.test';
const ADMIN = 'crash-admin@cmm.test';
const children: ChildProcess[] = [];

beforeAll(async () => {
  // The users are made in this process, through the real service, on the file the child will use.
  const config = loadConfig({ env: { DATABASE_PATH: databasePath, NODE_ENV: 'development' }, readFile: (p) => fs.readFileSync(p, 'utf8') });
  const deps = await createDeps({ config, clock: systemClock, logger: createLogger({ level: 'silent' }) });
  const ctx = systemContext(deps, 'crash-test');
  await insertUserRecord(ctx, { email: CASEWORKER, name: 'Crash Caseworker', organisationCode: 'AT', roles: ['CASEWORKER'], password: TEST_PASSWORD }, { welcome: false });
  await insertUserRecord(ctx, { email: AUDITOR, name: 'Crash Auditor', organisationCode: 'CMM', roles: ['AUDITOR'], password: TEST_PASSWORD }, { welcome: false });
  await insertUserRecord(ctx, { email: ADMIN, name: 'Crash Admin', organisationCode: 'CMM', roles: ['ADMIN'], password: TEST_PASSWORD }, { welcome: false });
  await closeDeps(deps);
});
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

async function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, NODE_ENV: 'development', DATABASE_PATH: databasePath, PORT: '0', JOBS_ENABLED: 'false', LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const until = Date.now() + 40_000;
  while (Date.now() < until) {
    const match = /"url":"(http:\/\/[^"]+)"[^\n]*"msg":"Samvirke is listening"/.exec(stdout);
    if (match) return { child, url: match[1]! };
    if (child.exitCode !== null) throw new Error(`the server exited ${child.exitCode}: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the server did not start: ${stderr}`);
}

/** One typed operation against the child server (not a test server: it is killed under load). */
async function gql<TResult, TVariables>(url: string, document: TypedDocumentString<TResult, TVariables>, variables: TVariables, token?: string): Promise<{ data?: TResult; errors?: Array<{ extensions?: { code?: string } }> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: document.toString(), variables }) });
  return (await res.json()) as { data?: TResult };
}

async function signIn(url: string, email: string): Promise<string> {
  const res = await gql(url, LoginDocument, { email, password: TEST_PASSWORD });
  if (!res.data?.login) throw new Error(`sign-in failed: ${JSON.stringify(res)}`);
  return res.data.login.accessToken;
}

const LIST = ReferralsNarrativesDocument.toString();

/** A listing the server answered: its request id and the referrals whose narrative it showed. */
type TShown = { requestId: string; ids: string[] };

/** Four clients list referrals with a personal field (group-committed read audits) until the server dies. */
function readUntilKilled(url: string, token: string, isKilled: () => boolean, shown: TShown[]): Promise<void[]> {
  return Promise.all(
    Array.from({ length: 4 }, async () => {
      while (!isKilled()) {
        try {
          const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: LIST }) });
          const body = (await res.json()) as { data?: ReferralsNarrativesQuery };
          const ids = body.data?.referrals.edges.filter((e) => e.node.narrative !== null).map((e) => e.node.id) ?? [];
          if (ids.length > 0) shown.push({ requestId: res.headers.get('x-request-id')!, ids });
        } catch (error) {
          if (!isKilled()) throw error;
          return;
        }
      }
    }),
  );
}

/** Eight clients create referrals until the server dies; the ids it answered with are acknowledged. */
async function writeUntilKilled(url: string, token: string, child: ChildProcess, acknowledged: string[], shown: TShown[]): Promise<number> {
  let stop = false;
  let killed = false;
  const before = acknowledged.length;
  const readers = readUntilKilled(url, token, () => killed, shown);
  const clients = Array.from({ length: 8 }, async (_, client) => {
    for (let i = 0; !stop; i += 1) {
      try {
        const res = await gql(url, CreateReferralIdDocument, { input: { ...referralInputFor({ clock: systemClock }), narrative: `crash test ${client}-${i}` } }, token);
        if (res.data?.createReferral?.id) acknowledged.push(res.data.createReferral.id);
        else if (!killed) throw new Error(`a write was refused: ${JSON.stringify(res.errors)}`);
      } catch (error) {
        // The connection died with the server: that write was never acknowledged.
        if (!killed) throw error;
        return;
      }
    }
  });
  // Kill mid-stream, once the clients are well under way.
  while (acknowledged.length - before < 30) await new Promise((resolve) => setTimeout(resolve, 10));
  killed = true;
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  stop = true;
  await Promise.all([...clients, readers]);
  return acknowledged.length - before;
}

describe('kill -9 under concurrent writes', () => {
  it('loses no acknowledged write and keeps the audit chain whole, over two kills', async () => {
    const acknowledged: string[] = [];
    const shown: TShown[] = [];
    for (let round = 0; round < 2; round += 1) {
      const { child, url } = await startChild();
      const token = await signIn(url, CASEWORKER);
      expect(await writeUntilKilled(url, token, child, acknowledged, shown)).toBeGreaterThanOrEqual(30);
      expect(child.signalCode).toBe('SIGKILL');
    }

    const { child, url } = await startChild();
    const token = await signIn(url, CASEWORKER);
    const missing: string[] = [];
    for (const id of acknowledged) {
      const res = await gql(url, ReferralIdDocument, { id }, token);
      if (res.data?.referral?.id !== id) missing.push(id);
    }
    expect(missing).toEqual([]);
    expect(new Set(acknowledged).size).toBe(acknowledged.length);

    const auditor = await signIn(url, AUDITOR);
    // A checkpoint over the whole trail, then verification of records and checkpoints.
    const job = await gql(url, RunJobDocument, { name: 'audit-checkpoint' }, await signIn(url, ADMIN));
    expect(job.data?.runJob.status).toBe('SUCCEEDED');
    const report = await gql(url, VerifyAuditChainDocument, {}, auditor);
    expect(report.data?.verifyAuditChain).toMatchObject({ ok: true, reason: null });
    expect(report.data!.verifyAuditChain.checked).toBeGreaterThan(acknowledged.length);

    child.kill('SIGTERM');
    expect(await new Promise((resolve) => child.once('exit', (code) => resolve(code)))).toBe(0);

    // Every listing that was answered has its search record, a hit and a NARRATIVE read for each
    // referral whose narrative it showed: no response went out before its records were durable.
    expect(shown.length).toBeGreaterThan(0);
    const db = new Database(databasePath, { readonly: true });
    try {
      const search = db.prepare("select seq from audit_events where request_id = ? and action = 'REFERRAL_SEARCH'");
      const hits = db.prepare('select object_id as id from audit_search_hits where seq = ?');
      // The listing's reads are in its own search record: each hit names the categories it showed (ADR 0022, decision 33).
      const reads = db.prepare(
        "select h.object_id as id from audit_events e join audit_search_hits h on h.seq = e.seq where e.request_id = ? and e.action = 'REFERRAL_SEARCH' and instr(',' || h.data_category || ',', ',NARRATIVE,') > 0",
      );
      const unrecorded = shown.filter(({ requestId, ids }) => {
        const record = search.get(requestId) as { seq: number } | undefined;
        const hitIds = new Set(record ? (hits.all(record.seq) as Array<{ id: string }>).map((h) => h.id) : []);
        const readIds = new Set((reads.all(requestId) as Array<{ id: string }>).map((r) => r.id));
        return !record || ids.some((id) => !hitIds.has(id) || !readIds.has(id));
      });
      expect(unrecorded).toEqual([]);
    } finally {
      db.close();
    }
  }, 120_000);
});

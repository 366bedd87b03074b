// docs/api.md's integration guide, run as written: every ```sh integration-guide block, in order,
// by bash with curl against a real test server, with the settings the guide asks the reader to set
// (where Samvirke answers, an ADMIN access token of each organisation). The outputs the guide shows
// (its `# …` lines without an ellipsis) must be what the commands print, and the trail must record
// what the guide says: the systems acted as themselves, CMM's read with its purpose.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditEvents, referrals, serviceAccounts } from '../../../db/schema/index.js';
import { newActor, type TActor } from '../../support/actors.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';

const GUIDE = path.resolve(import.meta.dirname, '../../../docs/api.md');

/** The blocks the guide marks as run, in order. */
function guideBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```sh integration-guide\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

function run(script: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Asynchronous: the server answering the script runs in this process.
    // As a reader's shell runs it, but stopping at the first failing command. No startup files (stdin not a socket).
    const child = spawn('bash', ['--norc', '--noprofile', '-c', `set -eo pipefail\n${script}`], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let server: TTestServer;
let atAdmin: TActor;
let cmmAdmin: TActor;
beforeAll(async () => {
  server = await startTestServer();
  [atAdmin, cmmAdmin] = await Promise.all([newActor(server, 'AT', ['ADMIN']), newActor(server, 'CMM', ['ADMIN'])]);
});
afterAll(async () => {
  await server.close();
});

it('the guide runs as written: token, referral created and submitted, inbox polled, referral read and acknowledged', { timeout: 60_000 }, async () => {
  const blocks = guideBlocks(fs.readFileSync(GUIDE, 'utf8'));
  expect(blocks.length).toBeGreaterThanOrEqual(6);
  const script = blocks.join('\n');
  const result = await run(script, { SAMVIRKE: server.url, AT_ADMIN: atAdmin.token, CMM_ADMIN: cmmAdmin.token });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);

  // What the guide shows each command print, it prints.
  const printed = result.stdout.split('\n');
  const shown = script
    .split('\n')
    .filter((line) => line.startsWith('# ') && !line.includes('…') && !line.includes('<'))
    .map((line) => line.slice(2));
  expect(shown.length).toBeGreaterThanOrEqual(3);
  let from = 0;
  for (const line of shown) {
    const at = printed.indexOf(line, from);
    expect(at, `the guide shows ${line}`).toBeGreaterThanOrEqual(from);
    from = at + 1;
  }

  // The trail: AT's system created and submitted the referral, CMM's read it with its purpose.
  const accounts = server.deps.db.select().from(serviceAccounts).all();
  const at = accounts.find((a) => a.purpose === 'Henvisninger fra tilsynets sagssystem')!;
  const cmm = accounts.find((a) => a.purpose === 'Sagsbehandling af henvisninger i CMM')!;
  const referral = server.deps.db.select().from(referrals).where(eq(referrals.createdByUserId, at.userId)).get()!;
  expect(referral.state).toBe('RECEIVED');
  const submit = server.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'REFERRAL_SUBMIT'), eq(auditEvents.objectId, referral.id))).get()!;
  expect(submit.actorUserId).toBe(at.userId);
  const reads = server.deps.sqlite
    .prepare(`select e.actor_user_id as actor, h.details as details from audit_search_hits h join audit_events e on e.seq = h.seq where e.action = 'REFERRAL_READ' and h.object_id = ?`)
    .all(referral.id) as Array<{ actor: string; details: string | null }>;
  expect(reads.length).toBeGreaterThan(0);
  for (const read of reads) {
    expect(read.actor).toBe(cmm.userId);
    expect(JSON.parse(read.details!)).toMatchObject({ servicePurpose: 'Sagsbehandling af henvisninger i CMM' });
  }
  // Neither secret is in the server's logs.
  expect(server.logs.join('\n')).not.toMatch(/client_secret=|clientSecret/);
});

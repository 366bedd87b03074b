// Reads of personal data: one REFERRAL_READ record per batch of reads, a hit per referral and
// category read in audit_search_hits (ADR 0022). The subject access report still lists, per
// person, one REFERRAL_READ entry per category read with its purpose; the hash chain covers the
// read hits (category and details included), so changing one behind the server's back fails
// verification naming the record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newActor, type TActor } from '../../support/actors.js';
import { ReferralsIdentityNarrativeDocument } from '../../gql/generated/graphql.js';
import { buildReferral, type TBuiltReferral } from '../../support/factories.js';
import { dataOf } from '../../support/responses.js';
import { auditMark, rawAuditSince } from '../../support/rows.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { subjectReport, tamper, verify } from './audit-tools-helpers.js';

let server: TTestServer;
let auditor: TActor;
let cmm: TActor;
let person: TBuiltReferral;
let other: TBuiltReferral;
let readSeqs: number[] = [];

beforeAll(async () => {
  server = await startTestServer();
  let at: TActor;
  [auditor, cmm, at] = await Promise.all([newActor(server, 'CMM', ['AUDITOR']), newActor(server, 'CMM', ['CASEWORKER', 'ASSESSOR']), newActor(server, 'AT', ['CASEWORKER'])]);
  person = await buildReferral(server, { referrer: at.user });
  other = await buildReferral(server, { referrer: at.user, name: 'Someone Else' });
  const mark = auditMark(server);
  expect(dataOf(await server.as(cmm)(ReferralsIdentityNarrativeDocument, { first: 50 }), 'referrals').edges).toHaveLength(2);
  readSeqs = rawAuditSince(server, mark, { action: 'REFERRAL_READ' }).map((r) => r.seq);
});
afterAll(async () => {
  await server.close();
});

describe('a listing with personal fields', () => {
  it('writes its reads as few records with a hit per referral and category, not a record per read', () => {
    // Identity and narrative of two referrals: four reads, in at most one record per batch of the loader.
    expect(readSeqs.length).toBeGreaterThan(0);
    expect(readSeqs.length).toBeLessThanOrEqual(2);
    const hits = server.deps.sqlite
      .prepare(`select object_id as objectId, subject_id as subjectId, data_category as dataCategory, purpose from audit_search_hits where seq in (${readSeqs.map(() => '?').join(', ')})`)
      .all(...readSeqs) as Array<{ objectId: string; subjectId: string; dataCategory: string; purpose: string }>;
    const key = (h: { objectId: string; dataCategory: string }) => `${h.objectId} ${h.dataCategory}`;
    expect(hits.map(key).sort()).toEqual([`${person.id} IDENTITY`, `${person.id} NARRATIVE`, `${other.id} IDENTITY`, `${other.id} NARRATIVE`].sort());
    for (const hit of hits) expect(hit).toMatchObject({ subjectId: hit.objectId === person.id ? person.subjectId : other.subjectId, purpose: 'CASE_HANDLING' });
  });

  it('the subject access report lists a REFERRAL_READ per category read of that person, and none of the other', async () => {
    const events = await subjectReport(server, auditor, person.subjectId);
    const reads = events.filter((e) => e.action === 'REFERRAL_READ' && readSeqs.includes(e.seq));
    expect(reads.map((e) => e.dataCategory).sort()).toEqual(['IDENTITY', 'NARRATIVE']);
    for (const read of reads) {
      expect(read).toMatchObject({ objectType: 'Referral', objectId: person.id, subjectId: person.subjectId, purpose: 'CASE_HANDLING', actorUserId: cmm.user.id, actorOrganisation: { code: 'CMM' }, outcome: 'ALLOWED' });
    }
    expect(events.filter((e) => e.objectId === other.id)).toEqual([]);
  });
});

describe('the chain covers the read hits', () => {
  it('an untouched trail with read hits verifies', async () => {
    expect((await verify(server, auditor.token)).ok).toBe(true);
  });

  const cases: Array<[string, (seq: number) => string]> = [
    ['the category read changed', (seq) => `update audit_search_hits set data_category = 'CONTACT' where seq = ${seq} and position = 0`],
    ['the details changed', (seq) => `update audit_search_hits set details = '{"grantId":"forged"}' where seq = ${seq} and position = 0`],
    ['a read removed', (seq) => `delete from audit_search_hits where seq = ${seq} and position = 0`],
  ];
  for (const [what, edit] of cases) {
    it(`fails verification at that record: ${what}`, async () => {
      const copy = await startTestServer();
      try {
        const [copyAuditor, copyCmm, copyAt] = await Promise.all([newActor(copy, 'CMM', ['AUDITOR']), newActor(copy, 'CMM', ['CASEWORKER']), newActor(copy, 'AT', ['CASEWORKER'])]);
        for (let i = 0; i < 2; i += 1) await buildReferral(copy, { referrer: copyAt.user });
        dataOf(await copy.as(copyCmm)(ReferralsIdentityNarrativeDocument, { first: 50 }), 'referrals');
        const seq = (copy.deps.sqlite.prepare("select max(seq) as n from audit_events where action = 'REFERRAL_READ'").get() as { n: number }).n;
        expect((await verify(copy, copyAuditor.token)).ok).toBe(true);
        tamper(copy, (db) => db.exec(edit(seq)));
        const result = await verify(copy, copyAuditor.token);
        expect(result.ok).toBe(false);
        expect(result.firstBrokenId).toBe(String(seq));
        expect(result.reason).toContain(`Record ${seq} was changed`);
      } finally {
        await copy.close();
      }
    });
  }
});

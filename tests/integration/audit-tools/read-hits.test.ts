// Reads of personal data (ADR 0022). A listing records what it showed of each referral in its own
// search record: one hit per referral returned, naming every category of personal data it showed
// of it (decision 33); other reads write one REFERRAL_READ record per batch of reads, a hit per
// referral and category. The subject access report still lists, per person, one REFERRAL_READ
// entry per category read with its purpose; the hash chain covers the hits (categories and
// details included), so changing one behind the server's back fails verification naming the record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newActor, type TActor } from '../../support/actors.js';
import { ReferralsIdentityNarrativeDocument, ReferralsPersonalChosenDocument } from '../../gql/generated/graphql.js';
import { buildReferral, type TBuiltReferral } from '../../support/factories.js';
import { dataOf } from '../../support/responses.js';
import { auditMark, auditSince, rawAuditSince } from '../../support/rows.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { subjectReport, tamper, verify } from './audit-tools-helpers.js';

let server: TTestServer;
let auditor: TActor;
let cmm: TActor;
let person: TBuiltReferral;
let other: TBuiltReferral;
let searchSeq = 0;
let readsSince = 0;

type THitRow = { objectId: string; subjectId: string; dataCategory: string | null; purpose: string; details: string | null };
const hitsOf = (seq: number): THitRow[] =>
  server.deps.sqlite
    .prepare('select object_id as objectId, subject_id as subjectId, data_category as dataCategory, purpose, details from audit_search_hits where seq = ? order by position')
    .all(seq) as THitRow[];

beforeAll(async () => {
  server = await startTestServer();
  let at: TActor;
  [auditor, cmm, at] = await Promise.all([newActor(server, 'CMM', ['AUDITOR']), newActor(server, 'CMM', ['CASEWORKER', 'ASSESSOR']), newActor(server, 'AT', ['CASEWORKER'])]);
  person = await buildReferral(server, { referrer: at.user });
  other = await buildReferral(server, { referrer: at.user, name: 'Someone Else' });
  readsSince = auditMark(server);
  expect(dataOf(await server.as(cmm)(ReferralsIdentityNarrativeDocument, { first: 50 }), 'referrals').edges).toHaveLength(2);
  [searchSeq] = rawAuditSince(server, readsSince, { action: 'REFERRAL_SEARCH' }).map((r) => r.seq) as [number];
});
afterAll(async () => {
  await server.close();
});

describe('a listing with personal fields', () => {
  it('writes one record, its search, with a hit per referral naming the categories shown of it, and no read record', () => {
    expect(rawAuditSince(server, readsSince).map((r) => r.action)).toEqual(['REFERRAL_SEARCH']);
    expect(rawAuditSince(server, readsSince)[0]).toMatchObject({ hitCount: 2, dataCategory: 'IDENTITY,NARRATIVE', objectId: null });
    const hits = hitsOf(searchSeq);
    expect(hits.map((h) => `${h.objectId} ${h.dataCategory}`).sort()).toEqual([`${person.id} IDENTITY,NARRATIVE`, `${other.id} IDENTITY,NARRATIVE`].sort());
    for (const hit of hits) expect(hit).toMatchObject({ subjectId: hit.objectId === person.id ? person.subjectId : other.subjectId, purpose: 'CASE_HANDLING' });
  });

  it('the subject access report lists the search hit and a REFERRAL_READ per category read of that person, and none of the other', async () => {
    const events = (await subjectReport(server, auditor, person.subjectId)).filter((e) => e.seq === searchSeq);
    expect(events.map((e) => `${e.action} ${e.dataCategory}`)).toEqual(['REFERRAL_SEARCH_HIT null', 'REFERRAL_READ IDENTITY', 'REFERRAL_READ NARRATIVE']);
    for (const read of events) {
      expect(read).toMatchObject({ objectType: 'Referral', objectId: person.id, subjectId: person.subjectId, purpose: 'CASE_HANDLING', actorUserId: cmm.user.id, actorOrganisation: { code: 'CMM' }, outcome: 'ALLOWED' });
    }
    expect((await subjectReport(server, auditor, person.subjectId)).filter((e) => e.objectId === other.id)).toEqual([]);
  });

  it('records exactly the personal fields the document selects: @skip and @include applied, fragments and aliases followed', async () => {
    const cases: Array<[{ identity: boolean; narrative: boolean }, string | null]> = [
      [{ identity: false, narrative: false }, null],
      [{ identity: true, narrative: false }, 'IDENTITY'],
      [{ identity: false, narrative: true }, 'NARRATIVE'],
      [{ identity: true, narrative: true }, 'IDENTITY,NARRATIVE'],
    ];
    for (const [variables, categories] of cases) {
      const mark = auditMark(server);
      const edges = dataOf(await server.as(cmm)(ReferralsPersonalChosenDocument, { first: 50, ...variables }), 'referrals').edges;
      const shown = edges.find((e) => e.node.id === person.id)!.node;
      expect(shown.subject.identity?.name ?? null).toBe(variables.identity ? 'Opdigtet Person' : null);
      expect(typeof shown.shownNarrative).toBe(variables.narrative ? 'string' : 'undefined');
      expect(shown).not.toHaveProperty('narrative');
      const records = rawAuditSince(server, mark);
      expect(records.map((r) => `${r.action} ${r.dataCategory}`)).toEqual([`REFERRAL_SEARCH ${categories}`]);
      expect(hitsOf(records[0]!.seq).map((h) => h.dataCategory)).toEqual([categories, categories]);
      expect(auditSince(server, mark, { action: 'REFERRAL_READ' }).length).toBe(categories === null ? 0 : 2 * categories.split(',').length);
    }
  });
});

describe('the chain covers the read hits', () => {
  it('an untouched trail with read hits verifies', async () => {
    expect((await verify(server, auditor.token)).ok).toBe(true);
  });

  const cases: Array<[string, (seq: number) => string]> = [
    ['a category read removed', (seq) => `update audit_search_hits set data_category = 'NARRATIVE' where seq = ${seq} and position = 0`],
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
        const seq = (copy.deps.sqlite.prepare("select max(seq) as n from audit_events where action = 'REFERRAL_SEARCH'").get() as { n: number }).n;
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

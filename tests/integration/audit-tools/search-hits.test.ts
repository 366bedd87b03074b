// One audit record per search, its hits in audit_search_hits (ADR 0022): the subject access
// report and the auditor's search still find, per person, every listing that showed them; the
// hash chain covers the hits, so a hit changed, removed or added behind the server's back, or the
// record's hit count cleared, fails verification naming the record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newActor, type TActor } from '../../support/actors.js';
import { buildReferral, type TBuiltReferral } from '../../support/factories.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { AUDIT_EVENTS, ok, subjectReport, tamper, verify } from './audit-tools-helpers.js';
import { ReferralsDocument } from '../../gql/generated/graphql.js';
import { dataOf } from '../../support/responses.js';

let server: TTestServer;
let auditor: TActor;
let cmm: TActor;
let person: TBuiltReferral;
let other: TBuiltReferral;
/** The seq of each REFERRAL_SEARCH record written by the listings below. */
const searches: number[] = [];

function lastSearchSeq(): number {
  return (server.deps.sqlite.prepare("select max(seq) as n from audit_events where action = 'REFERRAL_SEARCH'").get() as { n: number }).n;
}

beforeAll(async () => {
  server = await startTestServer();
  let at: TActor;
  [auditor, cmm, at] = await Promise.all([newActor(server, 'CMM', ['AUDITOR']), newActor(server, 'CMM', ['CASEWORKER', 'ASSESSOR']), newActor(server, 'AT', ['CASEWORKER'])]);
  person = await buildReferral(server, { referrer: at.user });
  other = await buildReferral(server, { referrer: at.user, name: 'Someone Else' });
  // Two listings that show both people, and one that shows only the other (filtered by its reference).
  for (const input of [{ first: 50 }, { first: 50 }, { first: 50, filter: { text: other.reference } }]) {
    dataOf(await server.as(cmm)(ReferralsDocument, input), 'referrals');
    searches.push(lastSearchSeq());
  }
});
afterAll(async () => {
  await server.close();
});

describe('a search writes one record, its hits in one narrow table', () => {
  it('one REFERRAL_SEARCH per listing, with a hit per referral returned and no REFERRAL_SEARCH_HIT records', () => {
    const { sqlite } = server.deps;
    const records = sqlite.prepare('select seq, action, hit_count as hitCount from audit_events where seq in (?, ?, ?) order by seq').all(...searches) as Array<{ seq: number; action: string; hitCount: number }>;
    expect(records.map((r) => [r.action, r.hitCount])).toEqual([['REFERRAL_SEARCH', 2], ['REFERRAL_SEARCH', 2], ['REFERRAL_SEARCH', 1]]);
    const hits = sqlite.prepare('select seq, position, object_id as objectId, subject_id as subjectId, purpose from audit_search_hits where seq in (?, ?, ?) order by seq, position').all(...searches) as Array<Record<string, unknown>>;
    expect(hits).toHaveLength(5);
    expect(hits.filter((h) => h.seq === searches[2])).toEqual([{ seq: searches[2], position: 0, objectId: other.id, subjectId: other.subjectId, purpose: 'CASE_HANDLING' }]);
    expect((sqlite.prepare("select count(*) as n from audit_events where action = 'REFERRAL_SEARCH_HIT'").get() as { n: number }).n).toBe(0);
  });

  it('hits are append-only, like the trail', () => {
    expect(() => server.deps.sqlite.prepare('update audit_search_hits set object_id = ? where seq = ?').run('forged', searches[0])).toThrow(/append-only/);
    expect(() => server.deps.sqlite.prepare('delete from audit_search_hits where seq = ?').run(searches[0])).toThrow(/append-only/);
  });
});

describe('finding a person’s searches', () => {
  it('the subject access report has a REFERRAL_SEARCH_HIT for each listing that showed the person, and none for the one that did not', async () => {
    const events = await subjectReport(server, auditor, person.subjectId);
    const hits = events.filter((e) => e.action === 'REFERRAL_SEARCH_HIT');
    expect(hits.map((e) => e.seq)).toEqual([searches[0], searches[1]]);
    for (const hit of hits) {
      expect(hit).toMatchObject({ objectType: 'Referral', objectId: person.id, subjectId: person.subjectId, purpose: 'CASE_HANDLING', actorUserId: cmm.user.id, actorOrganisation: { code: 'CMM' }, outcome: 'ALLOWED' });
    }
    const others = await subjectReport(server, auditor, other.subjectId);
    expect(others.filter((e) => e.action === 'REFERRAL_SEARCH_HIT').map((e) => e.seq)).toEqual(searches);
  });

  it('the auditor’s search by subject or by referral finds every search record that showed them', async () => {
    const bySubject = ok(await server.as(auditor)(AUDIT_EVENTS, { filter: { subjectId: person.subjectId, action: 'REFERRAL_SEARCH' }, first: 50 }), 'auditEvents');
    expect(bySubject.edges.map((e) => e.node.seq).sort((a, b) => a - b)).toEqual([searches[0], searches[1]]);
    expect(bySubject.totalCount).toBe(2);
    const byReferral = ok(await server.as(auditor)(AUDIT_EVENTS, { filter: { objectType: 'Referral', objectId: other.id, action: 'REFERRAL_SEARCH' }, first: 50 }), 'auditEvents');
    expect(byReferral.edges.map((e) => e.node.seq).sort((a, b) => a - b)).toEqual(searches);
  });
});

describe('the chain covers the hits', () => {
  it('an untouched trail with hits verifies', async () => {
    expect((await verify(server, auditor.token)).ok).toBe(true);
  });

  const cases: Array<[string, (seq: number) => string]> = [
    ['a hit changed', (seq) => `update audit_search_hits set subject_id = 'someone-else' where seq = ${seq} and position = 0`],
    ['a hit removed', (seq) => `delete from audit_search_hits where seq = ${seq} and position = 1`],
    ['a hit added', (seq) => `insert into audit_search_hits (seq, position, object_id, subject_id, purpose) values (${seq}, 2, 'r-forged', 's-forged', 'CASE_HANDLING')`],
    ['the hit count cleared', (seq) => `update audit_events set hit_count = null where seq = ${seq}`],
  ];
  for (const [what, edit] of cases) {
    it(`fails verification at that record: ${what}`, async () => {
      const copy = await startTestServer();
      try {
        const [copyAuditor, copyCmm, copyAt] = await Promise.all([newActor(copy, 'CMM', ['AUDITOR']), newActor(copy, 'CMM', ['CASEWORKER']), newActor(copy, 'AT', ['CASEWORKER'])]);
        for (let i = 0; i < 2; i += 1) await buildReferral(copy, { referrer: copyAt.user });
        dataOf(await copy.as(copyCmm)(ReferralsDocument, { first: 50 }), 'referrals');
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

// AuditEvent.hits: a search or a batch of reads is one record without an objectId of its own; its
// hits (audit_search_hits) say which referrals it touched, so an auditor reading the trail sees
// them without the subject access report. Only records within the auditor's scope, with their hits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newActor, type TActor } from '../../support/actors.js';
import { AuditEventsWithHitsDocument, ReferralsIdentityNarrativeDocument, ReferralsDocument } from '../../gql/generated/graphql.js';
import { buildReferral, type TBuiltReferral } from '../../support/factories.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { auditMark } from '../../support/rows.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';

let server: TTestServer;
let auditor: TActor;
let atAuditor: TActor;
let cmm: TActor;
let at: TActor;
let person: TBuiltReferral;
let other: TBuiltReferral;
let mark = 0;

beforeAll(async () => {
  server = await startTestServer();
  [auditor, atAuditor, cmm, at] = await Promise.all([
    newActor(server, 'CMM', ['AUDITOR']),
    newActor(server, 'AT', ['AUDITOR']),
    newActor(server, 'CMM', ['CASEWORKER', 'ASSESSOR']),
    newActor(server, 'AT', ['CASEWORKER']),
  ]);
  person = await buildReferral(server, { referrer: at.user });
  other = await buildReferral(server, { referrer: at.user, name: 'Someone Else' });
  mark = auditMark(server);
  expect(dataOf(await server.as(cmm)(ReferralsIdentityNarrativeDocument, { first: 50 }), 'referrals').edges).toHaveLength(2);
});
afterAll(async () => {
  await server.close();
});

const newest = <T extends { seq: number }>(events: T[]): T[] => events.filter((e) => e.seq > mark);

describe('auditEvents with hits', () => {
  it('the listing’s REFERRAL_SEARCH has no objectId; its hits name both referrals, their people and what it showed of them, in order', async () => {
    const page = dataOf(await server.as(auditor)(AuditEventsWithHitsDocument, { filter: { action: 'REFERRAL_SEARCH', actorUserId: cmm.user.id } }), 'auditEvents');
    const [search] = newest(page.edges.map((e) => e.node));
    // The listing showed identity and narrative: its record names both categories (ADR 0022, decision 33).
    expect(search).toMatchObject({ action: 'REFERRAL_SEARCH', objectType: 'Referral', objectId: null, dataCategory: 'IDENTITY,NARRATIVE', hitCount: 2 });
    expect(search!.hits.map((h) => h.position)).toEqual([0, 1]);
    expect(search!.hits.map((h) => ({ objectId: h.objectId, subjectId: h.subjectId, dataCategory: h.dataCategory, purpose: h.purpose })).sort((a, b) => a.objectId.localeCompare(b.objectId))).toEqual(
      [
        { objectId: person.id, subjectId: person.subjectId, dataCategory: 'IDENTITY,NARRATIVE', purpose: 'CASE_HANDLING' },
        { objectId: other.id, subjectId: other.subjectId, dataCategory: 'IDENTITY,NARRATIVE', purpose: 'CASE_HANDLING' },
      ].sort((a, b) => a.objectId.localeCompare(b.objectId)),
    );
  });

  it('the reads of a listing are found as reads: its search record covers each referral and category read, with the grant details', async () => {
    const page = dataOf(await server.as(auditor)(AuditEventsWithHitsDocument, { filter: { action: 'REFERRAL_READ', actorUserId: cmm.user.id } }), 'auditEvents');
    const reads = newest(page.edges.map((e) => e.node));
    expect(reads.map((r) => r.action)).toEqual(['REFERRAL_SEARCH']);
    for (const read of reads) expect(read.hits).toHaveLength(read.hitCount!);
    const hits = reads.flatMap((r) => r.hits);
    expect(hits.flatMap((h) => h.dataCategory!.split(',').map((c) => `${h.objectId} ${c}`)).sort()).toEqual([`${person.id} IDENTITY`, `${person.id} NARRATIVE`, `${other.id} IDENTITY`, `${other.id} NARRATIVE`].sort());
    // The category filter finds the record by a category among several.
    for (const dataCategory of ['IDENTITY', 'NARRATIVE']) {
      const byCategory = dataOf(await server.as(auditor)(AuditEventsWithHitsDocument, { filter: { dataCategory, actorUserId: cmm.user.id } }), 'auditEvents');
      expect(newest(byCategory.edges.map((e) => e.node)).map((r) => r.seq)).toEqual(reads.map((r) => r.seq));
    }
    for (const hit of hits) expect(hit.subjectId).toBe(hit.objectId === person.id ? person.subjectId : other.subjectId);
    // What a single read would have recorded as its details (the basis it was read under) is kept per hit.
    for (const hit of hits) expect(hit.details === null || typeof JSON.parse(hit.details) === 'object').toBe(true);
  });

  it('a record about one object has an objectId, no hit count and no hits', async () => {
    const page = dataOf(await server.as(auditor)(AuditEventsWithHitsDocument, { filter: { objectId: person.id, action: 'REFERRAL_SUBMIT' } }), 'auditEvents');
    expect(page.edges.length).toBeGreaterThan(0);
    for (const { node } of page.edges) expect(node).toMatchObject({ objectId: person.id, hitCount: null, hits: [] });
  });

  it('a page of many records reads their hits together and keeps each record’s own', async () => {
    const page = dataOf(await server.as(auditor)(AuditEventsWithHitsDocument, { first: 200 }), 'auditEvents');
    const records = page.edges.map((e) => e.node);
    expect(records.some((r) => r.hits.length > 0) && records.some((r) => r.hits.length === 0)).toBe(true);
    for (const r of records) expect(r.hits.length).toBe(r.hitCount ?? 0);
  });
});

describe('who may see hits', () => {
  it('an auditor of another organisation does not see CMM’s search, nor its hits', async () => {
    const page = dataOf(await server.as(atAuditor)(AuditEventsWithHitsDocument, { filter: { action: 'REFERRAL_SEARCH' }, first: 200 }), 'auditEvents');
    expect(page.edges.map((e) => e.node.actorUserId).filter((id) => id === cmm.user.id)).toEqual([]);
  });

  it('the AT auditor sees the hits of its own organisation’s records', async () => {
    expect((dataOf(await server.as(at)(ReferralsDocument, { first: 50 }), 'referrals')).edges).toHaveLength(2);
    const page = dataOf(await server.as(atAuditor)(AuditEventsWithHitsDocument, { first: 200 }), 'auditEvents');
    for (const { node } of page.edges) expect(node.hits.length).toBe(node.hitCount ?? 0);
    const own = page.edges.map((e) => e.node).find((n) => n.action === 'REFERRAL_SEARCH' && n.actorUserId === at.user.id);
    expect(own?.hits.map((h) => h.objectId).sort()).toEqual([person.id, other.id].sort());
    expect(page.edges.every((e) => e.node.actorUserId === null || e.node.actorUserId === at.user.id || e.node.actorUserId === atAuditor.user.id)).toBe(true);
  });

  for (const who of ['caseworker', 'anonymous'] as const) {
    it(`a ${who} may not search the trail (and so sees no hits)`, async () => {
      const res = await server.as(who === 'caseworker' ? cmm : null)(AuditEventsWithHitsDocument, {});
      expect(errorOf(res).code).toBe(who === 'caseworker' ? 'FORBIDDEN' : 'UNAUTHENTICATED');
      expect(res.body.data?.auditEvents ?? null).toBeNull();
    });
  }
});

describe('bad input', () => {
  it('a misspelt action is an error naming the field, not an empty page', async () => {
    const extensions = errorOf(await server.as(auditor)(AuditEventsWithHitsDocument, { filter: { action: 'REFERRAL_REED' } }));
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.action' });
  });
});

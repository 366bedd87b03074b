// auditEvents(filter, first, after): the auditor's search of the trail over HTTP. Filters,
// cursor pagination and totalCount; what a CMM auditor and another organisation's auditor see
// (ADR 0009); every search is itself audited; bad input names the field and records nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReferral, buildSignedInUser, type TBuiltReferral } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { moveClock, newActor, type TActor } from '../../support/actors.js';
import { dataOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { AUDIT_EVENTS, ok, type TAuditConnection, type TAuditEvent } from './audit-tools-helpers.js';
import { AcknowledgeReferralQuietlyDocument, ReferralDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
let cmmAuditor: TActor;
let policeAuditor: TActor;
let at: TActor;
let cmm: TActor;
let police: TActor;
let referral: TBuiltReferral;
let secondAt: string;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  [cmmAuditor, policeAuditor, at, cmm, police] = await Promise.all([
    newActor(server, 'CMM', ['AUDITOR']),
    newActor(server, 'KBHPOL', ['AUDITOR']),
    newActor(server, 'AT', ['CASEWORKER']),
    newActor(server, 'CMM', ['CASEWORKER', 'ASSESSOR']),
    newActor(server, 'KBHPOL', ['CASEWORKER']),
  ]);
  referral = await buildReferral(server, { referrer: at.user });
  // The referrer reads what it referred: REFERRAL_READ records with their data categories.
  dataOf(await server.as(at)(ReferralDocument, { id: referral.id }), 'referral');
  await moveClock(server, '2026-11-23T11:00:00Z', cmmAuditor, policeAuditor, at, cmm, police);
  secondAt = server.clock.now().toISOString();
  dataOf(await server.as(cmm)(AcknowledgeReferralQuietlyDocument, { id: referral.id }), 'acknowledgeReferral');
  // A look by an organisation with no access: NOT_FOUND, recorded as DENIED.
  expect(errorCode(await server.as(police)(ReferralDocument, { id: referral.id }))).toBe('NOT_FOUND');
});
afterAll(async () => {
  await server.close();
});

async function search(actor: TActor, variables: { filter?: Record<string, unknown>; first?: number; after?: string | null } = {}): Promise<TAuditConnection> {
  return ok(await server.gqlInput(AUDIT_EVENTS, variables, { token: actor.token }), 'auditEvents');
}

function orgId(code: string): string {
  return (server.deps.sqlite.prepare('select id from organisations where code = ?').get(code) as { id: string }).id;
}

function count(where: string, ...params: unknown[]): number {
  return (server.deps.sqlite.prepare(`select count(*) as n from audit_events where ${where}`).get(...params) as { n: number }).n;
}

const nodes = (c: TAuditConnection): TAuditEvent[] => c.edges.map((e) => e.node);

describe('filters', () => {
  it('by actor: that user’s records, newest first, with totalCount', async () => {
    const page = await search(cmmAuditor, { filter: { actorUserId: at.user.id }, first: 200 });
    expect(page.totalCount).toBe(count('actor_user_id = ?', at.user.id));
    expect(page.totalCount).toBeGreaterThan(2);
    expect(nodes(page).every((n) => n.actorUserId === at.user.id && n.actorOrganisation?.code === 'AT')).toBe(true);
    const seqs = nodes(page).map((n) => n.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(nodes(page).map((n) => n.action)).toEqual(expect.arrayContaining(['REFERRAL_CREATE', 'REFERRAL_SUBMIT']));
  });

  it('by organisation (code), object, action, data category, outcome and subject', async () => {
    const byOrg = await search(cmmAuditor, { filter: { organisationCode: 'AT' }, first: 200 });
    expect(byOrg.totalCount).toBe(count('actor_organisation_id = ?', orgId('AT')));
    expect(nodes(byOrg).every((n) => n.actorOrganisation?.code === 'AT')).toBe(true);

    const byObject = await search(cmmAuditor, { filter: { objectType: 'Referral', objectId: referral.id }, first: 200 });
    expect(new Set(nodes(byObject).map((n) => n.objectId))).toEqual(new Set([referral.id]));
    expect(nodes(byObject).map((n) => n.action)).toEqual(expect.arrayContaining(['REFERRAL_CREATE', 'REFERRAL_SUBMIT', 'REFERRAL_ACKNOWLEDGE', 'REFERRAL_READ']));

    const reads = await search(cmmAuditor, { filter: { action: 'REFERRAL_READ', dataCategory: 'IDENTITY', objectId: referral.id }, first: 200 });
    expect(reads.totalCount).toBeGreaterThan(0);
    // A read record names the category itself when all its hits read the same one; otherwise it
    // is found by its hits (ADR 0022).
    const readIdentity = server.deps.sqlite.prepare("select count(*) as n from audit_search_hits where seq = ? and object_id = ? and data_category = 'IDENTITY'");
    expect(nodes(reads).every((n) => n.action === 'REFERRAL_READ' && (n.dataCategory === 'IDENTITY' || (readIdentity.get(n.seq, referral.id) as { n: number }).n > 0))).toBe(true);

    const denied = await search(cmmAuditor, { filter: { outcome: 'DENIED', objectId: referral.id } });
    expect(nodes(denied)).toEqual([
      expect.objectContaining({ action: 'REFERRAL_READ', outcome: 'DENIED', actorUserId: police.user.id, actorOrganisation: { code: 'KBHPOL' }, actorRoles: ['CASEWORKER'], subjectId: referral.subjectId }),
    ]);

    const bySubject = await search(cmmAuditor, { filter: { subjectId: referral.subjectId }, first: 200 });
    expect(bySubject.totalCount).toBe(count('subject_id = ?', referral.subjectId));
    expect(nodes(bySubject).every((n) => n.subjectId === referral.subjectId)).toBe(true);
  });

  it('by time range: from (inclusive) to (exclusive)', async () => {
    const before = await search(cmmAuditor, { filter: { objectId: referral.id, to: secondAt }, first: 200 });
    const after = await search(cmmAuditor, { filter: { objectId: referral.id, from: secondAt }, first: 200 });
    expect(nodes(before).every((n) => n.at < secondAt)).toBe(true);
    expect(nodes(after).every((n) => n.at >= secondAt)).toBe(true);
    expect(nodes(before).map((n) => n.action)).toContain('REFERRAL_SUBMIT');
    expect(nodes(after).map((n) => n.action)).toContain('REFERRAL_ACKNOWLEDGE');
    expect(before.totalCount + after.totalCount).toBe(count('object_id = ?', referral.id));
  });

  it('holds ids and codes only: no personal data of the referral appears in the trail', async () => {
    const page = await search(cmmAuditor, { filter: { objectId: referral.id }, first: 200 });
    const text = JSON.stringify(page);
    for (const value of ['Maria Ionescu', 'Mia', '1995-03-14', '+45 11 22 33 44', 'Shelter in Odense', 'Hotel kitchen', 'Passport held', '14 hours']) expect(text).not.toContain(value);
  });
});

describe('pagination', () => {
  it('walks every record once with first/after; totalCount stays the same', async () => {
    const filter = { objectId: referral.id };
    const seen: number[] = [];
    let after: string | null = null;
    const totals = new Set<number>();
    for (let pages = 0; pages < 100; pages += 1) {
      const page: TAuditConnection = await search(cmmAuditor, { filter, first: 2, after });
      totals.add(page.totalCount);
      expect(page.edges.length).toBeLessThanOrEqual(2);
      seen.push(...nodes(page).map((n) => n.seq));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...totals]).toEqual([seen.length]);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(seen.length).toBe(count('object_id = ?', referral.id));
  });
});

describe('what an auditor sees (ADR 0009)', () => {
  it('a CMM auditor: the whole trail; another organisation’s auditor: what its own users did', async () => {
    const all = await search(cmmAuditor, { first: 1 });
    // Counted before its own AUDIT_SEARCH record was written.
    expect(all.totalCount).toBe(count('1 = 1') - 1);
    const own = await search(policeAuditor, { first: 200 });
    expect(own.totalCount).toBe(count('actor_organisation_id = ?', orgId('KBHPOL')) - 1);
    expect(nodes(own).every((n) => n.actorOrganisation?.code === 'KBHPOL')).toBe(true);
    expect(nodes(own).some((n) => n.actorUserId === police.user.id && n.outcome === 'DENIED')).toBe(true);
    // Asking for another organisation's records finds none, rather than an error.
    expect((await search(policeAuditor, { filter: { organisationCode: 'AT' } })).totalCount).toBe(0);
    expect((await search(policeAuditor, { filter: { objectId: referral.id } })).edges.map((e) => e.node.actorOrganisation?.code)).toEqual(['KBHPOL']);
  });

  it('every search is itself audited (AUDIT_SEARCH), with its criteria, scope and counts', async () => {
    const mark = auditMark(server);
    const page = await search(policeAuditor, { filter: { action: 'REFERRAL_READ', outcome: 'DENIED', from: '2026-11-23T00:00:00Z' }, first: 5 });
    const records = auditSince(server, mark, { action: 'AUDIT_SEARCH' });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ actorUserId: policeAuditor.user.id, actorOrganisationId: orgId('KBHPOL'), objectType: 'AuditTrail', purpose: 'AUDIT', outcome: 'ALLOWED' });
    expect(JSON.parse(records[0]!.details!)).toEqual({
      action: 'REFERRAL_READ',
      outcome: 'DENIED',
      from: '2026-11-23T00:00:00.000Z',
      scope: 'OWN_ORGANISATION',
      results: page.edges.length,
      totalCount: page.totalCount,
    });
  });
});

describe('who may search', () => {
  it('AUDITOR only: others FORBIDDEN (recorded), anonymous UNAUTHENTICATED', async () => {
    const mark = auditMark(server);
    for (const actor of [cmm, at]) expect(errorCode(await server.gql(AUDIT_EVENTS, {}, { token: actor.token }))).toBe('FORBIDDEN');
    const { token: admin } = await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['ADMIN'] });
    expect(errorCode(await server.gql(AUDIT_EVENTS, {}, { token: admin }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(AUDIT_EVENTS))).toBe('UNAUTHENTICATED');
    const refusals = auditSince(server, mark, { action: 'CALL' });
    expect(refusals.filter((r) => r.outcome === 'DENIED' && r.objectId === 'Query.auditEvents')).toHaveLength(3);
    expect(auditSince(server, mark, { action: 'AUDIT_SEARCH' })).toEqual([]);
  });
});

describe('bad input', () => {
  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 201 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ filter: { organisationCode: 'NOPE' } }, 'filter.organisationCode'],
    [{ filter: { action: 'referral read' } }, 'filter.action'],
    [{ filter: { action: 'REFERRAL_PEEK' } }, 'filter.action'],
    [{ filter: { dataCategory: 'identity' } }, 'filter.dataCategory'],
    [{ filter: { objectType: 'Referral; drop' } }, 'filter.objectType'],
    [{ filter: { objectId: '' } }, 'filter.objectId'],
    [{ filter: { from: '2026-11-24T00:00:00Z', to: '2026-11-23T00:00:00Z' } }, 'filter.to'],
  ])('%j is BAD_USER_INPUT naming %s, and records no search', async (variables, field) => {
    const mark = auditMark(server);
    const res = await server.gql(AUDIT_EVENTS, variables, { token: cmmAuditor.token });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(auditSince(server, mark)).toEqual([]);
  });
});

// referrals(filter, first, after): cursor pagination with no duplicates or misses (also among
// referrals created at the same instant), totalCount, every filter, free text over the reference
// and non-identifying facts only, and a constant number of SELECTs per page (no N+1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../../db/schema/index.js';
import { organisationIdFor } from '../../../server/seed/organisations.js';
import { newId } from '../../../server/core/ids.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { moveClock, newActor, type TActor } from '../../support/actors.js';
import { ReferralDocument, ReferralsInFullDocument, ReferralsNestedDocument } from '../../gql/generated/graphql.js';
import { act, createReferral, createReferralRaw, listReferrals, referralInput, walkAllPages, type TConnection, type TReferral } from '../../support/referrals.js';
import { dataOf } from '../../support/responses.js';
import { auditMark, auditSince, rawAuditSince } from '../../support/rows.js';

const REGIONS = ['HOVEDSTADEN', 'SJAELLAND', 'SYDDANMARK', 'MIDTJYLLAND', 'NORDJYLLAND'] as const;
const URGENCIES = ['URGENT', 'HIGH', 'NORMAL'] as const;
const SECTORS = ['MASSAGE_CLINIC', 'CONSTRUCTION', 'CLEANING', 'AGRICULTURE'] as const;
const NATIONALITIES = ['PL', 'RO', 'VN', 'NG', 'UA', 'BG', 'TH'] as const;
const OPERATION_A = newId();
const OPERATION_B = newId();
const SECRET_NAME = 'Katarzyna Wiśniewska-Secret';

type TModel = {
  id: string;
  reference: string;
  pseudonym: string;
  state: string;
  region: string;
  urgency: string;
  sector: string;
  nationality: string;
  exploitation: string[];
  operationId: string | null;
  referrer: 'KBHPOL' | 'AT';
};

let server: TTestServer;
let police: TActor;
let inspector: TActor;
let cmm: TActor;
const model: TModel[] = [];

function planFor(i: number) {
  return {
    region: REGIONS[i % 5]!,
    urgency: URGENCIES[i % 3]!,
    sector: SECTORS[i % 4]!,
    nationality: NATIONALITIES[i % 7]!,
    exploitation: i % 6 === 0 ? ['DOMESTIC_SERVITUDE'] : i % 2 ? ['FORCED_LABOUR'] : ['SEXUAL', 'CRIMINAL_ACTIVITY'],
    operationId: i % 10 === 0 ? OPERATION_A : i % 10 === 5 ? OPERATION_B : null,
    state: i % 6 === 5 ? 'DRAFT' : i % 6 === 4 ? 'RECEIVED' : 'SUBMITTED',
  };
}

function inputFor(i: number) {
  const plan = planFor(i);
  return referralInput({
    subject: { name: i % 3 === 0 ? SECRET_NAME : `Person ${i}`, nationality: plan.nationality, alias: 'Secret-Alias', whereabouts: 'Secret-Whereabouts flat' },
    region: plan.region,
    urgency: plan.urgency,
    sector: plan.sector,
    suspectedExploitation: plan.exploitation,
    operationId: plan.operationId,
    location: 'Secret-Location street',
    narrative: 'Secret-Narrative of what happened',
  });
}

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  police = await newActor(server, 'KBHPOL', ['CASEWORKER']);
  inspector = await newActor(server, 'AT', ['CASEWORKER']);
  cmm = await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']);
  // Two real operations led by KBHPOL, so its referrals may name them (a referral may only name an
  // operation its organisation can see).
  for (const [id, codename] of [
    [OPERATION_A, 'Listing A'],
    [OPERATION_B, 'Listing B'],
  ] as const) {
    const at = server.clock.now().toISOString();
    server.deps.db
      .insert(operations)
      .values({
        id,
        version: 1,
        state: 'DRAFT',
        codename,
        objective: 'Test operation',
        region: 'HOVEDSTADEN',
        startsAt: '2026-12-01T08:00:00.000Z',
        endsAt: '2026-12-01T12:00:00.000Z',
        leadOrganisationId: organisationIdFor('KBHPOL'),
        createdByUserId: police.user.id,
        createdAt: at,
        updatedAt: at,
      })
      .run();
  }
  // 24 created at the very same instant (ties on createdAt), then 36 one second apart.
  const created: TReferral[] = [];
  const tied = await Promise.all(Array.from({ length: 24 }, (_, i) => createReferralRaw(server, police, inputFor(i))));
  created.push(...tied.map((res) => dataOf(res, 'createReferral')));
  for (let i = 24; i < 60; i += 1) {
    server.clock.advance(1000);
    created.push(await createReferral(server, police, inputFor(i)));
  }
  for (const [i, referral] of created.entries()) {
    const plan = planFor(i);
    if (plan.state !== 'DRAFT') await act(server, police, 'SUBMIT', referral.id, {});
    if (plan.state === 'RECEIVED') await act(server, cmm, 'ACKNOWLEDGE', referral.id, {});
    model.push({ id: referral.id, reference: referral.reference, pseudonym: referral.subject.pseudonym, referrer: 'KBHPOL', ...plan, exploitation: plan.exploitation });
  }
  for (let i = 0; i < 10; i += 1) {
    server.clock.advance(1000);
    const referral = await createReferral(server, inspector, { region: 'SYDDANMARK', urgency: 'NORMAL', sector: 'CONSTRUCTION', subject: { nationality: 'LT' } });
    await act(server, inspector, 'SUBMIT', referral.id, {});
    model.push({
      id: referral.id,
      reference: referral.reference,
      pseudonym: referral.subject.pseudonym,
      referrer: 'AT',
      state: 'SUBMITTED',
      region: 'SYDDANMARK',
      urgency: 'NORMAL',
      sector: 'CONSTRUCTION',
      nationality: 'LT',
      exploitation: ['FORCED_LABOUR'],
      operationId: null,
    });
  }
});
afterAll(async () => {
  await server.close();
});

const visibleToCmm = () => model.filter((m) => m.state !== 'DRAFT');
const visibleToPolice = () => model.filter((m) => m.referrer === 'KBHPOL');
const ids = (rows: TModel[]) => rows.map((m) => m.id).sort();

describe('pagination', () => {
  it.each([1, 7, 20, 100])('walks every page of %i without duplicates or misses, totalCount constant', async (first) => {
    for (const [actor, expected] of [
      [cmm, visibleToCmm()],
      [police, visibleToPolice()],
    ] as const) {
      const walk = await walkAllPages(server, actor, { first });
      expect(walk.ids).toHaveLength(new Set(walk.ids).size);
      expect([...walk.ids].sort()).toEqual(ids(expected));
      expect(new Set(walk.totalCounts)).toEqual(new Set([expected.length]));
      expect(walk.pages).toBe(Math.max(1, Math.ceil(expected.length / first)));
    }
  });

  it('orders newest first, ties broken the same way on every page', async () => {
    const all: Array<{ id: string; createdAt: string }> = [];
    let after: string | null = null;
    for (;;) {
      const page: TConnection = await listReferrals(server, police, { first: 5, after });
      all.push(...page.edges.map(({ node }) => ({ id: node.id, createdAt: node.createdAt })));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const sorted = [...all].sort((a, b) => (a.createdAt === b.createdAt ? b.id.localeCompare(a.id) : b.createdAt.localeCompare(a.createdAt)));
    expect(all).toEqual(sorted);
    // The 24 tied referrals span several pages of 5 and all came back once.
    expect(all.filter((n) => n.createdAt === '2026-11-23T09:00:00.000Z')).toHaveLength(24);
  });

  it('answers an empty page for a filter that matches nothing', async () => {
    const page = await listReferrals(server, cmm, { filter: { region: 'HOVEDSTADEN', state: 'CLOSED' } });
    expect(page).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
  });
});

describe('filters', () => {
  const cases: Array<[string, Record<string, unknown>, (m: TModel) => boolean]> = [
    ['state SUBMITTED', { state: 'SUBMITTED' }, (m) => m.state === 'SUBMITTED'],
    ['state RECEIVED', { state: 'RECEIVED' }, (m) => m.state === 'RECEIVED'],
    ['region NORDJYLLAND', { region: 'NORDJYLLAND' }, (m) => m.region === 'NORDJYLLAND'],
    ['urgency URGENT', { urgency: 'URGENT' }, (m) => m.urgency === 'URGENT'],
    ['operation A', { operationId: OPERATION_A }, (m) => m.operationId === OPERATION_A],
    ['operation B', { operationId: OPERATION_B }, (m) => m.operationId === OPERATION_B],
    ['referring organisation AT', { referringOrganisationCode: 'AT' }, (m) => m.referrer === 'AT'],
    ['referring organisation KBHPOL', { referringOrganisationCode: 'KBHPOL' }, (m) => m.referrer === 'KBHPOL'],
    ['referring organisation SKTST', { referringOrganisationCode: 'SKTST' }, () => false],
    ['region and urgency together', { region: 'SYDDANMARK', urgency: 'NORMAL' }, (m) => m.region === 'SYDDANMARK' && m.urgency === 'NORMAL'],
    ['state, region and operation together', { state: 'SUBMITTED', region: 'HOVEDSTADEN', operationId: OPERATION_A }, (m) => m.state === 'SUBMITTED' && m.region === 'HOVEDSTADEN' && m.operationId === OPERATION_A],
  ];

  it.each(cases)('%s', async (_label, filter, match) => {
    const expected = visibleToCmm().filter(match);
    const page = await listReferrals(server, cmm, { filter, first: 100 });
    expect(page.edges.map((e) => e.node.id).sort()).toEqual(ids(expected));
    expect(page.totalCount).toBe(expected.length);
  });

  it('state DRAFT finds the viewer’s own drafts only', async () => {
    const drafts = visibleToPolice().filter((m) => m.state === 'DRAFT');
    expect(drafts.length).toBeGreaterThan(0);
    expect((await listReferrals(server, police, { filter: { state: 'DRAFT' }, first: 100 })).edges.map((e) => e.node.id).sort()).toEqual(ids(drafts));
    expect((await listReferrals(server, cmm, { filter: { state: 'DRAFT' }, first: 100 })).totalCount).toBe(0);
    expect((await listReferrals(server, inspector, { filter: { state: 'DRAFT' }, first: 100 })).totalCount).toBe(0);
  });
});

describe('free text', () => {
  const cases: Array<[string, () => string, (m: TModel) => boolean]> = [
    ['a whole reference', () => visibleToCmm()[3]!.reference, (m) => m.reference === visibleToCmm()[3]!.reference],
    ['part of a reference, in lower case', () => 'hen-2026-00001', (m) => m.reference.startsWith('HEN-2026-00001')],
    ['a pseudonym', () => visibleToCmm()[5]!.pseudonym, (m) => m.pseudonym === visibleToCmm()[5]!.pseudonym],
    ['a nationality', () => 'pl', (m) => m.nationality === 'PL'],
    ['a sector', () => 'massage', (m) => m.sector === 'MASSAGE_CLINIC'],
    ['an exploitation form', () => 'DOMESTIC', (m) => m.exploitation.includes('DOMESTIC_SERVITUDE')],
    ['a referring organisation', () => 'kbhpol', (m) => m.referrer === 'KBHPOL'],
    ['a region', () => 'nordjyl', (m) => m.region === 'NORDJYLLAND'],
  ];

  it.each(cases)('matches %s', async (_label, text, match) => {
    const expected = visibleToCmm().filter(match);
    expect(expected.length).toBeGreaterThan(0);
    const page = await listReferrals(server, cmm, { filter: { text: text() }, first: 100 });
    expect(page.edges.map((e) => e.node.id).sort()).toEqual(ids(expected));
    expect(page.totalCount).toBe(expected.length);
  });

  it.each([SECRET_NAME, 'Wiśniewska', 'Person 12', 'Secret-Alias', 'Secret-Whereabouts', 'Secret-Location', 'Secret-Narrative', 'Passport held'])(
    'never matches personal data: %s finds nothing',
    async (text) => {
      for (const actor of [cmm, police]) {
        expect((await listReferrals(server, actor, { filter: { text }, first: 100 })).totalCount).toBe(0);
      }
    },
  );

  it('treats % and _ as ordinary characters', async () => {
    expect((await listReferrals(server, cmm, { filter: { text: '%' } })).totalCount).toBe(0);
    expect((await listReferrals(server, cmm, { filter: { text: 'HEN_2026' } })).totalCount).toBe(0);
  });

  it('combines with the other filters', async () => {
    const expected = visibleToCmm().filter((m) => m.nationality === 'RO' && m.urgency === 'HIGH');
    const page = await listReferrals(server, cmm, { filter: { text: 'RO', urgency: 'HIGH' }, first: 100 });
    // "RO" also occurs in other non-identifying text (e.g. a pseudonym); every RO referral is among the hits.
    expect(page.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(ids(expected)));
  });
});

describe('no N+1', () => {
  async function countStatements(first: number) {
    const statements: string[] = [];
    const sqlite = server.deps.sqlite;
    const prepare = sqlite.prepare;
    const mark = auditMark(server);
    sqlite.prepare = ((source: string) => {
      statements.push(source);
      return prepare.call(sqlite, source);
    }) as typeof prepare;
    let edges = 0;
    try {
      const res = await server.as(cmm)(ReferralsNestedDocument, { first });
      edges = dataOf(res, 'referrals').edges.length;
    } finally {
      sqlite.prepare = prepare;
    }
    const isAudit = (s: string) => /"?audit_(events|search_hits)"?/.test(s);
    const selects = statements.filter((s) => /^\s*select/i.test(s));
    return {
      edges,
      selects: selects.filter((s) => !isAudit(s)).length,
      auditSelects: selects.filter(isAudit).length,
      auditInserts: statements.filter((s) => /^\s*insert into "?audit_(events|search_hits)"?/i.test(s)).length,
      auditRecords: rawAuditSince(server, mark).length,
      auditReads: auditSince(server, mark, { action: 'REFERRAL_READ' }).length,
      auditHits: (sqlite.prepare('select count(*) as n from audit_search_hits where seq > ?').get(mark) as { n: number }).n,
      other: statements.filter((s) => !/^\s*select/i.test(s) && !isAudit(s)),
    };
  }

  it('runs the same number of statements for a page of 5 and of 50, nested fields included', async () => {
    const small = await countStatements(5);
    const large = await countStatements(50);
    expect(small.edges).toBe(5);
    expect(large.edges).toBe(50);
    expect(large.selects).toBe(small.selects);
    // Viewer, session, page, count, organisations, subjects, personal data, events.
    expect(small.selects).toBeLessThanOrEqual(10);
    // A read writes nothing but audit records.
    expect(small.other).toEqual([]);
    expect(large.other).toEqual([]);
    // One search record with a hit per referral returned, each naming the categories of personal
    // data shown of it (identity, whereabouts, narrative: three reads per referral for the subject
    // access report; ADR 0022, decision 33): the records do not grow with the page...
    expect(large.auditRecords).toBe(small.auditRecords);
    expect(small.auditRecords).toBe(1);
    expect(small.auditReads).toBe(5 * 3);
    expect(large.auditReads).toBe(50 * 3);
    expect(small.auditHits).toBe(5);
    expect(large.auditHits).toBe(50);
    // ...written in batches: the audit statements do not grow with the page either.
    expect(large.auditSelects).toBe(small.auditSelects);
    expect(large.auditInserts).toBe(small.auditInserts);
  });
});

describe('a listed referral is the referral', () => {
  // The page reads some columns and the rest of each row when a field first asks (ADR 0022): every
  // field of every node must be what reading the referral alone gives.
  it('every field of each node equals referral(id), for the referrer and for CMM', async () => {
    for (const actor of [police, cmm]) {
      const page = dataOf(await server.as(actor)(ReferralsInFullDocument, { first: 30 }), 'referrals');
      expect(page.edges.length).toBe(30);
      for (const { node } of page.edges) {
        const alone = dataOf(await server.as(actor)(ReferralDocument, { id: node.id }), 'referral');
        expect(node).toEqual(alone);
      }
    }
  });
});

describe('overdue', () => {
  it('filters on the deadlines as of the server clock: URGENT referrals not acknowledged within 2 hours', async () => {
    expect((await listReferrals(server, cmm, { filter: { overdue: true } })).totalCount).toBe(0);
    await moveClock(server, '2026-11-23T12:00:00Z', cmm, police);
    const expected = visibleToCmm().filter((m) => m.urgency === 'URGENT' && m.state === 'SUBMITTED');
    expect(expected.length).toBeGreaterThan(0);
    const overdue = await listReferrals(server, cmm, { filter: { overdue: true }, first: 100 });
    expect(overdue.edges.map((e) => e.node.id).sort()).toEqual(ids(expected));
    expect(overdue.edges.every((e) => e.node.overdue)).toBe(true);
    const onTime = await listReferrals(server, cmm, { filter: { overdue: false }, first: 100 });
    expect(onTime.totalCount).toBe(visibleToCmm().length - expected.length);
    expect(onTime.edges.every((e) => !e.node.overdue)).toBe(true);
    // The referring police district sees its own overdue referrals too, drafts never overdue.
    const police_ = await listReferrals(server, police, { filter: { overdue: true }, first: 100 });
    expect(police_.edges.map((e) => e.node.id).sort()).toEqual(ids(expected.filter((m) => m.referrer === 'KBHPOL')));
  });
});

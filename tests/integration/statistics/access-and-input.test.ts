// Who may read the figures and import the register, and what bad input gets: ANALYST and CMM
// coordinators read (the role and the organisation together); a police coordinator and a
// caseworker are refused; only ADMIN imports. Years outside 2007 … this year are BAD_USER_INPUT.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { fetchCsv, importHistory, register, statisticsRaw, statisticsUnchecked } from './statistics-helpers.js';

let server: TTestServer;
let analyst: TActor, rpolAnalyst: TActor, cmmCoordinator: TActor, policeCoordinator: TActor, caseworker: TActor, admin: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-05-04T09:00:00Z' });
  analyst = await newActor(server, 'CMM', ['ANALYST']);
  rpolAnalyst = await newActor(server, 'RPOL', ['ANALYST']);
  cmmCoordinator = await newActor(server, 'CMM', ['COORDINATOR', 'CASEWORKER']);
  policeCoordinator = await newActor(server, 'KBHPOL', ['COORDINATOR', 'CASEWORKER']);
  caseworker = await newActor(server, 'CMM', ['CASEWORKER', 'ASSESSOR']);
  admin = await newActor(server, 'CMM', ['ADMIN']);
});
afterAll(async () => {
  await server.close();
});

describe('statistics(year, region): who may', () => {
  it('answers an ANALYST (of CMM or another organisation) and a COORDINATOR of CMM', async () => {
    for (const actor of [analyst, rpolAnalyst, cmmCoordinator]) {
      const s = dataOf(await statisticsRaw(server, actor.token, 2025), 'statistics');
      expect(s.year).toBe(2025);
      expect(s.series).toHaveLength(10);
    }
  });

  it('refuses a police COORDINATOR (FORBIDDEN, recorded) and a caseworker; asks the signed-out to sign in', async () => {
    const mark = auditMark(server);
    const police = await statisticsRaw(server, policeCoordinator.token, 2025);
    expect(errorCode(police)).toBe('FORBIDDEN');
    expect(police.body.data).toBeNull();
    expect(auditSince(server, mark, { action: 'STATISTICS_READ' })).toMatchObject([{ actorUserId: policeCoordinator.user.id, outcome: 'DENIED' }]);
    expect(errorCode(await statisticsRaw(server, caseworker.token, 2025))).toBe('FORBIDDEN');
    expect(errorCode(await statisticsRaw(server, admin.token, 2025))).toBe('FORBIDDEN');
    expect(errorCode(await statisticsRaw(server, undefined, 2025))).toBe('UNAUTHENTICATED');
  });

  it('refuses a year before the register began or after this one, naming the field', async () => {
    for (const year of [2006, 2027, 0]) {
      const res = await statisticsRaw(server, analyst.token, year);
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    }
    expect(dataOf(await statisticsRaw(server, analyst.token, 2007), 'statistics').year).toBe(2007);
    expect(dataOf(await statisticsRaw(server, analyst.token, 2026), 'statistics').year).toBe(2026);
    // An unknown region is refused by the schema's enum.
    expect(errorCode(await statisticsUnchecked(server, analyst.token, { year: 2025, region: 'ATLANTIS' }))).toBe('BAD_USER_INPUT');
  });
});

describe('GET /statistics/:year.csv: the same rule', () => {
  it('answers 200 to an analyst and a CMM coordinator', async () => {
    for (const actor of [analyst, cmmCoordinator]) expect((await fetchCsv(server, actor.token, '/statistics/2025.csv')).status).toBe(200);
  });

  it('answers 401 without a token, 403 to a police coordinator or a caseworker, and records no export', async () => {
    const mark = auditMark(server);
    const none = await fetchCsv(server, undefined, '/statistics/2025.csv');
    expect(none.status).toBe(401);
    expect(JSON.parse(none.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const bad = await fetchCsv(server, 'not-a-token', '/statistics/2025.csv');
    expect(bad.status).toBe(401);
    for (const actor of [policeCoordinator, caseworker]) {
      const res = await fetchCsv(server, actor.token, '/statistics/2025.csv');
      expect(res.status).toBe(403);
      expect(JSON.parse(res.text).errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect(auditSince(server, mark, { action: 'STATISTICS_EXPORT' }).map((r) => r.outcome)).toEqual(['DENIED', 'DENIED']);
  });

  it('answers 400 naming the field for a bad year or region', async () => {
    for (const path of ['/statistics/2006.csv', '/statistics/2030.csv', '/statistics/abcd.csv', '/statistics/20251.csv']) {
      const res = await fetchCsv(server, analyst.token, path);
      expect(res.status, path).toBe(400);
      expect(JSON.parse(res.text).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    }
    const region = await fetchCsv(server, analyst.token, '/statistics/2025.csv?region=ATLANTIS');
    expect(region.status).toBe(400);
    expect(JSON.parse(region.text).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'region' });
  });
});

describe('importHistory(csv): ADMIN only', () => {
  const csv = register('A-1,2024-03-01,TRAFFICKED,CMM,FEMALE,RO,25,SEXUAL,KBHPOL,,,HOVEDSTADEN');

  it('is refused to everyone but an administrator, and nothing is written', async () => {
    const mark = auditMark(server);
    for (const actor of [analyst, cmmCoordinator, caseworker]) {
      expect(errorCode(await importHistory(server, actor.token, csv))).toBe('FORBIDDEN');
    }
    expect(errorCode(await importHistory(server, undefined, csv))).toBe('UNAUTHENTICATED');
    expect(auditSince(server, mark).filter((r) => r.action === 'HISTORY_IMPORT' && r.outcome === 'ALLOWED')).toHaveLength(0);
    expect((server.deps.sqlite.prepare('select count(*) n from historical_assessments').get() as { n: number }).n).toBe(0);
  });

  it('imports for an administrator and records it', async () => {
    const mark = auditMark(server);
    const res = await importHistory(server, admin.token, csv);
    expect(dataOf(res, 'importHistory')).toEqual({ imported: 1, skipped: 0, errors: [] });
    const [record] = auditSince(server, mark, { action: 'HISTORY_IMPORT' });
    expect(record).toMatchObject({ actorUserId: admin.user.id, outcome: 'ALLOWED' });
    expect(JSON.parse(record!.details!)).toEqual({ rows: 1, imported: 1, skipped: 0 });
  });
});

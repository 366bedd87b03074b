// Issue 14: the statistics are complete where CMM reads them. The hotline's inquiries counted by
// kind, source and outcome appear in query statistics (Statistics.inquiries) for those who may
// read them, and the CSV export holds the criminal-justice figures, the indicator counts and the
// inquiry counts, each where the reader may see it, in codes only (no personal data).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { actingAs, buildCaseComplex, buildReferral } from '../../support/factories.js';
import * as complexes from '../../../server/modules/case-complexes/case-complexes.service.js';
import { RecordInquiryDocument, StatisticsInquiriesDocument, type RecordInquiryInput } from '../../gql/generated/graphql.js';
import { csvRows, fetchCsv } from './statistics-helpers.js';

let server: TTestServer;
const a = {} as Record<'cmmAnalyst' | 'cmmCoordinator' | 'cmmCaseworker' | 'kbhAnalyst' | 'kbh' | 'at', TActor>;
const NOTE = 'Opdigtet vagthavende ringer om razzia på Testvej 9';
const SUSPECT = 'Opdigtet Mistænkt Ærø';

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  a.cmmAnalyst = await newActor(server, 'CMM', ['ANALYST']);
  a.cmmCoordinator = await newActor(server, 'CMM', ['COORDINATOR']);
  a.cmmCaseworker = await newActor(server, 'CMM', ['CASEWORKER']);
  a.kbhAnalyst = await newActor(server, 'KBHPOL', ['ANALYST']);
  a.kbh = await newActor(server, 'KBHPOL', ['COORDINATOR', 'CASEWORKER']);
  a.at = await newActor(server, 'AT', ['CASEWORKER']);

  const base: RecordInquiryInput = { receivedAt: '2026-11-23T08:30:00Z', kind: 'ADVANCE_NOTICE_OF_OPERATION', callerOrganisationCode: 'KBHPOL', ledTo: 'NOTHING' };
  const record = async (input: Partial<RecordInquiryInput>) => dataOf(await server.as(a.cmmCaseworker)(RecordInquiryDocument, { input: { ...base, ...input } }), 'recordInquiry');
  await record({ note: NOTE });
  await record({});
  await record({ kind: 'TIP_ABOUT_PLACE', callerOrganisationCode: null });
  // Last year's: not this year's count.
  await record({ receivedAt: '2025-12-31T22:30:00Z' });

  const { id } = await buildCaseComplex(server, { lead: a.kbh.user, referrals: 0 });
  const as = actingAs(server, a.kbh.user);
  const suspectId = (await complexes.addSuspect(as, { caseComplexId: id, input: { name: SUSPECT } })).row.id;
  await complexes.recordCaseEvent(as, { caseComplexId: id, input: { suspectId, kind: 'CHARGED', provision: 'STRAFFELOVEN_262A', occurredOn: '2026-03-01' } });
  await buildReferral(server, { referrer: a.at.user, input: { indicatorCodes: ['DEBT_BONDAGE', 'THREATS'], region: 'HOVEDSTADEN' } });
});

afterAll(async () => {
  await server.close();
});

const byKey = (list: Array<{ key: string; count: number }>) => Object.fromEntries(list.filter((c) => c.count > 0).map((c) => [c.key, c.count]));

describe('Statistics.inquiries', () => {
  it('gives CMM’s analysts and coordinators the year’s counts by kind, source and outcome', async () => {
    for (const actor of [a.cmmAnalyst, a.cmmCoordinator]) {
      const { inquiries } = dataOf(await server.as(actor)(StatisticsInquiriesDocument, { year: 2026 }), 'statistics');
      expect(inquiries!.total).toBe(3);
      expect(byKey(inquiries!.byKind)).toEqual({ ADVANCE_NOTICE_OF_OPERATION: 2, TIP_ABOUT_PLACE: 1 });
      expect(byKey(inquiries!.bySource)).toEqual({ POLICE: 2, ANONYMOUS: 1 });
      expect(byKey(inquiries!.byOutcome)).toEqual({ NOTHING: 3 });
    }
    const lastYear = dataOf(await server.as(a.cmmAnalyst)(StatisticsInquiriesDocument, { year: 2025 }), 'statistics');
    expect(lastYear.inquiries!.total).toBe(1);
  });

  it('is null for a statistics reader outside CMM and for a region; the rest of the statistics stays readable', async () => {
    expect(dataOf(await server.as(a.kbhAnalyst)(StatisticsInquiriesDocument, { year: 2026 }), 'statistics').inquiries).toBeNull();
    expect(dataOf(await server.as(a.cmmAnalyst)(StatisticsInquiriesDocument, { year: 2026, region: 'HOVEDSTADEN' }), 'statistics').inquiries).toBeNull();
  });

  it('refuses those who may not read statistics and bad years, as query statistics does', async () => {
    expect(errorOf(await server.as(a.cmmCaseworker)(StatisticsInquiriesDocument, { year: 2026 })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.as(a.at)(StatisticsInquiriesDocument, { year: 2026 })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.as(null)(StatisticsInquiriesDocument, { year: 2026 })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await server.as(a.cmmAnalyst)(StatisticsInquiriesDocument, { year: 2006 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});

describe('GET /statistics/:year.csv', () => {
  it('holds the criminal-justice figures, the indicator counts and the inquiry counts for CMM’s analyst, in the same six columns', async () => {
    const res = await fetchCsv(server, a.cmmAnalyst.token, '/statistics/2026.csv');
    expect(res.status).toBe(200);
    expect(res.text.split(/\r?\n/)[0]).toBe('year,region,table,key,measure,value');
    const rows = csvRows(res.text);
    const value = (table: string, key: string, measure: string) => rows.find((r) => r.table === table && r.key === key && r.measure === measure)?.value;
    expect(value('criminal_justice', '2026-TRAFFICKING', 'charged')).toBe('1');
    expect(value('criminal_justice', '2026-RELATED', 'charged')).toBe('0');
    expect(rows.filter((r) => r.table === 'criminal_justice')).toHaveLength(10 * 2 * 4);
    expect(value('indicator', 'DEBT_BONDAGE', 'referrals')).toBe('1');
    expect(value('indicator', 'THREATS', 'referrals')).toBe('1');
    expect(value('inquiries', 'ALL', 'inquiries')).toBe('3');
    expect(value('inquiries_by_kind', 'ADVANCE_NOTICE_OF_OPERATION', 'inquiries')).toBe('2');
    expect(value('inquiries_by_kind', 'TIP_ABOUT_PLACE', 'inquiries')).toBe('1');
    expect(value('inquiries_by_source', 'ANONYMOUS', 'inquiries')).toBe('1');
    expect(value('inquiries_by_source', 'POLICE', 'inquiries')).toBe('2');
    expect(value('inquiries_by_outcome', 'NOTHING', 'inquiries')).toBe('3');
    // Codes and counts only: no note, no suspect, no one's id.
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['year', 'region', 'table', 'key', 'measure', 'value']);
      expect(row.key).toMatch(/^[A-Z0-9_-]+$/);
    }
    for (const secret of [NOTE, 'Testvej', SUSPECT, a.cmmCaseworker.user.id, a.at.user.id]) expect(res.text).not.toContain(secret);
  });

  it('leaves the inquiries out for a reader outside CMM, and the criminal-justice figures and inquiries out for a region', async () => {
    const other = csvRows((await fetchCsv(server, a.kbhAnalyst.token, '/statistics/2026.csv')).text);
    expect(other.some((r) => (r.table ?? '').startsWith('inquiries'))).toBe(false);
    expect(other.some((r) => r.table === 'criminal_justice')).toBe(true);
    expect(other.some((r) => r.table === 'indicator')).toBe(true);

    const region = csvRows((await fetchCsv(server, a.cmmAnalyst.token, '/statistics/2026.csv?region=HOVEDSTADEN')).text);
    expect(region.some((r) => (r.table ?? '').startsWith('inquiries') || r.table === 'criminal_justice')).toBe(false);
    expect(region.find((r) => r.table === 'indicator' && r.key === 'DEBT_BONDAGE')?.value).toBe('1');
    expect(csvRows((await fetchCsv(server, a.cmmAnalyst.token, '/statistics/2026.csv?region=SYDDANMARK')).text).some((r) => r.table === 'indicator')).toBe(false);
  });

  it('refuses those who may not read statistics, and bad input', async () => {
    expect((await fetchCsv(server, a.cmmCaseworker.token, '/statistics/2026.csv')).status).toBe(403);
    expect((await fetchCsv(server, undefined, '/statistics/2026.csv')).status).toBe(401);
    expect((await fetchCsv(server, a.cmmAnalyst.token, '/statistics/2006.csv')).status).toBe(400);
  });
});

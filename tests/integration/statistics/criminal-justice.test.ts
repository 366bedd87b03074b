// Issue 14, journey 3 over HTTP: the criminal-justice figures in CMM's statistics (persons charged,
// indicted, convicted and acquitted per year, for § 262 a and for related offences, from the case
// complexes' stages), the historical counts an administrator imports (all or nothing, errors by
// line and column, never the value), and the referrals per indicator code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { actingAs, buildCaseComplex, buildReferral } from '../../support/factories.js';
import * as complexes from '../../../server/modules/case-complexes/case-complexes.service.js';
import { CriminalJusticeStatisticsDocument, ImportCriminalJusticeHistoryDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
const a = {} as Record<'kbh' | 'analyst' | 'cmm' | 'admin' | 'kbhCoordinator' | 'at', TActor>;
const HEADER = 'year,provision,charged,indicted,convicted,acquitted';

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  a.kbh = await newActor(server, 'KBHPOL', ['COORDINATOR', 'CASEWORKER']);
  a.analyst = await newActor(server, 'CMM', ['ANALYST']);
  a.cmm = await newActor(server, 'CMM', ['COORDINATOR', 'CASEWORKER']);
  a.admin = await newActor(server, 'CMM', ['ADMIN']);
  a.at = await newActor(server, 'AT', ['CASEWORKER']);

  // Three suspects: one charged, indicted and convicted under § 262 a; one charged under § 262 a
  // twice in a year and under another provision too; one charged and acquitted under §§ 282/286.
  const { id } = await buildCaseComplex(server, { lead: a.kbh.user, referrals: 0 });
  const as = actingAs(server, a.kbh.user);
  const suspect = async (name: string) => (await complexes.addSuspect(as, { caseComplexId: id, input: { name } })).row.id;
  const event = (suspectId: string, kind: string, provision: string, occurredOn: string) =>
    complexes.recordCaseEvent(as, { caseComplexId: id, input: { suspectId, kind, provision, occurredOn, ...(provision === 'OTHER' ? { provisionText: 'Straffeloven § 125 a' } : {}) } });
  const s1 = await suspect('Opdigtet Et');
  const s2 = await suspect('Opdigtet To');
  const s3 = await suspect('Opdigtet Tre');
  await event(s1, 'CHARGED', 'STRAFFELOVEN_262A', '2025-03-01');
  await event(s1, 'INDICTED', 'STRAFFELOVEN_262A', '2025-09-01');
  await event(s1, 'CONVICTED', 'STRAFFELOVEN_262A', '2026-02-01');
  await event(s2, 'CHARGED', 'STRAFFELOVEN_262A', '2025-03-01');
  await event(s2, 'CHARGED', 'STRAFFELOVEN_262A', '2025-06-01');
  await event(s2, 'CHARGED', 'OTHER', '2025-06-01');
  await event(s3, 'REPORTED', 'STRAFFELOVEN_282_286', '2026-01-01');
  await event(s3, 'CHARGED', 'STRAFFELOVEN_282_286', '2026-01-10');
  await event(s3, 'ACQUITTED', 'STRAFFELOVEN_282_286', '2026-10-01');

  // Referrals with indicator codes, submitted in 2026.
  await buildReferral(server, { referrer: a.at.user, input: { indicatorCodes: ['DEBT_BONDAGE', 'THREATS'], region: 'HOVEDSTADEN' } });
  await buildReferral(server, { referrer: a.at.user, input: { indicatorCodes: ['DEBT_BONDAGE'], region: 'SYDDANMARK' } });
});

afterAll(async () => {
  await server.close();
});

type TRow = { year: number; provisionGroup: string; charged: number; indicted: number; convicted: number; acquitted: number; historical: boolean };
const figures = async (actor: TActor, year = 2026, region?: 'SYDDANMARK') => dataOf(await server.as(actor)(CriminalJusticeStatisticsDocument, { year, region }), 'statistics');
const pick = (rows: TRow[] | null | undefined, year: number, group: string) => rows?.find((r) => r.year === year && r.provisionGroup === group);

describe('criminal-justice figures from the complexes', () => {
  it('count persons per stage, year and provision group (a person twice in a year once)', async () => {
    const stats = await figures(a.analyst);
    expect(stats.criminalJustice).toHaveLength(20);
    expect(pick(stats.criminalJustice, 2025, 'TRAFFICKING')).toEqual({ year: 2025, provisionGroup: 'TRAFFICKING', charged: 2, indicted: 1, convicted: 0, acquitted: 0, historical: false });
    expect(pick(stats.criminalJustice, 2025, 'RELATED')).toEqual({ year: 2025, provisionGroup: 'RELATED', charged: 1, indicted: 0, convicted: 0, acquitted: 0, historical: false });
    expect(pick(stats.criminalJustice, 2026, 'TRAFFICKING')).toMatchObject({ charged: 0, convicted: 1 });
    expect(pick(stats.criminalJustice, 2026, 'RELATED')).toMatchObject({ charged: 1, acquitted: 1, convicted: 0 });
    expect(pick(stats.criminalJustice, 2017, 'TRAFFICKING')).toMatchObject({ charged: 0, historical: false });
  });

  it('are national: null for a region; read by whoever reads the statistics only', async () => {
    expect((await figures(a.cmm, 2026, 'SYDDANMARK')).criminalJustice).toBeNull();
    expect((await figures(a.cmm)).criminalJustice).not.toBeNull();
    expect(errorOf(await server.as(a.kbh)(CriminalJusticeStatisticsDocument, { year: 2026 })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.as(a.admin)(CriminalJusticeStatisticsDocument, { year: 2026 })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.as(a.analyst)(CriminalJusticeStatisticsDocument, { year: 2006 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});

describe('referrals per indicator code', () => {
  it('counts the referrals submitted in the year naming each code, for a region too', async () => {
    expect((await figures(a.analyst)).byIndicator).toEqual([
      { key: 'DEBT_BONDAGE', count: 2 },
      { key: 'THREATS', count: 1 },
    ]);
    expect((await figures(a.analyst, 2026, 'SYDDANMARK')).byIndicator).toEqual([{ key: 'DEBT_BONDAGE', count: 1 }]);
    expect((await figures(a.analyst, 2025)).byIndicator).toEqual([]);
  });
});

describe('the historical import', () => {
  it('adds the counts of earlier years beside the complexes’ (audited); a second import changes nothing', async () => {
    const mark = auditMark(server);
    const csv = `${HEADER}\n2019,TRAFFICKING,7,5,4,1\n2019,related,3,2,2,0\n2025,TRAFFICKING,1,0,0,0\n`;
    expect(dataOf(await server.as(a.admin)(ImportCriminalJusticeHistoryDocument, { csv }), 'importCriminalJusticeHistory')).toEqual({ imported: 3, skipped: 0, errors: [] });
    const stats = await figures(a.analyst);
    expect(pick(stats.criminalJustice, 2019, 'TRAFFICKING')).toEqual({ year: 2019, provisionGroup: 'TRAFFICKING', charged: 7, indicted: 5, convicted: 4, acquitted: 1, historical: true });
    expect(pick(stats.criminalJustice, 2019, 'RELATED')).toMatchObject({ charged: 3, historical: true });
    // Side by side with the in-system persons of the same year.
    expect(pick(stats.criminalJustice, 2025, 'TRAFFICKING')).toMatchObject({ charged: 3, historical: true });
    expect(dataOf(await server.as(a.admin)(ImportCriminalJusticeHistoryDocument, { csv }), 'importCriminalJusticeHistory')).toEqual({ imported: 0, skipped: 3, errors: [] });
    // A year imported again with other counts is replaced.
    expect(dataOf(await server.as(a.admin)(ImportCriminalJusticeHistoryDocument, { csv: `${HEADER}\n2019,TRAFFICKING,8,5,4,1\n` }), 'importCriminalJusticeHistory')).toMatchObject({ imported: 1 });
    expect(pick((await figures(a.analyst)).criminalJustice, 2019, 'TRAFFICKING')?.charged).toBe(8);
    expect(auditSince(server, mark, { action: 'CRIMINAL_JUSTICE_IMPORT' }).map((r) => JSON.parse(r.details ?? 'null'))).toEqual([{ rows: 3 }, { rows: 3 }, { rows: 1 }]);
  });

  it('is all or nothing: every bad line by column, never the value', async () => {
    const mark = auditMark(server);
    const csv = `${HEADER}\n2018,TRAFFICKING,6,4,3,0\n2006,TRAFFICKING,1,1,1,1\n2018,SMUGGLING,-1,x,1,1\n2018,trafficking,1,1,1,1\n2018,RELATED,1,1\n`;
    const result = dataOf(await server.as(a.admin)(ImportCriminalJusticeHistoryDocument, { csv }), 'importCriminalJusticeHistory');
    expect(result.imported).toBe(0);
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 5, 6]);
    expect(result.errors[0]!.reason).toMatch(/^year: must be a whole number from 2007 to 2026$/);
    expect(result.errors[1]!.reason).toContain('provision: must be one of TRAFFICKING, RELATED');
    expect(result.errors[1]!.reason).toContain('charged:');
    expect(result.errors[1]!.reason).toContain('indicted:');
    expect(result.errors[1]!.reason).not.toMatch(/SMUGGLING|-1/);
    expect(result.errors[2]!.reason).toContain('line 2');
    expect(result.errors[3]!.reason).toBe('Expected 6 fields, found 4');
    expect(pick((await figures(a.analyst)).criminalJustice, 2018, 'TRAFFICKING')).toMatchObject({ charged: 0, historical: false });
    expect(auditSince(server, mark, { action: 'CRIMINAL_JUSTICE_IMPORT_REJECTED' })).toHaveLength(1);

    const header = dataOf(await server.as(a.admin)(ImportCriminalJusticeHistoryDocument, { csv: 'year,provision,charged\n2018,RELATED,1\n' }), 'importCriminalJusticeHistory');
    expect(header.errors).toEqual([{ line: 1, reason: expect.stringContaining('missing column(s) indicted, convicted, acquitted') }]);
  });

  it('is for an administrator only', async () => {
    const csv = `${HEADER}\n2016,TRAFFICKING,1,1,1,1\n`;
    for (const actor of [a.analyst, a.cmm, a.kbh]) expect(errorOf(await server.as(actor)(ImportCriminalJusticeHistoryDocument, { csv })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.gql(ImportCriminalJusticeHistoryDocument, { csv })).code).toBe('UNAUTHENTICATED');
    expect(pick((await figures(a.analyst)).criminalJustice, 2017, 'TRAFFICKING')?.historical).toBe(false);
  });
});

// The counting rules of statistics(year, region), from referrals handled in the system and rows of
// the historical register: a person assessed twice in a year counts once, in two years in each;
// minors by their age on the assessment date; first contact from the person's earliest referral;
// interviews held (not those still to come); the CSV holds the same figures; erasure of personal
// data changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { moveClock, newActor, signInAgain, type TActor } from '../../support/actors.js';
import { MARIA_IONESCU, referralBy, referralOfCast, type TBuiltReferralState, type TReferralCast } from '../../support/factories.js';
import { CloseReferralDocument, CriminalJusticeStatisticsDocument, RecordAssessmentDocument, ScheduleIdentificationInterviewDocument, StatisticsInquiriesDocument } from '../../gql/generated/graphql.js';
import { dataOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { counts, csvRows, fetchCsv, importHistory, register, statistics, type TStatistics } from './statistics-helpers.js';

let server: TTestServer;
let at: TActor, kbh: TActor, cmm: TActor, assessor: TActor, analyst: TActor, admin: TActor;
const ids: Record<string, { id: string; subjectId: string }> = {};

const assess = async (r: { id: string }, decision = 'TRAFFICKED', assessedOn = '2025-03-05', primaryExploitation = 'FORCED_LABOUR') =>
  dataOf(
    await server.gqlInput(RecordAssessmentDocument, { id: r.id, input: { decision, primaryExploitation, grounds: 'Indicators confirmed at the interview.', assessedOn } }, { token: assessor.token }),
    'recordAssessment',
  );
/** A referral of the known person (born 1995-03-14, RO, female; Syddanmark, cleaning, forced labour) with the facts given over hers. */
const referral = async (cast: TReferralCast, state: TBuiltReferralState, subject: Record<string, unknown> = {}, input: Record<string, unknown> = {}) =>
  await referralOfCast(server, cast, state, { subject: { ...MARIA_IONESCU.subject, ...subject }, input: { ...MARIA_IONESCU.input, ...input } });

beforeAll(async () => {
  server = await startTestServer({ start: '2025-03-03T09:00:00Z' });
  at = await newActor(server, 'AT', ['CASEWORKER']);
  kbh = await newActor(server, 'KBHPOL', ['CASEWORKER']);
  cmm = await newActor(server, 'CMM', ['CASEWORKER']);
  assessor = await newActor(server, 'CMM', ['ASSESSOR']);
  analyst = await newActor(server, 'CMM', ['ANALYST']);
  admin = await newActor(server, 'CMM', ['ADMIN']);
  const byAt = { referrer: at, authority: cmm, assessor };
  const byKbh = { referrer: kbh, authority: cmm, assessor };

  // All referred on 2025-03-03, interviews the next day (the helpers' default), assessed on 03-05.
  ids.p1a = await referral(byAt, 'UNDER_ASSESSMENT');
  ids.p1b = await referral(byAt, 'UNDER_ASSESSMENT', {}, { existingSubjectId: ids.p1a.subjectId });
  // P2: first referred by the police (assessed NOT_TRAFFICKED), then by CMM itself (TRAFFICKED).
  ids.p2a = await referral(byKbh, 'UNDER_ASSESSMENT');
  ids.p2b = await referralBy(
    server,
    { referrer: cmm.user, handler: cmm.user },
    { state: 'UNDER_ASSESSMENT', subject: { ...MARIA_IONESCU.subject, nationality: 'NG' }, input: { ...MARIA_IONESCU.input, existingSubjectId: ids.p2a.subjectId, region: 'HOVEDSTADEN' } },
  );
  // P3 is 17 when referred and 18 on the day of the assessment; P4 is 17 on both days.
  ids.p3 = await referral(byAt, 'UNDER_ASSESSMENT', { dateOfBirth: '2007-03-04' });
  ids.p4 = await referral(byAt, 'UNDER_ASSESSMENT', { dateOfBirth: '2008-01-01', gender: 'MALE' });
  ids.p5 = await referral(byAt, 'UNDER_ASSESSMENT', { nationality: 'BG' });
  // P6: the interview is still to come when the figures are first read.
  ids.p6 = await referral(byAt, 'RECEIVED');
  dataOf(await server.gqlInput(ScheduleIdentificationInterviewDocument, { id: ids.p6.id, at: '2025-03-10T09:00:00Z' }, { token: cmm.token }), 'scheduleIdentificationInterview');

  await moveClock(server, '2025-03-05T10:00:00Z', at, kbh, cmm, assessor, analyst, admin);
  await assess(ids.p1a);
  await assess(ids.p1b, 'TRAFFICKED', '2025-03-05', 'SEXUAL');
  await assess(ids.p2a, 'NOT_TRAFFICKED');
  await assess(ids.p2b, 'TRAFFICKED', '2025-03-05', 'SEXUAL');
  await assess(ids.p3);
  await assess(ids.p4);
  await assess(ids.p5);
  dataOf(await server.gqlInput(CloseReferralDocument, { id: ids.p5.id, outcome: 'PREPARED_RETURN', note: 'Stays with support' }, { token: cmm.token }), 'closeReferral');
});
afterAll(async () => {
  await server.close();
});

describe('statistics(year) from referrals handled in the system', () => {
  let s: TStatistics;
  beforeAll(async () => {
    s = await statistics(server, analyst, 2025);
  });

  it('counts a person assessed twice in one year once, by the facts of their first assessment', () => {
    // P1 (two referrals, both TRAFFICKED), P2, P3, P4, P5.
    expect(s.personsTrafficked).toBe(5);
    expect(s.sources).toEqual({ inSystem: 5, historical: 0 });
    // P1 counts by its first assessment (FORCED_LABOUR, not the second's SEXUAL).
    expect(counts(s.byPrimaryExploitation)).toEqual({ FORCED_LABOUR: 4, SEXUAL: 1 });
    expect(s.byPrimaryExploitation.map((c) => c.key)).toEqual(['SEXUAL', 'FORCED_LABOUR', 'CRIMINAL_ACTIVITY', 'DOMESTIC_SERVITUDE', 'BEGGING', 'ORGAN_REMOVAL', 'OTHER', 'UNDETERMINED']);
    expect(counts(s.byGender)).toEqual({ FEMALE: 4, MALE: 1 });
    expect(counts(s.byNationality)).toEqual({ RO: 3, NG: 1, BG: 1 });
    expect(s.byNationality[0]).toEqual({ key: 'RO', count: 3 });
    expect(counts(s.byAuthority)).toEqual({ CMM: 5 });
  });

  it('counts minors by their age on the assessment date', () => {
    // P3 was a minor when referred but 18 when assessed; P4 is 17 when assessed; the rest 29.
    expect(s.minors).toBe(1);
    expect(s.age).toEqual({ known: 5, unknown: 0, min: 17, max: 29, mean: Math.round(((29 * 3 + 18 + 17) / 5) * 10) / 10 });
  });

  it("attributes first contact to the referring organisation of the person's earliest referral", () => {
    // P2 was assessed TRAFFICKED on CMM's referral, but the police made first contact.
    expect(counts(s.byFirstContactKind)).toEqual({ LABOUR: 4, POLICE: 1 });
    expect(counts(s.byFirstContactOrganisation)).toEqual({ AT: 4, KBHPOL: 1 });
  });

  it('counts interviews held (not those still to come) and the share that ended TRAFFICKED', () => {
    // Seven interviews were held on 03-04; P6's is on 03-10. Six of the seven ended TRAFFICKED.
    expect(s.interviews).toEqual({ held: 7, endedTrafficked: 6, shareTrafficked: 0.857 });
  });

  it('counts referrals per referring organisation and how many were assessed TRAFFICKED', () => {
    const byOrg = Object.fromEntries(s.referralsByOrganisation.map((r) => [r.organisation.code, [r.referrals, r.assessedTrafficked]]));
    expect(byOrg).toEqual({ AT: [6, 5], KBHPOL: [1, 0], CMM: [1, 1] });
  });

  it('counts closures by outcome and the prepared returns among them', () => {
    expect(counts(s.closuresByOutcome)).toEqual({ PREPARED_RETURN: 1 });
    expect(s.preparedReturns).toBe(1);
  });

  it('gives a series of the ten years up to the year', () => {
    expect(s.series.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(s.series.at(-1)).toEqual({ year: 2025, personsTrafficked: 5, interviewsHeld: 7, referrals: 8, preparedReturns: 1 });
    expect(s.series.slice(0, 9).every((y) => y.personsTrafficked === 0 && y.referrals === 0)).toBe(true);
  });

  it('narrows every table to one region', async () => {
    const syd = await statistics(server, analyst, 2025, 'SYDDANMARK');
    const hov = await statistics(server, analyst, 2025, 'HOVEDSTADEN');
    expect(syd.region).toBe('SYDDANMARK');
    expect([syd.personsTrafficked, hov.personsTrafficked]).toEqual([4, 1]);
    // First contact follows the person, wherever the earlier referral was made.
    expect(counts(hov.byFirstContactOrganisation)).toEqual({ KBHPOL: 1 });
    expect(hov.referralsByOrganisation.map((r) => [r.organisation.code, r.referrals])).toEqual([['CMM', 1]]);
    expect((await statistics(server, analyst, 2025, 'NORDJYLLAND')).personsTrafficked).toBe(0);
  });
});

describe('the CSV export', () => {
  it('holds every table with exactly the figures of the query, and is recorded as an export', async () => {
    const s = await statistics(server, analyst, 2025);
    // The tables issue 14 added, read through the same query (so the export is checked against it too).
    const extra = dataOf(await server.as(analyst)(CriminalJusticeStatisticsDocument, { year: 2025 }), 'statistics');
    const hotline = dataOf(await server.as(analyst)(StatisticsInquiriesDocument, { year: 2025 }), 'statistics').inquiries;
    const mark = auditMark(server);
    const res = await fetchCsv(server, analyst.token, '/statistics/2025.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="statistics-2025.csv"');
    const rows = csvRows(res.text);
    const value = (table: string, key: string, measure: string) => {
      const found = rows.filter((r) => r.table === table && r.key === key && r.measure === measure);
      expect(found, `${table}/${key}/${measure}`).toHaveLength(1);
      return found[0]!.value;
    };
    const expected: Array<[string, string, string, number | null]> = [
      ['summary', 'ALL', 'persons_trafficked', s.personsTrafficked],
      ['summary', 'ALL', 'persons_in_system', s.sources.inSystem],
      ['summary', 'ALL', 'persons_historical', s.sources.historical],
      ['summary', 'ALL', 'minors', s.minors],
      ['summary', 'ALL', 'prepared_returns', s.preparedReturns],
      ['age', 'ALL', 'known', s.age.known],
      ['age', 'ALL', 'unknown', s.age.unknown],
      ['age', 'ALL', 'min', s.age.min],
      ['age', 'ALL', 'max', s.age.max],
      ['age', 'ALL', 'mean', s.age.mean],
      ['interviews', 'ALL', 'held', s.interviews.held],
      ['interviews', 'ALL', 'ended_trafficked', s.interviews.endedTrafficked],
      ['interviews', 'ALL', 'share_trafficked', s.interviews.shareTrafficked],
      ...s.byPrimaryExploitation.map((c): [string, string, string, number] => ['primary_exploitation', c.key, 'persons', c.count]),
      ...s.byGender.map((c): [string, string, string, number] => ['gender', c.key, 'persons', c.count]),
      ...s.byNationality.map((c): [string, string, string, number] => ['nationality', c.key, 'persons', c.count]),
      ...s.byAuthority.map((c): [string, string, string, number] => ['authority', c.key, 'persons', c.count]),
      ...s.byFirstContactKind.map((c): [string, string, string, number] => ['first_contact_kind', c.key, 'persons', c.count]),
      ...s.byFirstContactOrganisation.map((c): [string, string, string, number] => ['first_contact_organisation', c.key, 'persons', c.count]),
      ...s.referralsByOrganisation.flatMap((r): Array<[string, string, string, number]> => [
        ['referrals_by_organisation', r.organisation.code, 'referrals', r.referrals],
        ['referrals_by_organisation', r.organisation.code, 'assessed_trafficked', r.assessedTrafficked],
      ]),
      ...s.closuresByOutcome.map((c): [string, string, string, number] => ['closures', c.key, 'closures', c.count]),
      ...s.series.flatMap((y): Array<[string, string, string, number]> => [
        ['series', String(y.year), 'persons_trafficked', y.personsTrafficked],
        ['series', String(y.year), 'interviews_held', y.interviewsHeld],
        ['series', String(y.year), 'referrals', y.referrals],
        ['series', String(y.year), 'prepared_returns', y.preparedReturns],
      ]),
      ...(extra.criminalJustice ?? []).flatMap((y): Array<[string, string, string, number]> => [
        ['criminal_justice', `${y.year}-${y.provisionGroup}`, 'charged', y.charged],
        ['criminal_justice', `${y.year}-${y.provisionGroup}`, 'indicted', y.indicted],
        ['criminal_justice', `${y.year}-${y.provisionGroup}`, 'convicted', y.convicted],
        ['criminal_justice', `${y.year}-${y.provisionGroup}`, 'acquitted', y.acquitted],
      ]),
      ...extra.byIndicator.map((c): [string, string, string, number] => ['indicator', c.key, 'referrals', c.count]),
      ...(hotline
        ? [
            ['inquiries', 'ALL', 'inquiries', hotline.total] as [string, string, string, number],
            ...hotline.byKind.map((c): [string, string, string, number] => ['inquiries_by_kind', c.key, 'inquiries', c.count]),
            ...hotline.bySource.map((c): [string, string, string, number] => ['inquiries_by_source', c.key, 'inquiries', c.count]),
            ...hotline.byOutcome.map((c): [string, string, string, number] => ['inquiries_by_outcome', c.key, 'inquiries', c.count]),
          ]
        : []),
    ];
    for (const [table, key, measure, figure] of expected) expect(value(table, key, measure), `${table}/${key}/${measure}`).toBe(figure === null ? '' : String(figure));
    expect(rows).toHaveLength(expected.length);
    expect(new Set(rows.map((r) => `${r.year}|${r.region}`))).toEqual(new Set(['2025|']));

    const records = auditSince(server, mark, { action: 'STATISTICS_EXPORT' });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ actorUserId: analyst.user.id, objectType: 'Statistics', objectId: '2025', outcome: 'ALLOWED' });
  });

  it('exports one region when asked', async () => {
    const res = await fetchCsv(server, analyst.token, '/statistics/2025.csv?region=SYDDANMARK');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="statistics-2025-syddanmark.csv"');
    const rows = csvRows(res.text);
    expect(rows.find((r) => r.table === 'summary' && r.measure === 'persons_trafficked')).toMatchObject({ region: 'SYDDANMARK', value: '4' });
  });
});

describe('the historical register in the figures', () => {
  it('counts imported cases exactly like cases handled in the system, side by side with them', async () => {
    const res = await importHistory(
      server,
      admin.token,
      register(
          // H-1 assessed twice in 2025: one person.
          'H-1,2025-01-10,TRAFFICKED,US,FEMALE,RO,30,SEXUAL,KBHPOL,2025-01-08,,SYDDANMARK',
          'H-1,2025-02-20,TRAFFICKED,US,FEMALE,RO,30,BEGGING,KBHPOL,,PREPARED_RETURN,SYDDANMARK',
          // H-2 a minor, first contact outside the agencies, no region: counts only nationally.
          'H-2,2025-02-01,TRAFFICKED,CMM,MALE,VN,16,CRIMINAL_ACTIVITY,OTHER,2025-01-30,,',
          'H-3,2024-06-01,NOT_TRAFFICKED,CMM,FEMALE,TH,,SEXUAL,REDEN,2024-05-30,NOT_TRAFFICKED,HOVEDSTADEN',
      ),
    );
    expect(dataOf(res, 'importHistory')).toEqual({ imported: 4, skipped: 0, errors: [] });

    const s = await statistics(server, analyst, 2025);
    expect(s.personsTrafficked).toBe(7);
    expect(s.sources).toEqual({ inSystem: 5, historical: 2 });
    expect(counts(s.byPrimaryExploitation)).toEqual({ FORCED_LABOUR: 4, SEXUAL: 2, CRIMINAL_ACTIVITY: 1 });
    expect(counts(s.byAuthority)).toEqual({ CMM: 6, US: 1 });
    expect(s.minors).toBe(2);
    expect(s.age.min).toBe(16);
    expect(counts(s.byFirstContactKind)).toEqual({ LABOUR: 4, POLICE: 2, OTHER: 1 });
    expect(counts(s.byFirstContactOrganisation)).toEqual({ AT: 4, KBHPOL: 2, OTHER: 1 });
    expect(s.interviews).toEqual({ held: 9, endedTrafficked: 8, shareTrafficked: 0.889 });
    expect(s.preparedReturns).toBe(2);
    // Referrals per organisation are the system's only: the register holds assessments.
    expect(s.referralsByOrganisation.reduce((n, r) => n + r.referrals, 0)).toBe(8);

    const syd = await statistics(server, analyst, 2025, 'SYDDANMARK');
    expect(syd.personsTrafficked).toBe(5);
    const s2024 = await statistics(server, analyst, 2024);
    expect(s2024.personsTrafficked).toBe(0);
    expect(s2024.interviews).toEqual({ held: 1, endedTrafficked: 0, shareTrafficked: 0 });
    expect(counts(s2024.closuresByOutcome)).toEqual({ NOT_TRAFFICKED: 1 });
    expect(s.series.find((y) => y.year === 2024)).toEqual({ year: 2024, personsTrafficked: 0, interviewsHeld: 1, referrals: 0, preparedReturns: 0 });
  });
});

describe('erasure under retention', () => {
  it('changes no figure and no line of the export', async () => {
    const before = [await statistics(server, analyst, 2025), await statistics(server, analyst, 2025, 'SYDDANMARK')];
    const csvBefore = (await fetchCsv(server, analyst.token, '/statistics/2025.csv')).text;
    const now = server.clock.now().toISOString();
    // What the retention job erases: the personal data row, the free-text notes; the referral is marked.
    const erased = server.deps.sqlite
      .prepare(
        `update referral_personal_data set name = null, alias = null, date_of_birth = null, estimated_age = null, contact = null, whereabouts = null,
         location = null, indicators = null, narrative = null, assessment_grounds = null, representative_name = null, representative_appointed_by = null, sealed_fields = null`,
      )
      .run().changes;
    expect(erased).toBe(Object.keys(ids).length);
    server.deps.sqlite.prepare('update referral_events set note = null').run();
    server.deps.sqlite.prepare('update referrals set erased_at = ?').run(now);
    const after = [await statistics(server, analyst, 2025), await statistics(server, analyst, 2025, 'SYDDANMARK')];
    expect(after).toEqual(before);
    expect((await fetchCsv(server, analyst.token, '/statistics/2025.csv')).text).toBe(csvBefore);
  });
});

describe('a person assessed in two different years', () => {
  it('counts in each year', async () => {
    await moveClock(server, '2026-02-02T10:00:00Z', at, cmm, assessor, analyst);
    const again = await referral({ referrer: at, authority: cmm, assessor }, 'UNDER_ASSESSMENT', {}, { existingSubjectId: ids.p5!.subjectId });
    await assess(again, 'TRAFFICKED', '2026-02-02');
    const s2026 = await statistics(server, analyst, 2026);
    expect(s2026.sources).toEqual({ inSystem: 1, historical: 0 });
    const s2025 = await statistics(server, analyst, 2025);
    expect(s2025.sources).toEqual({ inSystem: 5, historical: 2 });
    expect(s2026.series.slice(-2).map((y) => [y.year, y.personsTrafficked])).toEqual([
      [2025, 7],
      [2026, 1],
    ]);
    // P6's interview of 2025-03-10 has been held by now: it counts in 2025 (no decision: not TRAFFICKED).
    expect(s2025.interviews).toEqual({ held: 10, endedTrafficked: 8, shareTrafficked: 0.8 });
    await signInAgain(server, analyst);
  });
});

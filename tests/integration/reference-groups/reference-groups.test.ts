// Reference-group reviews over HTTP (PRODUCT.md journey 4, docs/adr/0008): a region's referrals
// for a period in aggregated, pseudonymised form — counts that describe persons suppressed below 3,
// counts of the process shown (issue 14) — the overdue list, medians, and the groups' notes; members
// see their own group's region, the national group every region and every group's notes; every
// read is audited. The case list, named periods and recommendations: case-review.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { moveClock, newActor, type TActor } from '../../support/actors.js';
import { MARIA_IONESCU, referralOfCast, type TBuiltReferralState } from '../../support/factories.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { systemContext } from '../../../server/core/context.js';
import { eraseExpiredRecords } from '../../../server/modules/retention/retention.service.js';
import { AddReviewNoteDocument, ReferenceGroupReviewDocument, type ReviewTableFieldsFragment } from '../../gql/generated/graphql.js';

let server: TTestServer;
let cast: { referrer: TActor; authority: TActor; assessor: TActor };
const m = {} as Record<'syd' | 'syd2' | 'national' | 'bornholm' | 'nord' | 'caseworker', TActor>;

type TTable = ReviewTableFieldsFragment;

const PERIOD = { from: '2026-11-01', to: '2026-11-30' };

// Sent as given: the tests ask for regions the schema does not know.
const review = (who: TActor, region: string, period = PERIOD) => server.gqlInput(ReferenceGroupReviewDocument, { region, ...period }, { token: who.token });

/** Every value a suppressed cell of an additive table can take, given what is shown (brute force). */
function possibleValues(table: TTable): Array<Set<number>> {
  const suppressed = table.rows.filter((c) => c.count === null);
  const rest = (table.total.count ?? Number.NaN) - table.rows.reduce((s, c) => s + (c.count ?? 0), 0);
  const sets = suppressed.map(() => new Set<number>());
  const values: number[] = [];
  const walk = (i: number, sum: number) => {
    if (sum > rest) return;
    if (i === suppressed.length) {
      if (sum === rest) values.forEach((v, k) => sets[k]!.add(v));
      return;
    }
    const [lo, hi] = suppressed[i]!.suppression === 'SMALL' ? [0, 2] : [3, rest];
    for (let v = lo; v <= hi; v += 1) {
      values.push(v);
      walk(i + 1, sum + v);
      values.pop();
    }
  };
  walk(0, 0);
  return sets;
}

let overdueReference: string;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-10T09:00:00Z' });
  cast = {
    referrer: await newActor(server, 'AT', ['CASEWORKER']),
    authority: await newActor(server, 'CMM', ['COORDINATOR', 'CASEWORKER']),
    assessor: await newActor(server, 'CMM', ['ASSESSOR']),
  };
  m.syd = await newActor(server, 'SSJYLPOL', ['REFERENCE_GROUP_MEMBER'], { referenceGroup: 'SYDDANMARK' });
  m.syd2 = await newActor(server, 'CMM', ['REFERENCE_GROUP_MEMBER'], { referenceGroup: 'SYDDANMARK' });
  m.national = await newActor(server, 'CMM', ['REFERENCE_GROUP_MEMBER'], { referenceGroup: 'NATIONAL' });
  m.bornholm = await newActor(server, 'BHPOL', ['REFERENCE_GROUP_MEMBER'], { referenceGroup: 'BORNHOLM' });
  m.nord = await newActor(server, 'NJYLPOL', ['REFERENCE_GROUP_MEMBER'], { referenceGroup: 'NORDJYLLAND' });
  m.caseworker = await newActor(server, 'CMM', ['CASEWORKER']);

  // Syddanmark in November: 4 submitted, 3 received, 1 under assessment, 3 assessed; plus a draft
  // (never counted), and two in Nordjylland.
  // The person's own data (name, whereabouts, contact) must never reach a review.
  const syd = async (state: TBuiltReferralState, input: Record<string, unknown> = {}) =>
    await referralOfCast(server, cast, state, { subject: MARIA_IONESCU.subject, input: { ...MARIA_IONESCU.input, region: 'SYDDANMARK', ...input } });
  const first = await syd('SUBMITTED', { urgency: 'URGENT' });
  overdueReference = first.reference;
  for (let i = 0; i < 3; i += 1) await syd('SUBMITTED', { sector: 'AGRICULTURE' });
  for (let i = 0; i < 3; i += 1) await syd('RECEIVED', { suspectedExploitation: ['SEXUAL', 'FORCED_LABOUR'] });
  await syd('UNDER_ASSESSMENT');
  for (let i = 0; i < 3; i += 1) await syd('ASSESSED');
  await syd('DRAFT');
  for (let i = 0; i < 2; i += 1) await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: { ...MARIA_IONESCU.input, region: 'NORDJYLLAND' } });
  // Two days later the submitted ones are overdue for acknowledgement.
  await moveClock(server, '2026-11-12T12:00:00Z', ...Object.values(m), cast.referrer, cast.authority, cast.assessor);
});

afterAll(async () => {
  await server.close();
});

describe('the review of a region', () => {
  it('counts the region’s referrals of the period by state, urgency, form, sector, referring kind and decision', async () => {
    const r = dataOf(await review(m.syd, 'SYDDANMARK'), 'referenceGroupReview');
    const cell = (t: TTable, key: string) => t.rows.find((c) => c.key === key)!;
    expect(r.byState.total).toMatchObject({ count: 11, display: '11' });
    expect(cell(r.byState, 'SUBMITTED')).toMatchObject({ count: 4, display: '4' });
    expect(cell(r.byState, 'RECEIVED')).toMatchObject({ count: 3 });
    expect(cell(r.byState, 'ASSESSED')).toMatchObject({ count: 3 });
    // States and who referred describe the process, not persons: shown however small (issue 14).
    expect(cell(r.byState, 'UNDER_ASSESSMENT')).toMatchObject({ count: 1, display: '1', suppression: 'NONE' });
    expect(cell(r.byState, 'WITHDRAWN')).toMatchObject({ count: 0, display: '0', suppression: 'NONE' });
    expect(r.byState.personal).toBe(false);
    expect(cell(r.byReferringOrganisationKind, 'LABOUR')).toMatchObject({ count: 11, display: '11', suppression: 'NONE' });
    expect(cell(r.byReferringOrganisationKind, 'POLICE')).toMatchObject({ count: 0, suppression: 'NONE' });
    expect(r.byReferringOrganisationKind.total).toMatchObject({ count: 11 });
    // 3 + 8 with ten empty sectors: showing either would give the zeros away, so both are hidden.
    expect(r.bySector.rows.filter((c) => c.suppression === 'COMPLEMENTARY').map((c) => c.key).sort()).toEqual(['AGRICULTURE', 'CLEANING']);
    expect(cell(r.byExploitationForm, 'SEXUAL')).toMatchObject({ count: 3 });
    expect(cell(r.byExploitationForm, 'FORCED_LABOUR')).toMatchObject({ count: 11 });
    // 3 TRAFFICKED and 0 NOT_TRAFFICKED: with two cells, the only protection left is hiding the total.
    expect(r.byAssessmentDecision.rows.map((c) => c.display)).toEqual(['x', '<3']);
    expect(r.byAssessmentDecision.total).toMatchObject({ count: null, display: 'x' });
  });

  it('never shows a count that describes persons below 3, and no suppressed count can be worked out by subtraction', async () => {
    for (const who of [m.syd, m.national]) {
      const r = dataOf(await review(who, 'SYDDANMARK'), 'referenceGroupReview');
      const tables = [r.byUrgency, r.byExploitationForm, r.bySector, r.byAssessmentDecision, r.byGender, r.byAgeBand];
      for (const table of tables) expect(table.personal).toBe(true);
      // The age bands and genders of 11 people: each band and gender below 3 is hidden.
      expect(r.byGender.total.count).toBe(11);
      for (const table of tables) {
        for (const c of [...table.rows, table.total]) {
          if (c.count !== null) expect(c.count).toBeGreaterThanOrEqual(3);
          else expect(['<3', 'x']).toContain(c.display);
        }
        const suppressed = table.rows.filter((c) => c.count === null).length;
        if (table.total.count !== null) expect(suppressed === 0 || suppressed >= 2).toBe(true);
      }
      for (const table of [r.byUrgency, r.bySector, r.byAssessmentDecision, r.byGender, r.byAgeBand]) {
        if (table.total.count === null) continue;
        for (const possible of possibleValues(table)) expect(possible.size).toBeGreaterThanOrEqual(2);
      }
      // Process figures are never suppressed.
      for (const table of [r.byState, r.byReferringOrganisationKind]) for (const c of [...table.rows, table.total]) expect(c.suppression).toBe('NONE');
      for (const median of Object.values(r.medianDays)) expect(median.basedOn.suppression).toBe('NONE');
    }
  });

  it('lists what is overdue without identity, and the medians of the handling times', async () => {
    const r = dataOf(await review(m.syd, 'SYDDANMARK'), 'referenceGroupReview');
    expect(r.overdue.length).toBe(4);
    expect(r.overdue[0]).toMatchObject({ reference: overdueReference, deadline: 'ACKNOWLEDGEMENT', receivingOrganisation: { code: 'CMM' }, suspectedExploitation: ['FORCED_LABOUR'] });
    expect(r.overdue[0]!.daysOverdue).toBeGreaterThanOrEqual(1);
    // The age band describes the person: withheld beside a reference (issue 14).
    expect(r.overdue.every((o) => o.ageBand === null)).toBe(true);
    expect(JSON.stringify(r)).not.toMatch(/Maria|Ionescu|Odense|\+45/);
    expect(r.medianDays.toAcknowledgement.basedOn.count).toBe(7);
    expect(r.medianDays.toAcknowledgement.days).toBe(0);
    expect(r.medianDays.toAssessment.basedOn.count).toBe(3);
    // Interviews were scheduled a day after receipt (the helper's default) and have been held by now.
    expect(r.medianDays.toInterview).toMatchObject({ basedOn: { count: 4 } });
    expect(r.medianDays.toInterview.days).toBe(1);
  });

  it('is audited, with the region and period and no personal data', async () => {
    const mark = auditMark(server);
    dataOf(await review(m.syd, 'SYDDANMARK'), 'referenceGroupReview');
    const [record] = auditSince(server, mark, { action: 'REFERENCE_GROUP_REVIEW_READ' });
    expect(record).toMatchObject({ objectType: 'Region', objectId: 'SYDDANMARK', purpose: 'REFERENCE_GROUP_REVIEW', outcome: 'ALLOWED', actorUserId: m.syd.user.id });
    expect(JSON.parse(record!.details!)).toMatchObject({ referenceGroup: 'SYDDANMARK', from: PERIOD.from, to: PERIOD.to, referrals: 11 });
  });
});

describe('who reviews which region', () => {
  it('a regional member sees its own region only; the national group every region; Bornholm reviews Hovedstaden', async () => {
    // 2 referrals: the process counts show them, what describes the persons does not.
    const nord = dataOf(await review(m.national, 'NORDJYLLAND'), 'referenceGroupReview');
    expect(nord.byState.total).toMatchObject({ count: 2, display: '2' });
    expect(nord.byGender.total).toMatchObject({ count: null, display: '<3' });
    expect(dataOf(await review(m.nord, 'NORDJYLLAND'), 'referenceGroupReview').region).toBe('NORDJYLLAND');
    expect(dataOf(await review(m.bornholm, 'HOVEDSTADEN'), 'referenceGroupReview').region).toBe('HOVEDSTADEN');
    const mark = auditMark(server);
    for (const [who, region] of [
      [m.syd, 'NORDJYLLAND'],
      [m.nord, 'SYDDANMARK'],
      [m.bornholm, 'SYDDANMARK'],
    ] as const) {
      expect(errorOf(await review(who, region)).code).toBe('FORBIDDEN');
    }
    expect(auditSince(server, mark, { action: 'REFERENCE_GROUP_REVIEW_READ' }).map((r) => r.outcome)).toEqual(['DENIED', 'DENIED', 'DENIED']);
    expect(errorOf(await review(m.caseworker, 'SYDDANMARK')).code).toBe('FORBIDDEN');
    expect(errorOf(await server.as(null)(ReferenceGroupReviewDocument, { region: 'SYDDANMARK', ...PERIOD })).code).toBe('UNAUTHENTICATED');
  });

  it('bad periods name the field', async () => {
    expect(errorOf(await review(m.syd, 'SYDDANMARK', { from: '2026-11-30', to: '2026-11-01' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(errorOf(await review(m.syd, 'SYDDANMARK', { from: '2020-01-01', to: '2026-11-01' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(errorOf(await review(m.syd, 'SYDDANMARK', { from: '2026-02-30', to: '2026-11-01' })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await review(m.syd, 'VESTJYLLAND')).code).toBe('BAD_USER_INPUT');
  });
});

describe('review notes', () => {
  const note = (who: TActor, vars: Record<string, unknown>) =>
    server.gqlInput(AddReviewNoteDocument, { region: 'SYDDANMARK', ...PERIOD, text: 'Anbefaling: hurtigere kvittering.', ...vars }, { token: who.token });

  it('a member adds a note for its region and period; its group and the national group see it, other groups do not', async () => {
    const added = dataOf(await note(m.syd, {}), 'addReviewNote');
    expect(added.referenceGroup).toBe('SYDDANMARK');
    dataOf(await note(m.national, { text: 'National bemærkning.' }), 'addReviewNote');
    const notesOf = async (who: TActor) => dataOf(await review(who, 'SYDDANMARK'), 'referenceGroupReview').notes.map((n) => n.text);
    expect(await notesOf(m.syd)).toEqual(['Anbefaling: hurtigere kvittering.']);
    expect(await notesOf(m.syd2)).toEqual(['Anbefaling: hurtigere kvittering.']);
    // The national group reads every group's notes (issue 14).
    expect(await notesOf(m.national)).toEqual(['Anbefaling: hurtigere kvittering.', 'National bemærkning.']);
    // An overlapping period lists it too; a period after it does not.
    const later = dataOf(await review(m.syd, 'SYDDANMARK', { from: '2026-12-01', to: '2026-12-31' }), 'referenceGroupReview');
    expect(later.notes).toEqual([]);
    const overlapping = dataOf(await review(m.syd, 'SYDDANMARK', { from: '2026-11-15', to: '2026-12-15' }), 'referenceGroupReview');
    expect(overlapping.notes).toHaveLength(1);
    const [record] = auditSince(server, 0, { action: 'REVIEW_NOTE_ADD', objectId: added.id });
    expect(record).toMatchObject({ outcome: 'ALLOWED', objectType: 'ReviewNote' });
    expect(JSON.stringify(record)).not.toMatch(/Anbefaling/);
  });

  it('refuses another region or no role; bad input names the field; nothing is written', async () => {
    const count = () => (server.deps.sqlite.prepare('select count(*) n from review_notes').get() as { n: number }).n;
    const before = count();
    expect(errorOf(await note(m.nord, {})).code).toBe('FORBIDDEN');
    expect(errorOf(await note(m.bornholm, {})).code).toBe('FORBIDDEN');
    expect(errorOf(await note(m.caseworker, {})).code).toBe('FORBIDDEN');
    expect(errorOf(await note(m.syd, { text: ' x ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(errorOf(await note(m.syd, { text: 'y'.repeat(5001) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(errorOf(await note(m.syd, { from: '2026-12-01', to: '2026-11-01' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodTo' });
    expect(count()).toBe(before);
  });

  it('is sealed at rest under its own data key, and retention erases it RETENTION_LONG_YEARS after its period (key shredded, audited)', async () => {
    const text = 'Sagen om Zdravka Ivanova blev kvitteret for sent.';
    const added = dataOf(await note(m.syd, { text }), 'addReviewNote');
    const stored = (server.deps.sqlite.prepare('select text from review_notes where id = ?').get(added.id) as { text: string }).text;
    expect(stored.startsWith(`sv1.reviewNote-${added.id}.`)).toBe(true);
    expect(stored).not.toContain('Zdravka');
    expect(dataOf(await review(m.syd, 'SYDDANMARK'), 'referenceGroupReview').notes.map((n) => n.text)).toContain(text);

    const run = (at: string) => eraseExpiredRecords(systemContext(server.deps, 'test-retention'), new Date(at));
    // The period ends with 2026-11-30; five years later to the minute it is still kept …
    expect(await run('2031-11-30T23:59:00Z')).toMatchObject({ reviewNotesErased: 0 });
    expect(server.deps.sealer.hasKey(`reviewNote-${added.id}`)).toBe(true);
    // … then every note of that period goes: row deleted, key shredded, each shredding audited.
    const mark = auditMark(server);
    const count = (server.deps.sqlite.prepare('select count(*) n from review_notes').get() as { n: number }).n;
    expect(await run('2031-12-01T00:01:00Z')).toMatchObject({ reviewNotesErased: count });
    expect(server.deps.sealer.hasKey(`reviewNote-${added.id}`)).toBe(false);
    expect(server.deps.sqlite.prepare('select count(*) n from review_notes').get()).toEqual({ n: 0 });
    const shredded = auditSince(server, mark, { action: 'DATA_KEY_SHREDDED' });
    expect(shredded.map((a) => [a.objectType, a.purpose])).toEqual(Array.from({ length: count }, () => ['ReviewNote', 'RETENTION']));
    expect(shredded.map((a) => a.objectId)).toContain(added.id);
    await moveClock(server, '2031-12-01T09:00:00Z', m.syd);
    expect(dataOf(await review(m.syd, 'SYDDANMARK'), 'referenceGroupReview').notes).toEqual([]);
  });
});

// One person, one subject (issue 11 § 3) over HTTP: the controller is shown earlier subjects with
// the same or a similar name, date of birth or fitting age, and nationality, best first; confirms
// (merge) or dismisses them; a merge is undone by an unmerge. The referrer and every other
// non-controller get null and see nothing change. Statistics count persons by subject after merges.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, signInAgain, type TActor } from '../../support/actors.js';
import { referralBy, referralOfCast, type TBuiltReferral } from '../../support/factories.js';
import { ConfirmSubjectMatchDocument, DismissSubjectMatchDocument, PossibleMatchesDocument, ReferralSubjectDocument, ReferralSubjectViewDocument, ReferralWithSubjectHistoryDocument, StatisticsDocument, SubjectAccessReportDocument, UnmergeSubjectsDocument, type ReferralSubjectQuery, type ReferralWithSubjectHistoryQuery, SubmitReferralQuietlyDocument, ReferralsDocument, ReferralDocument } from '../../gql/generated/graphql.js';
import { dataOf, errorOf } from '../../support/responses.js';

let server: TTestServer;
let at: TActor;
let kbh: TActor;
let cmm: TActor;
let cmmAssessor: TActor;
let us: TActor;
let analyst: TActor;
let auditor: TActor;
type TCast = { referrer: TActor; authority: TActor; assessor: TActor };
let atCast: TCast;
let kbhCast: TCast;

type TSubject = NonNullable<ReferralSubjectQuery['referral']>['subject'];

async function matchesOf(actor: TActor, id: string) {
  return dataOf(await server.as(actor)(PossibleMatchesDocument, { id }), 'referral').possibleMatches;
}

async function subjectOf(actor: TActor, id: string): Promise<TSubject> {
  return dataOf(await server.as(actor)(ReferralSubjectDocument, { id }), 'referral').subject;
}

function person(name: string, extra: Record<string, unknown> = {}) {
  return { subject: { name, alias: null, dateOfBirth: '1990-01-02', nationality: 'RO', residenceStatus: 'LAWFUL', ...extra } };
}

/** Submitted, received, interviewed and assessed TRAFFICKED by CMM (so the statistics count the person). */
async function assessedReferral(cast: TCast, overrides: { subject: Record<string, unknown> }): Promise<TBuiltReferral> {
  return await referralOfCast(server, cast, 'ASSESSED', overrides);
}

async function submitted(actor: TActor, overrides: { subject: Record<string, unknown> }): Promise<TBuiltReferral> {
  return await referralBy(server, { referrer: actor.user }, { state: 'SUBMITTED', ...overrides });
}

async function personsTrafficked(): Promise<number> {
  return dataOf(await server.as(analyst)(StatisticsDocument, { year: 2026 }), 'statistics').personsTrafficked;
}

const CONFIRM = ConfirmSubjectMatchDocument;
const DISMISS = DismissSubjectMatchDocument;
const UNMERGE = UnmergeSubjectsDocument;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-16T09:00:00Z' });
  at = await newActor(server, 'AT', ['CASEWORKER']);
  kbh = await newActor(server, 'KBHPOL', ['CASEWORKER', 'COORDINATOR']);
  cmm = await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']);
  cmmAssessor = await newActor(server, 'CMM', ['ASSESSOR']);
  us = await newActor(server, 'US', ['CASEWORKER', 'COORDINATOR', 'ASSESSOR']);
  analyst = await newActor(server, 'CMM', ['ANALYST']);
  auditor = await newActor(server, 'CMM', ['AUDITOR']);
  atCast = { referrer: at, authority: cmm, assessor: cmmAssessor };
  kbhCast = { referrer: kbh, authority: cmm, assessor: cmmAssessor };
});
afterAll(async () => {
  await server.close();
});

describe('the same person referred by AT and, a week later, by KBHPOL', () => {
  let atReferral: TBuiltReferral;
  let kbhReferral: TBuiltReferral;
  let atSubject: TSubject;
  let kbhSubjectBefore: TSubject;
  let kbhViewBefore: ReferralWithSubjectHistoryQuery['referral'];
  let mergeId: string;
  /** KBHPOL's referral of the person made under its old subject id while the merge stood. */
  let again: TBuiltReferral;

  it('shows CMM the earlier subject as a possible match, best first, and no unrelated person', async () => {
    atReferral = await assessedReferral(atCast, person('Ion Probe'));
    // Unrelated people: another name and birth date; the same name with another birth date and nationality.
    await submitted(at, person('Maria Ionescu', { dateOfBirth: '1995-03-14' }));
    await submitted(at, person('Ion Probe', { dateOfBirth: '1971-06-30', nationality: 'BG' }));
    server.clock.advance(7 * 24 * 3600 * 1000);
    await signInAgain(server, at, kbh, cmm, cmmAssessor, us, analyst, auditor);
    kbhReferral = await assessedReferral(kbhCast, person('PROBÉ, Ión'));

    atSubject = await subjectOf(cmm, atReferral.id);
    const matches = (await matchesOf(cmm, kbhReferral.id))!;
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ subjectId: atSubject.id, pseudonym: atSubject.pseudonym, score: 100, reasons: ['SAME_NAME', 'SAME_DATE_OF_BIRTH', 'SAME_NATIONALITY'] });
    expect(matches[0]!.referrals).toEqual([{ id: atReferral.id, subject: { identity: { name: 'Ion Probe', dateOfBirth: '1990-01-02' } } }]);
    // The match goes both ways: on AT's referral, KBHPOL's subject is proposed.
    expect((await matchesOf(cmm, atReferral.id))!.map((m) => m.referrals.map((r) => r.id))).toEqual([[kbhReferral.id]]);
  });

  it('tells no one else: the referrers, and every field of theirs, show nothing of it', async () => {
    for (const [actor, id] of [
      [kbh, kbhReferral.id],
      [at, atReferral.id],
    ] as const) {
      const view = dataOf(await server.as(actor)(ReferralSubjectViewDocument, { id }), 'referral');
      expect(view.possibleMatches).toBeNull();
      expect(view.subjectMerges).toBeNull();
      expect((view.subject as unknown as TSubject).aliases).toBeNull();
    }
    kbhSubjectBefore = await subjectOf(kbh, kbhReferral.id);
    kbhViewBefore = dataOf(await server.as(kbh)(ReferralWithSubjectHistoryDocument, { id: kbhReferral.id }), 'referral');
  });

  it('counts two persons before the merge', async () => {
    expect(await personsTrafficked()).toBe(2);
  });

  it('merges on confirmation: the referral joins the earlier subject, whose aliases keep the other pseudonym', async () => {
    const res = await server.as(cmm)(CONFIRM, { r: kbhReferral.id, s: atSubject.id });
    const confirmed = dataOf(res, 'confirmSubjectMatch');
    expect(confirmed.subject).toEqual({ id: atSubject.id, pseudonym: atSubject.pseudonym, aliases: [kbhSubjectBefore.pseudonym] });
    expect(confirmed.subjectMerges).toEqual([
      { id: expect.any(String), mergedSubjectId: kbhSubjectBefore.id, survivingSubjectId: atSubject.id, referralsMoved: 1, unmergedAt: null, mergedBy: { code: 'CMM' } },
    ]);
    mergeId = confirmed.subjectMerges![0]!.id;
    // Nothing left to propose on either referral.
    expect(await matchesOf(cmm, kbhReferral.id)).toEqual([]);
    expect(await matchesOf(cmm, atReferral.id)).toEqual([]);
    expect((await subjectOf(cmm, atReferral.id)).aliases).toEqual([kbhSubjectBefore.pseudonym]);
  });

  it('counts one person after the merge', async () => {
    expect(await personsTrafficked()).toBe(1);
  });

  it('changes nothing the referrer can see (not even the version), and its old references still resolve', async () => {
    const after = dataOf(await server.as(kbh)(ReferralWithSubjectHistoryDocument, { id: kbhReferral.id }), 'referral');
    expect(after).toEqual(kbhViewBefore);
    // The referrer refers the person again under the subject id it knows: it joins the merged person, shown under the old pseudonym.
    again = await referralBy(server, { referrer: kbh.user }, { state: 'DRAFT', ...person('Ion Probe'), input: { existingSubjectId: kbhSubjectBefore.id } });
    expect(await subjectOf(kbh, again.id)).toEqual({ id: kbhSubjectBefore.id, pseudonym: kbhSubjectBefore.pseudonym, aliases: null });
    dataOf(await server.as(kbh)(SubmitReferralQuietlyDocument, { id: again.id }), 'submitReferral');
    expect((await subjectOf(cmm, again.id)).id).toBe(atSubject.id);
    // Searching by pseudonym: the referrer finds its referrals under the one it knows, never under the other.
    const own = dataOf(await server.as(kbh)(ReferralsDocument, { filter: { text: kbhSubjectBefore.pseudonym } }), 'referrals');
    expect(own.edges.map((e) => e.node.id).sort()).toEqual([kbhReferral.id, again.id].sort());
    expect((dataOf(await server.as(kbh)(ReferralsDocument, { filter: { text: atSubject.pseudonym } }), 'referrals')).totalCount).toBe(0);
    // CMM finds the person under either pseudonym.
    for (const pseudonym of [atSubject.pseudonym, kbhSubjectBefore.pseudonym]) {
      const found = (dataOf(await server.as(cmm)(ReferralsDocument, { filter: { text: pseudonym } }), 'referrals')).edges.map((e) => e.node.id);
      expect(found, pseudonym).toEqual(expect.arrayContaining([atReferral.id, kbhReferral.id, again.id]));
    }
  });

  it("gives the person's access report every record of both subjects, under either id", async () => {
    const report = async (subjectId: string) => {
      const res = await server.as(auditor)(SubjectAccessReportDocument, { s: subjectId });
      return dataOf(res, 'subjectAccessReport');
    };
    for (const id of [atSubject.id, kbhSubjectBefore.id]) {
      const records = await report(id);
      const objects = new Set(records.map((r) => r.objectId));
      expect(objects.has(atReferral.id), id).toBe(true);
      expect(objects.has(kbhReferral.id), id).toBe(true);
      expect(records.filter((r) => r.action === 'SUBJECT_MERGE').length, id).toBe(2);
    }
  });

  it('is undone by an unmerge that restores the earlier state, counted again as two persons', async () => {
    const res = await server.as(cmm)(UNMERGE, { m: mergeId });
    const undone = dataOf(res, 'unmergeSubjects');
    expect(undone.subject).toEqual({ id: kbhSubjectBefore.id, aliases: [] });
    expect(undone.subjectMerges).toEqual([{ id: mergeId, unmergedAt: server.clock.now().toISOString(), unmergedBy: { code: 'CMM' } }]);
    expect(await subjectOf(cmm, atReferral.id)).toEqual({ ...atSubject, aliases: [] });
    // The referral made under the alias meanwhile goes back with it.
    expect((await subjectOf(cmm, again.id)).id).toBe(kbhSubjectBefore.id);
    expect(await subjectOf(kbh, again.id)).toEqual({ id: kbhSubjectBefore.id, pseudonym: kbhSubjectBefore.pseudonym, aliases: null });
    expect(await personsTrafficked()).toBe(2);
    // The match is proposed again (an unmerge is not a dismissal).
    expect((await matchesOf(cmm, kbhReferral.id))!.map((m) => m.subjectId)).toEqual([atSubject.id]);
    // A second unmerge of the same merge is refused.
    expect(errorOf(await server.as(cmm)(UNMERGE, { m: mergeId }))).toMatchObject({ code: 'INVALID_TRANSITION' });
    const audit = server.deps.sqlite.prepare("select count(*) as n from audit_events where action = 'SUBJECT_UNMERGE' and outcome = 'ALLOWED'").get() as { n: number };
    expect(audit.n).toBe(2);
  });
});

describe('a variant spelling, order and diacritics, with an estimated age', () => {
  it('is proposed as a similar name with a fitting age; once dismissed it is not proposed again', async () => {
    const first = await submitted(at, person('Olena Shevchenko', { dateOfBirth: '1988-04-12', nationality: 'UA' }));
    const second = await submitted(kbh, person('ШЕВЧЕНКО Альона', { dateOfBirth: null, estimatedAge: 38, nationality: 'UA' }));
    const firstSubject = await subjectOf(cmm, first.id);
    const [match] = (await matchesOf(cmm, second.id))!;
    expect(match).toMatchObject({ subjectId: firstSubject.id, reasons: ['SIMILAR_NAME', 'AGE_FITS', 'SAME_NATIONALITY'] });
    expect(match!.score).toBeGreaterThanOrEqual(45);
    expect(match!.score).toBeLessThan(100);

    dataOf(await server.as(cmm)(DISMISS, { r: second.id, s: firstSubject.id }), 'dismissSubjectMatch');
    expect(await matchesOf(cmm, second.id)).toEqual([]);
    expect(await matchesOf(cmm, first.id)).toEqual([]);
    // Dismissed already: no longer a match to decide on.
    expect(errorOf(await server.as(cmm)(DISMISS, { r: second.id, s: firstSubject.id }))).toEqual({ code: 'BAD_USER_INPUT', field: 'subjectId' });
    expect(errorOf(await server.as(cmm)(CONFIRM, { r: second.id, s: firstSubject.id }))).toEqual({ code: 'BAD_USER_INPUT', field: 'subjectId' });
  });

  it('matches the name against an earlier alias', async () => {
    const first = await submitted(at, person('Andreea Vasile', { alias: 'Lola Star', dateOfBirth: '1999-09-09' }));
    const second = await submitted(kbh, person('Lola Star', { dateOfBirth: null, nationality: null }));
    const [match] = (await matchesOf(cmm, second.id))!;
    expect(match).toMatchObject({ subjectId: (await subjectOf(cmm, first.id)).id, reasons: ['SIMILAR_NAME', 'MATCHES_ALIAS'] });
  });
});

describe('who may see and decide', () => {
  let lawful: TBuiltReferral;
  let asylum: TBuiltReferral;

  beforeAll(async () => {
    lawful = await submitted(at, person('Dimitar Georgiev', { dateOfBirth: '1980-02-02', nationality: 'BG' }));
    asylum = await submitted(kbh, person('Georgiev Dimitar', { dateOfBirth: '1980-02-02', nationality: 'BG', residenceStatus: 'ASYLUM_SEEKER' }));
  });

  it('shows US, the controller of the second referral, no person only CMM controls; CMM sees it on either', async () => {
    expect(await matchesOf(us, asylum.id)).toEqual([]);
    expect((await matchesOf(cmm, asylum.id))!.map((m) => m.referrals[0]!.id)).toEqual([lawful.id]);
    // US does not see the lawful referral at all.
    expect(errorOf(await server.as(us)(ReferralDocument, { id: lawful.id })).code).toBe('NOT_FOUND');
  });

  it('does not let subjects US may not be shown crowd out the one it may', async () => {
    const identity = person('Kwame Mensah', { dateOfBirth: '1993-03-03', nationality: 'GH' });
    // More than three pages of equally good matches US may not be shown.
    for (let i = 0; i < 32; i += 1) await submitted(at, identity);
    // Scoring lower than all of those (no nationality recorded), so it comes after them.
    const usHandled = await submitted(at, { subject: { ...identity.subject, nationality: null, residenceStatus: 'ASYLUM_SEEKER' } });
    const later = await submitted(kbh, { subject: { ...identity.subject, residenceStatus: 'ASYLUM_SEEKER' } });
    const seen = (await matchesOf(us, later.id))!;
    expect(seen.map((m) => m.referrals.map((r) => r.id))).toEqual([[usHandled.id]]);
    expect(seen[0]!.score).toBe(85);
    // CMM, controller of all of them, is shown the ten best.
    expect((await matchesOf(cmm, later.id))!.length).toBe(10);
  });

  it('refuses the referrer (FORBIDDEN), an organisation without access (NOT_FOUND) and non-casework roles (FORBIDDEN)', async () => {
    const subjectId = (await subjectOf(cmm, lawful.id)).id;
    expect(errorOf(await server.as(kbh)(CONFIRM, { r: asylum.id, s: subjectId })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.as(kbh)(DISMISS, { r: asylum.id, s: subjectId })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.as(us)(CONFIRM, { r: lawful.id, s: subjectId })).code).toBe('NOT_FOUND');
    expect(errorOf(await server.as(analyst)(CONFIRM, { r: asylum.id, s: subjectId })).code).toBe('FORBIDDEN');
    // US controls the referral but the subject proposed is not one it may be shown.
    expect(errorOf(await server.as(us)(CONFIRM, { r: asylum.id, s: subjectId }))).toEqual({ code: 'BAD_USER_INPUT', field: 'subjectId' });
    const denied = server.deps.sqlite.prepare("select count(*) as n from audit_events where action = 'SUBJECT_MERGE' and outcome = 'DENIED'").get() as { n: number };
    expect(denied.n).toBeGreaterThanOrEqual(1);
  });

  it('answers bad input with a code and the field, and an unknown merge as NOT_FOUND', async () => {
    expect(errorOf(await server.as(cmm)(CONFIRM, { r: asylum.id, s: asylum.id }))).toEqual({ code: 'BAD_USER_INPUT', field: 'subjectId' });
    expect(errorOf(await server.as(cmm)(CONFIRM, { r: '00000000-0000-4000-8000-000000000000', s: asylum.id })).code).toBe('NOT_FOUND');
    expect(errorOf(await server.as(cmm)(UNMERGE, { m: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
  });

  it('lets CMM merge a US referral into a subject CMM controls; the referrer cannot even find the merge, CMM undoes it', async () => {
    const subjectId = (await subjectOf(cmm, lawful.id)).id;
    const res = await server.as(cmm)(CONFIRM, { r: asylum.id, s: subjectId });
    const merged = dataOf(res, 'confirmSubjectMatch');
    expect(merged.subject.id).toBe(subjectId);
    const mergeOf = merged.subjectMerges![0]!.id;
    expect(errorOf(await server.as(kbh)(UNMERGE, { m: mergeOf })).code).toBe('NOT_FOUND');
    expect(errorOf(await server.as(analyst)(UNMERGE, { m: mergeOf })).code).toBe('FORBIDDEN');
    const undone = dataOf(await server.as(cmm)(UNMERGE, { m: mergeOf }), 'unmergeSubjects');
    expect(undone.subject.id).not.toBe(subjectId);
  });
});

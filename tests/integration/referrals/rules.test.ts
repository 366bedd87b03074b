// The rules from Danish practice (PRODUCT.md § The referral): the competent authority follows
// residence status and forwarding moves it; the referring organisation is told of progress; only
// an ASSESSOR of the competent authority assesses, once per referral; minors; the reflection
// period; and optimistic concurrency on updates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, signInAgain, type TActor } from '../../support/actors.js';
import { act, actRaw, createReferral, getReferral, getReferralRaw, inboxKindsFor, referralIn, today, type TCast } from '../../support/referrals.js';
import { errorOf } from '../../support/responses.js';

let server: TTestServer;
/** Referred by AT, competent CMM. */
let cast: TCast;
/** Referred by KBHPOL, competent US. */
let usCast: TCast;
let atCoordinator: TActor;
let atOther: TActor;
let cmmCoordinator: TActor;
let usCoordinator: TActor;
const HOUR = 3600 * 1000;
const everyone = () => [cast.referrer, cast.authority, cast.assessor, usCast.referrer, usCast.authority, usCast.assessor, atCoordinator, atOther, cmmCoordinator, usCoordinator];

beforeAll(async () => {
  // Monday 23 November 2026, 10:00 in Copenhagen.
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  cast = {
    referrer: await newActor(server, 'AT', ['CASEWORKER']),
    authority: await newActor(server, 'CMM', ['CASEWORKER']),
    assessor: await newActor(server, 'CMM', ['ASSESSOR']),
  };
  usCast = {
    referrer: await newActor(server, 'KBHPOL', ['CASEWORKER', 'COORDINATOR']),
    authority: await newActor(server, 'US', ['CASEWORKER']),
    assessor: await newActor(server, 'US', ['CASEWORKER', 'ASSESSOR']),
  };
  atCoordinator = await newActor(server, 'AT', ['COORDINATOR']);
  atOther = await newActor(server, 'AT', ['CASEWORKER']);
  cmmCoordinator = await newActor(server, 'CMM', ['COORDINATOR', 'CASEWORKER']);
  usCoordinator = await newActor(server, 'US', ['COORDINATOR']);
});
afterAll(async () => {
  await server.close();
});

describe('the competent authority', () => {
  it.each([
    ['DANISH_CITIZEN', 'CMM'],
    ['LAWFUL', 'CMM'],
    ['UNKNOWN', 'CMM'],
    ['ASYLUM_SEEKER', 'US'],
    ['UNLAWFUL', 'US'],
  ])('for residence %s is %s, which receives the referral and is told', async (residenceStatus, authority) => {
    const submitted = await referralIn(server, cast, 'SUBMITTED', { subject: { residenceStatus } });
    expect(submitted).toMatchObject({ receivingOrganisation: { code: authority }, competentAuthority: { code: authority } });
    const told = authority === 'CMM' ? cmmCoordinator : usCoordinator;
    expect(await inboxKindsFor(server, told, submitted.id)).toEqual(['REFERRAL_SUBMITTED']);
    const other = authority === 'CMM' ? usCoordinator : cmmCoordinator;
    expect(await inboxKindsFor(server, other, submitted.id)).toEqual([]);
  });

  it('is none while the referral is a draft', async () => {
    const draft = await createReferral(server, cast.referrer, { subject: { residenceStatus: 'ASYLUM_SEEKER' } });
    expect(draft).toMatchObject({ receivingOrganisation: null, competentAuthority: null, submittedAt: null });
  });

  it('is told URGENT referrals as urgent', async () => {
    const urgent = await referralIn(server, cast, 'SUBMITTED', { urgency: 'URGENT' });
    expect(await inboxKindsFor(server, cmmCoordinator, urgent.id)).toEqual(['REFERRAL_URGENT']);
  });
});

describe('forwarding', () => {
  it('moves the referral to the other authority with a reason, which is told, and restarts the acknowledgement deadline', async () => {
    const received = await referralIn(server, cast, 'RECEIVED', { subject: { residenceStatus: 'UNKNOWN' }, urgency: 'URGENT' });
    expect(received.deadlines.acknowledgeBy).toBe(new Date(server.clock.now().getTime() + 2 * HOUR).toISOString());
    server.clock.advance(HOUR);
    await signInAgain(server, ...everyone());
    const forwarded = await act(server, cmmCoordinator, 'FORWARD', received.id, { to: 'US', reason: 'The person has applied for asylum' });
    expect(forwarded).toMatchObject({
      state: 'SUBMITTED',
      receivingOrganisation: { code: 'US' },
      competentAuthority: { code: 'US' },
      acknowledgedAt: null,
      // Two hours (URGENT) from the forward, not from the first submission.
      deadlines: { interviewBy: null, acknowledgeBy: new Date(server.clock.now().getTime() + 2 * HOUR).toISOString() },
    });
    expect(forwarded.timeline.at(-1)).toMatchObject({ action: 'FORWARD', note: 'The person has applied for asylum', organisation: { code: 'CMM' } });
    expect(await inboxKindsFor(server, usCoordinator, received.id)).toEqual(['REFERRAL_FORWARDED_TO_YOU']);
    // US now acts on it; CMM still sees it as the national centre.
    expect((await act(server, usCast.authority, 'ACKNOWLEDGE', received.id)).state).toBe('RECEIVED');
    expect((await getReferral(server, cmmCoordinator, received.id)).access.level).toBe('FULL');
    // Only the receiving authority forwards: CMM no longer is.
    expect(errorOf(await actRaw(server, cmmCoordinator, 'FORWARD', received.id, { to: 'US' })).code).toBe('FORBIDDEN');
  });

  it('needs a reason, and goes only between CMM and US, to the one that does not have it', async () => {
    const submitted = await referralIn(server, cast, 'SUBMITTED');
    const refusals: Array<[Record<string, unknown>, string]> = [
      [{ reason: '' }, 'reason'],
      [{ reason: ' no' }, 'reason'],
      [{ to: 'KBHPOL' }, 'toOrganisationCode'],
      [{ to: 'NOPE' }, 'toOrganisationCode'],
      [{ to: 'CMM' }, 'toOrganisationCode'],
    ];
    for (const [variables, field] of refusals) {
      expect(errorOf(await actRaw(server, cmmCoordinator, 'FORWARD', submitted.id, variables)), JSON.stringify(variables)).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const after = await getReferral(server, cmmCoordinator, submitted.id);
    expect(after).toMatchObject({ version: submitted.version, receivingOrganisation: { code: 'CMM' }, timeline: [{ action: 'CREATE' }, { action: 'SUBMIT' }] });
    expect(await inboxKindsFor(server, usCoordinator, submitted.id)).toEqual([]);
  });
});

describe('the referring organisation', () => {
  it('is told when its referral is received, forwarded, assessed and closed: the person who made it and its coordinators', async () => {
    const referral = await referralIn(server, cast, 'RECEIVED', { subject: { residenceStatus: 'UNKNOWN' } });
    await act(server, cmmCoordinator, 'FORWARD', referral.id, { to: 'US', reason: 'Asylum seeker' });
    await act(server, usCast.authority, 'ACKNOWLEDGE', referral.id);
    await act(server, usCast.authority, 'SCHEDULE_INTERVIEW', referral.id);
    await act(server, usCast.assessor, 'RECORD_ASSESSMENT', referral.id);
    await act(server, usCast.authority, 'CLOSE', referral.id, { outcome: 'DUBLIN_TRANSFER' });
    const expected = ['REFERRAL_ASSESSED', 'REFERRAL_CLOSED', 'REFERRAL_FORWARDED', 'REFERRAL_RECEIVED', 'REFERRAL_RECEIVED'];
    expect(await inboxKindsFor(server, cast.referrer, referral.id)).toEqual(expected);
    expect(await inboxKindsFor(server, atCoordinator, referral.id)).toEqual(expected);
    // A colleague without COORDINATOR who did not make it is not told.
    expect(await inboxKindsFor(server, atOther, referral.id)).toEqual([]);
  });

  it('is not told of its own submission or withdrawal', async () => {
    const referral = await referralIn(server, cast, 'WITHDRAWN');
    expect(await inboxKindsFor(server, cast.referrer, referral.id)).toEqual([]);
    expect(await inboxKindsFor(server, cmmCoordinator, referral.id)).toEqual(['REFERRAL_SUBMITTED', 'REFERRAL_WITHDRAWN']);
  });
});

describe('the assessment', () => {
  it('is recorded only by an ASSESSOR of the competent authority', async () => {
    const toUs = await referralIn(server, usCast, 'UNDER_ASSESSMENT', { subject: { residenceStatus: 'ASYLUM_SEEKER' } });
    // CMM sees it (national centre), and its assessor may assess CMM's cases, but US is competent here.
    expect(errorOf(await actRaw(server, cast.assessor, 'RECORD_ASSESSMENT', toUs.id)).code).toBe('FORBIDDEN');
    // A US caseworker without ASSESSOR is refused at the door.
    expect(errorOf(await actRaw(server, usCast.authority, 'RECORD_ASSESSMENT', toUs.id)).code).toBe('FORBIDDEN');
    // The referring police district has no say.
    expect(errorOf(await actRaw(server, usCast.referrer, 'RECORD_ASSESSMENT', toUs.id)).code).toBe('FORBIDDEN');
    const toCmm = await referralIn(server, cast, 'UNDER_ASSESSMENT');
    // US does not even see CMM's referral.
    expect(errorOf(await actRaw(server, usCast.assessor, 'RECORD_ASSESSMENT', toCmm.id)).code).toBe('NOT_FOUND');

    const assessed = await act(server, usCast.assessor, 'RECORD_ASSESSMENT', toUs.id, {
      input: { decision: 'TRAFFICKED', primaryExploitation: 'SEXUAL', grounds: 'Credible account, consistent indicators.', assessedOn: today(server) },
    });
    expect(assessed.assessment).toEqual({ decision: 'TRAFFICKED', primaryExploitation: 'SEXUAL', grounds: 'Credible account, consistent indicators.', assessedOn: '2026-11-23', authority: { code: 'US' } });
  });

  it('is refused a second time for the same referral; a later referral of the same subject is assessed again', async () => {
    const first = await referralIn(server, cast, 'ASSESSED');
    const again = await actRaw(server, cast.assessor, 'RECORD_ASSESSMENT', first.id, {
      input: { decision: 'NOT_TRAFFICKED', primaryExploitation: 'OTHER', grounds: 'A different view this time.', assessedOn: today(server) },
    });
    expect(errorOf(again)).toEqual({ code: 'INVALID_TRANSITION', state: 'ASSESSED', action: 'RECORD_ASSESSMENT' });
    expect((await getReferral(server, cast.authority, first.id)).assessment).toMatchObject({ decision: 'TRAFFICKED' });

    const later = await referralIn(server, cast, 'ASSESSED', { existingSubjectId: first.subject.id });
    expect(later.subject.id).toBe(first.subject.id);
    expect(later.id).not.toBe(first.id);
    expect(later.assessment?.decision).toBe('TRAFFICKED');
  });

  it('cannot be dated in the future or before the referral was submitted', async () => {
    const referral = await referralIn(server, cast, 'UNDER_ASSESSMENT');
    const base = { decision: 'TRAFFICKED', primaryExploitation: 'FORCED_LABOUR', grounds: 'Indicators confirmed at interview.' };
    for (const assessedOn of ['2026-11-24', '2026-11-22']) {
      expect(errorOf(await actRaw(server, cast.assessor, 'RECORD_ASSESSMENT', referral.id, { input: { ...base, assessedOn } }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.assessedOn',
      });
    }
    expect((await getReferral(server, cast.authority, referral.id)).state).toBe('UNDER_ASSESSMENT');
  });

  it('of NOT_TRAFFICKED allows no support and closes only as NOT_TRAFFICKED (and TRAFFICKED never as NOT_TRAFFICKED)', async () => {
    const referral = await referralIn(server, cast, 'UNDER_ASSESSMENT');
    await act(server, cast.assessor, 'RECORD_ASSESSMENT', referral.id, {
      input: { decision: 'NOT_TRAFFICKED', primaryExploitation: 'FORCED_LABOUR', grounds: 'Poor working conditions, no coercion.', assessedOn: today(server) },
    });
    expect(errorOf(await actRaw(server, cast.authority, 'START_REFLECTION_PERIOD', referral.id))).toEqual({
      code: 'INVALID_TRANSITION',
      state: 'ASSESSED',
      action: 'START_REFLECTION_PERIOD',
    });
    expect(errorOf(await actRaw(server, cast.authority, 'CLOSE', referral.id, { outcome: 'PREPARED_RETURN' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'outcome' });
    expect((await act(server, cast.authority, 'CLOSE', referral.id, { outcome: 'NOT_TRAFFICKED' })).outcome).toBe('NOT_TRAFFICKED');

    const trafficked = await referralIn(server, cast, 'ASSESSED');
    expect(errorOf(await actRaw(server, cast.authority, 'CLOSE', trafficked.id, { outcome: 'NOT_TRAFFICKED' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'outcome' });
  });
});

describe('minors', () => {
  it.each([
    ['born 17 years and 364 days ago', { dateOfBirth: '2008-11-24', estimatedAge: null }, 'NORMAL', true, 'HIGH', '15-17'],
    ['18 today', { dateOfBirth: '2008-11-23', estimatedAge: null }, 'NORMAL', false, 'NORMAL', '18-24'],
    ['estimated 16', { dateOfBirth: null, estimatedAge: 16 }, 'NORMAL', true, 'HIGH', '15-17'],
    ['estimated 12, URGENT', { dateOfBirth: null, estimatedAge: 12 }, 'URGENT', true, 'URGENT', '12-14'],
    ['estimated 18', { dateOfBirth: null, estimatedAge: 18 }, 'NORMAL', false, 'NORMAL', '18-24'],
    ['age unknown', { dateOfBirth: null, estimatedAge: null }, 'NORMAL', false, 'NORMAL', 'UNKNOWN'],
  ])('%s', async (_label, subject, urgency, minor, effective, ageBand) => {
    const r = await createReferral(server, cast.referrer, { subject, urgency });
    expect({ minor: r.minor, urgency: r.urgency, ageBand: r.subject.ageBand }).toEqual({ minor, urgency: effective, ageBand });
  });

  it('become minors (and HIGH) when a draft is corrected to an age under 18', async () => {
    const r = await createReferral(server, cast.referrer, { subject: { dateOfBirth: null, estimatedAge: 30 } });
    expect(r.minor).toBe(false);
    const updated = await act(server, cast.referrer, 'UPDATE', r.id, { version: r.version, input: { subject: { estimatedAge: 15 } } });
    expect({ minor: updated.minor, urgency: updated.urgency }).toEqual({ minor: true, urgency: 'HIGH' });
  });

  it('get no support before a representative is recorded; the representative is for minors only', async () => {
    const minor = await referralIn(server, cast, 'ASSESSED', { subject: { dateOfBirth: '2010-05-05' } });
    expect(errorOf(await actRaw(server, cast.authority, 'START_REFLECTION_PERIOD', minor.id))).toEqual({
      code: 'INVALID_TRANSITION',
      state: 'ASSESSED',
      action: 'START_REFLECTION_PERIOD',
    });
    const withRepresentative = await act(server, cast.authority, 'RECORD_REPRESENTATIVE', minor.id, { name: 'Bo', appointedBy: 'US' });
    expect(withRepresentative.representative).toMatchObject({ name: 'Bo', appointedBy: 'US', recordedAt: server.clock.now().toISOString() });
    expect((await act(server, cast.authority, 'START_REFLECTION_PERIOD', minor.id)).state).toBe('IN_SUPPORT');
    // The referring organisation does not see the representative (support details).
    expect((await getReferral(server, cast.referrer, minor.id)).representative).toBeNull();

    const adult = await referralIn(server, cast, 'RECEIVED');
    expect(errorOf(await actRaw(server, cast.authority, 'RECORD_REPRESENTATIVE', adult.id))).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('the reflection period', () => {
  it('is 30 days by default, endsOn derived, extended with a reason up to 120 days in total', async () => {
    const referral = await referralIn(server, cast, 'ASSESSED');
    const started = await act(server, cast.authority, 'START_REFLECTION_PERIOD', referral.id, { startsOn: '2026-11-25' });
    expect(started.reflectionPeriod).toEqual({ startsOn: '2026-11-25', endsOn: '2026-12-25', totalDays: 30 });
    const extended = await act(server, cast.authority, 'EXTEND_REFLECTION_PERIOD', referral.id, { days: 60, reason: 'Treatment ongoing' });
    expect(extended.reflectionPeriod).toEqual({ startsOn: '2026-11-25', endsOn: '2027-02-23', totalDays: 90 });
    expect(extended.timeline.at(-1)).toMatchObject({ action: 'EXTEND_REFLECTION_PERIOD', note: 'Treatment ongoing' });

    const tooMuch = await actRaw(server, cast.authority, 'EXTEND_REFLECTION_PERIOD', referral.id, { days: 31, reason: 'More time' });
    expect(errorOf(tooMuch)).toEqual({ code: 'BAD_USER_INPUT', field: 'days' });
    expect(errorOf(await actRaw(server, cast.authority, 'EXTEND_REFLECTION_PERIOD', referral.id, { days: 0, reason: 'More time' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'days' });
    expect(errorOf(await actRaw(server, cast.authority, 'EXTEND_REFLECTION_PERIOD', referral.id, { days: 5, reason: '' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await getReferral(server, cast.authority, referral.id)).reflectionPeriod?.totalDays).toBe(90);

    const full = await act(server, cast.authority, 'EXTEND_REFLECTION_PERIOD', referral.id, { days: 30, reason: 'Final extension' });
    expect(full.reflectionPeriod).toEqual({ startsOn: '2026-11-25', endsOn: '2027-03-25', totalDays: 120 });
    expect(errorOf(await actRaw(server, cast.authority, 'EXTEND_REFLECTION_PERIOD', referral.id, { days: 1, reason: 'One more day' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'days' });
  });

  it('starts with 1 to 120 days', async () => {
    const referral = await referralIn(server, cast, 'ASSESSED');
    for (const days of [0, 121, -5]) {
      expect(errorOf(await actRaw(server, cast.authority, 'START_REFLECTION_PERIOD', referral.id, { days })), String(days)).toEqual({ code: 'BAD_USER_INPUT', field: 'days' });
    }
    expect((await act(server, cast.authority, 'START_REFLECTION_PERIOD', referral.id, { days: 120, startsOn: '2026-11-23' })).reflectionPeriod).toEqual({
      startsOn: '2026-11-23',
      endsOn: '2027-03-23',
      totalDays: 120,
    });
  });

  it('is started and extended only by the competent authority', async () => {
    const referral = await referralIn(server, usCast, 'ASSESSED', { subject: { residenceStatus: 'ASYLUM_SEEKER' } });
    expect(errorOf(await actRaw(server, cmmCoordinator, 'START_REFLECTION_PERIOD', referral.id)).code).toBe('FORBIDDEN');
    expect((await act(server, usCoordinator, 'START_REFLECTION_PERIOD', referral.id)).state).toBe('IN_SUPPORT');
  });
});

describe('optimistic concurrency', () => {
  it('takes the version the client saw: a stale one is CONFLICT and changes nothing', async () => {
    const draft = await createReferral(server, cast.referrer);
    // Two people of the referring organisation load version 1.
    const first = await act(server, cast.referrer, 'UPDATE', draft.id, { version: 1, input: { narrative: 'First edit' } });
    expect(first.version).toBe(2);
    const stale = await actRaw(server, atOther, 'UPDATE', draft.id, { version: 1, input: { narrative: 'Second edit' } });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT' });
    const now = await getReferral(server, atOther, draft.id);
    expect(now).toMatchObject({ version: 2, narrative: 'First edit', timeline: [{ action: 'CREATE' }, { action: 'UPDATE' }] });
    // With the version it now sees, the second edit goes through.
    expect((await act(server, atOther, 'UPDATE', draft.id, { version: 2, input: { narrative: 'Second edit' } })).version).toBe(3);
  });

  it('lets exactly one of several simultaneous updates of the same version through', async () => {
    const draft = await createReferral(server, cast.referrer);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => actRaw(server, i % 2 ? atOther : cast.referrer, 'UPDATE', draft.id, { version: 1, input: { narrative: `Edit ${i}` } })),
    );
    const ok = results.filter((res) => !res.body.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((res) => res.body.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(5);
    const after = await getReferral(server, cast.referrer, draft.id);
    expect(after).toMatchObject({ version: 2, narrative: ok[0]!.body.data!.updateReferral!.narrative });
  });

  it('merges an update into what is there: absent fields are left alone, subject fields merge', async () => {
    const draft = await createReferral(server, cast.referrer, { subject: { name: 'Old Name', alias: 'Oldie', dateOfBirth: '1990-01-01' } });
    const updated = await act(server, cast.referrer, 'UPDATE', draft.id, {
      version: draft.version,
      input: { subject: { name: 'New Name', alias: '', nationality: 'bg' }, region: 'NORDJYLLAND', suspectedExploitation: ['SEXUAL', 'SEXUAL', 'BEGGING'] },
    });
    expect(updated.subject.identity).toEqual({ name: 'New Name', alias: null, dateOfBirth: '1990-01-01', estimatedAge: null });
    expect(updated).toMatchObject({ region: 'NORDJYLLAND', sector: draft.sector, narrative: draft.narrative, location: draft.location, suspectedExploitation: ['SEXUAL', 'BEGGING'] });
    expect(updated.subject).toMatchObject({ nationality: 'BG', gender: 'FEMALE', whereabouts: draft.subject.whereabouts });
  });

  it('updates only drafts, and only by the referring organisation', async () => {
    const submitted = await referralIn(server, cast, 'SUBMITTED');
    expect(errorOf(await actRaw(server, cast.referrer, 'UPDATE', submitted.id, { version: submitted.version }))).toEqual({
      code: 'INVALID_TRANSITION',
      state: 'SUBMITTED',
      action: 'UPDATE',
    });
    const draft = await createReferral(server, cast.referrer);
    expect(errorOf(await getReferralRaw(server, cmmCoordinator, draft.id)).code).toBe('NOT_FOUND');
    expect(errorOf(await actRaw(server, cmmCoordinator, 'UPDATE', draft.id, { version: 1 })).code).toBe('NOT_FOUND');
    expect(errorOf(await actRaw(server, usCast.referrer, 'UPDATE', draft.id, { version: 1 })).code).toBe('NOT_FOUND');
  });
});

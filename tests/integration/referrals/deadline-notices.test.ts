// Deadlines with a moved clock: URGENT acknowledged within 2 hours, others by the end of the next
// working day, the interview within 5 days of receipt; the `overdue` field and filter; and the
// referral-deadlines job, which tells the receiving organisation's coordinators (a missed
// interview: the referral's assignee first) once per missed deadline and the competent authority 7 days and 1 day before a reflection period ends, however
// often it runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../../server/core/context.js';
import { notifyDeadlines } from '../../../server/modules/referrals/referrals.service.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { moveClock, newActor, type TActor } from '../../support/actors.js';
import { act, createReferral, getReferral, inboxKindsFor, listReferrals, type TCast, type TReferral } from '../../support/referrals.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { RunJobDocument } from '../../gql/generated/graphql.js';


let server: TTestServer;
let cast: TCast;
let cmmCoordinator: TActor;
let usCoordinator: TActor;
let admin: TActor;

beforeAll(async () => {
  // Monday 23 November 2026, 10:00 in Copenhagen.
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  cast = {
    referrer: await newActor(server, 'AT', ['CASEWORKER', 'COORDINATOR']),
    // A caseworker without COORDINATOR: acts, but is not told of missed deadlines.
    authority: await newActor(server, 'CMM', ['CASEWORKER']),
    assessor: await newActor(server, 'CMM', ['ASSESSOR']),
  };
  cmmCoordinator = await newActor(server, 'CMM', ['COORDINATOR']);
  usCoordinator = await newActor(server, 'US', ['COORDINATOR']);
  admin = await newActor(server, 'CMM', ['ADMIN']);
});
afterAll(async () => {
  await server.close();
});


/** Runs the deadline job as the ADMIN at `at` (the job's "now"; the server clock is not moved). */
async function runDeadlineJob(at: string): Promise<{ acknowledgement: number; interview: number; reflection: number }> {
  const run = dataOf(await server.gql(RunJobDocument, { name: 'referral-deadlines', at }, { token: admin.token }), 'runJob');
  expect(run).toMatchObject({ status: 'SUCCEEDED', at: new Date(at).toISOString() });
  if (run.summary === null) throw new Error('The deadline job ran without a summary');
  return JSON.parse(run.summary);
}

/** Runs the job three times at and after `at`: the notices of the first run and none after. */
async function runThrice(at: string) {
  const first = await runDeadlineJob(at);
  const mark = auditMark(server);
  const later = [await runDeadlineJob(new Date(new Date(at).getTime() + 5 * 60_000).toISOString()), await runDeadlineJob(new Date(new Date(at).getTime() + 10 * 60_000).toISOString())];
  for (const summary of later) expect(summary).toEqual({ acknowledgement: 0, interview: 0, reflection: 0 });
  // A notice sent already leaves no further trace: only the JOB_RUN records of the later runs.
  expect(auditSince(server, mark).map((row) => row.action)).toEqual(['JOB_RUN', 'JOB_RUN']);
  return first;
}

/** Moves the server clock and signs everyone in again (access tokens live 15 minutes of it). */
const at = (time: string) => moveClock(server, time, cast.referrer, cast.authority, cast.assessor, cmmCoordinator, usCoordinator, admin);

const overdueOf = async (actor: TActor, id: string) => (await getReferral(server, actor, id)).overdue;

let urgent: TReferral;
let normal: TReferral;
let minor: TReferral;

describe('acknowledgement deadlines', () => {
  it('are 2 hours for URGENT, the end of the next working day otherwise (minors being at least HIGH)', async () => {
    urgent = await act(server, cast.referrer, 'SUBMIT', (await createReferral(server, cast.referrer, { urgency: 'URGENT' })).id);
    normal = await act(server, cast.referrer, 'SUBMIT', (await createReferral(server, cast.referrer, { urgency: 'NORMAL' })).id);
    minor = await act(server, cast.referrer, 'SUBMIT', (await createReferral(server, cast.referrer, { urgency: 'NORMAL', subject: { dateOfBirth: null, estimatedAge: 15 } })).id);
    expect(urgent.deadlines).toEqual({ acknowledgeBy: '2026-11-23T11:00:00.000Z', interviewBy: null });
    // Tuesday 24 November, 23:59:59.999 in Copenhagen.
    expect(normal.deadlines).toEqual({ acknowledgeBy: '2026-11-24T22:59:59.999Z', interviewBy: null });
    expect(minor).toMatchObject({ urgency: 'HIGH', deadlines: { acknowledgeBy: '2026-11-24T22:59:59.999Z' } });
    for (const r of [urgent, normal, minor]) expect(r.overdue).toBe(false);
  });

  it('pass quietly while there is time: no overdue, no notice', async () => {
    await at('2026-11-23T11:00:00.000Z');
    expect(await overdueOf(cmmCoordinator, urgent.id)).toBe(false);
    expect(await runDeadlineJob('2026-11-23T11:00:00.000Z')).toEqual({ acknowledgement: 0, interview: 0, reflection: 0 });
    expect(await inboxKindsFor(server, cmmCoordinator, urgent.id)).toEqual(['REFERRAL_URGENT']);
  });

  it('once missed, show as overdue and notify the receiving organisation’s coordinators once, however often the job runs', async () => {
    server.clock.set('2026-11-23T11:00:01.000Z');
    expect(await overdueOf(cmmCoordinator, urgent.id)).toBe(true);
    expect(await overdueOf(cmmCoordinator, normal.id)).toBe(false);
    const overdue = await listReferrals(server, cmmCoordinator, { filter: { overdue: true } });
    expect(overdue.edges.map((e) => e.node.id)).toEqual([urgent.id]);
    // The referring organisation sees the flag as well.
    expect(await overdueOf(cast.referrer, urgent.id)).toBe(true);

    expect(await runThrice('2026-11-23T11:01:00.000Z')).toEqual({ acknowledgement: 1, interview: 0, reflection: 0 });
    expect(await inboxKindsFor(server, cmmCoordinator, urgent.id)).toEqual(['ACKNOWLEDGEMENT_OVERDUE', 'REFERRAL_URGENT']);
    // Not the caseworker without COORDINATOR, not the other authority, not the referrer.
    expect(await inboxKindsFor(server, cast.authority, urgent.id)).toEqual(['REFERRAL_URGENT']);
    expect(await inboxKindsFor(server, usCoordinator, urgent.id)).toEqual([]);
    expect(await inboxKindsFor(server, cast.referrer, urgent.id)).toEqual([]);
  });

  it('for HIGH and NORMAL pass at the end of the next working day', async () => {
    await at('2026-11-24T22:59:59.999Z');
    expect(await overdueOf(cmmCoordinator, normal.id)).toBe(false);
    expect(await runDeadlineJob('2026-11-24T22:59:59.999Z')).toEqual({ acknowledgement: 0, interview: 0, reflection: 0 });
    server.clock.set('2026-11-24T23:00:00.000Z');
    expect(await overdueOf(cmmCoordinator, normal.id)).toBe(true);
    expect(await overdueOf(cmmCoordinator, minor.id)).toBe(true);
    expect(await runThrice('2026-11-24T23:05:00.000Z')).toEqual({ acknowledgement: 2, interview: 0, reflection: 0 });
    for (const r of [normal, minor]) expect(await inboxKindsFor(server, cmmCoordinator, r.id)).toEqual(['ACKNOWLEDGEMENT_OVERDUE', 'REFERRAL_SUBMITTED']);
    // The urgent one is not told again.
    expect(await inboxKindsFor(server, cmmCoordinator, urgent.id)).toEqual(['ACKNOWLEDGEMENT_OVERDUE', 'REFERRAL_URGENT']);

  });
});

describe('the interview deadline', () => {
  it('is 5 days after receipt; missed, it notifies once; an interview scheduled ends it', async () => {
    await at('2026-11-25T08:00:00.000Z');
    const received = await act(server, cast.authority, 'ACKNOWLEDGE', urgent.id);
    expect(received).toMatchObject({ state: 'RECEIVED', overdue: false, acknowledgedAt: '2026-11-25T08:00:00.000Z', deadlines: { interviewBy: '2026-11-30T08:00:00.000Z' } });
    // The referring organisation is told it was received.
    expect(await inboxKindsFor(server, cast.referrer, urgent.id)).toEqual(['REFERRAL_RECEIVED']);

    await at('2026-11-30T08:00:01.000Z');
    expect(await overdueOf(cmmCoordinator, urgent.id)).toBe(true);
    expect((await runThrice('2026-11-30T08:01:00.000Z')).interview).toBe(1);
    // The caseworker who acknowledged has the case and is told; the coordinators only if it is
    // still overdue a day later (assignment.test.ts).
    expect(await inboxKindsFor(server, cast.authority, urgent.id)).toEqual(['INTERVIEW_OVERDUE', 'REFERRAL_URGENT']);
    expect(await inboxKindsFor(server, cmmCoordinator, urgent.id)).toEqual(['ACKNOWLEDGEMENT_OVERDUE', 'REFERRAL_URGENT']);

    // Scheduled after the deadline, it stays overdue until the interview has been held.
    const scheduled = await act(server, cast.authority, 'SCHEDULE_INTERVIEW', urgent.id, { at: '2026-11-30T13:00:00Z' });
    expect(scheduled).toMatchObject({ state: 'UNDER_ASSESSMENT', overdue: true, interviewAt: '2026-11-30T13:00:00.000Z' });
    expect((await runThrice('2026-11-30T09:00:00.000Z')).interview).toBe(0);
    await at('2026-11-30T13:00:01.000Z');
    expect(await overdueOf(cmmCoordinator, urgent.id)).toBe(false);
    expect((await listReferrals(server, cmmCoordinator, { filter: { overdue: true }, first: 50 })).edges.map((e) => e.node.id)).not.toContain(urgent.id);
  });
});

describe('the reflection period', () => {
  it('ending is told to the competent authority 7 days and 1 day before, once each, again after an extension', async () => {
    await at('2026-12-01T09:00:00.000Z');
    let r = await createReferral(server, cast.referrer);
    for (const [actor, action] of [
      [cast.referrer, 'SUBMIT'],
      [cast.authority, 'ACKNOWLEDGE'],
      [cast.authority, 'SCHEDULE_INTERVIEW'],
      [cast.assessor, 'RECORD_ASSESSMENT'],
    ] as const) {
      r = await act(server, actor, action, r.id);
    }
    r = await act(server, cast.authority, 'START_REFLECTION_PERIOD', r.id, { startsOn: '2026-12-01' });
    expect(r.reflectionPeriod).toEqual({ startsOn: '2026-12-01', endsOn: '2026-12-31', totalDays: 30 });
    const kinds = async (actor: TActor) => (await inboxKindsFor(server, actor, r.id)).filter((k) => k.startsWith('REFLECTION'));

    // 23 December is 8 days before: nothing yet.
    expect((await runDeadlineJob('2026-12-23T12:00:00.000Z')).reflection).toBe(0);
    expect(await kinds(cmmCoordinator)).toEqual([]);
    // 24 December (local date; 23:30 UTC on the 23rd is already the 24th in Copenhagen): 7 days before.
    expect((await runThrice('2026-12-23T23:30:00.000Z')).reflection).toBe(1);
    expect(await kinds(cmmCoordinator)).toEqual(['REFLECTION_PERIOD_ENDS_IN_7_DAYS']);
    // 30 December: 1 day before.
    expect((await runThrice('2026-12-30T08:00:00.000Z')).reflection).toBe(1);
    const both = ['REFLECTION_PERIOD_ENDS_IN_1_DAY', 'REFLECTION_PERIOD_ENDS_IN_7_DAYS'];
    expect(await kinds(cmmCoordinator)).toEqual(both);
    // The authority's caseworkers are told too; the referrer and the other authority are not.
    expect(await kinds(cast.authority)).toEqual(both);
    expect(await kinds(cast.referrer)).toEqual([]);
    expect(await kinds(usCoordinator)).toEqual([]);
    // On the last day nothing more.
    expect((await runDeadlineJob('2026-12-31T08:00:00.000Z')).reflection).toBe(0);

    // Extended by 10 days on 31 December: it now ends on 10 January, with notices of its own.
    await at('2026-12-31T08:30:00.000Z');
    r = await act(server, cast.authority, 'EXTEND_REFLECTION_PERIOD', r.id, { days: 10, reason: 'Needs more time' });
    expect(r.reflectionPeriod?.endsOn).toBe('2027-01-10');
    expect((await runDeadlineJob('2027-01-02T08:00:00.000Z')).reflection).toBe(0);
    expect((await runThrice('2027-01-03T08:00:00.000Z')).reflection).toBe(1);
    expect((await runThrice('2027-01-09T08:00:00.000Z')).reflection).toBe(1);
    expect(await kinds(cmmCoordinator)).toEqual([...both, ...both].sort());
  });
});

describe('the job', () => {
  it('can be called directly: it reports what it sent, and nothing the second time', async () => {
    await at('2027-02-01T09:00:00.000Z');
    const late = await act(server, cast.referrer, 'SUBMIT', (await createReferral(server, cast.referrer, { urgency: 'URGENT' })).id);
    const ctx = systemContext(server.deps, 'deadline-test');
    expect(await notifyDeadlines(ctx, new Date('2027-02-01T10:59:00.000Z'))).toEqual({ acknowledgement: 0, interview: 0, reflection: 0 });
    expect(await notifyDeadlines(ctx, new Date('2027-02-01T11:01:00.000Z'))).toEqual({ acknowledgement: 1, interview: 0, reflection: 0 });
    expect(await notifyDeadlines(ctx, new Date('2027-02-01T11:02:00.000Z'))).toEqual({ acknowledgement: 0, interview: 0, reflection: 0 });
    await at('2027-02-01T11:03:00.000Z');
    expect(await inboxKindsFor(server, cmmCoordinator, late.id)).toEqual(['ACKNOWLEDGEMENT_OVERDUE', 'REFERRAL_URGENT']);
  });

  it('is run by an ADMIN only', async () => {
    const res = await server.gql(RunJobDocument, { name: 'referral-deadlines', at: '2027-02-01T12:00:00Z' }, { token: cmmCoordinator.token });
    expect(errorOf(res).code).toBe('FORBIDDEN');
  });
});

describe('over a weekend', () => {
  it('a HIGH referral submitted on a Friday is due at the end of Monday, and not overdue on Saturday', async () => {
    // Friday 5 February 2027, 16:00 in Copenhagen.
    await at('2027-02-05T15:00:00.000Z');
    const friday = await act(server, cast.referrer, 'SUBMIT', (await createReferral(server, cast.referrer, { urgency: 'HIGH' })).id);
    expect(friday.deadlines.acknowledgeBy).toBe('2027-02-08T22:59:59.999Z');
    await at('2027-02-06T23:00:00.000Z');
    expect(await overdueOf(cmmCoordinator, friday.id)).toBe(false);
    await at('2027-02-08T23:00:00.000Z');
    expect(await overdueOf(cmmCoordinator, friday.id)).toBe(true);
  });
});

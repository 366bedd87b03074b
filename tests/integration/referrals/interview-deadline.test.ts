// The identification interview must be HELD within the deadline: scheduling it for a later date
// does not make the referral on time. The deadlines themselves are configurable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { moveClock, newActor } from '../../support/actors.js';
import { act, createReferral, getReferral, listReferrals, type TCast } from '../../support/referrals.js';

let server: TTestServer;
let cast: TCast;
beforeAll(async () => {
  // Three days for the interview, four hours for an urgent acknowledgement (not the defaults).
  server = await startTestServer({ start: '2026-11-23T09:00:00Z', env: { DEADLINE_INTERVIEW_DAYS: '3', DEADLINE_URGENT_ACKNOWLEDGE_HOURS: '4' } });
  cast = {
    referrer: await newActor(server, 'AT', ['CASEWORKER']),
    authority: await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']),
    assessor: await newActor(server, 'CMM', ['ASSESSOR']),
  };
});
afterAll(async () => {
  await server.close();
});

describe('interview deadline', () => {
  it('uses the configured deadlines', async () => {
    const referral = await createReferral(server, cast.referrer, { urgency: 'URGENT' });
    const submitted = await act(server, cast.referrer, 'SUBMIT', referral.id);
    expect(submitted.deadlines.acknowledgeBy).toBe('2026-11-23T13:00:00.000Z');
    const received = await act(server, cast.authority, 'ACKNOWLEDGE', referral.id);
    expect(received.deadlines.interviewBy).toBe('2026-11-26T09:00:00.000Z');
  });

  it('an interview scheduled after the deadline is overdue from the deadline until held, and is notified once', async () => {
    await moveClock(server, '2026-11-23T10:00:00Z', cast.referrer, cast.authority, cast.assessor);
    const late = await createReferral(server, cast.referrer);
    await act(server, cast.referrer, 'SUBMIT', late.id);
    await act(server, cast.authority, 'ACKNOWLEDGE', late.id);
    await act(server, cast.authority, 'SCHEDULE_INTERVIEW', late.id, { at: '2026-11-30T10:00:00Z' });
    const onTime = await createReferral(server, cast.referrer);
    await act(server, cast.referrer, 'SUBMIT', onTime.id);
    await act(server, cast.authority, 'ACKNOWLEDGE', onTime.id);
    await act(server, cast.authority, 'SCHEDULE_INTERVIEW', onTime.id, { at: '2026-11-25T10:00:00Z' });

    expect((await getReferral(server, cast.authority, late.id)).overdue).toBe(false);
    await moveClock(server, '2026-11-26T10:30:00Z', cast.referrer, cast.authority, cast.assessor);
    expect((await getReferral(server, cast.authority, late.id)).overdue).toBe(true);
    expect((await getReferral(server, cast.authority, onTime.id)).overdue).toBe(false);
    const overdue = await listReferrals(server, cast.authority, { filter: { overdue: true, state: 'UNDER_ASSESSMENT' } });
    expect(overdue.edges.map((e) => e.node.id)).toEqual([late.id]);

    const { notifyDeadlines } = await import('../../../server/modules/referrals/referrals.service.js');
    const { systemContext } = await import('../../../server/core/context.js');
    const first = await notifyDeadlines(systemContext(server.deps, 'test'), server.clock.now());
    const again = await notifyDeadlines(systemContext(server.deps, 'test'), server.clock.now());
    // The late-scheduled one, and the first test's referral that was never scheduled at all.
    expect(first.interview).toBe(2);
    const notices = server.deps.sqlite.prepare("select referral_id from deadline_notices where kind = 'INTERVIEW_OVERDUE'").all() as Array<{ referral_id: string }>;
    expect(notices.map((n) => n.referral_id)).toContain(late.id);
    expect(notices.map((n) => n.referral_id)).not.toContain(onTime.id);
    expect(again.interview).toBe(0);
  });
});

// Referral.allowedActions over HTTP: the server says which actions the viewer may take now (the
// one state table and who acts at each step), and every action it lists is accepted while the
// ones it leaves out are refused. A viewer without access to the referral never gets the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERRAL_ACTIONS, type TReferralAction } from '../../../server/modules/referrals/referral-state-machine.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { actRaw, createReferral, getReferral, getReferralRaw, listReferralsRaw, referralIn, type TCast } from '../../support/referrals.js';
import { errorOf } from '../../support/responses.js';

let server: TTestServer;
let cast: TCast;
let outsider: TActor;
let cmmAuditor: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  cast = {
    referrer: await newActor(server, 'AT', ['CASEWORKER']),
    authority: await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']),
    assessor: await newActor(server, 'CMM', ['ASSESSOR']),
  };
  outsider = await newActor(server, 'SKTST', ['CASEWORKER', 'COORDINATOR']);
  cmmAuditor = await newActor(server, 'CMM', ['AUDITOR']);
});
afterAll(async () => {
  await server.close();
});

async function allowed(actor: TActor, id: string): Promise<TReferralAction[]> {
  return (await getReferral(server, actor, id)).allowedActions;
}

describe('Referral.allowedActions', () => {
  it('follows the state and the party: referrer, receiving caseworker, assessor', async () => {
    const draft = await createReferral(server, cast.referrer);
    expect(await allowed(cast.referrer, draft.id)).toEqual(['UPDATE', 'SUBMIT', 'WITHDRAW']);

    const submitted = await referralIn(server, cast, 'SUBMITTED');
    // Issue 14: the referrer adds what it learns after submission, and withdraws until the assessment.
    expect(await allowed(cast.referrer, submitted.id)).toEqual(['WITHDRAW', 'ADD_ADDENDUM']);
    // CMM receives and, as the national centre, controls the person's data.
    expect(await allowed(cast.authority, submitted.id)).toEqual(['ACKNOWLEDGE', 'FORWARD', 'RECORD_REPRESENTATIVE', 'CORRECT_SUBJECT']);

    const underAssessment = await referralIn(server, cast, 'UNDER_ASSESSMENT');
    expect(await allowed(cast.referrer, underAssessment.id)).toEqual(['WITHDRAW', 'ADD_ADDENDUM']);
    expect(await allowed(cast.assessor, underAssessment.id)).toContain('RECORD_ASSESSMENT');
    expect(await allowed(cast.authority, underAssessment.id)).not.toContain('RECORD_ASSESSMENT');

    const inSupport = await referralIn(server, cast, 'IN_SUPPORT');
    expect(await allowed(cast.referrer, inSupport.id)).toEqual(['ADD_ADDENDUM']);
    expect(await allowed(cast.authority, inSupport.id)).toEqual(['EXTEND_REFLECTION_PERIOD', 'RECORD_REPRESENTATIVE', 'CLOSE', 'CORRECT_SUBJECT']);

    const closed = await referralIn(server, cast, 'CLOSED');
    for (const actor of [cast.referrer, cast.authority, cast.assessor]) expect(await allowed(actor, closed.id)).toEqual([]);
  });

  it('is what the server accepts: an action listed for a viewer is not refused, one left out is', async () => {
    const actors = [cast.referrer, cast.authority, cast.assessor];
    const sample = await referralIn(server, cast, 'RECEIVED');
    const listed = new Map<TActor, TReferralAction[]>();
    for (const actor of actors) listed.set(actor, await allowed(actor, sample.id));
    for (const action of REFERRAL_ACTIONS) {
      // A fresh referral per action: an accepted move changes the state the next try would meet.
      const { id } = await referralIn(server, cast, 'RECEIVED');
      const refused = async (actor: TActor) => {
        const code = (await actRaw(server, actor, action, id, {})).body.errors?.[0]?.extensions?.code;
        return code === 'FORBIDDEN' || code === 'INVALID_TRANSITION';
      };
      const may = actors.filter((a) => listed.get(a)!.includes(action));
      for (const actor of actors.filter((a) => !may.includes(a))) expect({ action, who: actor.user.email, refused: await refused(actor) }).toEqual({ action, who: actor.user.email, refused: true });
      if (may[0]) expect({ action, refused: await refused(may[0]) }).toEqual({ action, refused: false });
    }
  });

  it('never reaches a viewer without access: not by id, not in a list', async () => {
    const submitted = await referralIn(server, cast, 'SUBMITTED');
    for (const actor of [outsider, cmmAuditor]) {
      const res = await getReferralRaw(server, actor, submitted.id);
      expect(res.body.data?.referral ?? null).toBeNull();
      expect(errorOf(res).code).toMatch(/NOT_FOUND|FORBIDDEN/);
    }
    const list = await listReferralsRaw(server, outsider, {});
    expect(list.body.errors).toBeUndefined();
    expect(JSON.stringify(list.body.data)).not.toContain(submitted.id);
  });
});

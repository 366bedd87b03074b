// The state machine over HTTP. Every move in the table works and leaves an event in the timeline
// (who, which organisation, when, note); every move not in the table, generated from TRANSITIONS,
// is INVALID_TRANSITION naming the state and the action, and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERRAL_ACTIONS, REFERRAL_STATES, TRANSITIONS, type TReferralState } from '../../../server/modules/referrals/referral-state-machine.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, signInAgain, type TActor } from '../../support/actors.js';
import { act, actRaw, createReferral, getReferral, getReferralRaw, referralIn, type TCast, type TReferral } from '../../support/referrals.js';
import { errorOf } from '../../support/responses.js';

let server: TTestServer;
let cast: TCast;
/** A colleague at the referring organisation with every casework role: the only one who sees a draft and may call every mutation. */
let referrerAllRoles: TActor;
let usCaseworker: TActor;
let usAssessor: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  cast = {
    referrer: await newActor(server, 'AT', ['CASEWORKER']),
    authority: await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']),
    assessor: await newActor(server, 'CMM', ['ASSESSOR']),
  };
  referrerAllRoles = await newActor(server, 'AT', ['CASEWORKER', 'COORDINATOR', 'ASSESSOR']);
  usCaseworker = await newActor(server, 'US', ['CASEWORKER', 'COORDINATOR']);
  usAssessor = await newActor(server, 'US', ['ASSESSOR']);
});
afterAll(async () => {
  await server.close();
});

describe('the moves of the state table', () => {
  it('each works for its party and is an event in the timeline: who, which organisation, when, note', async () => {
    const minute = 60 * 1000;
    const step = async (actor: TActor, action: Parameters<typeof act>[2], id: string, variables: Record<string, unknown> = {}) => {
      server.clock.advance(minute);
      return act(server, actor, action, id, variables);
    };
    // A minor (estimated 16) who is unlawfully resident: the route touches every action once.
    let r = await createReferral(server, cast.referrer, { subject: { dateOfBirth: null, estimatedAge: 16, residenceStatus: 'UNKNOWN' } });
    const createdAt = server.clock.now().toISOString();
    expect(r).toMatchObject({ state: 'DRAFT', version: 1, minor: true, urgency: 'HIGH' });
    r = await step(cast.referrer, 'UPDATE', r.id, { version: 1, input: { subject: { residenceStatus: 'UNLAWFUL' } } });
    expect(r).toMatchObject({ state: 'DRAFT', version: 2, subject: { residenceStatus: 'UNLAWFUL' } });
    r = await step(cast.referrer, 'SUBMIT', r.id);
    expect(r).toMatchObject({ state: 'SUBMITTED', version: 3, receivingOrganisation: { code: 'US' }, competentAuthority: { code: 'US' } });
    r = await step(usCaseworker, 'FORWARD', r.id, { to: 'CMM', reason: 'Lawful residence after all' });
    // US handed it over: the answer confirms the forward without the personal data US no longer may see.
    expect(r).toMatchObject({ state: 'SUBMITTED', receivingOrganisation: { code: 'CMM' }, competentAuthority: { code: 'CMM' }, access: { level: 'SUMMARY' } });
    expect(r.subject.identity).toBeNull();
    expect(r.narrative).toBeNull();
    expect((await getReferralRaw(server, usCaseworker, r.id)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    r = await step(cast.authority, 'ACKNOWLEDGE', r.id);
    expect(r.state).toBe('RECEIVED');
    r = await step(cast.authority, 'FORWARD', r.id, { to: 'US', reason: 'Asylum case opened: US is competent' });
    expect(r).toMatchObject({ state: 'SUBMITTED', receivingOrganisation: { code: 'US' }, acknowledgedAt: null });
    await signInAgain(server, usCaseworker, usAssessor, cast.referrer, cast.authority);
    r = await step(usCaseworker, 'ACKNOWLEDGE', r.id);
    r = await step(usCaseworker, 'RECORD_REPRESENTATIVE', r.id, { name: 'Hanne Jensen', appointedBy: 'Udlændingestyrelsen' });
    expect(r).toMatchObject({ state: 'RECEIVED', representative: { name: 'Hanne Jensen', appointedBy: 'Udlændingestyrelsen' } });
    r = await step(usCaseworker, 'SCHEDULE_INTERVIEW', r.id, { at: new Date(server.clock.now().getTime() + 3 * 3600 * 1000).toISOString() });
    expect(r.state).toBe('UNDER_ASSESSMENT');
    r = await step(usAssessor, 'RECORD_ASSESSMENT', r.id);
    expect(r).toMatchObject({ state: 'ASSESSED', assessment: { decision: 'TRAFFICKED', authority: { code: 'US' } } });
    r = await step(usCaseworker, 'START_REFLECTION_PERIOD', r.id);
    expect(r).toMatchObject({ state: 'IN_SUPPORT', reflectionPeriod: { totalDays: 30 } });
    r = await step(usCaseworker, 'EXTEND_REFLECTION_PERIOD', r.id, { days: 20, reason: 'Still recovering' });
    expect(r.reflectionPeriod?.totalDays).toBe(50);
    r = await step(usCaseworker, 'CLOSE', r.id, { outcome: 'REMAINED_IN_DENMARK', note: 'Granted residence' });
    expect(r).toMatchObject({ state: 'CLOSED', outcome: 'REMAINED_IN_DENMARK', version: 13 });

    const timeline = (await getReferral(server, usCaseworker, r.id)).timeline;
    expect(timeline.map((e) => [e.action, e.fromState, e.toState, e.organisation?.code, e.note])).toEqual([
      ['CREATE', null, 'DRAFT', 'AT', null],
      ['UPDATE', 'DRAFT', 'DRAFT', 'AT', null],
      ['SUBMIT', 'DRAFT', 'SUBMITTED', 'AT', null],
      ['FORWARD', 'SUBMITTED', 'SUBMITTED', 'US', 'Lawful residence after all'],
      ['ACKNOWLEDGE', 'SUBMITTED', 'RECEIVED', 'CMM', null],
      ['FORWARD', 'RECEIVED', 'SUBMITTED', 'CMM', 'Asylum case opened: US is competent'],
      ['ACKNOWLEDGE', 'SUBMITTED', 'RECEIVED', 'US', null],
      ['RECORD_REPRESENTATIVE', 'RECEIVED', 'RECEIVED', 'US', null],
      ['SCHEDULE_INTERVIEW', 'RECEIVED', 'UNDER_ASSESSMENT', 'US', null],
      ['RECORD_ASSESSMENT', 'UNDER_ASSESSMENT', 'ASSESSED', 'US', null],
      ['START_REFLECTION_PERIOD', 'ASSESSED', 'IN_SUPPORT', 'US', null],
      ['EXTEND_REFLECTION_PERIOD', 'IN_SUPPORT', 'IN_SUPPORT', 'US', 'Still recovering'],
      ['CLOSE', 'IN_SUPPORT', 'CLOSED', 'US', 'Granted residence'],
    ]);
    // When: each move at the clock's time, one minute apart.
    expect(timeline.map((e) => e.at)).toEqual(timeline.map((_, i) => new Date(new Date(createdAt).getTime() + i * minute).toISOString()));
    // Who: the actor's name is shown to the actor's own organisation only.
    expect(timeline.map((e) => e.actorName !== null)).toEqual(timeline.map((e) => e.organisation?.code === 'US'));
    expect(timeline.filter((e) => e.actorName !== null).every((e) => e.actorName === 'Test User')).toBe(true);
    await signInAgain(server, cast.referrer, cast.authority, cast.assessor, referrerAllRoles, usCaseworker, usAssessor);
  });

  it('withdraws from DRAFT and from SUBMITTED, with the reason as the note', async () => {
    const draft = await createReferral(server, cast.referrer);
    const fromDraft = await act(server, cast.referrer, 'WITHDRAW', draft.id, { reason: 'Duplicate of another referral' });
    expect(fromDraft.state).toBe('WITHDRAWN');
    expect(fromDraft.timeline.at(-1)).toMatchObject({ action: 'WITHDRAW', fromState: 'DRAFT', toState: 'WITHDRAWN', note: 'Duplicate of another referral', organisation: { code: 'AT' } });

    const submitted = await referralIn(server, cast, 'SUBMITTED');
    const fromSubmitted = await act(server, cast.referrer, 'WITHDRAW', submitted.id, { reason: 'The person was found to be Danish' });
    expect(fromSubmitted.timeline.at(-1)).toMatchObject({ fromState: 'SUBMITTED', toState: 'WITHDRAWN' });
  });
});

// Every state, including WITHDRAWN reached from DRAFT (no authority yet) and from SUBMITTED.
type TCase = { label: string; state: TReferralState; build: () => Promise<TReferral> };
const CASES: TCase[] = [
  ...REFERRAL_STATES.map((state): TCase => ({ label: state, state, build: () => referralIn(server, cast, state) })),
  {
    label: 'WITHDRAWN from DRAFT',
    state: 'WITHDRAWN',
    build: async () => act(server, cast.referrer, 'WITHDRAW', (await createReferral(server, cast.referrer)).id),
  },
];

describe('every move not in the table', () => {
  it.each(CASES)('in $label is INVALID_TRANSITION naming the state and the action, and changes nothing', async ({ state, build }) => {
    const referral = await build();
    const refused = REFERRAL_ACTIONS.filter((action) => !TRANSITIONS[action].from.includes(state));
    expect(refused.length).toBeGreaterThan(0);
    // The actor is the party who would make the move; before submission there is no authority,
    // so a colleague at the referring organisation (who sees the draft) tries.
    const noAuthority = referral.receivingOrganisation === null;
    for (const action of refused) {
      const actor = noAuthority
        ? referrerAllRoles
        : action === 'RECORD_ASSESSMENT'
          ? cast.assessor
          : ['UPDATE', 'SUBMIT', 'WITHDRAW'].includes(action)
            ? cast.referrer
            : cast.authority;
      const res = await actRaw(server, actor, action, referral.id, action === 'UPDATE' ? { version: referral.version } : {});
      expect(res.body.data ?? null, action).toBeNull();
      expect(errorOf(res), `${state} × ${action}`).toEqual({ code: 'INVALID_TRANSITION', state, action });
      expect(res.body.errors?.[0]?.message).toContain(state);
    }
    const after = await getReferral(server, cast.referrer, referral.id);
    expect(after).toMatchObject({ version: referral.version, state, timeline: referral.timeline.map((e) => ({ action: e.action })) });
  });

  it('refuses a second assessment as INVALID_TRANSITION even for the competent assessor', async () => {
    const assessed = await referralIn(server, cast, 'ASSESSED');
    expect(errorOf(await actRaw(server, cast.assessor, 'RECORD_ASSESSMENT', assessed.id))).toEqual({ code: 'INVALID_TRANSITION', state: 'ASSESSED', action: 'RECORD_ASSESSMENT' });
  });
});

describe('a move the state allows, by someone who may not make it', () => {
  it('is FORBIDDEN for a party that sees the referral, and NOT_FOUND for one that does not', async () => {
    const submitted = await referralIn(server, cast, 'SUBMITTED');
    // The referrer sees it but is not the receiving authority.
    expect(errorOf(await actRaw(server, cast.referrer, 'ACKNOWLEDGE', submitted.id)).code).toBe('FORBIDDEN');
    // The authority sees it but did not refer it.
    expect(errorOf(await actRaw(server, cast.authority, 'WITHDRAW', submitted.id)).code).toBe('FORBIDDEN');
    // US neither receives nor sees it.
    expect(errorOf(await actRaw(server, usCaseworker, 'ACKNOWLEDGE', submitted.id)).code).toBe('NOT_FOUND');
    expect((await getReferral(server, cast.referrer, submitted.id)).version).toBe(submitted.version);
  });
});

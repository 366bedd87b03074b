// Journey 3, the referral side, end to end over HTTP: NSK meets victims of an organised network
// in a raid and refers them. An asylum seeker goes straight to Udlændingestyrelsen (US), which
// acknowledges, interviews, assesses, supports and closes; a person of unknown residence goes to
// CMM's intake, which forwards the case to US. NSK follows the progress of its referrals, never
// the grounds, support or outcome; other police districts see nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { moveClock, newActor, type TActor } from '../../support/actors.js';
import { act, actRaw, createReferral, getReferral, getReferralRaw, inboxKindsFor, listReferrals, type TReferral } from '../../support/referrals.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { ReferralsInFullDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
let nsk: TActor;
let nskCoordinator: TActor;
let us: TActor;
let usAssessor: TActor;
let cmm: TActor;
let kbhpol: TActor;
const everyone = () => [nsk, nskCoordinator, us, usAssessor, cmm, kbhpol];

beforeAll(async () => {
  // Wednesday 2 December 2026, 06:00 in Copenhagen: the morning of the raid.
  server = await startTestServer({ start: '2026-12-02T05:00:00Z' });
  nsk = await newActor(server, 'NSK', ['CASEWORKER', 'INVESTIGATOR']);
  nskCoordinator = await newActor(server, 'NSK', ['COORDINATOR']);
  us = await newActor(server, 'US', ['CASEWORKER']);
  usAssessor = await newActor(server, 'US', ['CASEWORKER', 'ASSESSOR']);
  cmm = await newActor(server, 'CMM', ['COORDINATOR', 'CASEWORKER']);
  kbhpol = await newActor(server, 'KBHPOL', ['COORDINATOR', 'CASEWORKER']);
});
afterAll(async () => {
  await server.close();
});

const RAID = {
  suspectedExploitation: ['SEXUAL', 'CRIMINAL_ACTIVITY'],
  sector: 'MASSAGE_CLINIC',
  region: 'HOVEDSTADEN',
  location: 'Massage clinic, Amagerbrogade',
  indicators: ['No access to own passport', 'Sleeps at the clinic', 'Debt to the network'],
  urgency: 'URGENT',
};

describe('journey 3: NSK refers victims of an organised network', () => {
  let asylum: TReferral;
  let unknown: TReferral;

  it('NSK refers an asylum seeker and a person of unknown residence from the raid', async () => {
    asylum = await createReferral(server, nsk, {
      ...RAID,
      subject: { name: 'Joy Okafor', dateOfBirth: '2001-06-11', gender: 'FEMALE', nationality: 'ng', languages: ['en'], residenceStatus: 'ASYLUM_SEEKER', whereabouts: 'Asylum centre Sandholm' },
      narrative: 'Met in the raid; says she was brought via Italy and owes the network EUR 40 000.',
    });
    unknown = await createReferral(server, nsk, {
      ...RAID,
      urgency: 'HIGH',
      subject: { name: 'Blessing Eze', dateOfBirth: null, estimatedAge: 24, gender: 'FEMALE', nationality: 'NG', languages: ['en'], residenceStatus: 'UNKNOWN' },
      narrative: 'Met in the same raid; has no papers.',
    });
    for (const r of [asylum, unknown]) expect(r).toMatchObject({ state: 'DRAFT', referringOrganisation: { code: 'NSK' }, reference: expect.stringMatching(/^HEN-2026-\d{6}$/) });

    asylum = await act(server, nsk, 'SUBMIT', asylum.id);
    unknown = await act(server, nsk, 'SUBMIT', unknown.id);
    expect(asylum).toMatchObject({
      state: 'SUBMITTED',
      urgency: 'URGENT',
      receivingOrganisation: { code: 'US' },
      competentAuthority: { code: 'US' },
      deadlines: { acknowledgeBy: '2026-12-02T07:00:00.000Z' },
    });
    expect(unknown).toMatchObject({ state: 'SUBMITTED', receivingOrganisation: { code: 'CMM' }, competentAuthority: { code: 'CMM' } });
    expect(await inboxKindsFor(server, us, asylum.id)).toEqual(['REFERRAL_URGENT']);
    expect(await inboxKindsFor(server, cmm, unknown.id)).toEqual(['REFERRAL_SUBMITTED']);
    // CMM, the national centre and contact for every victim, sees the asylum seeker's referral too,
    // but only the competent authority is told of it.
    expect((await getReferral(server, cmm, asylum.id)).access.level).toBe('FULL');
    expect(await inboxKindsFor(server, cmm, asylum.id)).toEqual([]);
    // Another police district sees neither.
    for (const r of [asylum, unknown]) expect(errorOf(await getReferralRaw(server, kbhpol, r.id)).code).toBe('NOT_FOUND');
  });

  it('US acknowledges within the two hours and interviews; CMM forwards the other case to US', async () => {
    await moveClock(server, '2026-12-02T06:30:00Z', ...everyone());
    asylum = await act(server, us, 'ACKNOWLEDGE', asylum.id);
    expect(asylum).toMatchObject({ state: 'RECEIVED', overdue: false, deadlines: { interviewBy: '2026-12-07T06:30:00.000Z' } });
    asylum = await act(server, us, 'SCHEDULE_INTERVIEW', asylum.id, { at: '2026-12-03T09:00:00Z' });
    expect(asylum.state).toBe('UNDER_ASSESSMENT');

    unknown = await act(server, cmm, 'ACKNOWLEDGE', unknown.id);
    unknown = await act(server, cmm, 'FORWARD', unknown.id, { to: 'US', reason: 'She applied for asylum at Sandholm on 1 December' });
    expect(unknown).toMatchObject({ state: 'SUBMITTED', receivingOrganisation: { code: 'US' }, competentAuthority: { code: 'US' } });
    expect(await inboxKindsFor(server, us, unknown.id)).toEqual(['REFERRAL_FORWARDED_TO_YOU']);
    unknown = await act(server, us, 'ACKNOWLEDGE', unknown.id);
    unknown = await act(server, us, 'SCHEDULE_INTERVIEW', unknown.id, { at: '2026-12-03T13:00:00Z' });
  });

  it('a US assessor assesses both; a case once assessed can no longer be forwarded', async () => {
    await moveClock(server, '2026-12-03T15:00:00Z', ...everyone());
    // A US caseworker without ASSESSOR cannot.
    const grounds = 'Consistent account of recruitment, transport and debt bondage; indicators confirmed.';
    expect(
      errorOf(await actRaw(server, us, 'RECORD_ASSESSMENT', asylum.id, { input: { decision: 'TRAFFICKED', primaryExploitation: 'SEXUAL', grounds, assessedOn: '2026-12-03' } })).code,
    ).toBe('FORBIDDEN');
    asylum = await act(server, usAssessor, 'RECORD_ASSESSMENT', asylum.id, { input: { decision: 'TRAFFICKED', primaryExploitation: 'SEXUAL', grounds, assessedOn: '2026-12-03' } });
    expect(asylum.assessment).toEqual({ decision: 'TRAFFICKED', primaryExploitation: 'SEXUAL', grounds, assessedOn: '2026-12-03', authority: { code: 'US' } });
    unknown = await act(server, usAssessor, 'RECORD_ASSESSMENT', unknown.id, {
      input: { decision: 'NOT_TRAFFICKED', primaryExploitation: 'SEXUAL', grounds: 'Works independently; no indications of coercion.', assessedOn: '2026-12-03' },
    });
    expect(errorOf(await actRaw(server, us, 'FORWARD', asylum.id, { to: 'CMM' }))).toEqual({ code: 'INVALID_TRANSITION', state: 'ASSESSED', action: 'FORWARD' });
  });

  it('US supports and closes; NSK follows the states of both referrals without grounds, support or outcome', async () => {
    asylum = await act(server, us, 'START_REFLECTION_PERIOD', asylum.id, { startsOn: '2026-12-04' });
    expect(asylum.reflectionPeriod).toEqual({ startsOn: '2026-12-04', endsOn: '2027-01-03', totalDays: 30 });
    asylum = await act(server, us, 'CLOSE', asylum.id, { outcome: 'DUBLIN_TRANSFER', note: 'Transferred to Italy under Dublin III' });
    unknown = await act(server, us, 'CLOSE', unknown.id, { outcome: 'NOT_TRAFFICKED' });

    const mine = dataOf(await server.as(nsk)(ReferralsInFullDocument, { filter: { referringOrganisationCode: 'NSK' } }), 'referrals');
    expect(mine.totalCount).toBe(2);
    for (const { node } of mine.edges) {
      expect(node).toMatchObject({ state: 'CLOSED', competentAuthority: { code: 'US' }, reflectionPeriod: null, outcome: null, access: { level: 'FULL' } });
      expect(node.assessment?.grounds).toBeNull();
      // NSK sees what it sent, identity included.
      expect(node.subject.identity?.name).toMatch(/Joy Okafor|Blessing Eze/);
    }
    const seen = await getReferral(server, nskCoordinator, asylum.id);
    expect(seen.timeline.map((e) => [e.action, e.organisation?.code, e.note])).toEqual([
      ['CREATE', 'NSK', null],
      ['SUBMIT', 'NSK', null],
      ['ACKNOWLEDGE', 'US', null],
      ['SCHEDULE_INTERVIEW', 'US', null],
      ['RECORD_ASSESSMENT', 'US', null],
      ['START_REFLECTION_PERIOD', 'US', null],
      ['CLOSE', 'US', null],
    ]);
    // US sees it all, the closing note included.
    expect((await getReferral(server, us, asylum.id)).timeline.at(-1)).toMatchObject({ action: 'CLOSE', note: 'Transferred to Italy under Dublin III' });
    expect((await getReferral(server, us, asylum.id)).outcome).toBe('DUBLIN_TRANSFER');

    // NSK (the investigator who referred and the unit's coordinator) was told of each step.
    for (const actor of [nsk, nskCoordinator]) {
      expect(await inboxKindsFor(server, actor, asylum.id)).toEqual(['REFERRAL_ASSESSED', 'REFERRAL_CLOSED', 'REFERRAL_RECEIVED']);
      expect(await inboxKindsFor(server, actor, unknown.id)).toEqual(['REFERRAL_ASSESSED', 'REFERRAL_CLOSED', 'REFERRAL_FORWARDED', 'REFERRAL_RECEIVED', 'REFERRAL_RECEIVED']);
    }
    // Still nothing for another police district, in a search either.
    expect((await listReferrals(server, kbhpol, { filter: { referringOrganisationCode: 'NSK' } })).totalCount).toBe(0);
  });
});

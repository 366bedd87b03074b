// Journey 2 of PRODUCT.md end to end: a labour inspector refers a forced-labour suspicion; CMM
// acknowledges, interviews, assesses and supports; the inspector follows progress only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { AcknowledgeReferralDocument, CloseReferralDocument, CreateReferralDocument, ExtendReflectionPeriodDocument, NotificationsDocument, RecordAssessmentDocument, ReferralDocument, ScheduleIdentificationInterviewDocument, StartReflectionPeriodDocument, SubmitReferralDocument } from '../../gql/generated/graphql.js';
import { dataOf } from '../../support/responses.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
});
afterAll(async () => {
  await server.close();
});

describe('journey 2: a labour inspector refers a forced-labour suspicion', () => {
  it('flows from draft to closure with the inspector seeing progress only', async () => {
    const inspector = await buildSignedInUser(server, { organisationCode: 'AT', roles: ['CASEWORKER'] });
    const cmm = await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['CASEWORKER', 'COORDINATOR'] });
    const assessor = await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['ASSESSOR'] });
    const police = await buildSignedInUser(server, { organisationCode: 'KBHPOL', roles: ['CASEWORKER'] });

    const created = await server.as(inspector)(CreateReferralDocument, {
      input: {
        subject: { name: 'Ion Popescu', dateOfBirth: '1990-04-02', gender: 'MALE', nationality: 'ro', languages: ['ro'], residenceStatus: 'LAWFUL', whereabouts: 'Barrack at the site' },
        suspectedExploitation: ['FORCED_LABOUR'],
        sector: 'CONSTRUCTION',
        region: 'SYDDANMARK',
        location: 'Construction site, Vejle',
        indicators: ['Passport held by employer', 'Debt to recruiter'],
        narrative: 'Workers sleep on site and are paid far below the agreement.',
        urgency: 'NORMAL',
      },
    });
    const referral = dataOf(created, 'createReferral');
    expect(referral.reference).toMatch(/^HEN-2026-\d{6}$/);
    expect(referral.state).toBe('DRAFT');
    expect(referral.subject).toMatchObject({ nationality: 'RO', ageBand: '35-44', identity: { name: 'Ion Popescu' } });

    const id = referral.id;

    // Before submission CMM cannot see the draft.
    expect(errorCode(await server.as(cmm)(ReferralDocument, { id }))).toBe('NOT_FOUND');

    const submitted = await server.as(inspector)(SubmitReferralDocument, { id });
    expect(submitted.body.data?.submitReferral).toMatchObject({ state: 'SUBMITTED', receivingOrganisation: { code: 'CMM' }, deadlines: { acknowledgeBy: '2026-11-24T22:59:59.999Z' } });

    const inbox = dataOf(await server.as(cmm)(NotificationsDocument), 'notifications');
    expect(inbox.map(({ kind, link }) => ({ kind, link }))).toContainEqual({ kind: 'REFERRAL_SUBMITTED', link: `/referrals/${id}` });

    // The police district has no access without a grant.
    expect(errorCode(await server.as(police)(ReferralDocument, { id }))).toBe('NOT_FOUND');
    // The inspector may not acknowledge its own referral.
    expect(errorCode(await server.as(inspector)(AcknowledgeReferralDocument, { id }))).toBe('FORBIDDEN');

    server.clock.advance(10 * 60 * 1000);
    expect((await server.as(cmm)(AcknowledgeReferralDocument, { id })).body.data?.acknowledgeReferral.state).toBe('RECEIVED');
    expect((await server.as(cmm)(ScheduleIdentificationInterviewDocument, { id, at: '2026-11-25T10:00:00Z' })).body.data?.scheduleIdentificationInterview.state).toBe('UNDER_ASSESSMENT');
    // A caseworker without ASSESSOR may not assess.
    const assessment = { decision: 'TRAFFICKED', primaryExploitation: 'FORCED_LABOUR', grounds: 'Indicators of forced labour confirmed at interview.', assessedOn: '2026-11-23' } as const;
    expect(errorCode(await server.as(cmm)(RecordAssessmentDocument, { id, input: assessment }))).toBe('FORBIDDEN');
    const assessed = await server.as(assessor)(RecordAssessmentDocument, { id, input: assessment });
    expect(assessed.body.data?.recordAssessment).toMatchObject({ state: 'ASSESSED', assessment: { decision: 'TRAFFICKED', grounds: assessment.grounds, authority: { code: 'CMM' } } });
    // A second assessment is refused.
    expect(errorCode(await server.as(assessor)(RecordAssessmentDocument, { id, input: assessment }))).toBe('INVALID_TRANSITION');

    const support = await server.as(cmm)(StartReflectionPeriodDocument, { id, startsOn: '2026-11-24' });
    expect(support.body.data?.startReflectionPeriod).toMatchObject({ state: 'IN_SUPPORT', reflectionPeriod: { startsOn: '2026-11-24', endsOn: '2026-12-24', totalDays: 30 } });
    const tooLong = await server.as(cmm)(ExtendReflectionPeriodDocument, { id, days: 91, reason: 'Needs more time' });
    expect(tooLong.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    const extended = await server.as(cmm)(ExtendReflectionPeriodDocument, { id, days: 90, reason: 'Needs more time' });
    expect(extended.body.data?.extendReflectionPeriod.reflectionPeriod).toMatchObject({ endsOn: '2027-03-24', totalDays: 120 });
    const closed = await server.as(cmm)(CloseReferralDocument, { id, outcome: 'PREPARED_RETURN', note: 'Returned with support' });
    expect(closed.body.data?.closeReferral).toMatchObject({ state: 'CLOSED', outcome: 'PREPARED_RETURN' });

    // The inspector sees progress and what it sent, never the grounds, support or outcome.
    const seen = await server.as(inspector)(ReferralDocument, { id });
    expect(seen.body.data?.referral).toMatchObject({
      state: 'CLOSED',
      narrative: 'Workers sleep on site and are paid far below the agreement.',
      assessment: { decision: 'TRAFFICKED', grounds: null },
      reflectionPeriod: null,
      outcome: null,
      access: { level: 'FULL' },
    });
    const notes = dataOf(seen, 'referral').timeline.map((e) => [e.action, e.note]);
    expect(notes).toEqual([
      ['CREATE', null],
      ['SUBMIT', null],
      ['ACKNOWLEDGE', null],
      ['SCHEDULE_INTERVIEW', null],
      ['RECORD_ASSESSMENT', null],
      ['START_REFLECTION_PERIOD', null],
      ['EXTEND_REFLECTION_PERIOD', null],
      ['CLOSE', null],
    ]);
    const told = dataOf(await server.as(inspector)(NotificationsDocument), 'notifications');
    expect(told.map((n) => n.kind).sort()).toEqual(['REFERRAL_ASSESSED', 'REFERRAL_CLOSED', 'REFERRAL_RECEIVED']);
  });
});

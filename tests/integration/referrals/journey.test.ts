// Journey 2 of PRODUCT.md end to end: a labour inspector refers a forced-labour suspicion; CMM
// acknowledges, interviews, assesses and supports; the inspector follows progress only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { NotificationsDocument } from '../../gql/generated/graphql.js';
import { dataOf } from '../../support/responses.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
});
afterAll(async () => {
  await server.close();
});

const FIELDS = `id version reference state urgency minor overdue
  referringOrganisation { code } receivingOrganisation { code } competentAuthority { code }
  deadlines { acknowledgeBy interviewBy }
  subject { id pseudonym gender nationality ageBand identity { name dateOfBirth } contact whereabouts }
  narrative indicators location
  assessment { decision primaryExploitation grounds assessedOn authority { code } }
  reflectionPeriod { startsOn endsOn totalDays } outcome
  timeline { action fromState toState organisation { code } note }
  access { level reason }`;

describe('journey 2: a labour inspector refers a forced-labour suspicion', () => {
  it('flows from draft to closure with the inspector seeing progress only', async () => {
    const inspector = await buildSignedInUser(server, { organisationCode: 'AT', roles: ['CASEWORKER'] });
    const cmm = await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['CASEWORKER', 'COORDINATOR'] });
    const assessor = await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['ASSESSOR'] });
    const police = await buildSignedInUser(server, { organisationCode: 'KBHPOL', roles: ['CASEWORKER'] });

    const created = await server.gql<{ createReferral: Record<string, unknown> & { id: string; version: number; reference: string } }>(
      `mutation($input: CreateReferralInput!) { createReferral(input: $input) { ${FIELDS} } }`,
      {
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
      },
      { token: inspector.token },
    );
    expect(created.body.errors).toBeUndefined();
    const referral = created.body.data!.createReferral;
    expect(referral.reference).toMatch(/^HEN-2026-\d{6}$/);
    expect(referral.state).toBe('DRAFT');
    expect(referral.subject).toMatchObject({ nationality: 'RO', ageBand: '35-44', identity: { name: 'Ion Popescu' } });

    const id = referral.id;
    const call = (token: string, mutation: string, variables: Record<string, unknown> = {}) =>
      server.gql<Record<string, { state: string } & Record<string, unknown>>>(mutation, { id, ...variables }, { token });

    // Before submission CMM cannot see the draft.
    expect(errorCode(await server.gql(`query($id: ID!) { referral(id: $id) { id } }`, { id }, { token: cmm.token }))).toBe('NOT_FOUND');

    const submitted = await call(inspector.token, `mutation($id: ID!) { submitReferral(id: $id) { state receivingOrganisation { code } deadlines { acknowledgeBy } } }`);
    expect(submitted.body.data?.submitReferral).toEqual({ state: 'SUBMITTED', receivingOrganisation: { code: 'CMM' }, deadlines: { acknowledgeBy: '2026-11-24T22:59:59.999Z' } });

    const inbox = dataOf(await server.as(cmm)(NotificationsDocument), 'notifications');
    expect(inbox.map(({ kind, link }) => ({ kind, link }))).toContainEqual({ kind: 'REFERRAL_SUBMITTED', link: `/referrals/${id}` });

    // The police district has no access without a grant.
    expect(errorCode(await server.gql(`query($id: ID!) { referral(id: $id) { id } }`, { id }, { token: police.token }))).toBe('NOT_FOUND');
    // The inspector may not acknowledge its own referral.
    expect(errorCode(await call(inspector.token, `mutation($id: ID!) { acknowledgeReferral(id: $id) { state } }`))).toBe('FORBIDDEN');

    server.clock.advance(10 * 60 * 1000);
    expect((await call(cmm.token, `mutation($id: ID!) { acknowledgeReferral(id: $id) { state } }`)).body.data?.acknowledgeReferral?.state).toBe('RECEIVED');
    expect(
      (await call(cmm.token, `mutation($id: ID!, $at: DateTime!) { scheduleIdentificationInterview(id: $id, at: $at) { state } }`, { at: '2026-11-25T10:00:00Z' })).body.data
        ?.scheduleIdentificationInterview?.state,
    ).toBe('UNDER_ASSESSMENT');
    // A caseworker without ASSESSOR may not assess.
    const assessment = { decision: 'TRAFFICKED', primaryExploitation: 'FORCED_LABOUR', grounds: 'Indicators of forced labour confirmed at interview.', assessedOn: '2026-11-23' };
    expect(errorCode(await call(cmm.token, `mutation($id: ID!, $input: AssessmentInput!) { recordAssessment(id: $id, input: $input) { state } }`, { input: assessment }))).toBe('FORBIDDEN');
    const assessed = await call(assessor.token, `mutation($id: ID!, $input: AssessmentInput!) { recordAssessment(id: $id, input: $input) { state assessment { decision grounds authority { code } } } }`, { input: assessment });
    expect(assessed.body.data?.recordAssessment).toEqual({ state: 'ASSESSED', assessment: { decision: 'TRAFFICKED', grounds: assessment.grounds, authority: { code: 'CMM' } } });
    // A second assessment is refused.
    expect(errorCode(await call(assessor.token, `mutation($id: ID!, $input: AssessmentInput!) { recordAssessment(id: $id, input: $input) { state } }`, { input: assessment }))).toBe('INVALID_TRANSITION');

    const support = await call(cmm.token, `mutation($id: ID!) { startReflectionPeriod(id: $id, startsOn: "2026-11-24") { state reflectionPeriod { startsOn endsOn totalDays } } }`);
    expect(support.body.data?.startReflectionPeriod).toEqual({ state: 'IN_SUPPORT', reflectionPeriod: { startsOn: '2026-11-24', endsOn: '2026-12-24', totalDays: 30 } });
    const tooLong = await call(cmm.token, `mutation($id: ID!) { extendReflectionPeriod(id: $id, days: 91, reason: "Needs more time") { state } }`);
    expect(tooLong.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    const extended = await call(cmm.token, `mutation($id: ID!) { extendReflectionPeriod(id: $id, days: 90, reason: "Needs more time") { reflectionPeriod { endsOn totalDays } } }`);
    expect(extended.body.data?.extendReflectionPeriod?.reflectionPeriod).toEqual({ endsOn: '2027-03-24', totalDays: 120 });
    const closed = await call(cmm.token, `mutation($id: ID!) { closeReferral(id: $id, outcome: PREPARED_RETURN, note: "Returned with support") { state outcome } }`);
    expect(closed.body.data?.closeReferral).toEqual({ state: 'CLOSED', outcome: 'PREPARED_RETURN' });

    // The inspector sees progress and what it sent, never the grounds, support or outcome.
    const seen = await server.gql<{ referral: Record<string, unknown> }>(`query($id: ID!) { referral(id: $id) { ${FIELDS} } }`, { id }, { token: inspector.token });
    expect(seen.body.data?.referral).toMatchObject({
      state: 'CLOSED',
      narrative: 'Workers sleep on site and are paid far below the agreement.',
      assessment: { decision: 'TRAFFICKED', grounds: null },
      reflectionPeriod: null,
      outcome: null,
      access: { level: 'FULL' },
    });
    const notes = (seen.body.data?.referral.timeline as Array<{ action: string; note: string | null }>).map((e) => [e.action, e.note]);
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

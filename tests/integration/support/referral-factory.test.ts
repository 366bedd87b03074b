// The referral factory builds what a referral hangs on: a test that asks for "a RECEIVED referral"
// gets one its referrer made and its competent authority received, with users of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_REFERRAL_STATES, buildReferral, buildUser, signIn } from '../../support/factories.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { ReferralDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer({ start: '2026-03-02T09:00:00.000Z' });
});
afterAll(async () => server?.close());

/** The referral as the user sees it over the API. */
async function seenBy(user: { email: string; password: string }, id: string) {
  return server.as(await signIn(server, user))(ReferralDocument, { id });
}

describe('buildReferral', () => {
  it('makes the referrer, the authority and the subject, and moves the referral to the state asked for', async () => {
    const referral = await buildReferral(server, { state: 'RECEIVED' });
    expect(referral.state).toBe('RECEIVED');
    expect(referral.referrer.organisationCode).toBe('AT');
    const seen = dataOf(await seenBy(referral.referrer, referral.id), 'referral');
    expect(seen).toMatchObject({ state: 'RECEIVED', competentAuthority: { code: 'CMM' }, subject: { id: referral.subjectId } });
    // Every call makes its own users: two referrals built apart share no one.
    const other = await buildReferral(server);
    expect(other.referrer.id).not.toBe(referral.referrer.id);
    expect(other.state).toBe('SUBMITTED');
  });

  it('reaches every state it offers, off the main line too', async () => {
    for (const state of BUILT_REFERRAL_STATES) {
      const referral = await buildReferral(server, { state });
      expect(dataOf(await seenBy(referral.referrer, referral.id), 'referral').state, state).toBe(state);
    }
  });

  it('uses the parties a test gives and makes the others', async () => {
    const referrer = await buildUser(server, { organisationCode: 'SKTST', roles: ['CASEWORKER'] });
    const handler = await buildUser(server, { organisationCode: 'US', roles: ['COORDINATOR', 'CASEWORKER'] });
    const given = await buildReferral(server, { referrer, handler, residence: 'ASYLUM_SEEKER', state: 'RECEIVED' });
    expect(given.referrer).toBe(referrer);
    expect(dataOf(await seenBy(handler, given.id), 'referral').receivingOrganisation?.code).toBe('US');
    // A draft is its referrer's private work: the competent authority does not see it.
    const draft = await buildReferral(server, { referrer, residence: 'ASYLUM_SEEKER', state: 'DRAFT' });
    expect(errorOf(await seenBy(handler, draft.id)).code).toBe('NOT_FOUND');
  });
});

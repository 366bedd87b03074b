// The referral factory builds what a referral hangs on: a test that asks for "a RECEIVED referral"
// gets one its referrer made and its competent authority received, with users of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newActor } from '../../support/actors.js';
import { buildReferral, getReferral, getReferralRaw } from '../../support/referrals.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer({ start: '2026-03-02T09:00:00.000Z' });
});
afterAll(async () => server?.close());

describe('buildReferral', () => {
  it('makes the referrer, the authority and the subject, and moves the referral to the state asked for', async () => {
    const { referral, cast } = await buildReferral(server, { state: 'RECEIVED' });
    expect(referral.state).toBe('RECEIVED');
    expect(cast.referrer.organisationCode).toBe('AT');
    expect(cast.authority.organisationCode).toBe('CMM');
    const seen = await getReferral(server, cast.authority, referral.id);
    expect(seen.subject.id).toBeTruthy();
    // Every call makes its own users: two referrals built apart share no one.
    const other = await buildReferral(server);
    expect(other.cast.referrer.user.id).not.toBe(cast.referrer.user.id);
    expect(other.referral.state).toBe('SUBMITTED');
  });

  it('uses the cast members a test gives and makes the others', async () => {
    const referrer = await newActor(server, 'SKTST', ['CASEWORKER']);
    const { referral, cast } = await buildReferral(server, { cast: { referrer }, state: 'DRAFT' });
    expect(cast.referrer).toBe(referrer);
    // A draft is its referrer's private work: the authority the factory made does not see it.
    const res = await getReferralRaw(server, cast.authority, referral.id);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

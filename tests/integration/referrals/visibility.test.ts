// Need to know, as a table over the demo organisations and roles of API.md: who sees which
// referral, at what level and why; what the referring organisation is not shown; who gets
// NOT_FOUND (as for a referral that does not exist) and who is FORBIDDEN the root fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRole } from '../../../server/core/access.js';
import { newId } from '../../../server/core/ids.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { act, createReferral, getReferralRaw, listReferrals, listReferralsRaw, referralIn, type TReferral } from '../../support/referrals.js';
import { dataOf, errorOf } from '../../support/responses.js';

type TSight = 'REFERRER' | 'AUTHORITY' | 'NOT_FOUND';

// The three referrals: a labour inspector's (AT) case that CMM assessed, supported and closed; a
// police district's (KBHPOL) asylum seeker that US assessed and supports; and a draft of AT's.
type TViewerRow = { label: string; organisationCode: string; roles: TRole[]; referenceGroup?: string; atClosed: TSight; policeToUs: TSight; atDraft: TSight };

const CASEWORK_VIEWERS: TViewerRow[] = [
  // The demo users of API.md.
  { label: 'koordinator@kbhpol', organisationCode: 'KBHPOL', roles: ['COORDINATOR', 'CASEWORKER'], atClosed: 'NOT_FOUND', policeToUs: 'REFERRER', atDraft: 'NOT_FOUND' },
  { label: 'efterforsker@nsk', organisationCode: 'NSK', roles: ['CASEWORKER', 'INVESTIGATOR'], atClosed: 'NOT_FOUND', policeToUs: 'NOT_FOUND', atDraft: 'NOT_FOUND' },
  { label: 'tilsyn@at', organisationCode: 'AT', roles: ['CASEWORKER'], atClosed: 'REFERRER', policeToUs: 'NOT_FOUND', atDraft: 'REFERRER' },
  { label: 'kontrol@sktst', organisationCode: 'SKTST', roles: ['CASEWORKER'], atClosed: 'NOT_FOUND', policeToUs: 'NOT_FOUND', atDraft: 'NOT_FOUND' },
  { label: 'kontrol@siri', organisationCode: 'SIRI', roles: ['CASEWORKER'], atClosed: 'NOT_FOUND', policeToUs: 'NOT_FOUND', atDraft: 'NOT_FOUND' },
  { label: 'sagsbehandler@cmm', organisationCode: 'CMM', roles: ['CASEWORKER', 'ASSESSOR'], atClosed: 'AUTHORITY', policeToUs: 'AUTHORITY', atDraft: 'NOT_FOUND' },
  { label: 'koordinator@cmm', organisationCode: 'CMM', roles: ['COORDINATOR', 'CASEWORKER'], atClosed: 'AUTHORITY', policeToUs: 'AUTHORITY', atDraft: 'NOT_FOUND' },
  { label: 'vurdering@us', organisationCode: 'US', roles: ['CASEWORKER', 'ASSESSOR'], atClosed: 'NOT_FOUND', policeToUs: 'AUTHORITY', atDraft: 'NOT_FOUND' },
  { label: 'hjemrejse@hjr', organisationCode: 'HJR', roles: ['CASEWORKER'], atClosed: 'NOT_FOUND', policeToUs: 'NOT_FOUND', atDraft: 'NOT_FOUND' },
  // Others of the same kinds.
  { label: 'another police district (FYNPOL)', organisationCode: 'FYNPOL', roles: ['COORDINATOR', 'CASEWORKER', 'INVESTIGATOR'], atClosed: 'NOT_FOUND', policeToUs: 'NOT_FOUND', atDraft: 'NOT_FOUND' },
  { label: 'Rigspolitiet', organisationCode: 'RPOL', roles: ['CASEWORKER'], atClosed: 'NOT_FOUND', policeToUs: 'NOT_FOUND', atDraft: 'NOT_FOUND' },
  { label: 'an NGO (Reden)', organisationCode: 'REDEN', roles: ['CASEWORKER'], atClosed: 'NOT_FOUND', policeToUs: 'NOT_FOUND', atDraft: 'NOT_FOUND' },
  { label: 'a union (3F)', organisationCode: '3F', roles: ['CASEWORKER'], atClosed: 'NOT_FOUND', policeToUs: 'NOT_FOUND', atDraft: 'NOT_FOUND' },
  { label: 'the prosecution (RA)', organisationCode: 'RA', roles: ['CASEWORKER'], atClosed: 'NOT_FOUND', policeToUs: 'NOT_FOUND', atDraft: 'NOT_FOUND' },
  { label: 'an investigator only at KBHPOL', organisationCode: 'KBHPOL', roles: ['INVESTIGATOR'], atClosed: 'NOT_FOUND', policeToUs: 'REFERRER', atDraft: 'NOT_FOUND' },
];

const NO_CASEWORK_VIEWERS: Array<{ label: string; organisationCode: string; roles: TRole[]; referenceGroup?: string }> = [
  { label: 'revisor@cmm (AUDITOR)', organisationCode: 'CMM', roles: ['AUDITOR'] },
  { label: 'analytiker@cmm (ANALYST)', organisationCode: 'CMM', roles: ['ANALYST'] },
  { label: 'admin@samvirke (ADMIN of CMM)', organisationCode: 'CMM', roles: ['ADMIN'] },
  { label: 'referencegruppe@syd (REFERENCE_GROUP_MEMBER)', organisationCode: 'SSJYLPOL', roles: ['REFERENCE_GROUP_MEMBER'], referenceGroup: 'SYDDANMARK' },
  { label: 'an ADMIN of US', organisationCode: 'US', roles: ['ADMIN', 'AUDITOR', 'ANALYST'] },
];

let server: TTestServer;
const referrals: Record<'atClosed' | 'policeToUs' | 'atDraft', TReferral> = {} as never;
const actors = new Map<string, TActor>();

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  const inspector = await newActor(server, 'AT', ['CASEWORKER']);
  const police = await newActor(server, 'KBHPOL', ['CASEWORKER']);
  const cmm = await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']);
  const cmmAssessor = await newActor(server, 'CMM', ['ASSESSOR']);
  const us = await newActor(server, 'US', ['CASEWORKER']);
  const usAssessor = await newActor(server, 'US', ['ASSESSOR']);
  referrals.atClosed = await referralIn(server, { referrer: inspector, authority: cmm, assessor: cmmAssessor }, 'IN_SUPPORT');
  await act(server, cmm, 'CLOSE', referrals.atClosed.id, { outcome: 'PREPARED_RETURN', note: 'Return prepared with HJR' });
  referrals.policeToUs = await referralIn(server, { referrer: police, authority: us, assessor: usAssessor }, 'IN_SUPPORT', { subject: { residenceStatus: 'ASYLUM_SEEKER' } });
  referrals.atDraft = await createReferral(server, inspector);
  for (const row of [...CASEWORK_VIEWERS, ...NO_CASEWORK_VIEWERS]) {
    actors.set(row.label, await newActor(server, row.organisationCode, row.roles, row.referenceGroup ? { referenceGroup: row.referenceGroup } : {}));
  }
});
afterAll(async () => {
  await server.close();
});

const KEYS = ['atClosed', 'policeToUs', 'atDraft'] as const;

describe.each(CASEWORK_VIEWERS)('$label', (row) => {
  it.each(KEYS)('sees %s as the table says', async (key) => {
    const actor = actors.get(row.label)!;
    const referral = referrals[key];
    const res = await getReferralRaw(server, actor, referral.id);
    const sight = row[key];
    if (sight === 'NOT_FOUND') {
      expect(errorOf(res)).toEqual({ code: 'NOT_FOUND' });
      expect(res.body.data?.referral ?? null).toBeNull();
      return;
    }
    expect(res.body.errors).toBeUndefined();
    const seen = dataOf(res, 'referral');
    // Both see the referral as sent, its state and progress, at FULL level.
    expect(seen).toMatchObject({
      id: referral.id,
      reference: referral.reference,
      state: key === 'atClosed' ? 'CLOSED' : referral.state,
      narrative: referral.narrative,
      indicators: referral.indicators,
      location: referral.location,
      subject: {
        pseudonym: referral.subject.pseudonym,
        identity: referral.subject.identity,
        contact: referral.subject.contact,
        whereabouts: referral.subject.whereabouts,
      },
      access: { level: 'FULL' },
    });
    if (key !== 'atDraft') expect(seen.assessment).toMatchObject({ decision: 'TRAFFICKED', primaryExploitation: 'FORCED_LABOUR' });
    if (sight === 'REFERRER') {
      // Never the assessment grounds, the reflection period or the outcome.
      if (key !== 'atDraft') expect(seen.assessment?.grounds).toBeNull();
      expect(seen.reflectionPeriod).toBeNull();
      expect(seen.outcome).toBeNull();
      expect(seen.access.reasonCode).toBe('REFERRAL_REFERRING_ORGANISATION');
      // Nor the authorities' notes (the close note), while its own events show.
      expect(seen.timeline.filter((e) => e.organisation?.code !== row.organisationCode).every((e) => e.note === null)).toBe(true);
    } else {
      expect(seen.assessment?.grounds).toBe(referral.assessment?.grounds);
      expect(seen.reflectionPeriod).toEqual(referral.reflectionPeriod);
      if (key === 'atClosed') {
        expect(seen.outcome).toBe('PREPARED_RETURN');
        expect(seen.timeline.at(-1)).toMatchObject({ action: 'CLOSE', note: 'Return prepared with HJR' });
      }
    }
  });

  it('finds in referrals() exactly what it may see', async () => {
    const actor = actors.get(row.label)!;
    const page = await listReferrals(server, actor, { first: 100 });
    const found = new Set(page.edges.map((e) => e.node.id));
    for (const key of KEYS) expect(found.has(referrals[key].id), key).toBe(row[key] !== 'NOT_FOUND');
    expect(page.totalCount).toBe(page.edges.length);
    expect(page.edges.every((e) => e.node.access.level === 'FULL')).toBe(true);
  });
});

describe.each(NO_CASEWORK_VIEWERS)('$label (no casework role)', (row) => {
  it('is FORBIDDEN referral(id) and referrals()', async () => {
    const actor = actors.get(row.label)!;
    for (const key of KEYS) expect(errorOf(await getReferralRaw(server, actor, referrals[key].id)).code, key).toBe('FORBIDDEN');
    expect(errorOf(await listReferralsRaw(server, actor, { first: 10 })).code).toBe('FORBIDDEN');
  });
});

describe('a referral that does not exist', () => {
  it('is NOT_FOUND exactly as one the viewer may not see', async () => {
    const outsider = actors.get('kontrol@sktst')!;
    const hidden = await getReferralRaw(server, outsider, referrals.policeToUs.id);
    const missing = await getReferralRaw(server, outsider, newId());
    const strip = (res: typeof hidden) => res.body.errors?.map(({ message, extensions }) => ({ message, extensions }));
    expect(strip(hidden)).toEqual(strip(missing));
  });
});

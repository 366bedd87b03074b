// The demo has a case complex led by NSK (handed over by Københavns Politi) with linked referrals
// and two suspects at different stages, and the demo reference-group member sees a real review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../server/seed/demo.js';
import { signIn } from '../../support/factories.js';
import { dataOf } from '../../support/responses.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { CaseComplexesAsMemberDocument, CaseComplexesInDemoDocument, ReferenceGroupReviewDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z', env: { DEMO_PASSWORD: 'demo-password' } });
  await seedDemo(server.deps);
});
afterAll(async () => {
  await server.close();
});

/** Typed operations as the demo user with this e-mail. */
async function as(email: string) {
  return server.as(await signIn(server, { email, password: 'demo-password' }));
}

describe('the demo case complex and review', () => {
  it('NSK leads a complex with linked referrals and two suspects at different stages; KBHPOL handed it over', async () => {
    const list = dataOf(await (await as('efterforsker@nsk.demo'))(CaseComplexesInDemoDocument), 'caseComplexes');
    expect(list).toHaveLength(1);
    const complex = list[0]!;
    expect(complex.leadOrganisation.code).toBe('NSK');
    // Three referrals are linked (two by KBHPOL, one by NSK); NSK sees its own, and the other two at
    // OPERATIONAL through the requests the hand-over opened, NSK confirmed and CMM, their controller, approved.
    expect((server.deps.sqlite.prepare('select count(*) n from case_complex_referrals').get() as { n: number }).n).toBe(3);
    expect(complex.referrals.map((r) => r.access.level).sort()).toEqual(['FULL', 'OPERATIONAL', 'OPERATIONAL']);
    const requests = server.deps.sqlite
      .prepare("select r.origin, r.state, r.level, g.referral_id as grantReferral, g.case_complex_id as grantComplex from access_requests r left join access_grants g on g.id = r.grant_id")
      .all() as Array<{ origin: string; state: string; level: string; grantReferral: string | null; grantComplex: string | null }>;
    expect(requests).toHaveLength(2);
    for (const r of requests) expect(r).toMatchObject({ origin: 'HAND_OVER', state: 'APPROVED', level: 'OPERATIONAL', grantComplex: null });
    // No demo grant discloses through a complex.
    expect((server.deps.sqlite.prepare("select count(*) n from access_grants where case_complex_id is not null and level <> 'SUMMARY'").get() as { n: number }).n).toBe(0);
    expect(complex.suspects?.map((s) => s.currentStage?.kind).sort()).toEqual(['CHARGED', 'REPORTED']);
    expect(complex.timeline).toContainEqual({ kind: 'HANDED_OVER', fromOrganisation: { code: 'KBHPOL' } });
    const operationRows = (server.deps.sqlite.prepare('select count(*) n from case_complex_operations').get() as { n: number }).n;
    expect(complex.operations).toHaveLength(operationRows);
  });

  it('CMM sees the complex by name and lead, never the suspects; Arbejdstilsynet does not see it', async () => {
    const cmm = await (await as('sagsbehandler@cmm.demo'))(CaseComplexesAsMemberDocument);
    expect(cmm.body.data?.caseComplexes).toEqual([{ name: 'Netværk Vestegnen', access: { level: 'MEMBERSHIP' }, suspects: null }]);
    const at = await (await as('tilsyn@at.demo'))(CaseComplexesAsMemberDocument);
    expect(at.body.data?.caseComplexes).toEqual([]);
  });

  it('the Syddanmark reference group sees a review of its region with its note', async () => {
    const res = await (await as('referencegruppe@syd.demo'))(ReferenceGroupReviewDocument, { region: 'SYDDANMARK', from: '2025-11-23', to: '2026-11-23' });
    const review = dataOf(res, 'referenceGroupReview');
    expect(review.byState.total.count).toBeGreaterThanOrEqual(3);
    expect(review.notes).toHaveLength(1);
  });
});

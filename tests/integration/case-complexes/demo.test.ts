// The demo has a case complex led by NSK (handed over by Københavns Politi) with linked referrals
// and two suspects at different stages, and the demo reference-group member sees a real review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../server/seed/demo.js';
import { signIn } from '../../support/factories.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z', env: { DEMO_PASSWORD: 'demo-password' } });
  await seedDemo(server.deps);
});
afterAll(async () => {
  await server.close();
});

async function as(email: string, query: string, variables: Record<string, unknown> = {}) {
  const { accessToken } = await signIn(server, { email, password: 'demo-password' });
  return server.gql<Record<string, never>>(query, variables, { token: accessToken });
}

describe('the demo case complex and review', () => {
  it('NSK leads a complex with linked referrals and two suspects at different stages; KBHPOL handed it over', async () => {
    const res = await as(
      'efterforsker@nsk.demo',
      '{ caseComplexes { name leadOrganisation { code } referrals { id access { level } } operations { codename } suspects { name currentStage { kind } } timeline { kind fromOrganisation { code } } } }',
    );
    expect(res.body.errors).toBeUndefined();
    const list = res.body.data!.caseComplexes as unknown as Array<{
      leadOrganisation: { code: string };
      referrals: Array<{ access: { level: string } }>;
      operations: unknown[];
      suspects: Array<{ currentStage: { kind: string } }>;
      timeline: Array<{ kind: string; fromOrganisation: { code: string } | null }>;
    }>;
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
    expect(complex.suspects.map((s) => s.currentStage.kind).sort()).toEqual(['CHARGED', 'REPORTED']);
    expect(complex.timeline).toContainEqual({ kind: 'HANDED_OVER', fromOrganisation: { code: 'KBHPOL' } });
    const operationRows = (server.deps.sqlite.prepare('select count(*) n from case_complex_operations').get() as { n: number }).n;
    expect(complex.operations).toHaveLength(operationRows);
  });

  it('CMM sees the complex by name and lead, never the suspects; Arbejdstilsynet does not see it', async () => {
    const cmm = await as('sagsbehandler@cmm.demo', '{ caseComplexes { name access { level } suspects { name } } }');
    expect(cmm.body.data?.caseComplexes).toEqual([{ name: 'Netværk Vestegnen', access: { level: 'MEMBERSHIP' }, suspects: null }]);
    const at = await as('tilsyn@at.demo', '{ caseComplexes { name } }');
    expect(at.body.data?.caseComplexes).toEqual([]);
  });

  it('the Syddanmark reference group sees a review of its region with its note', async () => {
    const res = await as(
      'referencegruppe@syd.demo',
      'query($from: Date!, $to: Date!) { referenceGroupReview(region: SYDDANMARK, from: $from, to: $to) { byState { total { count display } } notes { text } } }',
      { from: '2025-11-23', to: '2026-11-23' },
    );
    expect(res.body.errors).toBeUndefined();
    const review = res.body.data!.referenceGroupReview as unknown as { byState: { total: { count: number | null; display: string } }; notes: unknown[] };
    expect(review.byState.total.count).toBeGreaterThanOrEqual(3);
    expect(review.notes).toHaveLength(1);
  });
});

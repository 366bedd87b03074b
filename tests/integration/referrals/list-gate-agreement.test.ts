// The access rule for lists exists twice: as code (core/access.ts referralAccess, which every read
// of one referral asks) and as SQL (referrals.repo.ts visibility, which the list query filters
// with). This property test keeps them in step: for random referrals, grants (on the referral or on
// a case complex it is linked to; to an organisation or, break-glass, to one user; active, revoked
// or expired) and random viewers, the list query returns a referral exactly when the gate gives
// the viewer a level other than NONE. The random source is seeded, so a failure names its case and
// runs again the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessGrants, caseComplexes, caseComplexReferrals, organisations, referrals } from '../../../db/schema/index.js';
import { referralAccess, referralListScope, ROLES, type TRole, type TViewer } from '../../../server/core/access.js';
import { systemContext } from '../../../server/core/context.js';
import { newId } from '../../../server/core/ids.js';
import * as referralsRepo from '../../../server/modules/referrals/referrals.repo.js';
import { referralSharing } from '../../../server/modules/referrals/referrals.service.js';
import { buildReferral, buildUser, type TBuiltReferralState } from '../../support/factories.js';
import { seededRandom, type TRandom } from '../../support/random.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';

const SEED = 20261201;
const ROUNDS = 12;


let server: TTestServer;
let orgs: Array<{ id: string; code: string; kind: string; region: string | null }>;
let userIds: string[];
const NOW = '2026-03-02T09:00:00.000Z';

beforeAll(async () => {
  server = await startTestServer({ start: NOW });
  orgs = server.deps.db.select({ id: organisations.id, code: organisations.code, kind: organisations.kind, region: organisations.region }).from(organisations).all();
  // Referrals made as users make them, across referrers, states and both competent authorities.
  const rnd = seededRandom(SEED);
  const us = await buildUser(server, { organisationCode: 'US', roles: ['COORDINATOR', 'CASEWORKER'] });
  const usAssessor = await buildUser(server, { organisationCode: 'US', roles: ['ASSESSOR'] });
  const states: TBuiltReferralState[] = ['DRAFT', 'SUBMITTED', 'RECEIVED', 'UNDER_ASSESSMENT', 'WITHDRAWN', 'CLOSED'];
  for (const referrerCode of ['AT', 'SKTST', 'KBHPOL', 'REDEN', 'CMM', 'NSK', 'AT', 'RK']) {
    const asylum = rnd.chance(0.3);
    await buildReferral(server, {
      state: rnd.pick(states),
      referrer: await buildUser(server, { organisationCode: referrerCode, roles: ['CASEWORKER'] }),
      ...(asylum ? { residence: 'ASYLUM_SEEKER' as const, handler: us, assessor: usAssessor } : {}),
    });
  }
  userIds = [];
  for (const code of ['NSK', 'SIRI', 'HJR']) userIds.push((await buildUser(server, { organisationCode: code, roles: ['CASEWORKER'] })).id);
}, 120_000);
afterAll(async () => server?.close());

function randomViewer(rnd: TRandom): TViewer {
  const org = rnd.pick(orgs);
  const roles = ROLES.filter(() => rnd.chance(0.35)) as TRole[];
  return {
    userId: rnd.chance(0.5) ? rnd.pick(userIds) : newId(),
    organisationId: org.id,
    organisationCode: org.code,
    organisationKind: org.kind,
    region: org.region,
    roles: roles.length > 0 ? roles : [rnd.pick(ROLES)],
    referenceGroup: null,
    sessionId: 'property',
  };
}

/** Replaces the grants and complexes with a random set: some active, some revoked, some expired. */
function randomGrants(rnd: TRandom, referralIds: string[]): void {
  const db = server.deps.db;
  db.delete(accessGrants).run();
  db.delete(caseComplexReferrals).run();
  db.delete(caseComplexes).run();
  const lead = orgs.find((o) => o.code === 'NSK')!;
  const complexIds: string[] = [];
  for (let i = 0; i < 2; i++) {
    const id = newId();
    db.insert(caseComplexes).values({ id, name: `Property ${i}`, leadOrganisationId: lead.id, createdByUserId: userIds[0]!, createdAt: NOW, updatedAt: NOW }).run();
    for (const referralId of referralIds) if (rnd.chance(0.3)) db.insert(caseComplexReferrals).values({ caseComplexId: id, referralId, linkedAt: NOW }).run();
    complexIds.push(id);
  }
  const count = 4 + Math.floor(rnd.next() * 10);
  for (let i = 0; i < count; i++) {
    const onComplex = rnd.chance(0.3);
    const breakGlass = !onComplex && rnd.chance(0.25);
    db.insert(accessGrants)
      .values({
        id: newId(),
        referralId: onComplex ? null : rnd.pick(referralIds),
        caseComplexId: onComplex ? rnd.pick(complexIds) : null,
        organisationId: breakGlass ? rnd.pick(['org-nsk', 'org-siri', 'org-hjr']) : rnd.pick(orgs).id,
        userId: breakGlass ? rnd.pick(userIds) : null,
        level: rnd.pick(['SUMMARY', 'OPERATIONAL', 'FULL']),
        purpose: 'INVESTIGATION',
        legalBasis: 'property test',
        breakGlass,
        expiresAt: rnd.chance(0.2) ? '2026-03-01T00:00:00.000Z' : rnd.chance(0.1) ? NOW : '2026-04-01T00:00:00.000Z',
        createdAt: NOW,
        revokedAt: rnd.chance(0.2) ? NOW : null,
      })
      .run();
  }
}

/** Every id the list query gives, three at a time, following the cursor (newest first). */
function pageByPage(query: Omit<Parameters<typeof referralsRepo.listReferrals>[1], 'first' | 'after'>): string[] {
  const ids: string[] = [];
  let after: { createdAt: string; id: string } | null = null;
  for (;;) {
    const { rows } = referralsRepo.listReferrals(server.deps.sqlite, { ...query, first: 3, after });
    ids.push(...rows.map((r) => r.id));
    if (rows.length < 3) return ids;
    after = { createdAt: rows[2]!.createdAt, id: rows[2]!.id };
  }
}

describe('the list query and the access gate agree', () => {
  it(`for random referrals, grants and viewers (seed ${SEED}, ${ROUNDS} rounds)`, () => {
    const rnd = seededRandom(SEED);
    const now = new Date(NOW);
    const all = server.deps.db.select().from(referrals).all();
    const ids = all.map((r) => r.id);
    expect(new Set(all.map((r) => r.state)).size).toBeGreaterThan(2);
    let shown = 0;
    let hidden = 0;
    for (let round = 0; round < ROUNDS; round++) {
      randomGrants(rnd, ids);
      for (let v = 0; v < 15; v++) {
        const viewer = randomViewer(rnd);
        const ctx = { ...systemContext(server.deps, 'property'), viewer };
        const query = { scope: referralListScope(viewer, now), filter: {}, now: NOW };
        const listed = new Set(referralsRepo.listReferrals(server.deps.sqlite, { ...query, first: 1000, after: null }).rows.map((r) => r.id));
        // The same statements page by page (the cursor's condition) and counted give the same set.
        expect(referralsRepo.countReferrals(server.deps.sqlite, query)).toBe(listed.size);
        expect(pageByPage(query)).toEqual([...listed]);
        const sharing = referralSharing(ctx, viewer, ids);
        for (const row of all) {
          const visible = referralAccess(viewer, row, sharing(row.id)).level !== 'NONE';
          if (visible) shown += 1;
          else hidden += 1;
          expect(listed.has(row.id), `round ${round}, viewer ${viewer.organisationCode} [${viewer.roles.join(',')}], referral ${row.id} (${row.state})`).toBe(visible);
        }
      }
    }
    // The property means something only if both answers occur often.
    expect(shown).toBeGreaterThan(50);
    expect(hidden).toBeGreaterThan(50);
  });
});

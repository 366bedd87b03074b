// A grant's and a request's free texts are sealed at rest (ADR 0021) and shown by several fields
// of the same object (justification, revoke reason, review note; reason, refusal reason): each row
// is opened once per request, not once per field that shows one of its texts.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { buildReferral } from '../../support/factories.js';
import { dataOf } from '../../support/responses.js';
import { accessRequestsRaw, breakGlassRaw, breakGlassUsesRaw, refuseRaw, requestAccess, requestInput, reviewBreakGlassRaw } from './sharing-helpers.js';

let server: TTestServer;
let controller: TActor;
let fyn: TActor;
let fynAuditor: TActor;
let nsk: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  // The controller's coordinator receives the referrals and answers the request; their referrers are made for them.
  controller = await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']);
  [fyn, fynAuditor, nsk] = await Promise.all([newActor(server, 'FYNPOL', ['CASEWORKER']), newActor(server, 'FYNPOL', ['AUDITOR']), newActor(server, 'NSK', ['CASEWORKER', 'INVESTIGATOR'])]);
});

afterAll(async () => {
  await server.close();
});

/** How often each sealed value (table, column, row) was opened while `read` ran. */
async function opensDuring(read: () => Promise<unknown>): Promise<Map<string, number>> {
  const open = vi.spyOn(server.deps.sealer, 'open');
  try {
    await read();
    const counts = new Map<string, number>();
    for (const [, place] of open.mock.calls) {
      const key = `${place.table}.${place.column} ${place.rowId}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  } finally {
    open.mockRestore();
  }
}

describe('sealed texts are opened once per row and request', () => {
  it('break-glass uses: justification and review note of each grant', async () => {
    for (let i = 0; i < 2; i += 1) {
      const referral = await buildReferral(server, { state: 'RECEIVED', handler: controller.user });
      const grant = dataOf(await breakGlassRaw(server, fyn, referral.id), 'breakGlass');
      dataOf(await reviewBreakGlassRaw(server, fynAuditor, grant.id, 'Confirmed with the duty officer'), 'reviewBreakGlass');
    }
    let uses: Array<{ justification: string | null; reviewNote: string | null }> = [];
    const counts = await opensDuring(async () => {
      uses = dataOf(await breakGlassUsesRaw(server, fynAuditor), 'breakGlassUses');
    });
    expect(uses).toHaveLength(2);
    for (const use of uses) expect(use).toMatchObject({ justification: 'Person reported missing; police need the whereabouts now', reviewNote: 'Confirmed with the duty officer' });
    const grantTexts = [...counts].filter(([key]) => key.startsWith('access_grants.'));
    // Two grants, two texts each, each opened once (it was once per field asking: three times).
    expect(grantTexts).toHaveLength(4);
    expect(grantTexts.every(([, n]) => n === 1)).toBe(true);
  });

  it('access requests: reason and refusal reason of each request', async () => {
    const referral = await buildReferral(server, { state: 'RECEIVED', handler: controller.user });
    const [request] = await requestAccess(server, nsk, requestInput({ referralId: referral.id }));
    dataOf(await refuseRaw(server, controller, request!.id), 'refuseAccessRequest');
    let listed: Array<{ id: string; reason: string | null; refusalReason: string | null }> = [];
    const counts = await opensDuring(async () => {
      listed = dataOf(await accessRequestsRaw(server, nsk), 'accessRequests');
    });
    expect(listed.find((r) => r.id === request!.id)).toMatchObject({ reason: 'We investigate the network that exploited the person', refusalReason: 'The purpose does not need the whereabouts' });
    const requestTexts = [...counts].filter(([key]) => key.startsWith('access_requests.'));
    expect(requestTexts.length).toBeGreaterThanOrEqual(2);
    expect(requestTexts.every(([, n]) => n === 1)).toBe(true);
  });
});

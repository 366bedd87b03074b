// Issue 14 in a real browser: the labour inspector adds an addendum (indicators ticked from the
// maintained list, a narrative) to a submitted referral; NSK invites Skattestyrelsen to its case
// complex and Skattestyrelsen adds a contribution that NSK then reads; the administrator's
// indicator list and the criminal-justice figures on the statistics screen. axe-core on each screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, callApi, check, signIn, signOut, startJourney, type TJourney } from './support/harness.js';
import { act, expectNoSeriousViolations, visit } from './support/actions.js';

let journey: TJourney;

beforeAll(async () => {
  journey = await startJourney();
}, 120_000);

afterAll(async () => {
  await journey?.close();
});

describe('issue 14, journeys 2 and 3', () => {
  it('the inspector adds an addendum with indicators from the list; it is in the timeline', async () => {
    const { page, server } = journey;
    const token = await apiToken(server.url, 'tilsyn@at.demo');
    const list = await callApi<{ referrals: { edges: Array<{ node: { id: string; allowedActions: string[] } }> } }>(
      server.url,
      'query { referrals(first: 50) { edges { node { id allowedActions } } } }',
      {},
      token,
    );
    const target = list.referrals.edges.map((e) => e.node).find((n) => n.allowedActions.includes('ADD_ADDENDUM'));
    expect(target, 'a demo referral of AT open for an addendum').toBeDefined();

    await page.goto('/');
    await signIn(page, 'tilsyn@at.demo');
    await visit(page, `/referrals/${target!.id}`);
    await page.locator('[data-testid=action-addendum]').waitFor({ state: 'attached' });
    await page.locator('summary', { hasText: 'Tilføj nye oplysninger' }).click();
    await page.getByLabel('Gæld til arbejdsgiver eller formidler (gældsslaveri)').first().check();
    await page.locator('[data-testid=action-addendum] [name=narrative]').fill('Ved opfølgende tilsyn fortalte personen om gæld til formidleren.');
    expectNoSeriousViolations(await check(page, 'i14-01-addendum-form'), 'addendum form');
    await page.locator('[data-testid=action-addendum] button[type=submit]').click();
    await page.locator('[data-testid=addendum]', { hasText: 'gæld til formidleren' }).waitFor();
    expect(await page.locator('[data-testid=addendum]').last().textContent()).toContain('Gæld til arbejdsgiver eller formidler');
    expect(await page.locator('[data-testid=timeline]').textContent()).toContain('Supplerende oplysninger tilføjet');
    expectNoSeriousViolations(await check(page, 'i14-02-addendum-timeline'), 'referral with addendum');
    await signOut(page);
  });

  it('NSK invites Skattestyrelsen; Skattestyrelsen adds a contribution; NSK reads it', async () => {
    const { page, server } = journey;
    const token = await apiToken(server.url, 'efterforsker@nsk.demo');
    const complexes = await callApi<{ caseComplexes: Array<{ id: string; name: string; leadOrganisation: { code: string } }> }>(
      server.url,
      '{ caseComplexes { id name leadOrganisation { code } } }',
      {},
      token,
    );
    const complex = complexes.caseComplexes.find((c) => c.leadOrganisation.code === 'NSK');
    expect(complex, 'a demo complex NSK leads').toBeDefined();

    await signIn(page, 'efterforsker@nsk.demo');
    await visit(page, `/case-complexes/${complex!.id}`);
    await page.locator('[data-testid=cc-details]').waitFor();
    await act(page, 'action-cc-details', { journal: '0100-76543-00012-26', countries: 'RO, BG' });
    await page.locator('[data-testid=cc-details]', { hasText: '0100-76543-00012-26' }).waitFor();
    await act(page, 'action-cc-invite', { organisation: 'SKTST' });
    await page.locator('[data-testid=contributor]', { hasText: 'Skattestyrelsen' }).waitFor();
    expectNoSeriousViolations(await check(page, 'i14-03-complex-lead'), 'complex (lead)');
    await signOut(page);

    await signIn(page, 'kontrol@sktst.demo');
    await visit(page, `/case-complexes/${complex!.id}`);
    await page.locator('[data-testid=cc-contributions]').waitFor();
    expect(await page.locator('[data-testid=cc-suspects]').count()).toBe(0);
    expect(await page.locator('[data-testid=cc-details]').count()).toBe(0);
    await act(page, 'action-cc-contribute', { category: 'TAX', note: 'Kontrolbesøg: seks ansatte uden lønsedler.' });
    await page.locator('[data-testid=contribution]', { hasText: 'uden lønsedler' }).waitFor();
    expectNoSeriousViolations(await check(page, 'i14-04-complex-contributor'), 'complex (contributor)');
    await signOut(page);

    await signIn(page, 'efterforsker@nsk.demo');
    await visit(page, `/case-complexes/${complex!.id}`);
    await page.locator('[data-testid=contribution]', { hasText: 'uden lønsedler' }).waitFor();
    expect(await page.locator('[data-testid=contribution]').last().textContent()).toContain('Skat');
    await signOut(page);
  });

  it('the administrator’s indicator list and the criminal-justice figures', async () => {
    const { page } = journey;
    await signIn(page, 'admin@samvirke.demo');
    await visit(page, '/admin/indicators');
    await page.locator('[data-testid=indicator-list] tr[data-code=DEBT_BONDAGE]').waitFor();
    expectNoSeriousViolations(await check(page, 'i14-05-admin-indicators'), 'indicator list');
    await signOut(page);

    await signIn(page, 'analytiker@cmm.demo');
    await visit(page, '/statistics');
    await page.locator('[data-testid=stat-criminal-justice] table').waitFor();
    expect(await page.locator('[data-testid=stat-criminal-justice]').textContent()).toContain('Menneskehandel (§ 262 a)');
    expectNoSeriousViolations(await check(page, 'i14-06-statistics'), 'statistics with criminal-justice figures');
    await signOut(page);
  });

  it('breaks no content security rule', () => {
    expect(journey.cspViolations).toEqual([]);
  });
});

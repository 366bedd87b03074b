// The auditor in a real browser: revisor@cmm.demo searches the trail, verifies the hash chain,
// finds a data subject by name and date of birth (pseudonym and references only, never the name)
// and opens the person's printable access report, and reviews an emergency access. The referral
// and the break-glass use are made through the API first (the demo has none of the latter).
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiToken, callApi, check, signIn, startJourney, type TE2EServer, type TJourney } from './support/harness.js';
import { act, expectNoSeriousViolations } from './support/actions.js';

const NAME = 'Elena Revisionsperson';
const DATE_OF_BIRTH = '1988-05-20';
const JUSTIFICATION = 'Personen er meldt savnet og skal findes i nat';
const REVIEW_NOTE = 'Begrundelsen holder: politiet søgte personen samme nat.';

let journey: TJourney | undefined;
let server: TE2EServer;
let page: Page;
let cspViolations: string[];
let referral = { id: '', reference: '', subjectId: '', pseudonym: '' };
let grantId = '';

/**
 * How far the table, or any of its cells' content, sticks out (px): 0 when it fits without a
 * horizontal scroll and no word runs into the next column.
 */
async function overflow(page: Page, table: string): Promise<number> {
  return page.locator(table).evaluate((t) => {
    const box = (t.closest('.table-wrap') ?? t.parentElement)!;
    const cells = [...t.querySelectorAll('th, td')].map((c) => c.scrollWidth - c.clientWidth);
    return Math.max(t.scrollWidth - box.clientWidth, t.getBoundingClientRect().right - document.documentElement.clientWidth, ...cells, 0);
  });
}

const api = <T>(query: string, variables: object, token?: string) => callApi<T>(server.url, query, variables, token);
const login = (email: string) => apiToken(server.url, email);

beforeAll(async () => {
  journey = await startJourney();
  ({ server, page, cspViolations } = journey);
  // The labour inspectorate refers a person; the Danish Agency for International Recruitment (no
  // access to it) breaks the glass on it.
  const at = await login('tilsyn@at.demo');
  const created = await api<{ createReferral: { id: string; reference: string; subject: { id: string; pseudonym: string } } }>(
    'mutation($input: CreateReferralInput!) { createReferral(input: $input) { id reference subject { id pseudonym } } }',
    { input: { region: 'SYDDANMARK', suspectedExploitation: ['FORCED_LABOUR'], location: 'Gartneri ved Odense', subject: { name: NAME, dateOfBirth: DATE_OF_BIRTH, nationality: 'RO' } } },
    at,
  );
  referral = { id: created.createReferral.id, reference: created.createReferral.reference, subjectId: created.createReferral.subject.id, pseudonym: created.createReferral.subject.pseudonym };
  await api('mutation($id: ID!) { submitReferral(id: $id) { id } }', { id: referral.id }, at);
  const siri = await login('kontrol@siri.demo');
  grantId = (await api<{ breakGlass: { id: string } }>('mutation($r: ID!, $j: String!) { breakGlass(referralId: $r, justification: $j) { id } }', { r: referral.id, j: JUSTIFICATION }, siri)).breakGlass.id;
});

afterAll(async () => {
  await journey?.close();
});

describe('audit', () => {
  it('revisor@cmm.demo searches the trail with a filter and pages through it', async () => {
    await page.goto('/');
    await signIn(page, 'revisor@cmm.demo');
    await page.locator('nav.app-nav a', { hasText: 'Revision' }).click();
    await page.locator('[data-testid=audit-table]').waitFor();
    expectNoSeriousViolations(await check(page, '90-audit-search'), 'audit search');
    // 1280 px wide, no horizontal scroll; codes in words, the code beneath for searching.
    expect(await overflow(page, '[data-testid=audit-table]')).toBe(0);
    // The records about the referral made above: created, submitted, emergency access.
    await page.locator('[data-testid=audit-filters] [name=objectId]').fill(referral.id);
    await page.locator('[data-testid=audit-filters] button[type=submit]').click();
    await page.locator('[data-testid=audit-table] tr[data-action=BREAK_GLASS]').waitFor();
    const actions = await page.locator('[data-testid=audit-table] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
    expect(actions).toEqual(expect.arrayContaining(['REFERRAL_CREATE', 'REFERRAL_SUBMIT', 'BREAK_GLASS']));
    const breakGlass = page.locator('[data-testid=audit-table] tr[data-action=BREAK_GLASS]');
    expect(await breakGlass.textContent()).toContain('Nødadgang');
    expect(await breakGlass.textContent()).toContain('Operationel');
    expect(await breakGlass.textContent()).toContain('Sagsbehandler');
    expect(await breakGlass.textContent()).not.toMatch(/CASEWORKER|OPERATIONAL|grantId|expiresAt/);
    // Newest first.
    const seqs = await page.locator('[data-testid=audit-table] tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-seq'))));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    // Paging: the unfiltered trail has more than one page (25 a page).
    await page.locator('[data-testid=audit-filters] [name=objectId]').fill('');
    await page.locator('[data-testid=audit-filters] [name=outcome]').selectOption('ALLOWED');
    await page.locator('[data-testid=audit-filters] button[type=submit]').click();
    await page.locator('a', { hasText: 'Næste side' }).waitFor();
    const first = await page.locator('[data-testid=audit-table] tbody tr').first().getAttribute('data-seq');
    await page.locator('a', { hasText: 'Næste side' }).click();
    await page.locator('a', { hasText: 'Første side' }).waitFor();
    const second = await page.locator('[data-testid=audit-table] tbody tr').first().getAttribute('data-seq');
    expect(Number(second)).toBeLessThan(Number(first));
    expect(await page.locator('[data-testid=audit-table] tbody tr td', { hasText: 'Afvist' }).count()).toBe(0);
    // A misspelt action is the server's error at the field, not an empty page.
    await page.locator('[data-testid=audit-filters] [name=action]').fill('NOT_AN_ACTION');
    await page.locator('[data-testid=audit-filters] button[type=submit]').click();
    await page.locator('[role=alert]', { hasText: 'Ret filtrene' }).waitFor();
    expectNoSeriousViolations(await check(page, '91-audit-search-invalid'), 'audit search with a bad filter');
  });

  it('verifies the chain: intact, explained in words', async () => {
    await page.locator('nav[aria-label="Revisionens sider"] a', { hasText: 'Verificér kæden' }).click();
    await page.locator('[data-testid=chain-verify]').click();
    const result = page.locator('[data-testid=chain-result]');
    await result.waitFor();
    expect(await result.getAttribute('data-ok')).toBe('true');
    await result.locator('.alert', { hasText: 'Revisionssporet er intakt' }).waitFor();
    expect(await result.textContent()).toMatch(/Alle \d+ poster er regnet igen og passer/);
    expectNoSeriousViolations(await check(page, '92-audit-chain'), 'chain verification');
  });

  it('finds the subject by name and date of birth (pseudonym and reference only) and opens the printable access report', async () => {
    await page.locator('nav[aria-label="Revisionens sider"] a', { hasText: 'Indsigt for en person' }).click();
    await page.locator('[data-testid=subject-find] [name=name]').fill(NAME.toUpperCase());
    await page.locator('[data-testid=subject-find] [name=dateOfBirth]').fill(DATE_OF_BIRTH);
    await page.locator('[data-testid=subject-find] button[type=submit]').click();
    const hits = page.locator('[data-testid=subject-hits]');
    await hits.waitFor();
    expect(await hits.locator('tbody tr').count()).toBe(1);
    expect(await hits.textContent()).toContain(referral.pseudonym);
    expect(await hits.textContent()).toContain(referral.reference);
    // The answer holds no name: what is on the page came from the auditor, not from the server.
    expect(await hits.textContent()).not.toContain('Revisionsperson');
    expectNoSeriousViolations(await check(page, '93-audit-find-subject'), 'find a data subject');
    await hits.locator('a', { hasText: 'Åbn indsigtsrapport' }).click();
    await page.locator('[data-testid=report-table]').waitFor();
    // The path names the subject by id only.
    expect(new URL(page.url()).pathname).toBe(`/audit/subjects/${referral.subjectId}`);
    const actions = await page.locator('[data-testid=report-table] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
    expect(actions).toEqual(expect.arrayContaining(['REFERRAL_CREATE', 'REFERRAL_SUBMIT', 'BREAK_GLASS', 'REFERRAL_SEARCH_HIT']));
    expect(await page.locator('body').textContent()).not.toContain('Revisionsperson');
    expectNoSeriousViolations(await check(page, '94-audit-subject-report'), 'subject access report');
    // Words, not codes: the action, the purpose, the role and the details' states.
    const report = (await page.locator('[data-testid=report-table] tbody').textContent()) ?? '';
    for (const words of ['Henvisning oprettet', 'Vist i søgeresultat', 'Opfølgning på egen henvisning', 'Anmodning om indsigt', 'Sagsbehandler', 'Revisor', 'Kladde', 'Sendt']) expect(report).toContain(words);
    expect(report).not.toMatch(/CASEWORKER|AUDITOR|REFERRAL_FOLLOW_UP|DATA_SUBJECT_ACCESS|SUBMITTED|from:|to:/);
    expect(await overflow(page, '[data-testid=report-table]')).toBe(0);
    // Printable: the print style hides the menus and the buttons, and the table fits an A4 sheet's
    // width (210 mm less the 12 mm margins: 186 mm, 703 CSS px).
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 703, height: 900 });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('[data-testid=report-print]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid=report-table]').isVisible()).toBe(true);
    expect(await overflow(page, '[data-testid=report-table]')).toBe(0);
    await check(page, '95-audit-subject-report-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    fs.writeFileSync(new URL('./screenshots/95-audit-subject-report-print.pdf', import.meta.url), pdf);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'screen' });
  });

  it('reviews the emergency access with a note', async () => {
    await page.locator('nav[aria-label="Revisionens sider"] a', { hasText: 'Nødadgange' }).click();
    const item = page.locator(`[data-grant="${grantId}"]`);
    await item.waitFor();
    expect(await item.getAttribute('data-reviewed')).toBe('false');
    expect(await item.textContent()).toContain(JUSTIFICATION);
    expectNoSeriousViolations(await check(page, '96-audit-emergency'), 'emergency accesses');
    await act(page, `review-${grantId}`, { note: REVIEW_NOTE });
    await page.locator(`[data-grant="${grantId}"][data-reviewed=true]`, { hasText: REVIEW_NOTE }).waitFor();
    const auditor = await login('revisor@cmm.demo');
    const uses = await api<{ breakGlassUses: Array<{ id: string; reviewNote: string | null; reviewedAt: string | null }> }>('{ breakGlassUses { id reviewNote reviewedAt } }', {}, auditor);
    expect(uses.breakGlassUses.find((u) => u.id === grantId)).toMatchObject({ reviewNote: REVIEW_NOTE });
    // Only the unreviewed: it is gone from the list.
    await page.getByLabel('Kun dem, der ikke er gennemgået').check();
    await page.locator('[data-testid=break-glass-list] h3').waitFor();
    await expect.poll(() => page.locator(`[data-grant="${grantId}"]`).count()).toBe(0);
    expectNoSeriousViolations(await check(page, '97-audit-emergency-reviewed'), 'emergency accesses, reviewed');
    expect(cspViolations).toEqual([]);
  });
});

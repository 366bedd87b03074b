// Issue 14 in a real browser: CMM's analyst opens this year's statistics and finds the hotline's
// inquiries counted by subject, caller and outcome beside the other figures, exactly the API's
// counts, in words (no codes); a region shows no inquiry table (inquiries are national). axe-core.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiToken, callApi, check, screenshotDir, signIn, signOut, startJourney, type TJourney } from './support/harness.js';
import { expectNoSeriousViolations } from './support/actions.js';

let journey: TJourney | undefined;
let page: Page;
let cspViolations: string[];
let serverUrl = '';
const YEAR = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(new Date()));

const RECORD = `mutation($input: RecordInquiryInput!) { recordInquiry(input: $input) { id } }`;
const COUNTS = `query($year: Int!) { statistics(year: $year) { inquiries { total byKind { key count } bySource { key count } byOutcome { key count } } } }`;
type TCounts = { total: number; byKind: Array<{ key: string; count: number }>; bySource: Array<{ key: string; count: number }>; byOutcome: Array<{ key: string; count: number }> };

beforeAll(async () => {
  journey = await startJourney();
  ({ page, cspViolations } = journey);
  serverUrl = journey.server.url;
});

afterAll(async () => {
  await journey?.close();
});

/** A table's rows as { key: count }. */
async function tableOf(id: string): Promise<Record<string, number>> {
  return page
    .locator(`[data-testid=table-inquiries-${id}] tbody tr`)
    .evaluateAll((rows) => Object.fromEntries(rows.map((r) => [r.getAttribute('data-key'), Number((r.querySelector('td') as HTMLElement).textContent!.replace(/\D/g, ''))])));
}

describe('the statistics screen shows the hotline’s inquiries', () => {
  it('to CMM’s analyst, this year, as the API counts them', async () => {
    const caseworker = await apiToken(serverUrl, 'sagsbehandler@cmm.demo');
    const receivedAt = new Date(Date.now() - 3_600_000).toISOString();
    await callApi(serverUrl, RECORD, { input: { receivedAt, kind: 'PERSON_IN_CUSTODY', callerOrganisationCode: 'KBHPOL', ledTo: 'NOTHING' } }, caseworker);
    await callApi(serverUrl, RECORD, { input: { receivedAt, kind: 'TIP_ABOUT_PLACE', callerOrganisationCode: null, ledTo: 'NOTHING' } }, caseworker);
    const analyst = await apiToken(serverUrl, 'analytiker@cmm.demo');
    const api = (await callApi<{ statistics: { inquiries: TCounts } }>(serverUrl, COUNTS, { year: YEAR }, analyst)).statistics.inquiries;
    expect(api.total).toBeGreaterThanOrEqual(2);

    await page.goto(`/statistics?year=${YEAR}`);
    await signIn(page, 'analytiker@cmm.demo');
    const section = page.locator('[data-testid=stat-inquiries]');
    await section.waitFor();
    expect(await page.locator('[data-testid=inquiries-total]').textContent()).toContain(String(api.total));
    const asMap = (list: Array<{ key: string; count: number }>) => Object.fromEntries(list.map((c) => [c.key, c.count]));
    expect(await tableOf('kind')).toEqual(asMap(api.byKind));
    expect(await tableOf('source')).toEqual(asMap(api.bySource));
    expect(await tableOf('outcome')).toEqual(asMap(api.byOutcome));
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('Anonym');
    expect(text).toContain('Person i politiets varetægt');
    // Words, not codes.
    expect(text).not.toMatch(/TIP_ABOUT_PLACE|PERSON_IN_CUSTODY|ANONYMOUS|NOTHING/);
    expectNoSeriousViolations(await check(page, '90-statistics-inquiries'), 'statistics with inquiries');
    await section.screenshot({ path: path.join(screenshotDir, '91-statistics-inquiries-section.png') });
  });

  it('not for a region: inquiries are counted for all of Denmark only', async () => {
    await page.goto(`/statistics?year=${YEAR}&region=SYDDANMARK`);
    await page.locator('[data-testid=stat-criminal-justice]').waitFor();
    expect(await page.locator('[data-testid=stat-inquiries]').count()).toBe(0);
    await signOut(page);
  });

  it('broke no CSP rule', () => {
    expect(cspViolations).toEqual([]);
  });
});

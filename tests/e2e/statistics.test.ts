// Statistics in a real browser: CMM's analyst opens last year's figures, switches region, and each
// chart and its table show exactly the API's figures; the CSV downloads (fetched with the token,
// saved from a blob) with the export's content; both languages. The administrator imports a file
// with one bad line: the line is named (never its value) and nothing is imported.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { StatisticsQuery } from '../../client/src/gql/graphql.js';
import { StatisticsDocument } from '../../client/src/gql/graphql.js';
import { apiToken, callApi, check, signIn, signOut, startJourney, type TE2EServer, type TJourney } from './support/harness.js';
import { expectNoSeriousViolations } from './support/actions.js';

let journey: TJourney | undefined;
let server: TE2EServer;
let page: Page;
let cspViolations: string[];
let analystToken = '';
// The demo's historical register covers the ten years before this one (in Copenhagen).
const YEAR = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(new Date())) - 1;

async function apiStatistics(region: string | null): Promise<StatisticsQuery['statistics']> {
  return (await api<StatisticsQuery>(StatisticsDocument.toString(), { year: YEAR, region }, analystToken)).statistics;
}

const api = <T>(query: string, variables: object, token?: string) => callApi<T>(server.url, query, variables, token);
const login = (email: string) => apiToken(server.url, email);

beforeAll(async () => {
  journey = await startJourney();
  ({ server, page, cspViolations } = journey);
  analystToken = await login('analytiker@cmm.demo');
});

afterAll(async () => {
  await journey?.close();
});

/** The chart's bars and the table's rows of one breakdown, by key, as the page shows them. */
async function shown(id: string): Promise<{ chart: Record<string, number>; table: Record<string, number> }> {
  const chart = await page.locator(`[data-testid=chart-${id}] .chart-bar`).evaluateAll((bars) => Object.fromEntries(bars.map((b) => [b.getAttribute('data-key'), Number(b.getAttribute('data-value'))])));
  const table = await page
    .locator(`[data-testid=table-${id}] tbody tr`)
    .evaluateAll((rows) => Object.fromEntries(rows.map((r) => [r.getAttribute('data-key'), Number((r.querySelector('[data-value]') as HTMLElement).getAttribute('data-value'))])));
  return { chart, table };
}

/** Every breakdown of the page against the API's answer: the chart and the table agree with it, key by key. */
async function expectPageToMatch(api: StatisticsQuery['statistics']): Promise<void> {
  const breakdowns: Array<[string, Array<{ key: string; count: number }>]> = [
    ['exploitation', api.byPrimaryExploitation],
    ['gender', api.byGender],
    ['nationality', api.byNationality],
    ['authority', api.byAuthority],
    ['first-contact-kind', api.byFirstContactKind],
    ['first-contact-org', api.byFirstContactOrganisation],
    ['closures', api.closuresByOutcome],
    ['referrals-by-org', api.referralsByOrganisation.map((r) => ({ key: r.organisation.code, count: r.referrals }))],
  ];
  let compared = 0;
  for (const [id, counts] of breakdowns) {
    const expected = Object.fromEntries(counts.map((c) => [c.key, c.count]));
    if (counts.length === 0) {
      expect(await page.locator(`[data-testid=chart-${id}]`).count(), id).toBe(0);
      continue;
    }
    const { chart, table } = await shown(id);
    expect(chart, `chart ${id}`).toEqual(expected);
    expect(table, `table ${id}`).toEqual(expected);
    compared += counts.length;
  }
  expect(compared).toBeGreaterThan(10);
  // The ten-year series: the line's points and the table's cells, year by year.
  const points = await page.locator('[data-testid=chart-series] [data-series] circle').evaluateAll((cs) => cs.map((c) => [c.closest('[data-series]')!.getAttribute('data-series'), Number(c.getAttribute('data-year')), Number(c.getAttribute('data-value'))]));
  const cells = await page.locator('[data-testid=table-series] td[data-series]').evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-series'), Number(td.closest('tr')!.getAttribute('data-year')), Number(td.getAttribute('data-value'))]));
  const expectedSeries = api.series.flatMap((s) => (['personsTrafficked', 'interviewsHeld', 'referrals', 'preparedReturns'] as const).map((k) => [k, s.year, s[k]]));
  expect(api.series).toHaveLength(10);
  expect(new Set(points.map((p) => JSON.stringify(p)))).toEqual(new Set(expectedSeries.map((p) => JSON.stringify(p))));
  expect(new Set(cells.map((p) => JSON.stringify(p)))).toEqual(new Set(expectedSeries.map((p) => JSON.stringify(p))));
  expect(await page.locator('[data-testid=persons-trafficked]').textContent()).toBe(api.personsTrafficked.toLocaleString('da-DK'));
}

describe('statistics', () => {
  it('analytiker@cmm.demo opens a year: every chart and table shows the API’s figures', async () => {
    await page.goto('/');
    await signIn(page, 'analytiker@cmm.demo');
    const nav = page.locator('nav.app-nav');
    await nav.locator('a', { hasText: 'Statistik' }).click();
    await page.locator('[data-testid=stat-choose] [name=year]').selectOption(String(YEAR));
    await page.locator('[data-testid=stat-choose] button[type=submit]').click();
    await page.locator('[data-testid=stat-heading]', { hasText: `Hele Danmark · ${YEAR}` }).waitFor();
    // The path names the year only, never anything personal.
    expect(new URL(page.url()).search).toBe(`?year=${YEAR}`);
    const national = await apiStatistics(null);
    expect(national.personsTrafficked).toBeGreaterThan(0);
    await expectPageToMatch(national);
    // Organisations by name, not by code (the codes stay in data-key and in the CSV).
    expect(await page.locator('[data-testid=table-authority] tr[data-key=CMM] th').textContent()).toBe('Center mod Menneskehandel');
    expect(national.byFirstContactOrganisation.map((c) => c.key)).toContain('KBHPOL');
    expect(await page.locator('[data-testid=table-first-contact-org] tr[data-key=KBHPOL] th').textContent()).toBe('Københavns Politi');
    expectNoSeriousViolations(await check(page, '80-statistics-national'), 'statistics, all of Denmark');
  });

  it('switches region: the figures follow, still equal to the API’s', async () => {
    await page.locator('[data-testid=stat-choose] [name=region]').selectOption('SYDDANMARK');
    await page.locator('[data-testid=stat-choose] button[type=submit]').click();
    await page.locator('[data-testid=stat-heading]', { hasText: `Region Syddanmark · ${YEAR}` }).waitFor();
    const regional = await apiStatistics('SYDDANMARK');
    const national = await apiStatistics(null);
    expect(regional.personsTrafficked).toBeLessThan(national.personsTrafficked);
    await expectPageToMatch(regional);
    expectNoSeriousViolations(await check(page, '81-statistics-region'), 'statistics, one region');
  });

  it('downloads the CSV of the year and region shown: the export’s own content, no token in any URL', async () => {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=stat-csv]').click()]);
    expect(download.suggestedFilename()).toBe(`samvirke-statistik-${YEAR}-syddanmark.csv`);
    const saved = fs.readFileSync((await download.path())!, 'utf8');
    const res = await fetch(`${server.url}/statistics/${YEAR}.csv?region=SYDDANMARK`, { headers: { authorization: `Bearer ${analystToken}` } });
    expect(res.status).toBe(200);
    expect(saved).toBe(await res.text());
    expect(saved.length).toBeGreaterThan(100);
    expect(urls.some((u) => u.includes(`/statistics/${YEAR}.csv?region=SYDDANMARK`))).toBe(true);
    expect(urls.some((u) => /token|bearer/i.test(u))).toBe(false);
  });

  it('in English: the same page, every label in English, axe-clean', async () => {
    await page.locator('.lang-switch').click();
    await page.locator('h1', { hasText: 'Statistics' }).waitFor();
    await page.locator('[data-testid=stat-heading]', { hasText: `Region of Southern Denmark · ${YEAR}` }).waitFor();
    await page.locator('#stat-exploitation-h', { hasText: 'Form of exploitation' }).waitFor();
    await page.locator('#stat-series-h', { hasText: 'Ten years' }).waitFor();
    await page.locator('[data-testid=chart-series]').waitFor();
    expect(await page.locator('[data-testid=chart-exploitation]').getAttribute('aria-label')).toMatch(/^Chart: .*The figures are in the table\.$/);
    // Numbers in the page's language, not the browser's (a decimal point in English).
    const mean = (await apiStatistics('SYDDANMARK')).age.mean;
    expect(mean).not.toBeNull();
    expect(await page.locator('[data-testid=stat-key-figures]').textContent()).toContain(`mean ${mean!.toLocaleString('en-GB', { maximumFractionDigits: 1 })} `);
    expectNoSeriousViolations(await check(page, '82-statistics-english'), 'statistics in English');
    await page.locator('.lang-switch').click();
    await page.locator('h1', { hasText: 'Statistik' }).waitFor();
    expect(cspViolations).toEqual([]);
    await signOut(page);
  });
});

describe('historical import', () => {
  const header = 'person_key,assessed_on,decision,authority,gender,nationality,age_at_assessment,primary_exploitation,first_contact,interview_held_on,outcome,region';
  const good = `E2E-1,${YEAR}-03-01,TRAFFICKED,CMM,FEMALE,RO,30,SEXUAL,KBHPOL,,,SYDDANMARK`;
  const bad = `E2E-2,${YEAR}-03-02,TRAFFICKED,CMM,BANANA,RO,31,SEXUAL,KBHPOL,,,SYDDANMARK`;
  const count = () => (server.deps.sqlite.prepare('select count(*) as n from historical_assessments').get() as { n: number }).n;

  it('admin@samvirke.demo imports a file with one bad line: the line is named, its value is not, and nothing is imported', async () => {
    const before = count();
    await signIn(page, 'admin@samvirke.demo');
    await page.locator('nav.app-nav a', { hasText: 'Historisk import' }).click();
    await page.locator('h1', { hasText: 'Historisk import' }).waitFor();
    expectNoSeriousViolations(await check(page, '83-statistics-import'), 'historical import');
    await page.locator('[data-testid=import-form] input[type=file]').setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${good}\n${bad}\n`) });
    await page.locator('[data-testid=import-form] button[type=submit]').click();
    const errors = page.locator('[data-testid=import-errors]');
    await errors.waitFor();
    await errors.locator('[role=alert]', { hasText: 'Intet er importeret' }).waitFor();
    // Line 3 (the header is line 1) and the column; never the value.
    expect(await errors.locator('tbody tr').count()).toBe(1);
    expect(await errors.locator('tbody tr').getAttribute('data-line')).toBe('3');
    expect(await errors.locator('tbody tr td').nth(1).textContent()).toMatch(/^gender: /);
    expect(await errors.textContent()).not.toContain('BANANA');
    expect(count()).toBe(before);
    expectNoSeriousViolations(await check(page, '84-statistics-import-rejected'), 'historical import with a bad line');
  });

  it('imports the same file once the line is corrected', async () => {
    const before = count();
    const fixed = bad.replace('BANANA', 'MALE');
    await page.locator('[data-testid=import-form] input[type=file]').setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${good}\n${fixed}\n`) });
    await page.locator('[data-testid=import-form] button[type=submit]').click();
    await page.locator('[data-testid=import-done]', { hasText: '2 rækker tilføjet, 0 fandtes allerede' }).waitFor();
    expect(count()).toBe(before + 2);
    expectNoSeriousViolations(await check(page, '85-statistics-import-done'), 'historical import done');
    expect(cspViolations).toEqual([]);
  });
});

// The real server on a fresh temporary demo database, in this process (so the test can move its
// clock), with the built client; and Debian's Chromium driven by playwright-core.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createApp } from '../../../server/app.js';
import { loadConfig } from '../../../server/config.js';
import type { TClock } from '../../../server/core/clock.js';
import { createLogger } from '../../../server/core/logger.js';
import { closeDeps, createDeps, type TDeps } from '../../../server/deps.js';
import { generateCheckpointKeyPem } from '../../../server/modules/audit/checkpoint-key.js';
import { seedDemo } from '../../../server/seed/demo.js';

export const DEMO_PASSWORD = 'demo-password';
const root = path.resolve(import.meta.dirname, '../../..');
const dist = path.join(root, 'client/dist');
export const screenshotDir = path.join(root, 'tests/e2e/screenshots');

/** Real time plus an offset the test may move forward (to let tokens and sessions lapse). */
export type TShiftClock = TClock & { advance(ms: number): void };

export type TE2EServer = { url: string; deps: TDeps; clock: TShiftClock; logs: string[]; close(): Promise<void> };

/**
 * `port` and `env` (e.g. PUBLIC_URL on that port): a server whose public address must be real, as
 * for an identity provider's redirect back to it.
 */
export async function startServer(options: { port?: number; env?: Record<string, string> } = {}): Promise<TE2EServer> {
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error('client/dist is missing: run npm run build:client');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-e2e-'));
  const config = loadConfig({
    env: { DATABASE_PATH: path.join(dir, 'samvirke.db'), NODE_ENV: 'development', PORT: '0', PUBLIC_URL: 'http://127.0.0.1', AUDIT_CHECKPOINT_KEY: generateCheckpointKeyPem(), DEMO_PASSWORD, ...options.env },
    argv: ['--demo'],
    readFile: (p) => fs.readFileSync(p, 'utf8'),
  });
  const logs: string[] = [];
  const logger = createLogger({
    level: 'info',
    destination: new Writable({
      write(chunk, _enc, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  });
  let offset = 0;
  const clock: TShiftClock = { now: () => new Date(Date.now() + offset), advance: (ms) => void (offset += ms) };
  const deps = await createDeps({ config, clock, logger });
  await seedDemo(deps);
  // The app serves client/dist itself (deep links, CSP), exactly as in the demo and production.
  const built = await createApp(deps, { clientDist: dist });
  const server = http.createServer(built.app);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    deps,
    clock,
    logs,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await built.stop();
      await closeDeps(deps);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A GraphQL call straight to the server, for a test's set-up and cross-checks; errors throw. */
export async function callApi<T>(serverUrl: string, query: string, variables: object, token?: string): Promise<T> {
  const res = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A demo user's access token, signed in through the API. */
export async function apiToken(serverUrl: string, email: string): Promise<string> {
  const query = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';
  return (await callApi<{ login: { accessToken: string } }>(serverUrl, query, { e: email, p: DEMO_PASSWORD })).login.accessToken;
}

/** A journey's set-up: the demo server, a browser and one page on it. close() ends what was started. */
export type TJourney = { server: TE2EServer; page: Page; cspViolations: string[]; close(): Promise<void> };

export async function startJourney(): Promise<TJourney> {
  const server = await startServer();
  let launched: { browser: Browser; profile: string } | undefined;
  const close = async () => {
    await launched?.browser.close();
    if (launched) fs.rmSync(launched.profile, { recursive: true, force: true });
    await server.close();
  };
  try {
    launched = await launchBrowser();
    const { page, cspViolations } = await newPage(launched.browser, server.url);
    return { server, page, cspViolations, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Debian's Chromium, headless; playwright-core gives every launch a fresh temporary profile folder (and removes it). */
export async function launchBrowser(): Promise<{ browser: Browser; profile: string }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-chromium-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    // Downloads and traces of this run go to its own folder.
    downloadsPath: profile,
  });
  return { browser, profile };
}

export async function newPage(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page; consoleLines: string[]; cspViolations: string[] }> {
  const context = await browser.newContext({ baseURL, acceptDownloads: true, viewport: { width: 1280, height: 900 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  const page = await context.newPage();
  const consoleLines: string[] = [];
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    consoleLines.push(`${m.type()}: ${m.text()}`);
    if (/Content.Security.Policy|Refused to/i.test(m.text())) cspViolations.push(m.text());
  });
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
  return { context, page, consoleLines, cspViolations };
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(/^(Adgangskode|Password)/).fill(password);
  await page.locator('form button[type=submit]').click();
  await page.locator('[data-testid=sign-out]').waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.locator('[data-testid=sign-out]').click();
  await page.locator('input[name=email]').waitFor();
}

const axeSource = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core on the page as it is: the serious and critical violations (none are allowed). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Injected through the DevTools protocol (addScriptTag would be an inline script the CSP refuses).
  await page.evaluate(axeSource);
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as { violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** A screenshot for people to look at, and axe's verdict on the same screen. */
export async function check(page: Page, name: string): Promise<string[]> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  return seriousViolations(page);
}

// `tsx tests/bench/profile.ts [--seconds 15] [--personal]`: where one listing request's CPU goes (issue 12).
// Starts the compiled server (as `npm start` runs it) and the bench's baseline server, each under
// `node --cpu-prof`, drives the CMM caseworker's `referrals(first: 50)` at 20 connections, stops
// them (SIGTERM, so V8 writes the profile), and prints self time per request by area.
// With --personal: Samvirke twice instead, under the listing and under the bench's listing with
// personal fields (identity, narrative), so the two profiles show what the personal part costs.
// Needs `npm run build` first. Profiles stay in the printed directory for a closer look.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { benchSecrets, buildBenchDatabase, CASEWORKER } from './bench-data.js';
import { freePort, LISTING, LISTING_PERSONAL, npmStart, post, signIn, sleep, stop } from './bench-process.js';

const args = process.argv.slice(2);
const SECONDS = Number(args[args.indexOf('--seconds') + 1] || 15) || 15;
const PERSONAL = args.includes('--personal');
const ROOT = path.resolve(import.meta.dirname, '../..');
/** How `npm start` runs node (package.json: its flags and environment), so the profile runs the server as it does. */
const START = npmStart(ROOT);
const START_FLAGS = START.flags;
// --semi N: V8's semi-space (MB) for Samvirke instead of `npm start`'s, to see what GC is owed to it.
const SEMI = args.includes('--semi') ? Number(args[args.indexOf('--semi') + 1]) : null;
const FLAGS = SEMI === null ? START_FLAGS : [...START_FLAGS.filter((f) => !f.startsWith('--max-semi-space-size=')), `--max-semi-space-size=${SEMI}`];

type TNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type TProfile = { nodes: TNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

type TFrame = TNode['callFrame'] & { columnNumber: number };

/**
 * The bundle (dist/server/server.cjs; dist/server/main.js in a checkout built before the code
 * cache) holds our code and the packages: its source map says whose a frame is.
 */
const maps = new Map<string, SourceMap | null>();
function original(frame: TFrame): string {
  if (!/\/dist\/server\/(?:main\.js|server\.cjs)$/.test(frame.url)) return frame.url;
  let map = maps.get(frame.url);
  if (map === undefined) {
    // The compiled entry runs the bundle as a script named by its path, not its URL.
    const file = `${frame.url.startsWith('file:') ? new URL(frame.url).pathname : frame.url}.map`;
    map = fs.existsSync(file) ? new SourceMap(JSON.parse(fs.readFileSync(file, 'utf8')) as never) : null;
    maps.set(frame.url, map);
  }
  if (!map) return frame.url;
  const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string };
  return entry.originalSource ?? frame.url;
}

/** The area a frame belongs to: a package, a part of our server, or V8's own (GC, program, idle). */
function area(frame: TFrame, source: string): string {
  const { functionName } = frame;
  if (!frame.url) {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(idle)') return '(idle)';
    if (functionName === '(program)') return 'V8 (program)';
    return `native: ${functionName || '(anonymous)'}`;
  }
  // drizzle-orm's own source maps point one folder too high (node_modules/src/...).
  if (source.includes('node_modules/src/')) return 'drizzle-orm';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg) return pkg;
  if (source.startsWith('node:')) return `node: ${source.slice(5).split('/')[0]}`;
  const ours = /(?:^|\/)(server\/.*|tests\/.*)$/.exec(source)?.[1];
  if (ours) {
    const parts = ours.split('/');
    return `ours: ${parts.length > 3 ? parts.slice(0, 3).join('/') : parts.join('/')}`;
  }
  return source;
}

/**
 * What a sample was for, by the frames on its stack (the first rule that any frame matches):
 * audit writing before SQL, so the audit's statements count as audit; GC has no stack of its own.
 */
const ANCESTOR_RULES: [string, (area: string) => boolean][] = [
  ['audit writing (server/core/audit, its transaction)', (a) => a === 'ours: server/core/audit.ts'],
  ['sign-in check (JWT, session)', (a) => a === 'jose' || a.startsWith('ours: server/modules/auth')],
  ['access rules (server/core/access)', (a) => a === 'ours: server/core/access.ts'],
];
const HTTP = ['express', 'router', 'body-parser', 'raw-body', 'negotiator', 'type-is', 'etag', 'helmet', 'mime-types', 'content-type', 'send', 'finalhandler', 'accepts', 'on-finished', 'depd', 'qs', 'iconv-lite', '@as-integrations/express5'];
/** Otherwise the innermost frame that is not Node's or V8's own says what the sample was for. */
function innermost(a: string): string | null {
  if (a === 'GC') return 'GC';
  if (a === 'drizzle-orm' || a === 'better-sqlite3') return 'SQL reads (drizzle + better-sqlite3/SQLite)';
  if (a.startsWith('ours: server/core/sealing')) return 'unsealing (crypto)';
  if (a === 'ours: tests/bench/baseline-server.mjs') return 'listing code and resolvers (ours)';
  if (a.startsWith('ours: ') || a === 'dataloader') return 'listing code and resolvers (ours)';
  if (a === 'graphql') return 'graphql execution (graphql-js)';
  if (a === '@apollo/server' || a.includes('@apollo/')) return '@apollo/server (pipeline, JSON out)';
  if (HTTP.includes(a) || a.startsWith('node: _http') || a === 'node: net' || a === 'native: writev') return 'HTTP (express, body, node:http, sockets)';
  if (a === 'pino' || a === 'zod' || a === 'sha.js') return `other packages (${a})`;
  return null;
}

/** Only the samples taken while the measured load ran (not start-up, not the warm-up): V8's clock is the monotonic one process.hrtime reads. */
type TWindow = { fromUs: number; toUs: number };
function inWindow(profile: TProfile, window: TWindow): boolean[] {
  const keep: boolean[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    t += profile.timeDeltas[i] ?? 0;
    keep.push(t >= window.fromUs && t <= window.toUs);
  }
  return keep;
}

function categorise(file: string, requests: number, window: TWindow): [string, number][] {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as TProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byCategory = new Map<string, number>();
  const cache = new Map<number, string>();
  const categoryOf = (id: number): string => {
    const known = cache.get(id);
    if (known) return known;
    const areas: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = nodes.get(at)!.callFrame as TFrame;
      areas.push(area(frame, original(frame)));
    }
    const found =
      areas[0] === '(idle)'
        ? '(idle)'
        : (ANCESTOR_RULES.find(([, test]) => areas.some(test))?.[0] ?? areas.map(innermost).find((c) => c !== null) ?? 'Node/V8 internals (microtasks, timers, program)');
    cache.set(id, found);
    return found;
  };
  const keep = inWindow(profile, window);
  for (let i = 0; i < profile.samples.length; i += 1) {
    if (!keep[i]) continue;
    const c = categoryOf(profile.samples[i]!);
    if (c !== '(idle)') byCategory.set(c, (byCategory.get(c) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return [...byCategory].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, v / requests]);
}

function analyse(file: string, requests: number, top: number, window: TWindow): { byArea: [string, number][]; byFunction: [string, number][]; totalMs: number } {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as TProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const keep = inWindow(profile, window);
  for (let i = 0; i < profile.samples.length; i += 1) {
    if (!keep[i]) continue;
    const dt = profile.timeDeltas[i + 1] ?? 0; // a sample's time is the delta to the next one
    self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + dt);
  }
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let totalMs = 0;
  for (const [id, us] of self) {
    const frame = nodes.get(id)!.callFrame as TFrame;
    const source = original(frame);
    const a = area(frame, source);
    if (a === '(idle)') continue;
    const ms = us / 1000;
    totalMs += ms;
    byArea.set(a, (byArea.get(a) ?? 0) + ms);
    const fn = `${frame.functionName || '(anonymous)'} ${source.replace(/^.*node_modules\//, '').replace(/^.*?\/(server|tests)\//, '$1/')}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, v / requests] as [string, number]);
  return { byArea: sorted(byArea), byFunction: sorted(byFunction).slice(0, top), totalMs: totalMs / requests };
}

async function waitReady(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
}

async function drive(url: string, token: string | null, query: string): Promise<{ requests: number; window: TWindow }> {
  const body = JSON.stringify({ query });
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  await autocannon({ url: `${url}/graphql`, connections: 20, duration: 2, method: 'POST', headers, body }); // warm-up, in the profile too
  const fromUs = Number(process.hrtime.bigint() / 1000n);
  const result = await autocannon({ url: `${url}/graphql`, connections: 20, duration: SECONDS, method: 'POST', headers, body });
  const toUs = Number(process.hrtime.bigint() / 1000n);
  if (result.non2xx + result.errors > 0) throw new Error(`${result.non2xx + result.errors} failed requests`);
  return { requests: result.requests.total, window: { fromUs, toUs } };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-profile-'));
  const secrets = benchSecrets();
  const db = path.join(dir, 'small.db');
  await buildBenchDatabase(db, secrets, { referrals: 100, registerRows: 20_000 });
  fs.copyFileSync(db, path.join(dir, 'baseline.db'));
  // Each run on its own copy of the fresh database: a run on the file the first one used would
  // insert its audit hits into the trail (and its indexes) that run grew, and read that as its cost.
  for (const which of ['samvirke', 'samvirke-personal']) fs.copyFileSync(db, path.join(dir, `${which}.db`));
  const report: string[] = [`load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}; ${SECONDS} s at 20 connections (after 2 s of warm-up, not profiled); Samvirke with ${FLAGS.join(' ')}`];

  const runs = PERSONAL ? (['samvirke', 'samvirke-personal'] as const) : (['samvirke', 'baseline'] as const);
  for (const which of runs) {
    const profDir = path.join(dir, `prof-${which}`);
    const query = which === 'samvirke-personal' ? LISTING_PERSONAL : LISTING;
    const port = await freePort();
    let child: ChildProcess;
    let groupLog = '';
    let url = `http://127.0.0.1:${port}`;
    if (which !== 'baseline') {
      child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profDir}`, ...FLAGS, path.join(ROOT, 'dist/server/main.js')], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...START.env, NODE_ENV: 'production', DATABASE_PATH: path.join(dir, `${which}.db`), PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: 'https://samvirke.bench.invalid', SMTP_URL: 'smtp://127.0.0.1:2525', JOBS_ENABLED: 'false', LOG_LEVEL: 'debug', LOG_FORMAT: 'json', ...secrets, KEY_STORE_PATH: path.join(dir, 'data-keys.db') },
      });
      // At debug level the server logs, as it closes, its audit group commit figures (core/audit.ts).
      child.stdout!.on('data', (chunk: Buffer) => (groupLog += String(chunk)));
      await waitReady(url, child);
    } else {
      child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profDir}`, path.join(ROOT, 'tests/bench/baseline-server.mjs'), path.join(dir, 'baseline.db')], { cwd: ROOT, env: { PATH: process.env.PATH, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'inherit'] });
      url = await new Promise<string>((resolve) => child.stdout!.on('data', (c: Buffer) => { const p = /listening (\d+)/.exec(String(c))?.[1]; if (p) resolve(`http://127.0.0.1:${p}`); }));
    }
    const token = which !== 'baseline' ? await signIn(url, CASEWORKER) : null;
    const check = await post(url, query, token ?? undefined);
    if (check.status !== 200 || check.text.includes('"errors"')) throw new Error(`${which}: ${check.text.slice(0, 300)}`);
    if (which === 'samvirke-personal' && !check.text.includes('"identity":{"name"')) throw new Error(`${which}: the caseworker sees no personal fields`);
    const { requests, window } = await drive(url, token, query);
    await stop({ child });
    const groups = /"auditGroupCommit":(\{[^}]*\})/.exec(groupLog)?.[1];
    if (which === 'samvirke' && groups) {
      const g = JSON.parse(groups) as { groups: number; units: number; records: number; largest: number };
      report.push('', `audit group commit (whole run, warm-up included): ${g.groups} groups, ${g.units} units, ${g.records} records; ${(g.units / Math.max(1, g.groups)).toFixed(2)} units per group on average, largest ${g.largest}`);
    }
    const file = fs.readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'))!;
    const counted = requests;
    const { byArea, byFunction, totalMs } = analyse(path.join(profDir, file), counted, 40, window);
    report.push('', `== ${which}: ${requests} requests in ${SECONDS} s (${(requests / SECONDS).toFixed(1)}/s); profiled CPU ${totalMs.toFixed(2)} ms/request; ${path.join(profDir, file)}`);
    for (const [k, v] of byArea) if (v >= 0.01) report.push(`  ${k.padEnd(50)} ${v.toFixed(3).padStart(7)} ms  ${((100 * v) / totalMs).toFixed(1).padStart(5)} %`);
    report.push('  -- by what the stack was doing (inclusive, ms/request)');
    const others = new Map<string, number>();
    for (const [k, v] of categorise(path.join(profDir, file), counted, window)) {
      if (k.startsWith('other packages') && v < 0.05) others.set('other packages (each < 0.05 ms)', (others.get('other packages (each < 0.05 ms)') ?? 0) + v);
      else report.push(`  ${k.padEnd(56)} ${v.toFixed(3).padStart(7)} ms  ${((100 * v) / totalMs).toFixed(1).padStart(5)} %`);
    }
    for (const [k, v] of others) report.push(`  ${k.padEnd(56)} ${v.toFixed(3).padStart(7)} ms  ${((100 * v) / totalMs).toFixed(1).padStart(5)} %`);
    report.push('  -- top functions (self time, ms/request)');
    for (const [k, v] of byFunction) report.push(`  ${v.toFixed(3).padStart(7)}  ${k}`);
  }
  process.stdout.write(`${report.join('\n')}\n`);
}

await main();

// `npm run bench`: the price of need to know, measured over HTTP against a baseline server the
// bench starts itself (tests/bench/baseline-server.mjs: bare Apollo + express + better-sqlite3,
// the same 50 referrals in the same nested shape from a copy of the same database, no sign-in, no
// access rules, no audit; its answer is checked byte for byte against ours). Samvirke runs as
// `npm start` does, in production mode (the compiled dist/ when built, else through tsx; say which
// with --tsx). Figures are medians of interleaved rounds (autocannon, 20 connections): the machine
// may be shared, so the ratios, measured side by side, are what the goals are about.
//
// Options: --quick (short rounds, smaller tables), --rounds N, --seconds N, --large N, --before DIR (also
// start the server of another checkout, e.g. `git archive 1ef28f2`, on copies of the same
// databases, as the "before" column), --tsx, --keep (leave the databases). Writes
// bench-results/http-<time>.json.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { ANALYST, benchSecrets, buildBenchDatabase, CASEWORKER, STATISTICS_YEAR, type TBenchSecrets } from './bench-data.js';
import { cpuMs, freePort, LISTING, LISTING_PERSONAL, median, npmStart, post, signIn, signInRates, sleep, stop } from './bench-process.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const QUICK = flag('quick');
const ROUNDS = Number(option('rounds') ?? (QUICK ? 2 : 5));
const SECONDS = Number(option('seconds') ?? (QUICK ? 3 : 10));
const CONNECTIONS = 20;
const SMALL = { referrals: 100, registerRows: QUICK ? 20_000 : 100_000 };
// --large N: the large database's referrals (e.g. a short check on a machine where loading 20 000 takes minutes).
const LARGE = { referrals: Number(option('large') ?? (QUICK ? 20_000 : 100_000)), registerRows: QUICK ? 200_000 : 1_000_000 };
const ROOT = path.resolve(import.meta.dirname, '../..');
const BEFORE = option('before') ? path.resolve(option('before')!) : null;

const STATISTICS = (year: number) => `query { statistics(year: ${year}) { year personsTrafficked minors series { year personsTrafficked } closuresByOutcome { key count } } }`;

type TServer = { label: string; url: string; child: ChildProcess; startMs: number };

async function waitReady(url: string, child: ChildProcess, started: bigint): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.status === 200) return Number(process.hrtime.bigint() - started) / 1e6;
    } catch {
      // not listening yet
    }
    await sleep(5);
  }
}

/** Whether this checkout runs compiled (dist/) or through tsx, as `npm start` would. */
function serverCommand(checkout: string): string[] {
  const compiled = path.join(checkout, 'dist/server/main.js');
  if (!flag('tsx') && fs.existsSync(compiled)) return [...npmStart(checkout).flags, compiled];
  // In-process tsx (not the tsx CLI, which forks a second node): the pid measured is the server's.
  return ['--import', 'tsx', path.join(checkout, 'server/main.ts')];
}

async function startSamvirke(label: string, checkout: string, databasePath: string, secrets: TBenchSecrets, options: { demo?: boolean } = {}): Promise<TServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: options.demo ? 'development' : 'production',
    DATABASE_PATH: databasePath,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: options.demo ? `http://127.0.0.1:${port}` : 'https://samvirke.bench.invalid',
    SMTP_URL: options.demo ? '' : 'smtp://127.0.0.1:2525',
    JOBS_ENABLED: 'false',
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    // The environment `npm start` sets (its malloc settings among them), NODE_ENV as above.
    ...(flag('tsx') ? {} : Object.fromEntries(Object.entries(npmStart(checkout).env).filter(([k]) => k !== 'NODE_ENV'))),
    // The key store the bench's loader sealed the databases' personal data under (beside them).
    ...(options.demo ? {} : { ...secrets, KEY_STORE_PATH: path.join(path.dirname(databasePath), 'data-keys.db') }),
  };
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [...serverCommand(checkout), ...(options.demo ? ['--demo'] : [])], { cwd: checkout, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += String(chunk);
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    const startMs = await waitReady(url, child, started);
    return { label, url, child, startMs };
  } catch (error) {
    throw new Error(`${label}: ${(error as Error).message}\n${stderr.slice(-2000)}`);
  }
}

function startBaseline(databasePath: string): Promise<TServer> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [path.join(ROOT, 'tests/bench/baseline-server.mjs'), databasePath], { cwd: ROOT, env: { PATH: process.env.PATH, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout!.on('data', (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(String(chunk))?.[1];
      if (port) resolve({ label: 'baseline', url: `http://127.0.0.1:${port}`, child, startMs: Number(process.hrtime.bigint() - started) / 1e6 });
    });
    child.once('exit', (code) => reject(new Error(`baseline exited with ${code}`)));
  });
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

type TLoad = { rps: number; p99: number; errors: number; maxRssMb: number | null; cpuMsPerRequest: number };

/**
 * One round of load. Besides throughput and p99, the server's CPU time per request: on a shared
 * machine throughput follows whatever else runs, while the CPU a request costs moves much less,
 * so its ratio to the baseline's is the steadier estimate of the throughput ratio on a machine of
 * one's own (both are CPU-bound at 20 connections).
 */
async function load(url: string, query: string, token: string | null, pid: number, memory: boolean): Promise<TLoad> {
  let maxRss = 0;
  const sampler = memory ? setInterval(() => (maxRss = Math.max(maxRss, rssMb(pid))), 200) : null;
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const cpuUsed = cpuMs(pid) - cpuBefore;
  if (sampler) clearInterval(sampler);
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx, maxRssMb: memory ? maxRss : null, cpuMsPerRequest: cpuUsed / Math.max(1, result.requests.total) };
}

async function timeRequests(url: string, query: string, token: string, runs: number, options: { warmUp?: boolean } = {}): Promise<number[]> {
  const times: number[] = [];
  const warmUp = options.warmUp ?? true;
  for (let i = warmUp ? 0 : 1; i <= runs; i += 1) {
    const started = process.hrtime.bigint();
    const res = await post(url, query, token);
    if (res.status !== 200 || res.text.includes('"errors"')) throw new Error(`request failed: ${res.text.slice(0, 300)}`);
    if (i > 0) times.push(Number(process.hrtime.bigint() - started) / 1e6); // the first one warms up
  }
  return times;
}

/** The floor of statistics(year): plain grouped distinct counts over the same rows, in-process. */
function floorQueryMs(databasePath: string, runs: number): number {
  const sqlite = new Database(databasePath, { readonly: true });
  try {
    const register = sqlite.prepare('select substr(assessed_on, 1, 4) as y, count(distinct person_key) as n from historical_assessments group by y');
    const referrals = sqlite.prepare("select substr(assessed_on, 1, 4) as y, count(distinct subject_id) as n from referrals where decision = 'TRAFFICKED' group by y");
    register.all();
    referrals.all();
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = process.hrtime.bigint();
      register.all();
      referrals.all();
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return median(times);
  } finally {
    sqlite.close();
  }
}

/**
 * The before checkout runs on a copy of the same database, less the indexes that only this
 * checkout's newer migrations create (its own migrator leaves a newer database alone), so its
 * statistics are measured as they were. New tables and columns stay: the old code ignores them.
 */
function asBefore(databasePath: string): string {
  if (!BEFORE) return databasePath;
  const theirs = new Set(fs.readdirSync(path.join(BEFORE, 'db/migrations')));
  const sqlite = new Database(databasePath);
  try {
    for (const file of fs.readdirSync(path.join(ROOT, 'db/migrations'))) {
      if (!file.endsWith('.sql') || theirs.has(file)) continue;
      const text = fs.readFileSync(path.join(ROOT, 'db/migrations', file), 'utf8');
      for (const [, name] of text.matchAll(/CREATE INDEX (?:IF NOT EXISTS )?`([^`]+)`/g)) sqlite.exec(`DROP INDEX IF EXISTS "${name}"`);
    }
  } finally {
    sqlite.close();
  }
  return databasePath;
}

type TFigure = { name: string; value: number; unit: string; baseline: number | null; baselineName: string | null; ratio: number | null; goal: string; met: boolean | null; before?: number | null };

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-http-bench-'));
  const servers: TServer[] = [];
  const out = process.stdout;
  const log = (line: string) => out.write(`${line}\n`);
  try {
    const loadBefore = os.loadavg();
    log(`Samvirke HTTP bench — ${new Date().toISOString()}, node ${process.version}, ${os.cpus().length} CPU(s), load average ${loadBefore.map((n) => n.toFixed(2)).join(' ')}`);
    log(`${ROUNDS} interleaved rounds of ${SECONDS} s, ${CONNECTIONS} connections; Samvirke runs ${serverCommand(ROOT)[0] === '--import' ? 'through tsx' : 'compiled (dist/)'}${QUICK ? ' (--quick)' : ''}`);
    const secrets = benchSecrets();
    const small = path.join(dir, 'small.db');
    const large = path.join(dir, 'large.db');
    const builtSmall = await buildBenchDatabase(small, secrets, SMALL);
    const builtLarge = await buildBenchDatabase(large, secrets, LARGE);
    log(`databases: ${SMALL.referrals} referrals + ${SMALL.registerRows.toLocaleString('en')} register rows (${builtSmall.buildMs.toFixed(0)} ms); ${LARGE.referrals.toLocaleString('en')} referrals + ${LARGE.registerRows.toLocaleString('en')} register rows (${builtLarge.buildMs.toFixed(0)} ms)`);
    const copy = (from: string, name: string) => {
      const to = path.join(dir, name);
      fs.copyFileSync(from, to);
      return to;
    };

    // --- Start-up: a seeded database (migrated, nothing to do) and a fresh demo ------------------
    const seededStarts: number[] = [];
    const demoStarts: number[] = [];
    const beforeSeededStarts: number[] = [];
    const beforeDemoStarts: number[] = [];
    for (let i = 0; i < (QUICK ? 2 : 3); i += 1) {
      for (const [checkout, seededTimes, demoTimes] of [[ROOT, seededStarts, demoStarts], ...(BEFORE ? [[BEFORE, beforeSeededStarts, beforeDemoStarts] as const] : [])] as const) {
        const seeded = await startSamvirke('start', checkout, copy(small, `start-${i}.db`), secrets);
        seededTimes.push(seeded.startMs);
        await stop(seeded);
        const demo = await startSamvirke('demo', checkout, path.join(dir, `demo-${i}-${seededTimes === seededStarts ? 'ours' : 'before'}`, 'demo.db'), secrets, { demo: true });
        demoTimes.push(demo.startMs);
        await stop(demo);
      }
    }

    // --- The servers ---------------------------------------------------------------------------------
    const baseline = await startBaseline(copy(small, 'baseline.db'));
    servers.push(baseline);
    const ours = await startSamvirke('samvirke', ROOT, copy(small, 'ours-small.db'), secrets);
    servers.push(ours);
    const oursLarge = await startSamvirke('samvirke-large', ROOT, copy(large, 'ours-large.db'), secrets);
    servers.push(oursLarge);
    const before = BEFORE ? await startSamvirke('before', BEFORE, asBefore(copy(small, 'before-small.db')), secrets) : null;
    const beforeLarge = BEFORE ? await startSamvirke('before-large', BEFORE, asBefore(copy(large, 'before-large.db')), secrets) : null;
    for (const s of [before, beforeLarge]) if (s) servers.push(s);
    const idleRssMb = rssMb(ours.child.pid!);

    // The same answer, byte for byte.
    const token = await signIn(ours.url, CASEWORKER);
    const mine = await post(ours.url, LISTING, token);
    const theirs = await post(baseline.url, LISTING);
    if (mine.status !== 200 || mine.text !== theirs.text) {
      throw new Error(`the baseline's answer differs from Samvirke's:\nsamvirke: ${mine.text.slice(0, 600)}\nbaseline: ${theirs.text.slice(0, 600)}`);
    }
    const personal = await post(ours.url, LISTING_PERSONAL, token);
    if (personal.status !== 200 || personal.text.includes('"errors"') || !personal.text.includes('"identity":{"name"')) throw new Error(`personal listing failed: ${personal.text.slice(0, 400)}`);
    log(`answers: Samvirke's listing is byte for byte the baseline's (${mine.text.length} bytes); with personal fields ${personal.text.length} bytes`);

    // --- Interleaved rounds ---------------------------------------------------------------------------
    type TTarget = { name: string; server: TServer; query: string; auth: boolean; memory?: boolean };
    const targets: TTarget[] = [
      { name: 'baseline', server: baseline, query: LISTING, auth: false },
      { name: 'listing', server: ours, query: LISTING, auth: true, memory: true },
      { name: 'listing+personal', server: ours, query: LISTING_PERSONAL, auth: true, memory: true },
      { name: 'listing@large', server: oursLarge, query: LISTING, auth: true },
      ...(before && beforeLarge
        ? [
            { name: 'before:listing', server: before, query: LISTING, auth: true, memory: true },
            { name: 'before:listing+personal', server: before, query: LISTING_PERSONAL, auth: true, memory: true },
            { name: 'before:listing@large', server: beforeLarge, query: LISTING, auth: true },
          ]
        : []),
    ];
    const runs = new Map<string, TLoad[]>(targets.map((t) => [t.name, []]));
    for (let round = 0; round < ROUNDS; round += 1) {
      // A fresh token each round (they live 15 minutes); the order rotates so no target always follows another.
      const tokens = new Map<TServer, string>();
      for (const t of targets) if (t.auth && !tokens.has(t.server)) tokens.set(t.server, await signIn(t.server.url, CASEWORKER));
      for (let k = 0; k < targets.length; k += 1) {
        const t = targets[(k + round) % targets.length]!;
        const result = await load(t.server.url, t.query, t.auth ? tokens.get(t.server)! : null, t.server.child.pid!, t.memory ?? false);
        if (result.errors > 0) throw new Error(`${t.name}: ${result.errors} failed requests in round ${round + 1}`);
        runs.get(t.name)!.push(result);
        log(`round ${round + 1} ${t.name.padEnd(26)} ${result.rps.toFixed(1).padStart(8)} req/s  p99 ${String(result.p99).padStart(5)} ms  CPU ${result.cpuMsPerRequest.toFixed(2).padStart(6)} ms/request`);
      }
    }
    const rps = (name: string) => median(runs.get(name)!.map((r) => r.rps));
    const p99 = (name: string) => median(runs.get(name)!.map((r) => r.p99));
    const cpu = (name: string) => median(runs.get(name)!.map((r) => r.cpuMsPerRequest));
    const maxRssMb = (names: string[]) => Math.max(...names.flatMap((n) => runs.get(n)?.map((r) => r.maxRssMb ?? 0) ?? [0]));
    const loadRssMb = maxRssMb(['listing', 'listing+personal']);

    // --- Statistics over HTTP ------------------------------------------------------------------------
    const analystLarge = await signIn(oursLarge.url, ANALYST);
    const analystSmall = await signIn(ours.url, ANALYST);
    const statRuns = QUICK ? 3 : 5;
    const statsLarge = median(await timeRequests(oursLarge.url, STATISTICS(STATISTICS_YEAR), analystLarge, statRuns));
    const statsLargeRegister = median(await timeRequests(oursLarge.url, STATISTICS(2024), analystLarge, statRuns));
    const statsSmall = Math.max(median(await timeRequests(ours.url, STATISTICS(STATISTICS_YEAR), analystSmall, statRuns)), median(await timeRequests(ours.url, STATISTICS(2024), analystSmall, statRuns)));
    const floorLarge = floorQueryMs(large, statRuns);
    let beforeStats: number | null = null;
      // Once, without a warm-up: before the register indexes one call took over a minute at a million rows.
    if (beforeLarge) beforeStats = median(await timeRequests(beforeLarge.url, STATISTICS(2024), await signIn(beforeLarge.url, ANALYST), 1, { warmUp: false }));

    // --- Sign-in ----------------------------------------------------------------------------------------
    const hash = (() => {
      const sqlite = new Database(small, { readonly: true });
      try {
        return (sqlite.prepare('select password_hash as h from users where email = ?').get(CASEWORKER) as { h: string }).h;
      } finally {
        sqlite.close();
      }
    })();
    const signIns = await signInRates(ours.url, CASEWORKER, hash, ours.child.pid!, { rounds: QUICK ? 3 : 5, seconds: Math.min(SECONDS, 3) });

    const loadAfter = os.loadavg();
    const figures: TFigure[] = [];
    const add = (f: Omit<TFigure, 'ratio' | 'met'> & { test: (value: number, ratio: number | null) => boolean }) => {
      const ratio = f.baseline ? f.value / f.baseline : null;
      const { test, ...rest } = f;
      figures.push({ ...rest, ratio, met: test(f.value, ratio) });
    };
    const beforeOf = (name: string, pick: (n: string) => number) => (runs.has(`before:${name}`) ? pick(`before:${name}`) : null);
    add({ name: 'referrals(first: 50) throughput', value: rps('listing'), unit: 'req/s', baseline: rps('baseline'), baselineName: 'baseline req/s', goal: '≥ 0.5 × baseline', test: (_, r) => (r ?? 0) >= 0.5, before: beforeOf('listing', rps) });
    // Requests per CPU-second relative to the baseline's: the throughput ratio the machine's other load does not move as much.
    add({ name: 'referrals(first: 50) CPU per request', value: cpu('listing'), unit: 'ms', baseline: cpu('baseline'), baselineName: 'baseline ms', goal: '≤ 2 × baseline (≥ 0.5 of its throughput per CPU)', test: (_, r) => (r ?? Infinity) <= 2, before: beforeOf('listing', cpu) });
    add({ name: 'with personal fields: CPU per request', value: cpu('listing+personal'), unit: 'ms', baseline: cpu('listing'), baselineName: 'without personal fields', goal: '≤ 1.25 ×', test: (_, r) => (r ?? Infinity) <= 1.25, before: beforeOf('listing+personal', cpu) });
    add({ name: `first page at ${LARGE.referrals.toLocaleString('en')} referrals: CPU per request`, value: cpu('listing@large'), unit: 'ms', baseline: cpu('listing'), baselineName: `at ${SMALL.referrals}`, goal: '≤ 1.2 ×', test: (_, r) => (r ?? Infinity) <= 1.2, before: beforeOf('listing@large', cpu) });
    add({ name: 'referrals(first: 50) p99', value: p99('listing'), unit: 'ms', baseline: p99('baseline'), baselineName: 'baseline p99', goal: '≤ 2 × baseline', test: (_, r) => (r ?? Infinity) <= 2, before: beforeOf('listing', p99) });
    add({ name: 'with personal fields: cost per listing', value: 1000 / rps('listing+personal'), unit: 'ms', baseline: 1000 / rps('listing'), baselineName: 'without personal fields', goal: '≤ 1.25 ×', test: (_, r) => (r ?? Infinity) <= 1.25, before: beforeOf('listing+personal', (n) => 1000 / rps(n)) });
    add({ name: `first page at ${LARGE.referrals.toLocaleString('en')} referrals: cost`, value: 1000 / rps('listing@large'), unit: 'ms', baseline: 1000 / rps('listing'), baselineName: `at ${SMALL.referrals}`, goal: '≤ 1.2 ×', test: (_, r) => (r ?? Infinity) <= 1.2, before: beforeOf('listing@large', (n) => 1000 / rps(n)) });
    add({ name: `statistics(year) over HTTP, ${LARGE.registerRows.toLocaleString('en')} register rows`, value: Math.max(statsLarge, statsLargeRegister), unit: 'ms', baseline: floorLarge, baselineName: 'floor query', goal: '≤ 3 × floor and < 3000 ms', test: (v, r) => v < 3000 && (r ?? Infinity) <= 3, before: beforeStats });
    add({ name: `statistics(year) over HTTP, ${SMALL.registerRows.toLocaleString('en')} register rows`, value: statsSmall, unit: 'ms', baseline: null, baselineName: null, goal: '< 300 ms', test: (v) => v < 300 });
    add({ name: 'resident memory under 20-connection load', value: loadRssMb, unit: 'MB', baseline: null, baselineName: null, goal: '< 200 MB', test: (v) => v < 200, before: before ? maxRssMb(['before:listing', 'before:listing+personal']) : null });
    add({ name: 'resident memory idle', value: idleRssMb, unit: 'MB', baseline: null, baselineName: null, goal: '—', test: () => true });
    const beforeMedian = (times: number[]) => (times.length > 0 ? median(times) : null);
    add({ name: 'start-up, seeded database', value: median(seededStarts), unit: 'ms', baseline: null, baselineName: null, goal: '< 1000 ms', test: (v) => v < 1000, before: beforeMedian(beforeSeededStarts) });
    add({ name: 'start-up, fresh demo', value: median(demoStarts), unit: 'ms', baseline: null, baselineName: null, goal: '< 2000 ms', test: (v) => v < 2000, before: beforeMedian(beforeDemoStarts) });
    // The ratio is the median of the alternating windows' own ratios (signInRates), not the ratio of the medians.
    figures.push({ name: 'sign-in, 4 concurrent correct', value: signIns.signInsPerSecond, unit: '/s', baseline: signIns.verifiesPerSecond, baselineName: 'argon2 verify /s', ratio: signIns.ratio, goal: '≥ 0.8 × verify rate', met: signIns.ratio >= 0.8 });

    log('');
    log(`${'figure'.padEnd(52)}${'value'.padStart(12)}${'baseline'.padStart(12)}${'ratio'.padStart(8)}${BEFORE ? 'before'.padStart(10) : ''}  goal`);
    for (const f of figures) {
      const v = `${f.value.toFixed(1)} ${f.unit}`;
      const b = f.baseline === null ? '' : f.baseline.toFixed(1);
      const r = f.ratio === null ? '' : f.ratio.toFixed(2);
      const was = BEFORE ? (f.before === null || f.before === undefined ? '' : f.before.toFixed(1)).padStart(10) : '';
      log(`${f.name.padEnd(52)}${v.padStart(12)}${b.padStart(12)}${r.padStart(8)}${was}  ${f.goal} ${f.met === null ? '' : f.met ? 'met' : 'NOT met'}`);
    }
    log(`\nload average before ${loadBefore.map((n) => n.toFixed(2)).join(' ')}, after ${loadAfter.map((n) => n.toFixed(2)).join(' ')}`);
    const resultsDir = path.join(ROOT, 'bench-results');
    fs.mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `http-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(
      file,
      `${JSON.stringify(
        {
          at: new Date().toISOString(),
          node: process.version,
          cpus: os.cpus().length,
          loadAverage: { before: loadBefore, after: loadAfter },
          mode: serverCommand(ROOT)[0] === '--import' ? 'tsx' : 'compiled',
          quick: QUICK,
          rounds: ROUNDS,
          seconds: SECONDS,
          connections: CONNECTIONS,
          databases: { small: SMALL, large: LARGE },
          before: BEFORE,
          figures,
          runs: Object.fromEntries(runs),
          starts: { seeded: seededStarts, demo: demoStarts, beforeSeeded: beforeSeededStarts, beforeDemo: beforeDemoStarts },
          statistics: { year: statsLarge, registerYear: statsLargeRegister, small: statsSmall, floor: floorLarge, before: beforeStats },
          signIns,
        },
        null,
        2,
      )}\n`,
    );
    log(`written: ${path.relative(ROOT, file)}`);
  } finally {
    for (const s of servers) await stop(s);
    if (flag('keep')) process.stdout.write(`databases kept in ${dir}\n`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

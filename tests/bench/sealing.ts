// `npm run bench:sealing -- --before DIR`: what sealing personal data at rest costs the listing
// (issue 18: "at most 10 % more than before sealing, the bench run on the commit before and
// after, reported side by side"), and that the statistics do not change.
//
// DIR is a checkout of a commit before sealing (d5136c9, see docs/performance.md § Sealing). The
// bench builds one database (tests/bench/bench-data.ts: personal data written through the repo,
// so sealed), gives this checkout's server a copy with its key store, and the before server a copy
// whose personal values (sealed one by one, or as one record per row) are opened back to
// plaintext, as they were before sealing. Both servers
// run the same way (production mode, through tsx) at the same time, and are asked alternately:
// each round sends --requests listings with every personal field, one after another, to one
// server, then to the other (the order alternates by round). The machine may be shared, so
// besides wall time it measures the server's own CPU time (utime + stime of the server process,
// from /proc, around the round's requests): work other processes do not inflate. Figures are the
// medians of the rounds, per request. `--profile` writes CPU profiles of the servers (node
// --cpu-prof) to bench-results/. Writes bench-results/sealing-<time>.json; exits 1 when the
// statistics differ or the CPU-time ratio is over 1.10.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SEALED, type TSealedSpec } from '../../server/core/sealing/sealed-columns.js';
import { createSealer, kekFrom } from '../../server/core/sealing/sealer.js';
import { openKeyStore } from '../../server/core/sealing/key-store.js';
import { systemClock } from '../../server/core/clock.js';
import { ANALYST, benchSecrets, buildBenchDatabase, CASEWORKER, STATISTICS_YEAR } from './bench-data.js';
import { freePort, median, post, signIn, sleep, stop } from './bench-process.js';

/** A GraphQL answer that must be a success: the listings and figures are compared byte for byte. */
async function answer(url: string, query: string, token?: string): Promise<string> {
  const { status, text } = await post(url, query, token);
  if (status !== 200 || text.includes('"errors"')) throw new Error(`${url}: ${status} ${text.slice(0, 300)}`);
  return text;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const ROOT = path.resolve(import.meta.dirname, '../..');
/** `--before DIR` or `--before LABEL=DIR`, repeatable; the first is the one the goal is about. */
const BEFORE = args.flatMap((a, i) => (a === '--before' && args[i + 1] ? [args[i + 1]!] : [])).map((value) => {
  const eq = value.indexOf('=');
  const dir = path.resolve(eq > 0 ? value.slice(eq + 1) : value);
  return { label: eq > 0 ? value.slice(0, eq) : path.basename(dir), dir };
});
const ROUNDS = Number(option('rounds') ?? 15);
const REQUESTS = Number(option('requests') ?? 40);
const REFERRALS = Number(option('referrals') ?? 300);
const PROFILE = args.includes('--profile');
const LIMIT = 1.1;

// Two listings: every personal field the listing can show on a page of 100 (as tests/bench/listing.ts),
// and `npm run bench`'s "listing with personal fields" (a page of 50 with name, date of birth and narrative).
const ALL_QUERIES = [
  {
    name: 'every personal field, 100 a page',
    query: `{ referrals(first: 100) { edges { node { id reference location narrative indicators
  subject { pseudonym contact whereabouts identity { name alias dateOfBirth estimatedAge } } } } } }`,
  },
  {
    name: 'name, birth date, narrative, 50 a page',
    query: `{ referrals(first: 50) { edges { cursor node { id reference state urgency region createdAt suspectedExploitation
  narrative referringOrganisation { code name } subject { pseudonym gender nationality ageBand identity { name dateOfBirth } } } } pageInfo { hasNextPage endCursor } } }`,
  },
] as const;
/** `--queries 2` or `--queries 1,2`: which of the two listings to measure (both by default). */
const QUERIES = (option('queries') ?? '1,2').split(',').map((n) => ALL_QUERIES[Number(n) - 1]!);
const STATISTICS = (year: number) => `{ statistics(year: ${year}) { year personsTrafficked minors series { year personsTrafficked } closuresByOutcome { key count } } }`;

const TICK_MS = 1000 / 100; // USER_HZ: /proc reports CPU time in 1/100 s on Linux

function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at state (field 3); utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

type TServer = { label: string; url: string; child: ChildProcess; stderr: () => string };

async function startServer(label: string, checkout: string, env: NodeJS.ProcessEnv, profileDir: string | null): Promise<TServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []), '--import', 'tsx', path.join(checkout, 'server/main.ts')], {
    cwd: checkout,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: 'https://samvirke.bench.invalid', SMTP_URL: 'smtp://127.0.0.1:2525', JOBS_ENABLED: 'false', LOG_LEVEL: 'warn', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += String(chunk);
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${label} exited with ${child.exitCode} before it was ready:\n${stderr.slice(-2000)}`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
  return { label, url, child, stderr: () => stderr };
}

/** A copy of the database as it was before sealing: every sealed value opened back to plaintext. */
function unsealedCopy(from: string, to: string, keyStorePath: string, dataKey: Buffer): number {
  fs.copyFileSync(from, to);
  const keyStore = openKeyStore({ path: keyStorePath, replicas: [] });
  const sealer = createSealer({ keyStore, current: kekFrom(dataKey), clock: systemClock });
  const sqlite = new Database(to);
  let n = 0;
  try {
    sqlite.transaction(() => {
      for (const spec of Object.values(SEALED) as TSealedSpec[]) {
        if (spec.record) {
          // Sealed as one record per row (sv2): its fields back into their columns, as before sealing.
          const columns = Object.entries(spec.columns);
          const rows = sqlite.prepare(`select rowid as rid, ${spec.rowIdSql} as row_id, ${spec.keyIdSql} as key_id, ${spec.record.column} as value from ${spec.table} where ${spec.record.column} is not null`).all() as Array<{ rid: number; row_id: string; key_id: string; value: string }>;
          const update = sqlite.prepare(`update ${spec.table} set ${columns.map(([, c]) => `${c} = ?`).join(', ')}, ${spec.record.column} = null where rowid = ?`);
          for (const r of rows) {
            const fields = sealer.openRecord(r.key_id, { table: spec.table, rowId: r.row_id }, r.value) ?? {};
            update.run(...columns.map(([p]) => fields[p] ?? null), r.rid);
          }
          n += rows.length;
          continue;
        }
        for (const column of Object.values(spec.columns)) {
          const rows = sqlite.prepare(`select rowid as rid, ${spec.rowIdSql} as row_id, ${spec.keyIdSql} as key_id, ${column} as value from ${spec.table} where substr(${column}, 1, 4) = 'sv1.'`).all() as Array<{ rid: number; row_id: string; key_id: string; value: string }>;
          const update = sqlite.prepare(`update ${spec.table} set ${column} = ? where rowid = ?`);
          for (const r of rows) update.run(sealer.open(r.key_id, { table: spec.table, column, rowId: r.row_id }, r.value), r.rid);
          n += rows.length;
        }
      }
    })();
  } finally {
    sqlite.close();
    keyStore.close();
  }
  return n;
}

/** One round on one server: wall time and server CPU time per request, in ms. */
async function round(server: TServer, token: string, query: string, requests: number): Promise<{ wallMs: number; cpuMs: number; bytes: number }> {
  const pid = server.child.pid!;
  let bytes = 0;
  const cpu0 = cpuMs(pid);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < requests; i += 1) bytes = (await answer(server.url, query, token)).length;
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  return { wallMs: wall / requests, cpuMs: (cpuMs(pid) - cpu0) / requests, bytes };
}

async function main(): Promise<void> {
  if (BEFORE.length === 0) throw new Error('--before DIR is required: a checkout of the commit before sealing (docs/performance.md § Sealing)');
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-sealing-bench-'));
  const servers: TServer[] = [];
  try {
    const loadBefore = os.loadavg();
    log(`Sealing bench — ${new Date().toISOString()}, node ${process.version}, ${os.cpus().length} CPU(s), load average ${loadBefore.map((n) => n.toFixed(2)).join(' ')}`);
    const secrets = benchSecrets();
    const keyStorePath = path.join(dir, 'keys', 'data-keys.db');
    const built = path.join(dir, 'built.db');
    await buildBenchDatabase(built, secrets, { referrals: REFERRALS, registerRows: 20_000 }, { keyStorePath });
    const sealedPath = path.join(dir, 'after.db');
    fs.copyFileSync(built, sealedPath);
    let opened = 0;
    const plain = (label: string) => {
      const to = path.join(dir, `${label}.db`);
      opened = unsealedCopy(built, to, keyStorePath, Buffer.from(secrets.DATA_KEY, 'base64'));
      return to;
    };
    const profileDir = PROFILE ? path.join(ROOT, 'bench-results', `sealing-profile-${Date.now()}`) : null;
    const profileOf = (label: string) => (profileDir ? path.join(profileDir, label) : null);
    const after = await startServer('after', ROOT, { ...secrets, DATABASE_PATH: sealedPath, KEY_STORE_PATH: keyStorePath }, profileOf('after'));
    servers.push(after);
    for (const b of BEFORE) servers.push(await startServer(b.label, b.dir, { ...secrets, DATABASE_PATH: plain(b.label), KEY_STORE_PATH: path.join(dir, `${b.label}-keys.db`) }, profileOf(b.label)));
    log(`database: ${REFERRALS} referrals with every personal field, 20,000 register rows; ${opened} sealed values opened for each before copy`);
    log(`servers (production mode, through tsx): after = ${ROOT}; ${BEFORE.map((b) => `${b.label} = ${b.dir}`).join('; ')}`);

    // The same answers: the listings byte for byte, and the statistics.
    const tokens = new Map<TServer, string>();
    for (const s of servers) tokens.set(s, await signIn(s.url, CASEWORKER));
    for (const q of QUERIES) {
      const answers = await Promise.all(servers.map((s) => answer(s.url, q.query, tokens.get(s))));
      if (!answers[0]!.includes('"identity":{"name":"')) throw new Error(`the listing shows no names: ${answers[0]!.slice(0, 300)}`);
      answers.forEach((a, i) => {
        if (a !== answers[0]) throw new Error(`the listings differ:\nafter: ${answers[0]!.slice(0, 400)}\n${servers[i]!.label}: ${a.slice(0, 400)}`);
      });
      log(`answers: listing (${q.name}) the same byte for byte on every server (${answers[0]!.length} bytes)`);
    }
    const statistics: Record<string, Record<string, string>> = {};
    let statisticsSame = true;
    for (const year of [STATISTICS_YEAR, 2024]) {
      statistics[year] = {};
      for (const s of servers) statistics[year][s.label] = await answer(s.url, STATISTICS(year), await signIn(s.url, ANALYST));
      statisticsSame &&= Object.values(statistics[year]).every((text) => text === statistics[year]![after.label]);
    }
    log(`answers: statistics(${STATISTICS_YEAR}) and statistics(2024) ${statisticsSame ? 'the same on every server' : 'DIFFER'}`);
    log(`statistics(${STATISTICS_YEAR}): ${statistics[STATISTICS_YEAR]![after.label]}`);

    // Warm-up: every server compiles and caches what it needs.
    for (const s of servers) for (const q of QUERIES) await round(s, tokens.get(s)!, q.query, 20);
    type TRun = { wallMs: number; cpuMs: number };
    const runs = new Map<string, TRun[]>(servers.flatMap((s) => QUERIES.map((_, qi) => [`${s.label}/${qi}`, []] as [string, TRun[]])));
    for (let r = 0; r < ROUNDS; r += 1) {
      for (const [qi, q] of QUERIES.entries()) {
        // The order rotates, so that no server always follows another.
        for (let k = 0; k < servers.length; k += 1) {
          const s = servers[(k + r) % servers.length]!;
          runs.get(`${s.label}/${qi}`)!.push(await round(s, tokens.get(s)!, q.query, REQUESTS));
        }
        const line = servers.map((s) => {
          const last = runs.get(`${s.label}/${qi}`)!.at(-1)!;
          return `${s.label} ${last.cpuMs.toFixed(1).padStart(6)} CPU ${last.wallMs.toFixed(1).padStart(6)} wall`;
        });
        log(`round ${String(r + 1).padStart(2)} q${qi + 1}  ${line.join('   ')}`);
      }
    }
    type TFigure = { before: number; after: number; ratio: number; pairedRatio: number };
    const figure = (label: string, qi: number, pick: (x: TRun) => number): TFigure => {
      const b = runs.get(`${label}/${qi}`)!;
      const a = runs.get(`${after.label}/${qi}`)!;
      const before = median(b.map(pick));
      const afterMs = median(a.map(pick));
      // The median of each round's own ratio as well: the servers of one round saw about the same load.
      return { before, after: afterMs, ratio: afterMs / before, pairedRatio: median(a.map((x, i) => pick(x) / pick(b[i]!))) };
    };
    const figures = QUERIES.map((q, qi) => ({
      query: q.name,
      against: Object.fromEntries(BEFORE.map((b) => [b.label, { cpu: figure(b.label, qi, (x) => x.cpuMs), wall: figure(b.label, qi, (x) => x.wallMs) }])),
    }));
    const loadAfter = os.loadavg();
    log('');
    log(`${REFERRALS} referrals; medians of ${ROUNDS} rounds of ${REQUESTS} requests, ms per request ("paired": median of each round's own ratio)`);
    log(`${'listing'.padEnd(40)}${'after vs'.padEnd(12)}${'measure'.padEnd(17)}${'before'.padStart(8)}${'after'.padStart(8)}${'ratio'.padStart(8)}${'paired'.padStart(8)}`);
    for (const f of figures) {
      for (const [label, x] of Object.entries(f.against)) {
        for (const [name, m] of [['server CPU time', x.cpu], ['wall time', x.wall]] as const) {
          log(`${f.query.padEnd(40)}${label.padEnd(12)}${name.padEnd(17)}${m.before.toFixed(2).padStart(8)}${m.after.toFixed(2).padStart(8)}${m.ratio.toFixed(3).padStart(8)}${m.pairedRatio.toFixed(3).padStart(8)}`);
        }
      }
    }
    const met = figures.every((f) => f.against[BEFORE[0]!.label]!.cpu.ratio <= LIMIT);
    log(`goal: server CPU time per listing ≤ ${LIMIT} × ${BEFORE[0]!.label}: ${met ? 'met' : 'NOT met'}; statistics unchanged: ${statisticsSame ? 'yes' : 'NO'}`);
    log(`load average before ${loadBefore.map((n) => n.toFixed(2)).join(' ')}, after ${loadAfter.map((n) => n.toFixed(2)).join(' ')}`);
    const resultsDir = path.join(ROOT, 'bench-results');
    fs.mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `sealing-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(
      file,
      `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadAverage: { before: loadBefore, after: loadAfter }, before: BEFORE, referrals: REFERRALS, rounds: ROUNDS, requests: REQUESTS, figures, runs: Object.fromEntries(runs), statistics, met, statisticsSame }, null, 2)}\n`,
    );
    log(`written: ${path.relative(ROOT, file)}${profileDir ? `; CPU profiles of the servers in ${path.relative(ROOT, profileDir)}` : ''}`);
    if (!statisticsSame || !met) process.exitCode = 1;
  } finally {
    for (const s of servers) await stop(s);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

// `tsx tests/bench/personal-ab.ts --before DIR [--rounds 4]`: the listing and the listing with
// personal fields (identity, narrative), this checkout's compiled server against another
// checkout's, side by side on copies of one bench database (100 referrals), in interleaved rounds
// of 300 requests at 8 connections; server CPU per request from /proc (robust to the machine's
// load, unlike throughput). A smaller, quicker check than `npm run bench` of the ratio the issue
// asks for (≤ 1.25 ×). Both checkouts need `npm run build` first.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchSecrets, buildBenchDatabase, CASEWORKER } from './bench-data.js';
import { freePort, median, signIn, sleep, stop } from './bench-process.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const ROUNDS = Number(option('rounds') ?? 4);
const BEFORE = option('before');
if (!BEFORE) throw new Error('usage: personal-ab.ts --before DIR [--rounds N]');
const ROOT = path.resolve(import.meta.dirname, '../..');

// The same documents as tests/bench/http.ts's LISTING and LISTING_PERSONAL.
const LISTING = `query Listing { referrals(first: 50) { edges { cursor node { id reference state urgency region createdAt suspectedExploitation
  referringOrganisation { code name } subject { pseudonym gender nationality ageBand } } } pageInfo { hasNextPage endCursor } } }`;
const LISTING_PERSONAL = `query ListingPersonal { referrals(first: 50) { edges { cursor node { id reference state urgency region createdAt suspectedExploitation
  narrative referringOrganisation { code name } subject { pseudonym gender nationality ageBand identity { name dateOfBirth } } } } pageInfo { hasNextPage endCursor } } }`;

function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-personal-ab-'));
const secrets = benchSecrets();
await buildBenchDatabase(path.join(dir, 'bench.db'), secrets, { referrals: 100, registerRows: 2000 });
const servers: Array<{ name: string; url: string; child: ChildProcess; token: string }> = [];
for (const [name, checkout] of [['after', ROOT], ['before', path.resolve(BEFORE)]] as const) {
  const own = path.join(dir, name);
  fs.mkdirSync(own);
  fs.copyFileSync(path.join(dir, 'bench.db'), path.join(own, 'bench.db'));
  fs.copyFileSync(path.join(dir, 'data-keys.db'), path.join(own, 'data-keys.db'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--max-semi-space-size=8', '--max-old-space-size=192', path.join(checkout, 'dist/server/main.js')], {
    cwd: checkout,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', DATABASE_PATH: path.join(own, 'bench.db'), PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: 'https://samvirke.bench.invalid', SMTP_URL: 'smtp://127.0.0.1:2525', JOBS_ENABLED: 'false', LOG_LEVEL: 'warn', ...secrets, KEY_STORE_PATH: path.join(own, 'data-keys.db') },
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name}: the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  servers.push({ name, url, child, token: await signIn(url, CASEWORKER) });
}
const perRequest: Record<string, number[]> = {};
for (let round = 0; round < ROUNDS; round += 1) {
  for (const server of round % 2 === 0 ? servers : [...servers].reverse()) {
    for (const [which, query] of [['listing', LISTING], ['personal', LISTING_PERSONAL]] as const) {
      const before = cpuMs(server.child.pid!);
      const result = await autocannon({ url: `${server.url}/graphql`, connections: 8, amount: 300, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` }, body: JSON.stringify({ query }) });
      if (result.non2xx + result.errors > 0) throw new Error(`${server.name} ${which}: ${result.non2xx + result.errors} failed requests`);
      (perRequest[`${server.name} ${which}`] ??= []).push((cpuMs(server.child.pid!) - before) / result.requests.total);
    }
  }
}
for (const server of servers) await stop(server);
const lines = [`load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}; server CPU per request (ms), ${ROUNDS} interleaved rounds of 300 requests at 8 connections`];
for (const name of ['after', 'before']) {
  const listing = perRequest[`${name} listing`]!;
  const personal = perRequest[`${name} personal`]!;
  lines.push(`${name.padEnd(6)} listing ${listing.map((v) => v.toFixed(2)).join(' ')} (median ${median(listing).toFixed(2)}); with personal fields ${personal.map((v) => v.toFixed(2)).join(' ')} (median ${median(personal).toFixed(2)}); ratio ${(median(personal) / median(listing)).toFixed(2)}`);
}
process.stdout.write(`${lines.join('\n')}\n`);

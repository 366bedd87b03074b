// What the HTTP benches (http.ts, sealing.ts) share: a free port, a server child stopped, a
// GraphQL request, a bench user's sign-in, and the median of rounds.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import argon2 from 'argon2';
import { BENCH_PASSWORD } from './bench-data.js';

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function stop(server: { child: ChildProcess }): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

export async function post(url: string, query: string, token?: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, text: await res.text() };
}

export async function signIn(url: string, email: string): Promise<string> {
  const res = await post(url, `mutation { login(email: ${JSON.stringify(email)}, password: ${JSON.stringify(BENCH_PASSWORD)}) { accessToken } }`);
  const token = (JSON.parse(res.text) as { data?: { login?: { accessToken?: string } } }).data?.login?.accessToken;
  if (!token) throw new Error(`sign-in failed at ${url}: ${res.status} ${res.text.slice(0, 300)}`);
  return token;
}

/** The CMM caseworker's first page, the bench's listing (the baseline serves the same shape). */
export const LISTING = `query Listing { referrals(first: 50) { edges { cursor node { id reference state urgency region createdAt suspectedExploitation
  referringOrganisation { code name } subject { pseudonym gender nationality ageBand } } } pageInfo { hasNextPage endCursor } } }`;
/** The same page with personal fields (identity, narrative). */
export const LISTING_PERSONAL = `query ListingPersonal { referrals(first: 50) { edges { cursor node { id reference state urgency region createdAt suspectedExploitation
  narrative referringOrganisation { code name } subject { pseudonym gender nationality ageBand identity { name dateOfBirth } } } } pageInfo { hasNextPage endCursor } } }`;

export type TStartCommand = { env: Record<string, string>; flags: string[] };

/**
 * How a checkout's `npm start` runs the compiled server (its package.json): the environment it
 * sets and node's flags, so every bench starts the server exactly as production does
 * (`VAR=value … node --flag … dist/server/main.js`). A checkout without such a script gets none.
 */
export function npmStart(checkout: string): TStartCommand {
  const start = (JSON.parse(fs.readFileSync(path.join(checkout, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const words = start.trim().split(/\s+/);
  const node = words.indexOf('node');
  const main = words.indexOf('dist/server/main.js');
  if (node < 0 || main < node) return { env: {}, flags: [] };
  const env = Object.fromEntries(words.slice(0, node).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]));
  return { env, flags: words.slice(node + 1, main) };
}

/** `npm start`'s command with a variant's `VAR=value` and `--flag[=value]` words set (a flag of the same name replaced; `-VAR` unsets VAR). */
export function withVariant(command: TStartCommand, variant: string): TStartCommand {
  const env = { ...command.env };
  let flags = [...command.flags];
  for (const word of variant.trim().split(/\s+/).filter(Boolean)) {
    if (word.startsWith('--')) {
      const name = word.split('=')[0]!;
      flags = [...flags.filter((f) => f.split('=')[0] !== name), word];
    } else if (word.startsWith('-')) delete env[word.slice(1)];
    else env[word.slice(0, word.indexOf('='))] = word.slice(word.indexOf('=') + 1);
  }
  return { env, flags };
}

export type TStarted = { url: string; child: ChildProcess };

/** The compiled server of `checkout` started with `command` (npmStart, withVariant) on a bench database, ready. */
export async function startCompiled(checkout: string, command: TStartCommand, at: { databasePath: string; keyStorePath: string; secrets: Record<string, string>; env?: Record<string, string> }): Promise<TStarted> {
  const port = await freePort();
  const child = spawn(process.execPath, [...command.flags, path.join(checkout, 'dist/server/main.js')], {
    cwd: checkout,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...command.env,
      DATABASE_PATH: at.databasePath,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: 'https://samvirke.bench.invalid',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      ...at.secrets,
      KEY_STORE_PATH: at.keyStorePath,
      ...at.env,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server at ${checkout} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) return { url, child };
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
}

/** CPU time (user + system) a process has used so far, in ms (/proc/<pid>/stat, clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export type TSignInRates = {
  signInsPerSecond: number;
  verifiesPerSecond: number;
  /** Median of each round's sign-in rate over the verify rate of the same round. */
  ratio: number;
  rounds: Array<{ signInsPerSecond: number; verifiesPerSecond: number }>;
  /** The server's CPU per sign-in and this process's per verify (argon2's threads included), ms. */
  cpuMsPerSignIn: number;
  cpuMsPerVerify: number;
};

/**
 * Correct sign-ins of one user from 4 clients at once against argon2 verifying that user's hash 4
 * at a time in this process, in alternating windows (the order rotating), so a change in the
 * machine's other load moves both sides of a round's ratio alike; the figure is the median of the
 * rounds' ratios. Both are CPU-bound on the machine's cores, so their CPU per attempt is given too.
 */
export async function signInRates(url: string, email: string, hash: string, pid: number, options: { rounds: number; seconds: number }): Promise<TSignInRates> {
  const run = async (attempt: () => Promise<unknown>): Promise<{ rate: number; cpuMs: number }> => {
    let done = 0;
    const until = Date.now() + options.seconds * 1000;
    const started = Date.now();
    const ownBefore = process.cpuUsage();
    const serverBefore = cpuMs(pid);
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (Date.now() < until) {
          await attempt();
          done += 1;
        }
      }),
    );
    const own = process.cpuUsage(ownBefore);
    const seconds = (Date.now() - started) / 1000;
    return { rate: done / seconds, cpuMs: (attempt === verify ? (own.user + own.system) / 1000 : cpuMs(pid) - serverBefore) / Math.max(1, done) };
  };
  const verify = async () => {
    if (!(await argon2.verify(hash, BENCH_PASSWORD))) throw new Error('argon2 verify failed');
  };
  const signInOnce = () => signIn(url, email);
  await run(verify); // warm-up of both, not counted
  await run(signInOnce);
  const rounds: TSignInRates['rounds'] = [];
  const cpuSignIn: number[] = [];
  const cpuVerify: number[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    const order = round % 2 === 0 ? ([verify, signInOnce] as const) : ([signInOnce, verify] as const);
    const results = new Map<unknown, { rate: number; cpuMs: number }>();
    for (const attempt of order) results.set(attempt, await run(attempt));
    rounds.push({ signInsPerSecond: results.get(signInOnce)!.rate, verifiesPerSecond: results.get(verify)!.rate });
    cpuSignIn.push(results.get(signInOnce)!.cpuMs);
    cpuVerify.push(results.get(verify)!.cpuMs);
  }
  return {
    signInsPerSecond: median(rounds.map((r) => r.signInsPerSecond)),
    verifiesPerSecond: median(rounds.map((r) => r.verifiesPerSecond)),
    ratio: median(rounds.map((r) => r.signInsPerSecond / r.verifiesPerSecond)),
    rounds,
    cpuMsPerSignIn: median(cpuSignIn),
    cpuMsPerVerify: median(cpuVerify),
  };
}

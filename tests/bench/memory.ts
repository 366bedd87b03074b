// `tsx tests/bench/memory.ts [--rounds 5] [--seconds 10] [--variant 'label=ENV=x --flag=y' …]`: what the
// server's resident memory is made of under the bench's load (issue 12), round after round.
// Starts the compiled server as `npm start` does (its flags and environment), or once per
// --variant (`npm start`'s command with the variant's environment and V8 flags added or
// replaced), all on copies of one bench database, and drives them in interleaved rounds: the
// listing, then the listing with personal fields, 20 connections each, after a fresh sign-in as
// the HTTP bench does each round (the server's CPU per request too). After each round it
// reads, per server, the largest VmRSS seen during the round, the V8 heap (used, committed) and
// external memory from /metrics (prom-client's process metrics), and the rest of RSS (malloc:
// SQLite's page cache, better-sqlite3, OpenSSL, libuv), so a growth can be told apart.
// Needs `npm run build` first.
import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchSecrets, buildBenchDatabase, CASEWORKER } from './bench-data.js';
import { cpuMs, LISTING, LISTING_PERSONAL, freePort, npmStart, post, signIn, startCompiled, stop, withVariant } from './bench-process.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const ROUNDS = Number(option('rounds') ?? 5);
const SECONDS = Number(option('seconds') ?? 10);
const ROOT = path.resolve(import.meta.dirname, '../..');
const variants = args.flatMap((a, i) => (a === '--variant' ? [args[i + 1]!] : []));

type TServer = { label: string; url: string; metricsUrl: string; child: ChildProcess; token: string };

function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}

/**
 * Resident memory by kind of mapping (/proc/<pid>/smaps): the main malloc arena (`[heap]`), the
 * other malloc arenas (glibc reserves each as a 64 MB mapping, the part in use readable), file
 * mappings (code, SQLite's shared WAL index), and the other anonymous ones (V8's heap pages, stacks).
 */
type TMappings = { mainArena: number; otherArenas: number; files: number; otherAnon: number };
function smaps(pid: number): TMappings {
  const out: TMappings = { mainArena: 0, otherArenas: 0, files: 0, otherAnon: 0 };
  const maps: { start: number; end: number; perms: string; name: string; rssKb: number }[] = [];
  for (const block of fs.readFileSync(`/proc/${pid}/smaps`, 'utf8').split(/\n(?=[0-9a-f]+-[0-9a-f]+ )/)) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+[ \t]*(.*)$/m.exec(block);
    if (!head) continue;
    maps.push({ start: parseInt(head[1]!, 16), end: parseInt(head[2]!, 16), perms: head[3]!, name: head[4]!.trim(), rssKb: Number(/^Rss:\s+(\d+)/m.exec(block)?.[1] ?? 0) });
  }
  for (const m of maps) {
    // glibc aligns each arena's heap to its 64 MB size.
    const arena = m.name === '' && m.perms === 'rw-p' && m.start % (64 * 2 ** 20) === 0 && m.end - m.start <= 64 * 2 ** 20;
    const key: keyof TMappings = m.name === '[heap]' ? 'mainArena' : arena ? 'otherArenas' : m.name.startsWith('/') ? 'files' : 'otherAnon';
    out[key] += m.rssKb / 1024;
  }
  return out;
}

async function heap(metricsUrl: string): Promise<{ heapUsed: number; heapTotal: number; external: number; rss: number }> {
  const text = await (await fetch(metricsUrl)).text();
  const mb = (name: string) => Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? NaN) / 2 ** 20;
  return {
    heapUsed: mb('samvirke_nodejs_heap_size_used_bytes'),
    heapTotal: mb('samvirke_nodejs_heap_size_total_bytes'),
    external: mb('samvirke_nodejs_external_memory_bytes'),
    rss: mb('samvirke_process_resident_memory_bytes'),
  };
}

async function start(label: string, variant: string | null, databasePath: string, keyStorePath: string, secrets: Record<string, string>): Promise<TServer> {
  const metricsPort = await freePort();
  const command = variant === null ? npmStart(ROOT) : withVariant(npmStart(ROOT), variant);
  const { url, child } = await startCompiled(ROOT, command, { databasePath, keyStorePath, secrets, env: { METRICS_PORT: String(metricsPort) } });
  process.stdout.write(`${label} (pid ${child.pid}): node ${command.flags.join(' ')} with ${Object.entries(command.env).map(([k, v]) => `${k}=${v}`).join(' ')}\n`);
  return { label, url, metricsUrl: `http://127.0.0.1:${metricsPort}/metrics`, child, token: await signIn(url, CASEWORKER) };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-memory-'));
  const secrets = benchSecrets();
  await buildBenchDatabase(path.join(dir, 'bench.db'), secrets, { referrals: 100, registerRows: 20_000 });
  const servers: TServer[] = [];
  try {
    const labels = variants.length > 0 ? variants.map((v) => v.split('=')[0]!) : ['npm start'];
    for (const [i, label] of labels.entries()) {
      const own = path.join(dir, `s${i}`);
      fs.mkdirSync(own);
      fs.copyFileSync(path.join(dir, 'bench.db'), path.join(own, 'bench.db'));
      fs.copyFileSync(path.join(dir, 'data-keys.db'), path.join(own, 'data-keys.db'));
      const variant = variants.length > 0 ? variants[i]!.slice(label.length + 1) : null;
      servers.push(await start(label, variant, path.join(own, 'bench.db'), path.join(own, 'data-keys.db'), secrets));
    }
    for (const s of servers) {
      const check = await post(s.url, LISTING_PERSONAL, s.token);
      if (check.status !== 200 || check.text.includes('"errors"')) throw new Error(`${s.label}: ${check.text.slice(0, 300)}`);
    }
    process.stdout.write(`load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}; idle: ${servers.map((s) => `${s.label} ${rssMb(s.child.pid!).toFixed(0)} MB`).join(', ')}\n`);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (let k = 0; k < servers.length; k += 1) {
        const s = servers[(k + round) % servers.length]!;
        // A fresh sign-in each round, as the HTTP bench does (argon2 runs in libuv's threads).
        s.token = await signIn(s.url, CASEWORKER);
        let maxRss = 0;
        const sampler = setInterval(() => (maxRss = Math.max(maxRss, rssMb(s.child.pid!))), 200);
        let requests = 0;
        const cpuBefore = cpuMs(s.child.pid!);
        for (const query of [LISTING, LISTING_PERSONAL]) {
          const result = await autocannon({ url: `${s.url}/graphql`, connections: 20, duration: SECONDS, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ query }) });
          if (result.non2xx + result.errors > 0) throw new Error(`${s.label}: ${result.non2xx + result.errors} failed requests`);
          requests += result.requests.total;
        }
        clearInterval(sampler);
        const cpuPerRequest = (cpuMs(s.child.pid!) - cpuBefore) / Math.max(1, requests);
        const h = await heap(s.metricsUrl);
        const rest = h.rss - h.heapTotal;
        const m = smaps(s.child.pid!);
        process.stdout.write(
          `round ${round + 1} ${s.label.padEnd(24)} max RSS ${maxRss.toFixed(0).padStart(4)} MB; after: RSS ${h.rss.toFixed(0)}, V8 heap used ${h.heapUsed.toFixed(0)} of ${h.heapTotal.toFixed(0)} committed, external ${h.external.toFixed(1)}, RSS − heap ${rest.toFixed(0)} MB (main arena ${m.mainArena.toFixed(0)}, other arenas ${m.otherArenas.toFixed(0)}, files ${m.files.toFixed(0)}, other anonymous ${m.otherAnon.toFixed(0)}); ${requests} requests, CPU ${cpuPerRequest.toFixed(2)} ms each\n`,
        );
      }
    }
    process.stdout.write(`load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}\n`);
  } finally {
    for (const s of servers) await stop(s);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();

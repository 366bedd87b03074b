// `tsx tests/bench/startup.ts [--rounds 3] [--profile] [--before DIR]`: start-up of the compiled server as the
// HTTP bench measures it (spawn to /readyz 200, `npm start`'s flags), on a seeded database (the
// bench's small one: migrated, nothing to do) and on a fresh demo (`--demo`, empty folder), in
// interleaved rounds; prints each time and the medians. With --profile each start also runs under
// `node --cpu-prof` (slower) and the top functions by inclusive time are printed for the last round.
// --before DIR: another checkout's compiled server (its own `npm run build`) in the same rounds.
// Needs `npm run build` first.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchSecrets, buildBenchDatabase, type TBenchSecrets } from './bench-data.js';
import { freePort, median, sleep, stop } from './bench-process.js';

const args = process.argv.slice(2);
const ROUNDS = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 3;
const PROFILE = args.includes('--profile');
const ROOT = path.resolve(import.meta.dirname, '../..');
const BEFORE = args.includes('--before') ? path.resolve(args[args.indexOf('--before') + 1]!) : null;

function startFlags(checkout: string): string[] {
  const start = (JSON.parse(fs.readFileSync(path.join(checkout, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  return /\bnode((?: --[\w-]+(?:=\S+)?)*) dist\/server\/main\.js/.exec(start)?.[1]?.trim().split(' ').filter(Boolean) ?? [];
}

/** A process's CPU time so far (user + system, ms), from /proc: robust to the machine's load, unlike the wall time. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
}

const cpu: Record<string, number[]> = {};

async function start(checkout: string, databasePath: string, secrets: TBenchSecrets, demo: boolean, profDir: string | null): Promise<number> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: demo ? 'development' : 'production',
    DATABASE_PATH: databasePath,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: demo ? `http://127.0.0.1:${port}` : 'https://samvirke.bench.invalid',
    SMTP_URL: demo ? '' : 'smtp://127.0.0.1:2525',
    JOBS_ENABLED: 'false',
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    ...(demo ? {} : { ...secrets, KEY_STORE_PATH: path.join(path.dirname(databasePath), 'data-keys.db') }),
  };
  const prof = profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [...prof, ...startFlags(checkout), path.join(checkout, 'dist/server/main.js'), ...(demo ? ['--demo'] : [])], { cwd: checkout, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += String(chunk)));
  for (;;) {
    // A server stopped by a signal has no exit code, only a signal code: either ends the wait.
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited with ${child.exitCode ?? child.signalCode}: ${stderr.slice(-2000)}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(5);
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  (cpu[`${checkout}|${demo}`] ??= []).push(cpuMs(child.pid!));
  await stop({ child });
  return ms;
}

type TNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };

/** Inclusive time per function of one profile (ms), the largest first. */
function inclusive(file: string, top: number): string[] {
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: TNode[]; samples: number[]; timeDeltas: number[] };
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map<string, number>();
  for (let i = 0; i < p.samples.length; i += 1) {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let at: number | undefined = p.samples[i]; at !== undefined; at = parent.get(at)) {
      const f = nodes.get(at)!.callFrame;
      const name = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + dt);
    }
  }
  return [...total].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-startup-'));
  const secrets = benchSecrets();
  const seededDb = path.join(dir, 'seeded.db');
  await buildBenchDatabase(seededDb, secrets, { referrals: 100, registerRows: 20_000 });
  const checkouts = [{ name: 'this checkout', dir: ROOT, seeded: [] as number[], demo: [] as number[] }];
  if (BEFORE) checkouts.push({ name: `before (${BEFORE})`, dir: BEFORE, seeded: [], demo: [] });
  const lines = [`load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`];
  for (let i = 0; i < ROUNDS; i += 1) {
    const last = PROFILE && i === ROUNDS - 1;
    // The order rotates, so neither checkout always starts on a machine the other just warmed.
    for (const [n, checkout] of (i % 2 === 0 ? checkouts : [...checkouts].reverse()).entries()) {
      const profile = last && checkout.dir === ROOT;
      const copy = path.join(dir, `start-${i}-${n}`, 'seeded.db');
      fs.mkdirSync(path.dirname(copy));
      fs.copyFileSync(seededDb, copy);
      fs.copyFileSync(path.join(dir, 'data-keys.db'), path.join(path.dirname(copy), 'data-keys.db'));
      checkout.seeded.push(await start(checkout.dir, copy, secrets, false, profile ? path.join(dir, 'prof-seeded') : null));
      checkout.demo.push(await start(checkout.dir, path.join(dir, `demo-${i}-${n}`, 'demo.db'), secrets, true, profile ? path.join(dir, 'prof-demo') : null));
    }
  }
  for (const { name, seeded, demo } of checkouts) {
    lines.push(`${name}: seeded ${seeded.map((ms) => ms.toFixed(0)).join(', ')} ms (median ${median(seeded).toFixed(0)}); fresh demo ${demo.map((ms) => ms.toFixed(0)).join(', ')} ms (median ${median(demo).toFixed(0)})`);
  }
  for (const { name, dir: checkout } of checkouts) {
    const seeded = cpu[`${checkout}|false`]!;
    const demo = cpu[`${checkout}|true`]!;
    lines.push(`${name}, CPU until ready: seeded ${seeded.map((ms) => ms.toFixed(0)).join(', ')} ms (median ${median(seeded).toFixed(0)}); fresh demo ${demo.map((ms) => ms.toFixed(0)).join(', ')} ms (median ${median(demo).toFixed(0)})`);
  }
  if (PROFILE) {
    for (const which of ['seeded', 'demo']) {
      const profDir = path.join(dir, `prof-${which}`);
      const file = fs.readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'))!;
      lines.push('', `== ${which} (profiled, the last round; ${path.join(profDir, file)}), inclusive:`, ...inclusive(path.join(profDir, file), 45));
    }
  }
  lines.push(`load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();

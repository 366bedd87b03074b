// `tsx tests/bench/sign-in.ts [--rounds 4] [--seconds 3] [--repeat N] [--before DIR] [--variant 'label=ENV=x --flag=y' …]`: the HTTP
// bench's sign-in figure on its own (issue 12): 4 concurrent correct sign-ins of one user against
// argon2 verifying that user's hash 4 at a time in this process, in alternating windows, for the
// compiled server as `npm start` runs it or for each --variant of that command (one after another,
// each on its own copy of the bench database; --before DIR: also another checkout's compiled server
// as its own `npm start` runs it; --repeat N: all of them N times in turn). Prints each round, the median ratio, and the CPU
// per sign-in (server) and per verify (this process). Needs `npm run build` first.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchSecrets, buildBenchDatabase, CASEWORKER } from './bench-data.js';
import { npmStart, signInRates, startCompiled, stop, withVariant } from './bench-process.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const ROUNDS = Number(option('rounds') ?? 4);
const SECONDS = Number(option('seconds') ?? 3);
const ROOT = path.resolve(import.meta.dirname, '../..');
const variants = args.flatMap((a, i) => (a === '--variant' ? [args[i + 1]!] : []));
const BEFORE = option('before') ? path.resolve(option('before')!) : null;
const REPEAT = Number(option('repeat') ?? 1);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-sign-in-'));
const secrets = benchSecrets();
try {
  await buildBenchDatabase(path.join(dir, 'bench.db'), secrets, { referrals: 100, registerRows: 2000 });
  const sqlite = new Database(path.join(dir, 'bench.db'), { readonly: true });
  const hash = (sqlite.prepare('select password_hash as h from users where email = ?').get(CASEWORKER) as { h: string }).h;
  sqlite.close();
  const runs = [
    ...(variants.length > 0 ? variants : ['npm start=']).map((variant) => {
      const label = variant.split('=')[0]!;
      return { label, checkout: ROOT, command: variants.length > 0 ? withVariant(npmStart(ROOT), variant.slice(label.length + 1)) : npmStart(ROOT) };
    }),
    ...(BEFORE ? [{ label: `before (${BEFORE})`, checkout: BEFORE, command: npmStart(BEFORE) }] : []),
  ];
  for (const [i, { label, checkout, command }] of Array.from({ length: REPEAT }, () => runs).flat().entries()) {
    const own = path.join(dir, `s${i}`);
    fs.mkdirSync(own);
    fs.copyFileSync(path.join(dir, 'bench.db'), path.join(own, 'bench.db'));
    fs.copyFileSync(path.join(dir, 'data-keys.db'), path.join(own, 'data-keys.db'));
    const server = await startCompiled(checkout, command, { databasePath: path.join(own, 'bench.db'), keyStorePath: path.join(own, 'data-keys.db'), secrets });
    try {
      const loadBefore = os.loadavg()[0]!;
      const rss = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
      const idleRss = rss();
      let maxRss = 0;
      const sampler = setInterval(() => (maxRss = Math.max(maxRss, rss())), 200);
      const r = await signInRates(server.url, CASEWORKER, hash, server.child.pid!, { rounds: ROUNDS, seconds: SECONDS });
      clearInterval(sampler);
      process.stdout.write(
        `${label} (node ${command.flags.join(' ')} with ${Object.entries(command.env).map(([k, v]) => `${k}=${v}`).join(' ')}), load ${loadBefore.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)}\n` +
          `  rounds (sign-ins/s against verifies/s): ${r.rounds.map((x) => `${x.signInsPerSecond.toFixed(1)}/${x.verifiesPerSecond.toFixed(1)}`).join(', ')}\n` +
          `  median ratio ${r.ratio.toFixed(2)}; CPU per sign-in ${r.cpuMsPerSignIn.toFixed(1)} ms (server), per verify ${r.cpuMsPerVerify.toFixed(1)} ms (here)\n` +
          `  resident memory: idle ${idleRss.toFixed(0)} MB, largest during the sign-ins ${maxRss.toFixed(0)} MB, after ${rss().toFixed(0)} MB\n`,
      );
    } finally {
      await stop(server);
    }
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

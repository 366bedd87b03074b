// `tsx tests/bench/sign-in-cpu.ts [--seconds 6] [--repeat 3] [--before DIR] [--variant 'label=ENV=x --flag=y' …]`:
// what the compiled server spends per correct sign-in (issue 12, ADR 0022 decision 55): 4 clients
// signing one user in for a window, and the server's user and system CPU and minor page faults
// per sign-in over it (/proc/<pid>/stat). Unlike the rates, the faults and the system CPU hardly
// move with the machine's other load, so a buffer mapped and zeroed afresh per hash shows even on
// a shared machine. Each of `npm start` (or each --variant of it) and --before DIR's own
// `npm start` on its own copy of one bench database, in turn, --repeat times. Needs `npm run build`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchSecrets, buildBenchDatabase, CASEWORKER } from './bench-data.js';
import { npmStart, signIn, startCompiled, stop, withVariant } from './bench-process.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const SECONDS = Number(option('seconds') ?? 6);
const REPEAT = Number(option('repeat') ?? 3);
const ROOT = path.resolve(import.meta.dirname, '../..');
const BEFORE = option('before') ? path.resolve(option('before')!) : null;
const variants = args.flatMap((a, i) => (a === '--variant' ? [args[i + 1]!] : []));

/** Minor faults, user and system CPU in clock ticks of 10 ms (proc(5): fields 10, 14, 15). */
function counters(pid: number): { minflt: number; utime: number; stime: number } {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return { minflt: Number(fields[7]), utime: Number(fields[11]), stime: Number(fields[12]) };
}

const runs = [
  ...(variants.length > 0 ? variants : ['npm start=']).map((variant) => {
    const label = variant.split('=')[0]!;
    return { label, checkout: ROOT, command: withVariant(npmStart(ROOT), variant.slice(label.length + 1)) };
  }),
  ...(BEFORE ? [{ label: 'before', checkout: BEFORE, command: npmStart(BEFORE) }] : []),
];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-sign-in-cpu-'));
const secrets = benchSecrets();
try {
  await buildBenchDatabase(path.join(dir, 'bench.db'), secrets, { referrals: 100, registerRows: 2000 });
  for (const run of runs) {
    process.stdout.write(`${run.label}: node ${run.command.flags.join(' ')} with ${Object.entries(run.command.env).map(([k, v]) => `${k}=${v}`).join(' ')} (${run.checkout})\n`);
  }
  for (const [i, { label, checkout, command }] of Array.from({ length: REPEAT }, () => runs).flat().entries()) {
    const own = path.join(dir, `s${i}`);
    fs.mkdirSync(own);
    fs.copyFileSync(path.join(dir, 'bench.db'), path.join(own, 'bench.db'));
    fs.copyFileSync(path.join(dir, 'data-keys.db'), path.join(own, 'data-keys.db'));
    const server = await startCompiled(checkout, command, { databasePath: path.join(own, 'bench.db'), keyStorePath: path.join(own, 'data-keys.db'), secrets });
    try {
      const pid = server.child.pid!;
      // Warm-up, not counted: the first hashes map the buffers, the first requests compile.
      for (let w = 0; w < 12; w += 1) await signIn(server.url, CASEWORKER);
      const before = counters(pid);
      const started = Date.now();
      let done = 0;
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (Date.now() < started + SECONDS * 1000) {
            await signIn(server.url, CASEWORKER);
            done += 1;
          }
        }),
      );
      const after = counters(pid);
      const per = (ticks: number) => ((ticks * 10) / done).toFixed(1);
      const user = after.utime - before.utime;
      const system = after.stime - before.stime;
      process.stdout.write(
        `${label.padEnd(12)} ${(done / ((Date.now() - started) / 1000)).toFixed(1)} sign-ins/s; per sign-in: CPU ${per(user + system)} ms (user ${per(user)}, system ${per(system)}), ` +
          `${((after.minflt - before.minflt) / done).toFixed(0)} minor faults; load ${os.loadavg()[0]!.toFixed(1)}\n`,
      );
    } finally {
      await stop(server);
    }
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

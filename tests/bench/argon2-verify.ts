// `[GLIBC_TUNABLES=…] tsx tests/bench/argon2-verify.ts [--seconds 3] [--concurrency 2]`: argon2id
// verifying one hash (the server's parameters, 19 MiB) N at a time in this process, with whatever
// malloc tunables it was started with (ADR 0022, decision 55). Prints the rate and, per verify, the
// minor page faults and user and system CPU (this process, argon2's threads included, from
// /proc/self/stat), and resident memory before, at most during, and after. A buffer mapped afresh
// per hash shows as hundreds of faults and milliseconds of system CPU per verify.
import argon2 from 'argon2';
import fs from 'node:fs';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const SECONDS = Number(option('seconds') ?? 3);
const CONCURRENCY = Number(option('concurrency') ?? 2);
const PASSWORD = 'correct horse battery staple';

/** Minor faults, then user and system CPU in clock ticks of 10 ms (proc(5): fields 10, 14, 15). */
function counters(): { minflt: number; utime: number; stime: number } {
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return { minflt: Number(fields[7]), utime: Number(fields[11]), stime: Number(fields[12]) };
}
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;

// The server's parameters (server/modules/auth/passwords.ts).
const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
const idle = rssMb();
for (let i = 0; i < 8; i += 1) await argon2.verify(hash, PASSWORD);
let largest = 0;
const sampler = setInterval(() => (largest = Math.max(largest, rssMb())), 100);
const before = counters();
const started = Date.now();
let done = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (Date.now() < started + SECONDS * 1000) {
      if (!(await argon2.verify(hash, PASSWORD))) throw new Error('argon2 verify failed');
      done += 1;
    }
  }),
);
const after = counters();
clearInterval(sampler);
const seconds = (Date.now() - started) / 1000;
const per = (ticks: number) => ((ticks * 10) / done).toFixed(1);
process.stdout.write(
  `GLIBC_TUNABLES=${process.env.GLIBC_TUNABLES ?? ''}, ${CONCURRENCY} at a time: ${(done / seconds).toFixed(1)} verifies/s; per verify ` +
    `${((after.minflt - before.minflt) / done).toFixed(0)} minor faults, user ${per(after.utime - before.utime)} ms, system ${per(after.stime - before.stime)} ms; ` +
    `resident ${idle.toFixed(0)} MB before, at most ${largest.toFixed(0)} during, ${rssMb().toFixed(0)} after\n`,
);

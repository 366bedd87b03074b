// scripts/pg-replica.sh from the tests: a primary with a synchronous standby and WAL archiving, in
// a temporary folder (issue 17, ADR 0029). Each command runs the script exactly as
// docs/operations.md shows it, so the docs' commands are the tested ones.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../scripts/pg-replica.sh', import.meta.url));

export type TReplicaPair = {
  dir: string;
  primaryUrl: string;
  standbyUrl: string;
  /** Both hosts, `target_session_attrs=primary`: whichever takes writes. */
  failoverUrl: string;
  kill(): Promise<void>;
  promote(): Promise<void>;
  rejoin(): Promise<void>;
  backup(name: string): Promise<void>;
  /** A new cluster from backup `name`, recovered to `target` (a time, or `lsn:LSN`); its URL. */
  restore(name: string, target: string): Promise<string>;
  stop(): Promise<void>;
};

/** `export NAME=value` lines, as bash's printf %q wrote them, to a record. */
function parseExports(stdout: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const match = /^export ([A-Z_]+)=(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) found[match[1]] = match[2].replace(/\\(.)/g, '$1');
  }
  return found;
}

async function pgReplica(args: string[]): Promise<string> {
  const { stdout } = await run(script, args, { maxBuffer: 1 << 20 });
  return stdout;
}

export async function startReplicaPair(): Promise<TReplicaPair> {
  const found = parseExports(await pgReplica(['start']));
  const { PG_REPLICA_DIR: dir, PG_PRIMARY_URL: primaryUrl, PG_STANDBY_URL: standbyUrl, PG_FAILOVER_URL: failoverUrl } = found;
  if (!dir || !primaryUrl || !standbyUrl || !failoverUrl) throw new Error('pg-replica.sh start printed no URLs');
  return {
    dir,
    primaryUrl,
    standbyUrl,
    failoverUrl,
    kill: async () => void (await pgReplica(['kill', dir])),
    promote: async () => void (await pgReplica(['promote', dir])),
    rejoin: async () => void (await pgReplica(['rejoin', dir])),
    backup: async (name) => void (await pgReplica(['backup', dir, name])),
    async restore(name, target) {
      const url = parseExports(await pgReplica(['restore', dir, name, target])).PG_RESTORED_URL;
      if (!url) throw new Error('pg-replica.sh restore printed no URL');
      return url;
    },
    stop: async () => void (await pgReplica(['stop', dir])),
  };
}

/** How long to wait, and how often to look: the tests wait on conditions, never on the clock alone. */
export type TTiming = { pollMs: number; timeoutMs: number };

export const defaultTiming: TTiming = { pollMs: 10, timeoutMs: 60_000 };

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves once `condition` holds; fails naming `what` after the timeout. */
export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timing: TTiming = defaultTiming): Promise<void> {
  const deadline = performance.now() + timing.timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (performance.now() > deadline) throw new Error(`timed out after ${timing.timeoutMs} ms waiting for ${what}`);
    await delay(timing.pollMs);
  }
}

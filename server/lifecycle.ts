// The server's phases, for /readyz: it answers requests only when it is whole. The port is
// taken first (so a port in use stops the start before anything else happens), the database is
// migrated and the app built while /healthz says "alive" and /readyz "not ready", and a shutdown
// says "not ready" again before it stops taking requests.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type TPhase = 'starting' | 'migrating' | 'ready' | 'shutting-down';

export type TLifecycle = {
  phase(): TPhase;
  set(phase: TPhase): void;
};

export function createLifecycle(initial: TPhase = 'starting'): TLifecycle {
  let current = initial;
  return {
    phase: () => current,
    set: (phase) => {
      current = phase;
    },
  };
}

/**
 * Emitted on `process` once the server is ready: the compiled server's entry
 * (scripts/start-bundle.cjs, which names it too) then writes its code cache.
 */
export const READY_EVENT = 'samvirke:ready';

/** Process exit codes, documented in operations.md § Starting. */
export const EXIT = {
  /** Stopped by SIGTERM or SIGINT after a clean shutdown. */
  OK: 0,
  /** Anything unexpected; the message says what. */
  FAILURE: 1,
  /** The listen address cannot be used: PORT in use, or HOST not an address of this machine. */
  UNAVAILABLE: 69,
  /** A configuration error: the message names each variable and what is expected. */
  CONFIG: 78,
} as const;

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Answers while the app is not built yet (migrating, starting): /healthz says the process is
 * alive, /readyz says why it is not ready, everything else is 503 with Retry-After.
 */
export function startupResponder(lifecycle: TLifecycle) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const route = (req.url ?? '/').split('?')[0];
    if (route === '/healthz') return json(res, 200, { status: 'ok' });
    if (route === '/readyz') return json(res, 503, { status: lifecycle.phase() });
    json(res, 503, { errors: [{ message: 'Samvirke is starting', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }, { 'retry-after': '5' });
  };
}

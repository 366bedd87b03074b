// /readyz follows the server's phase (server/lifecycle.ts), /healthz stays liveness: an app built
// with a lifecycle answers 503 with the phase while starting, migrating or shutting down.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.js';
import { createLifecycle, startupResponder, type TPhase } from '../../../server/lifecycle.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import http from 'node:http';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function probe(handler: http.RequestListener, paths: string[]): Promise<Array<{ status: number; body: unknown }>> {
  const listener = http.createServer(handler);
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  try {
    return await Promise.all(paths.map(async (p) => {
      const res = await fetch(`${base}${p}`);
      return { status: res.status, body: await res.json() };
    }));
  } finally {
    listener.close();
  }
}

describe('/readyz', () => {
  it('the test server (no lifecycle) is ready once built', async () => {
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('follows the phase; /healthz stays 200 throughout', async () => {
    const lifecycle = createLifecycle('starting');
    const { app, stop } = await createApp(server.deps, { lifecycle });
    try {
      const seen: Record<string, unknown> = {};
      for (const phase of ['starting', 'migrating', 'ready', 'shutting-down'] as TPhase[]) {
        lifecycle.set(phase);
        const [ready, health] = await probe(app, ['/readyz', '/healthz']);
        seen[phase] = ready;
        expect(health).toEqual({ status: 200, body: { status: 'ok' } });
      }
      expect(seen).toEqual({
        starting: { status: 503, body: { status: 'starting' } },
        migrating: { status: 503, body: { status: 'migrating' } },
        ready: { status: 200, body: { status: 'ready' } },
        'shutting-down': { status: 503, body: { status: 'shutting-down' } },
      });
    } finally {
      await stop();
    }
  });

  it('before the app exists (migrating), the start-up responder answers the probes and refuses the rest', async () => {
    const lifecycle = createLifecycle('migrating');
    const [ready, health, graphql] = await probe(startupResponder(lifecycle), ['/readyz', '/healthz', '/graphql']);
    expect(ready).toEqual({ status: 503, body: { status: 'migrating' } });
    expect(health).toEqual({ status: 200, body: { status: 'ok' } });
    expect(graphql).toEqual({ status: 503, body: { errors: [{ message: 'Samvirke is starting', extensions: { code: 'SERVICE_UNAVAILABLE' } }] } });
  });
});

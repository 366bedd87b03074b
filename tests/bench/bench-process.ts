// What the HTTP benches (http.ts, sealing.ts) share: a free port, a server child stopped, a
// GraphQL request, a bench user's sign-in, and the median of rounds.
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
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

// The real entry point (server/main.ts) with METRICS_PORT: the metrics listener is taken with the
// main port, answers /metrics once the server is whole, and is closed by the one shutdown path.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-metrics-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function startServer(metricsPort: string, name: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: dir, LOG_FORMAT: 'json', NODE_ENV: 'development', DATABASE_PATH: path.join(dir, name, 'samvirke.db'), PORT: '0', METRICS_PORT: metricsPort, JOBS_ENABLED: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output, exited };
}

it('exits 69 naming METRICS_PORT when it is in use, before the database is touched', async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
  const port = (blocker.address() as net.AddressInfo).port;
  try {
    const { child, output, exited } = startServer(String(port), 'in-use');
    try {
      expect(await exited).toBe(69);
      expect(output.stderr).toContain(`METRICS_PORT ${port} on METRICS_HOST 127.0.0.1 is already in use`);
      expect(fs.existsSync(path.join(dir, 'in-use'))).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  } finally {
    blocker.close();
  }
}, 60_000);

it('serves /metrics on METRICS_PORT, not on PORT, and closes it on SIGTERM', async () => {
  const { child, output, exited } = startServer('0', 'served');
  try {
    const stdout = () => output.stdout;
    const until = Date.now() + 40_000;
    while (!stdout().includes('Samvirke is listening') && Date.now() < until && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 50));
    const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)","metricsUrl":"(http:\/\/127\.0\.0\.1:\d+\/metrics)".*port taken/.exec(stdout());
    expect(match, stdout()).not.toBeNull();
    const [, url, metricsUrl] = match!;
    const scrape = await fetch(metricsUrl!);
    expect(scrape.status).toBe(200);
    expect(await scrape.text()).toContain('samvirke_audit_uncovered_records');
    expect((await fetch(`${url}/metrics`)).status).toBe(404);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(fetch(metricsUrl!)).rejects.toThrow();
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 60_000);

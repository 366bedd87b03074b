// Issue 15 § 3: the real entry point (server/main.ts) as a child process starts whole or not at
// all: a port in use ends it (exit 69, naming the port) before the database is touched or a job
// starts; bad keys and URLs end it with exit 78 naming the variables; /readyz is 503 until the
// server is whole and again while it shuts down; one SIGTERM shuts it down once.
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-lifecycle-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

type TChild = { child: ChildProcess; out: () => string; err: () => string; exited: Promise<number | null>; waitFor(pattern: RegExp, ms?: number): Promise<RegExpMatchArray> };

function spawnServer(env: Record<string, string>, args: string[] = []): TChild {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
    cwd: root,
    // JSON log lines (development's default is readable lines), so the test can read them.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    out: () => stdout,
    err: () => stderr,
    exited,
    async waitFor(pattern, ms = 40_000) {
      const until = Date.now() + ms;
      while (Date.now() < until) {
        const match = stdout.match(pattern);
        if (match) return match;
        if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`timed out waiting for ${pattern}; stdout: ${stdout}; stderr: ${stderr}`);
    },
  };
}

function databaseIn(name: string): string {
  return path.join(dir, name, 'samvirke.db');
}

describe('a port in use', () => {
  it('exits 69 naming the port, before the database is touched or any job starts', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const databasePath = databaseIn('port-in-use');
      const started = spawnServer({ NODE_ENV: 'development', DATABASE_PATH: databasePath, PORT: String(port), HOST: '127.0.0.1', JOBS_ENABLED: 'true' });
      expect(await started.exited).toBe(69);
      expect(started.err()).toContain(`PORT ${port} on HOST 127.0.0.1 is already in use`);
      expect(started.out()).not.toContain('listening');
      // Nothing was migrated or written, so no job can have run.
      expect(fs.existsSync(path.dirname(databasePath))).toBe(false);
    } finally {
      blocker.close();
    }
  }, 60_000);
});

describe('bad configuration', () => {
  it('a JWT key pair that does not belong together, a bad SMTP_URL and PUBLIC_URL: exit 78, each variable named', async () => {
    const pem = (type: 'private' | 'public') => {
      const pair = generateKeyPairSync('ed25519');
      return type === 'private' ? pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() : pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    };
    const jwtPrivate = pem('private');
    const started = spawnServer({
      NODE_ENV: 'production',
      DATABASE_PATH: databaseIn('bad-config'),
      JWT_PRIVATE_KEY: jwtPrivate,
      JWT_PUBLIC_KEY: pem('public'),
      AUDIT_CHECKPOINT_KEY: jwtPrivate,
      SMTP_URL: 'smtp://',
      PUBLIC_URL: 'http://samvirke.example.dk',
    });
    expect(await started.exited).toBe(78);
    const stderr = started.err();
    expect(stderr).toContain('- JWT_PRIVATE_KEY and JWT_PUBLIC_KEY do not belong together');
    expect(stderr).toContain("- SMTP_URL must name the mail server's host");
    expect(stderr).toContain('- PUBLIC_URL must be an absolute https:// URL in production');
    expect(stderr).toContain('- AUDIT_CHECKPOINT_KEY must not be the same key as JWT_PRIVATE_KEY');
    expect(stderr).not.toMatch(/pkcs8|at .+:\d+:\d+/);
  }, 60_000);

  it('a key that is not a key: the variable and what is expected, not a library message', async () => {
    const started = spawnServer({ NODE_ENV: 'development', DATABASE_PATH: databaseIn('not-a-key'), JWT_PRIVATE_KEY: 'hello', JWT_PUBLIC_KEY: 'world' });
    expect(await started.exited).toBe(78);
    expect(started.err()).toContain('- JWT_PRIVATE_KEY must be an Ed25519 private key in PEM (PKCS#8');
    expect(started.err()).toContain('- JWT_PUBLIC_KEY must be an Ed25519 public key in PEM (SPKI');
    expect(started.err()).not.toContain("'pkcs8' must be PKCS#8 formatted string");
  }, 60_000);
});

describe('readiness and shutdown', () => {
  it('/readyz is 503 while starting, 200 when whole, /healthz is liveness; one SIGTERM logs "shutting down" once and exits 0', async () => {
    const started = spawnServer({ NODE_ENV: 'development', DATABASE_PATH: databaseIn('ready'), PORT: '0', HOST: '127.0.0.1', JOBS_ENABLED: 'false', LOG_LEVEL: 'info' }, ['--demo']);
    const [, url] = (await started.waitFor(/"url":"(http:\/\/127\.0\.0\.1:\d+)".*port taken/))!;
    // The demo seed takes a while: the probes answer meanwhile.
    const phases = new Set<string>();
    let ready = false;
    const until = Date.now() + 60_000;
    while (!ready && Date.now() < until) {
      const res = await fetch(`${url}/readyz`);
      const body = (await res.json()) as { status: string };
      phases.add(`${res.status} ${body.status}`);
      if (res.status === 200) ready = true;
      else {
        expect(res.status).toBe(503);
        const health = await fetch(`${url}/healthz`);
        expect(health.status).toBe(200);
        const other = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
        // 503 while starting; a starved runner may ask just after the server became ready, which
        // /readyz then says too (the start-up responder never answers GraphQL).
        if (other.status !== 503) expect((await fetch(`${url}/readyz`)).status).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    expect(ready).toBe(true);
    // Before ready, only 503 with a start-up phase (a starved test runner may first look when it is
    // ready already; readyz.test.ts covers every phase deterministically).
    expect([...phases].every((p) => /^503 (migrating|starting)$|^200 ready$/.test(p)), [...phases].join()).toBe(true);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).json()) as unknown).toEqual({
      data: { __typename: 'Query' },
    });

    started.child.kill('SIGTERM');
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    expect(started.out().match(/shutting down/g)).toHaveLength(1);
    expect(started.out(), started.out().slice(-600)).toContain('"msg":"stopped"');
  }, 120_000);
});

describe('the demo as a newcomer meets it', () => {
  it('readable log lines (not JSON), no line per mail, and a closing banner: the URL, whom to sign in as, where the mail is', async () => {
    // LOG_FORMAT left empty: development's default (readable lines).
    const started = spawnServer({ NODE_ENV: 'development', DATABASE_PATH: databaseIn('demo-banner'), PORT: '0', HOST: '127.0.0.1', JOBS_ENABLED: 'false', LOG_FORMAT: '' }, ['--demo']);
    await started.waitFor(/Stop with Ctrl\+C/, 90_000);
    const out = started.out();
    const [, url] = /Samvirke demo is ready: (http:\/\/127\.0\.0\.1:\d+)/.exec(out)!;
    expect(out.split('\n').filter((line) => line.trimStart().startsWith('{'))).toEqual([]);
    expect(out).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: Samvirke is listening/m);
    expect(out).not.toMatch(/mail logged|mail kept/);
    for (const email of ['tilsyn@at.demo', 'sagsbehandler@cmm.demo', 'koordinator@kbhpol.demo', 'kontrol@sktst.demo']) expect(out).toContain(email);
    expect(out).toContain('the password "demo-password"');
    expect(out).toContain(`${url}/development/mail`);
    // The seed's notifications are in the development mailbox.
    const mailbox = (await (await fetch(`${url}/dev/mailbox`)).json()) as { messages: Array<{ to: string; link: string | null }> };
    expect(mailbox.messages.length).toBeGreaterThan(0);
    // (PORT=0 here, so PUBLIC_URL's default names port 0: only the shape of the link is checked.)
    expect(mailbox.messages.filter((m) => !m.to.endsWith('.demo') || !/^http:\/\/127\.0\.0\.1:\d+\//.test(m.link ?? ''))).toEqual([]);
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    expect(started.out()).toMatch(/INFO: stopped/);
  }, 120_000);

  it('LOG_FORMAT other than json or pretty: exit 78 naming it', async () => {
    const started = spawnServer({ NODE_ENV: 'development', DATABASE_PATH: databaseIn('log-format'), PORT: '0', LOG_FORMAT: 'xml' });
    expect(await started.exited).toBe(78);
    expect(started.err()).toContain('LOG_FORMAT must be json or pretty');
  }, 60_000);
});

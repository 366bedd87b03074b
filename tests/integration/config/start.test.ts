// `npm start` (tsx server/main.ts) with NODE_ENV=production and no secrets refuses to start and
// says which settings are missing. Runs the real entry point as a child process.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openKeyStore } from '../../../server/core/sealing/key-store.js';
import { kekFrom, verifyKek } from '../../../server/core/sealing/sealer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-start-'));
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function start(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Only what the test gives: none of the parent's settings (or secrets) leak in.
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not exit; stderr: ${stderr}`));
    }, 25_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('starting in production without secrets', () => {
  it('exits non-zero, naming JWT_PRIVATE_KEY, JWT_PUBLIC_KEY, SMTP_URL, PUBLIC_URL, AUDIT_CHECKPOINT_KEY, BLIND_INDEX_KEY, DATA_KEY and KEY_STORE_PATH, before touching the database', async () => {
    const databasePath = path.join(dir, 'never', 'samvirke.db');
    const result = await start({ NODE_ENV: 'production', DATABASE_PATH: databasePath, JOBS_ENABLED: 'false', PORT: '0' });
    expect(result.code).not.toBe(0);
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('Samvirke cannot start');
    for (const name of ['JWT_PRIVATE_KEY', 'JWT_PUBLIC_KEY', 'SMTP_URL', 'PUBLIC_URL', 'AUDIT_CHECKPOINT_KEY', 'BLIND_INDEX_KEY', 'DATA_KEY', 'KEY_STORE_PATH']) expect(result.stderr).toContain(`- ${name}`);
    expect(result.stdout).not.toContain('listening');
    expect(fs.existsSync(path.dirname(databasePath))).toBe(false);
  }, 30_000);
});

describe('starting with a DATA_KEY that is not the key store\'s', () => {
  it('exits 78 naming DATA_KEY and KEY_STORE_PATH, before the database is opened or anything served', async () => {
    const keyStorePath = path.join(dir, 'wrong-key', 'data-keys.db');
    const store = openKeyStore({ path: keyStorePath, replicas: [] });
    verifyKek(store, kekFrom(randomBytes(32)), null);
    store.close();
    const databasePath = path.join(dir, 'wrong-key', 'db', 'samvirke.db');
    const result = await start({ NODE_ENV: 'development', DATABASE_PATH: databasePath, KEY_STORE_PATH: keyStorePath, DATA_KEY: randomBytes(32).toString('base64'), JOBS_ENABLED: 'false', PORT: '0' });
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('Samvirke cannot start');
    expect(result.stderr).toMatch(/DATA_KEY is not the key-encryption key of the key store at KEY_STORE_PATH/);
    expect(result.stdout).not.toContain('listening');
    expect(fs.existsSync(databasePath)).toBe(false);
  }, 30_000);

  it('a DATA_KEY that is not a 32-byte key is refused with the variable named', async () => {
    const result = await start({ NODE_ENV: 'development', DATABASE_PATH: path.join(dir, 'short-key', 'samvirke.db'), DATA_KEY: 'too-short', JOBS_ENABLED: 'false', PORT: '0' });
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('- DATA_KEY must be a random key of exactly 32 bytes');
  }, 30_000);
});

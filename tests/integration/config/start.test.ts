// `npm start` (tsx server/main.ts) with NODE_ENV=production and no secrets refuses to start and
// says which settings are missing. Runs the real entry point as a child process.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

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
  it('exits non-zero, naming JWT_PRIVATE_KEY, JWT_PUBLIC_KEY, SMTP_URL, PUBLIC_URL, AUDIT_CHECKPOINT_KEY and BLIND_INDEX_KEY, before touching the database', async () => {
    const databasePath = path.join(dir, 'never', 'samvirke.db');
    const result = await start({ NODE_ENV: 'production', DATABASE_PATH: databasePath, JOBS_ENABLED: 'false', PORT: '0' });
    expect(result.code).not.toBe(0);
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('Samvirke cannot start');
    for (const name of ['JWT_PRIVATE_KEY', 'JWT_PUBLIC_KEY', 'SMTP_URL', 'PUBLIC_URL', 'AUDIT_CHECKPOINT_KEY', 'BLIND_INDEX_KEY']) expect(result.stderr).toContain(`- ${name}`);
    expect(result.stdout).not.toContain('listening');
    expect(fs.existsSync(path.dirname(databasePath))).toBe(false);
  }, 30_000);
});

// The key pair from configuration or the data folder, and the sign-in counters' HMAC key derived
// from it: the same private key gives the same counters after a restart, another key other ones.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportPKCS8, exportSPKI } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.js';
import { generateSigningKeys, loadSigningKeys } from '../../../server/modules/auth/keys.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function configFor(env: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-keys-'));
  dirs.push(dir);
  return loadConfig({
    env: { DATABASE_PATH: path.join(dir, 'db.sqlite'), ...env },
    readFile: (p) => {
      throw new Error(`unexpected read of ${p}`);
    },
  });
}

describe('signing keys', () => {
  it('derive the same throttle key from the same private key, in configuration or on disk', async () => {
    const generated = await generateSigningKeys();
    const env = { JWT_PRIVATE_KEY: await exportPKCS8(generated.privateKey), JWT_PUBLIC_KEY: await exportSPKI(generated.publicKey) };
    const fromConfig = await loadSigningKeys(configFor(env));
    expect(fromConfig.throttleKey.equals(generated.throttleKey)).toBe(true);
    expect(fromConfig.throttleKey).toHaveLength(32);

    const demo = configFor({});
    const first = await loadSigningKeys(demo);
    const again = await loadSigningKeys(demo);
    expect(again.throttleKey.equals(first.throttleKey)).toBe(true);
    expect(first.throttleKey.equals(generated.throttleKey)).toBe(false);
  });

  it('refuses a pair in the data folder that does not belong together, naming both files', async () => {
    const demo = configFor({});
    await loadSigningKeys(demo);
    const other = await generateSigningKeys();
    const publicPath = path.join(demo.dataDir, 'keys', 'jwt-public.pem');
    fs.writeFileSync(publicPath, await exportSPKI(other.publicKey));
    await expect(loadSigningKeys(demo)).rejects.toThrow(/jwt-private\.pem and .*jwt-public\.pem do not belong together/);
  });
});

// The Ed25519 key pair that signs and verifies access tokens. Production reads it from
// configuration; a demo or development server makes one in its data folder on first start.
import { hkdfSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI } from 'jose';
import { ConfigError, keysBelongTogether, type TConfig } from '../../config.js';
import type { TSigningKeys } from '../../core/keys.js';

export const TOKEN_ALGORITHM = 'EdDSA';

export type { TSigningKeys } from '../../core/keys.js';

function deriveThrottleKey(privateKeyPem: string): Buffer {
  return Buffer.from(hkdfSync('sha256', privateKeyPem, Buffer.alloc(0), 'samvirke/login-throttle/v1', 32));
}

async function fromPem(privateKeyPem: string, publicKeyPem: string): Promise<TSigningKeys> {
  return {
    privateKey: await importPKCS8(privateKeyPem, TOKEN_ALGORITHM),
    publicKey: await importSPKI(publicKeyPem, TOKEN_ALGORITHM),
    throttleKey: deriveThrottleKey(privateKeyPem),
  };
}

export async function generateSigningKeys(): Promise<TSigningKeys> {
  const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM, { crv: 'Ed25519', extractable: true });
  return { privateKey, publicKey, throttleKey: deriveThrottleKey(await exportPKCS8(privateKey)) };
}

export async function loadSigningKeys(config: TConfig): Promise<TSigningKeys> {
  if (config.jwt.privateKeyPem && config.jwt.publicKeyPem) return fromPem(config.jwt.privateKeyPem, config.jwt.publicKeyPem);
  if (config.isProduction) throw new Error('Signing keys are required in production');
  const dir = path.join(config.dataDir, 'keys');
  const privatePath = path.join(dir, 'jwt-private.pem');
  const publicPath = path.join(dir, 'jwt-public.pem');
  if (fs.existsSync(privatePath) && fs.existsSync(publicPath)) {
    const privatePem = fs.readFileSync(privatePath, 'utf8');
    const publicPem = fs.readFileSync(publicPath, 'utf8');
    // Checked like configured keys: a pair that does not belong together refuses every token.
    if (!keysBelongTogether(privatePem, publicPem)) {
      throw new ConfigError([`${privatePath} and ${publicPath} do not belong together: remove both (a new pair is generated) or put back the matching public key`]);
    }
    return fromPem(privatePem, publicPem);
  }
  const keys = await generateSigningKeys();
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(privatePath, await exportPKCS8(keys.privateKey), { mode: 0o600 });
  fs.writeFileSync(publicPath, await exportSPKI(keys.publicKey), { mode: 0o644 });
  return keys;
}

// The Ed25519 key pair that signs and verifies access tokens. Production reads it from
// configuration; a demo or development server makes one in its data folder on first start.
import fs from 'node:fs';
import path from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI, type CryptoKey } from 'jose';
import type { TConfig } from '../../config.js';

export const TOKEN_ALGORITHM = 'EdDSA';

export type TSigningKeys = { privateKey: CryptoKey; publicKey: CryptoKey };

export async function generateSigningKeys(): Promise<TSigningKeys> {
  const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM, { crv: 'Ed25519', extractable: true });
  return { privateKey, publicKey };
}

export async function loadSigningKeys(config: TConfig): Promise<TSigningKeys> {
  if (config.jwt.privateKeyPem && config.jwt.publicKeyPem) {
    return {
      privateKey: await importPKCS8(config.jwt.privateKeyPem, TOKEN_ALGORITHM),
      publicKey: await importSPKI(config.jwt.publicKeyPem, TOKEN_ALGORITHM),
    };
  }
  if (config.isProduction) throw new Error('Signing keys are required in production');
  const dir = path.join(config.dataDir, 'keys');
  const privatePath = path.join(dir, 'jwt-private.pem');
  const publicPath = path.join(dir, 'jwt-public.pem');
  if (fs.existsSync(privatePath) && fs.existsSync(publicPath)) {
    return {
      privateKey: await importPKCS8(fs.readFileSync(privatePath, 'utf8'), TOKEN_ALGORITHM),
      publicKey: await importSPKI(fs.readFileSync(publicPath, 'utf8'), TOKEN_ALGORITHM),
    };
  }
  const keys = await generateSigningKeys();
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(privatePath, await exportPKCS8(keys.privateKey), { mode: 0o600 });
  fs.writeFileSync(publicPath, await exportSPKI(keys.publicKey), { mode: 0o644 });
  return keys;
}

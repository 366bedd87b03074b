// The key-encryption key and the key store, from configuration: DATA_KEY (required in production,
// generated into the data folder's keys/ otherwise, like the signing keys) and KEY_STORE_PATH with
// its replicas. Opening checks that DATA_KEY is the store's key before anything is served.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TConfig } from '../../config.js';
import type { TClock } from '../clock.js';
import { KeyStoreError, openKeyStore } from './key-store.js';
import { createSealer, kekFrom, verifyKek, type TSealer } from './sealer.js';

export const DATA_KEY_FILE = 'data.key';

export function loadDataKey(config: TConfig): Buffer {
  if (config.sealing.dataKey) return config.sealing.dataKey;
  if (config.isProduction) throw new Error('DATA_KEY is required in production');
  const dir = path.join(config.dataDir, 'keys');
  const file = path.join(dir, DATA_KEY_FILE);
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  const key = randomBytes(32);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 });
  return key;
}

/** Opens the key store and checks DATA_KEY against it (DataKeyError or KeyStoreError when it does not fit). */
export function openSealer(config: TConfig, clock: TClock): TSealer {
  const current = kekFrom(loadDataKey(config));
  const previous = config.sealing.previousDataKey ? kekFrom(config.sealing.previousDataKey) : null;
  let keyStore;
  try {
    keyStore = openKeyStore({ path: config.sealing.keyStorePath, replicas: config.sealing.keyStoreReplicas });
  } catch (error) {
    if (error instanceof KeyStoreError) throw error;
    const code = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
    throw new KeyStoreError(`KEY_STORE_PATH (${config.sealing.keyStorePath}) and KEY_STORE_REPLICAS must be files in folders this process can create and write (${code})`);
  }
  try {
    verifyKek(keyStore, current, previous);
  } catch (error) {
    keyStore.close();
    throw error;
  }
  return createSealer({ keyStore, current, previous, clock });
}

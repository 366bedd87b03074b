// The shapes of the keys a server holds outside its database. The modules that load and use them
// (auth/keys.ts, audit/checkpoint-key.ts, subjects/blind-index.ts) implement them; core/types.ts's
// TDeps names them without depending on those modules.
import type { KeyObject } from 'node:crypto';
import type { CryptoKey } from 'jose';

export type TSigningKeys = {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /**
   * Keys the sign-in counters' HMACs (e-mail, client address). Derived from the private key so it
   * lives outside the database with it: a copy of the database alone cannot test a guessed address.
   */
  throttleKey: Buffer;
};

export type TCheckpointKey = {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The first 16 hex characters of the SHA-256 of the public key (SPKI, DER): names the key on each checkpoint. */
  keyId: string;
  /** Public keys of replaced checkpoint keys, by key id: the checkpoints they signed still verify. */
  retired: ReadonlyMap<string, KeyObject>;
};

export type TBlindIndexKey = {
  key: Buffer;
  /** Names the key without revealing it: the index records it, and a new key re-indexes everything. */
  keyId: string;
};

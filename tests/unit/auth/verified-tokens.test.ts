// Access tokens are verified once and remembered (ADR 0022): a remembered token is still refused
// once expired, not yet valid or too old, and never accepted under a key it was not verified with.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.js';
import { generateSigningKeys } from '../../../server/modules/auth/keys.js';
import { signAccessToken, verifyAccessToken } from '../../../server/modules/auth/tokens.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-tokens-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const config = loadConfig({ env: { DATABASE_PATH: path.join(dir, 'db.sqlite') }, readFile: (p) => { throw new Error(`unexpected read of ${p}`); } });
const claims = { userId: 'u-1', sessionId: 's-1', secondFactor: true };
const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

describe('a remembered token', () => {
  it('gives the same claims on every call while it lives', async () => {
    const keys = await generateSigningKeys();
    const now = new Date('2026-03-02T10:00:00Z');
    const { token } = await signAccessToken({ keys, config, now, claims });
    expect(await verifyAccessToken({ keys, config, now, token })).toEqual(claims);
    expect(await verifyAccessToken({ keys, config, now: at(now, 60), token })).toEqual(claims);
  });

  it('is refused at and after its expiry, though verified before', async () => {
    const keys = await generateSigningKeys();
    const now = new Date('2026-03-02T10:00:00Z');
    const { token, expiresAt } = await signAccessToken({ keys, config, now, claims });
    expect(await verifyAccessToken({ keys, config, now, token })).toEqual(claims);
    expect(await verifyAccessToken({ keys, config, now: at(expiresAt, -1), token })).toEqual(claims);
    expect(await verifyAccessToken({ keys, config, now: expiresAt, token })).toBeNull();
    expect(await verifyAccessToken({ keys, config, now: at(expiresAt, 3600), token })).toBeNull();
  });

  it('is refused before it was issued (a clock set back), though verified before', async () => {
    const keys = await generateSigningKeys();
    const now = new Date('2026-03-02T10:00:00Z');
    const { token } = await signAccessToken({ keys, config, now, claims });
    expect(await verifyAccessToken({ keys, config, now, token })).toEqual(claims);
    expect(await verifyAccessToken({ keys, config, now: at(now, -2), token })).toBeNull();
  });

  it('is refused under another key pair, though verified under its own', async () => {
    const keys = await generateSigningKeys();
    const other = await generateSigningKeys();
    const now = new Date('2026-03-02T10:00:00Z');
    const { token } = await signAccessToken({ keys, config, now, claims });
    expect(await verifyAccessToken({ keys, config, now, token })).toEqual(claims);
    expect(await verifyAccessToken({ keys: other, config, now, token })).toBeNull();
  });

  it('a tampered copy is verified on its own and refused', async () => {
    const keys = await generateSigningKeys();
    const now = new Date('2026-03-02T10:00:00Z');
    const { token } = await signAccessToken({ keys, config, now, claims });
    expect(await verifyAccessToken({ keys, config, now, token })).toEqual(claims);
    const [header, payload, signature] = token.split('.');
    const forged = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...forged, sub: 'u-2' })).toString('base64url')}.${signature}`;
    expect(await verifyAccessToken({ keys, config, now, token: tampered })).toBeNull();
  });
});

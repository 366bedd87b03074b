// Access tokens: short-lived EdDSA JWTs. Verification allows one algorithm only and requires
// iss, aud, exp, iat, sub and sid, so an unsigned, re-signed or never-expiring token is refused.
import { SignJWT, jwtVerify } from 'jose';
import type { TConfig } from '../../config.js';
import { newId } from '../../core/ids.js';
import { TOKEN_ALGORITHM, type TSigningKeys } from './keys.js';

/** `serviceAccount`: the token of a service account (client credentials, ADR 0027), claim `svc`. */
export type TAccessClaims = { userId: string; sessionId: string; secondFactor: boolean; serviceAccount?: boolean };

export async function signAccessToken(options: { keys: TSigningKeys; config: TConfig; now: Date; claims: TAccessClaims }): Promise<{ token: string; expiresAt: Date }> {
  const { keys, config, now, claims } = options;
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + config.jwt.accessTtlSeconds;
  const token = await new SignJWT({ sid: claims.sessionId, mfa: claims.secondFactor, ...(claims.serviceAccount ? { svc: true } : {}) })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(config.jwt.issuer)
    .setAudience(config.jwt.audience)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .setJti(newId())
    .sign(keys.privateKey);
  return { token, expiresAt: new Date(exp * 1000) };
}

/** A token's claims as verified once (signature, algorithm, issuer, audience, required claims). */
type TVerified = { claims: TAccessClaims; iat: number; exp: number; nbf: number | null };

/** How many verified tokens are remembered: the access tokens of some thousand active sessions. */
const VERIFIED_CACHE_SIZE = 2048;

/**
 * Checking the signature was a twentieth of a listing's CPU, on every request, for the same few
 * tokens (ADR 0022). A token that verified once verifies again (same bytes, same key): only the
 * checks that depend on the time are made again, on every call. Per key pair, so a token is never
 * taken as verified under a key it was not checked with; failures are never remembered.
 */
const verifiedByKeys = new WeakMap<TSigningKeys, Map<string, TVerified>>();

function isLive(v: TVerified, config: TConfig, now: Date): boolean {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  // As jose checks them with no tolerance: expiry, not-before, the token's age and issue time.
  if (v.exp <= nowSeconds) return false;
  if (v.nbf !== null && v.nbf > nowSeconds) return false;
  if (nowSeconds - v.iat > config.jwt.accessTtlSeconds || v.iat > nowSeconds) return false;
  // A token's whole life, not only its age, fits the contract's 15 minutes.
  return v.exp - v.iat <= config.jwt.accessTtlSeconds && v.iat * 1000 <= now.getTime();
}

/** Returns the claims of a valid token, or null for anything else (the reason is not disclosed). */
export async function verifyAccessToken(options: { keys: TSigningKeys; config: TConfig; now: Date; token: string }): Promise<TAccessClaims | null> {
  const { keys, config, now, token } = options;
  let verified = verifiedByKeys.get(keys);
  if (!verified) verifiedByKeys.set(keys, (verified = new Map()));
  const known = verified.get(token);
  if (known) return isLive(known, config, now) ? known.claims : null;
  try {
    const { payload } = await jwtVerify(token, keys.publicKey, {
      algorithms: [TOKEN_ALGORITHM],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      requiredClaims: ['iss', 'aud', 'exp', 'iat', 'sub', 'sid'],
      currentDate: now,
      maxTokenAge: config.jwt.accessTtlSeconds,
      // No clock tolerance: this server signs and verifies with one and the same clock, so any
      // tolerance would only stretch a token's life past the 15 minutes of the contract.
    });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
    const entry: TVerified = {
      claims: { userId: payload.sub, sessionId: payload.sid, secondFactor: payload.mfa === true, ...(payload.svc === true ? { serviceAccount: true } : {}) },
      iat: payload.iat!,
      exp: payload.exp!,
      nbf: typeof payload.nbf === 'number' ? payload.nbf : null,
    };
    if (!isLive(entry, config, now)) return null;
    verified.set(token, entry);
    // Oldest first out (Map keeps insertion order); a token outlives its place by 15 minutes at most anyway.
    if (verified.size > VERIFIED_CACHE_SIZE) verified.delete(verified.keys().next().value!);
    return entry.claims;
  } catch {
    return null;
  }
}

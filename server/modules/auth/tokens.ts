// Access tokens: short-lived EdDSA JWTs. Verification allows one algorithm only and requires
// iss, aud, exp, iat, sub and sid, so an unsigned, re-signed or never-expiring token is refused.
import { SignJWT, jwtVerify } from 'jose';
import type { TConfig } from '../../config.js';
import { newId } from '../../core/ids.js';
import { TOKEN_ALGORITHM, type TSigningKeys } from './keys.js';

export type TAccessClaims = { userId: string; sessionId: string; secondFactor: boolean };

export async function signAccessToken(options: { keys: TSigningKeys; config: TConfig; now: Date; claims: TAccessClaims }): Promise<{ token: string; expiresAt: Date }> {
  const { keys, config, now, claims } = options;
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + config.jwt.accessTtlSeconds;
  const token = await new SignJWT({ sid: claims.sessionId, mfa: claims.secondFactor })
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

/** Returns the claims of a valid token, or null for anything else (the reason is not disclosed). */
export async function verifyAccessToken(options: { keys: TSigningKeys; config: TConfig; now: Date; token: string }): Promise<TAccessClaims | null> {
  const { keys, config, now, token } = options;
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
    // A token's whole life, not only its age, fits the contract's 15 minutes.
    if (payload.exp! - payload.iat! > config.jwt.accessTtlSeconds || payload.iat! * 1000 > now.getTime()) return null;
    return { userId: payload.sub, sessionId: payload.sid, secondFactor: payload.mfa === true };
  } catch {
    return null;
  }
}

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
      clockTolerance: 5,
    });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
    return { userId: payload.sub, sessionId: payload.sid, secondFactor: payload.mfa === true };
  } catch {
    return null;
  }
}

// argon2id with OWASP's recommended parameters (19 MiB, 2 passes, 1 lane).
import argon2 from 'argon2';
import { badInput } from '../../core/errors.js';

const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
/** Longer inputs are refused before hashing: argon2 over megabytes is a denial of service. */
export const MAX_PASSWORD_LENGTH = 1024;

/** A password given to be checked (sign-in, re-entered): present and not absurdly long. */
export function checkPasswordLength(password: string, field = 'password'): void {
  if (password.length === 0) throw badInput(field, `Password must be 1 to ${MAX_PASSWORD_LENGTH} characters`, 'REQUIRED');
  if (password.length > MAX_PASSWORD_LENGTH) throw badInput(field, `Password must be 1 to ${MAX_PASSWORD_LENGTH} characters`, 'TOO_LONG', { limit: MAX_PASSWORD_LENGTH });
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/** Spends the same time on an unknown e-mail as on a wrong password, so timing reveals nothing. */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummyHash ??= hashPassword('samvirke-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}

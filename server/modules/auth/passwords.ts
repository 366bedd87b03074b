// argon2id with OWASP's recommended parameters (19 MiB, 2 passes, 1 lane).
import os from 'node:os';
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

/**
 * How many argon2 computations run at once (ADR 0022, decision 41): one per core, and always one
 * of libuv's threads (UV_THREADPOOL_SIZE, 4 by default) left for the audit group commit's fsync
 * and the token signing, which would otherwise queue behind four hashes. More at once would not
 * hash faster (argon2 is CPU-bound), and each one holds a 19 MiB buffer that glibc keeps resident
 * afterwards in the malloc arena of the thread that ran it.
 */
export const HASHING_SLOTS = Math.max(1, Math.min(os.availableParallelism(), (Number(process.env.UV_THREADPOOL_SIZE) || 4) - 1));
let hashing = 0;
const waiting: Array<() => void> = [];

async function inHashingSlot<T>(work: () => Promise<T>): Promise<T> {
  if (hashing >= HASHING_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  else hashing += 1;
  try {
    return await work();
  } finally {
    // The slot passes straight to the next waiter, if any; otherwise it is freed.
    const next = waiting.shift();
    if (next) next();
    else hashing -= 1;
  }
}

export function hashPassword(password: string): Promise<string> {
  return inHashingSlot(() => argon2.hash(password, OPTIONS));
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await inHashingSlot(() => argon2.verify(hash, password));
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

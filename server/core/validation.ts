// Input validation with zod; the first problem becomes BAD_USER_INPUT naming the field at fault.
import type { z } from 'zod';
import { badInput } from './errors.js';

export function parseInput<T extends z.ZodType>(schema: T, input: unknown, prefix = ''): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  throw badInput(field || 'input', issue.message);
}

// With the u flag a surrogate pair is one code point, so only an unpaired surrogate matches.
const LONE_SURROGATE = /\p{Cs}/u;

export function hasLoneSurrogate(value: string): boolean {
  return LONE_SURROGATE.test(value);
}

/**
 * Why a string from outside is refused, or null when it is acceptable: a lone UTF-16 surrogate
 * has no UTF-8 form (SQLite would store U+FFFD, not what was given) and NUL is needed by no
 * field (PostgreSQL cannot store it). RTL marks, emoji and non-characters are acceptable.
 */
export function illFormedReason(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain the NUL character';
  if (LONE_SURROGATE.test(value)) return 'must be well-formed Unicode (it holds a lone UTF-16 surrogate)';
  return null;
}

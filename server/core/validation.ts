// Input validation with zod; the first problem becomes BAD_USER_INPUT naming the field at fault
// and the rule it breaks (schema/input-rules.ts).
import type { z } from 'zod';
import { isInputRule, type TInputRule } from '../../schema/input-rules.js';
import { badInput } from './errors.js';

/**
 * A custom check names its rule in its params: `.refine(check, { message, params: { rule: 'INVALID_DATE' } })`.
 * The rest follow from zod's issue: an empty or missing value is REQUIRED, a bound is TOO_SHORT,
 * TOO_LONG … with the bound as `limit`.
 */
export function ruleOfIssue(issue: z.core.$ZodIssue, valueAtPath: unknown): { rule: TInputRule; limit?: number } {
  switch (issue.code) {
    case 'invalid_type':
      return { rule: valueAtPath === undefined || valueAtPath === null ? 'REQUIRED' : 'INVALID_TYPE' };
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'string') return limit <= 1 ? { rule: 'REQUIRED' } : { rule: 'TOO_SHORT', limit };
      if (issue.origin === 'array' || issue.origin === 'set') return { rule: 'TOO_FEW', limit };
      return { rule: 'TOO_SMALL', limit };
    }
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (issue.origin === 'string') return { rule: 'TOO_LONG', limit };
      if (issue.origin === 'array' || issue.origin === 'set') return { rule: 'TOO_MANY', limit };
      return { rule: 'TOO_LARGE', limit };
    }
    case 'invalid_format':
      return { rule: issue.format === 'date' || issue.format === 'datetime' ? 'INVALID_DATE' : 'INVALID_FORMAT' };
    case 'invalid_value':
      return { rule: 'NOT_ALLOWED_VALUE' };
    case 'unrecognized_keys':
      return { rule: 'UNKNOWN_FIELD' };
    case 'custom': {
      const rule: unknown = issue.params?.rule;
      return { rule: isInputRule(rule) ? rule : 'INVALID_VALUE' };
    }
    default:
      return { rule: 'INVALID_VALUE' };
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export function parseInput<T extends z.ZodType>(schema: T, input: unknown, prefix = ''): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  const { rule, limit } = ruleOfIssue(issue, valueAt(input, issue.path));
  throw badInput(field || 'input', issue.message, rule, { limit });
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

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

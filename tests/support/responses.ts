// Reading a GraphQL response in a test: the data of one field, or the first error.
import { expect } from 'vitest';
import type { TGraphQLResponse } from './test-server.js';
import { isInputRule } from '../../schema/input-rules.js';

export type TResponse<T = Record<string, unknown>> = TGraphQLResponse<T>;

/**
 * The data of one field of a response that must have succeeded and returned something (fails the
 * test with the errors otherwise); its type is the document's.
 */
export function dataOf<TData, TField extends keyof TData & string>(res: TGraphQLResponse<TData>, field: TField): NonNullable<TData[TField]> {
  expect(res.body.errors, `${field} failed`).toBeUndefined();
  const value = res.body.data?.[field];
  expect(value ?? undefined, `${field} returned nothing`).toBeDefined();
  return value as NonNullable<TData[TField]>;
}

/**
 * The first error's extensions, which must exist. A BAD_USER_INPUT must carry a known rule code
 * (tests/integration/graphql/input-rules.test.ts checks which); it and its bounds are checked
 * here and left out, so the tests compare code and field.
 */
export function errorOf(res: TGraphQLResponse<unknown>): Record<string, unknown> {
  const error = res.body.errors?.[0];
  expect(error, `expected an error, got ${JSON.stringify(res.body.data)}`).toBeDefined();
  const { rule, limit, min, max, ...extensions } = error?.extensions ?? {};
  if (extensions.code === 'BAD_USER_INPUT') expect(isInputRule(rule), `rule ${String(rule)}`).toBe(true);
  else expect({ rule, limit, min, max }).toEqual({ rule: undefined, limit: undefined, min: undefined, max: undefined });
  return extensions;
}

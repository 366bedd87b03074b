// Reading a GraphQL response in a test: the data of one field, or the first error.
import { expect } from 'vitest';
import type { TGraphQLResponse } from './test-server.js';

export type TResponse<T = Record<string, unknown>> = TGraphQLResponse<T>;

/** The data of a response that must have succeeded (fails the test with the errors otherwise). */
export function dataOf<T>(res: TGraphQLResponse<Record<string, T>>, field: string): T {
  expect(res.body.errors, `${field} failed`).toBeUndefined();
  const value = res.body.data?.[field];
  expect(value, `${field} returned nothing`).toBeDefined();
  return value as T;
}

/** The first error's extensions, which must exist. */
export function errorOf(res: TGraphQLResponse<unknown>): Record<string, unknown> {
  const error = res.body.errors?.[0];
  expect(error, `expected an error, got ${JSON.stringify(res.body.data)}`).toBeDefined();
  return error?.extensions ?? {};
}

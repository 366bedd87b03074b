// Cursor pagination, one way for every list (referrals, operations, the audit trail): the `first`
// check, opaque cursors over a row's sort key, and a page's pageInfo. A repo is asked for first + 1
// rows; the extra one only says whether there is a next page.
import { badInput } from './errors.js';

/** `first` as given (or the list's default), refused with BAD_USER_INPUT on `first` outside 1..max. */
export function pageSize(first: number | null | undefined, limits: { fallback: number; max: number }): number {
  const size = first ?? limits.fallback;
  if (!Number.isInteger(size) || size < 1 || size > limits.max) throw badInput('first', `first must be 1 to ${limits.max}`, 'OUT_OF_RANGE', { min: 1, max: limits.max });
  return size;
}

type TKey = 'string' | 'number';
type TValues<K extends readonly TKey[]> = { -readonly [I in keyof K]: K[I] extends 'number' ? number : string };

/** An opaque cursor over a row's sort key (e.g. [createdAt, id]). */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key a cursor of this list holds, or BAD_USER_INPUT on `after` for anything else. */
export function decodeCursor<const K extends readonly TKey[]>(cursor: string, kinds: K): TValues<K> {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === kinds.length && kinds.every((kind, i) => typeof values[i] === kind)) return values as TValues<K>;
  } catch {
    // fall through: not JSON
  }
  throw badInput('after', 'Not a cursor from this list', 'INVALID_CURSOR');
}

/** The page of first + 1 fetched rows: the rows to show, and pageInfo with the last shown row's cursor. */
export function pageOf<T>(fetched: readonly T[], first: number, cursorOf: (row: T) => string) {
  const rows = fetched.slice(0, first);
  return { rows, pageInfo: { hasNextPage: fetched.length > first, endCursor: rows.length > 0 ? cursorOf(rows[rows.length - 1]!) : null } };
}

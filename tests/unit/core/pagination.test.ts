// core/pagination.ts: the `first` check, cursors that round-trip and refuse anything else on
// `after`, and pageInfo from first + 1 fetched rows.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../server/core/errors.js';
import { decodeCursor, encodeCursor, pageOf, pageSize } from '../../../server/core/pagination.js';

function refusal(fn: () => unknown): { code: string; field?: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, field: error.details.field };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('pageSize', () => {
  it('takes the fallback when first is absent and accepts 1..max', () => {
    expect(pageSize(undefined, { fallback: 20, max: 100 })).toBe(20);
    expect(pageSize(null, { fallback: 50, max: 200 })).toBe(50);
    expect(pageSize(1, { fallback: 20, max: 100 })).toBe(1);
    expect(pageSize(100, { fallback: 20, max: 100 })).toBe(100);
  });

  it.each([0, -1, 101, 1.5, Number.NaN])('refuses first = %s on the field first', (first) => {
    expect(refusal(() => pageSize(first, { fallback: 20, max: 100 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('cursors', () => {
  it('round-trip a sort key', () => {
    expect(decodeCursor(encodeCursor(['2026-01-01T00:00:00.000Z', 'abc']), ['string', 'string'])).toEqual(['2026-01-01T00:00:00.000Z', 'abc']);
    expect(decodeCursor(encodeCursor([42]), ['number'])).toEqual([42]);
  });

  it.each([
    ['not base64 JSON', 'zzz'],
    ['another list’s key (a number where a string belongs)', encodeCursor([1, 'x'])],
    ['too short', encodeCursor(['x'])],
    ['an object', Buffer.from('{"createdAt":"x","id":"y"}').toString('base64url')],
  ])('refuse %s on the field after', (_what, cursor) => {
    expect(refusal(() => decodeCursor(cursor, ['string', 'string']))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('pageOf', () => {
  const cursorOf = (n: number) => encodeCursor([n]);
  it('shows first rows; the extra row only says there is a next page', () => {
    expect(pageOf([1, 2, 3], 2, cursorOf)).toEqual({ rows: [1, 2], pageInfo: { hasNextPage: true, endCursor: cursorOf(2) } });
    expect(pageOf([1, 2], 2, cursorOf)).toEqual({ rows: [1, 2], pageInfo: { hasNextPage: false, endCursor: cursorOf(2) } });
    expect(pageOf([], 2, cursorOf)).toEqual({ rows: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});

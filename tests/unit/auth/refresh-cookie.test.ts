// The cookie's attributes per environment: Secure everywhere but development and test (plain http://localhost).
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { refreshCookieFor } from '../../../server/modules/auth/refresh-cookie.js';

function cookieFor(nodeEnv: string, header?: string) {
  const lines: string[] = [];
  const req = { headers: header ? { cookie: header } : {} } as Request;
  const res = { append: (_name: string, value: string) => lines.push(value) } as unknown as Response;
  return { cookie: refreshCookieFor(req, res, { nodeEnv }), lines };
}

describe('refresh cookie', () => {
  it.each([
    ['production', true],
    ['development', false],
    ['test', false],
  ])('in %s, Secure is %s', (nodeEnv, secure) => {
    const { cookie, lines } = cookieFor(nodeEnv);
    cookie.set('a'.repeat(43), new Date('2026-11-23T21:00:00Z'));
    cookie.clear();
    expect(lines[0]).toBe(`samvirke_refresh=${'a'.repeat(43)}; Path=/graphql; Expires=Mon, 23 Nov 2026 21:00:00 GMT; HttpOnly;${secure ? ' Secure;' : ''} SameSite=Strict`);
    expect(lines[1]).toBe(`samvirke_refresh=; Path=/graphql; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly;${secure ? ' Secure;' : ''} SameSite=Strict`);
  });

  it('reads only a value shaped like a token', () => {
    expect(cookieFor('test', `x=1; samvirke_refresh=${'b'.repeat(43)}`).cookie.read()).toBe('b'.repeat(43));
    expect(cookieFor('test', 'samvirke_refresh=a%20b').cookie.read()).toBeNull();
    expect(cookieFor('test').cookie.read()).toBeNull();
  });
});

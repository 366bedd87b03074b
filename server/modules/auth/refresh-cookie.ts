// The refresh token of a browser session lives in an HttpOnly cookie, never in the page: script
// (an injected one included) cannot read it, and SameSite=Strict with Path=/graphql keeps it off
// every request but Samvirke's own calls to the API. Cross-site forgery of a cookie-carrying
// request is refused twice: the browser sends no SameSite=Strict cookie on a cross-site request,
// and Apollo's CSRF prevention refuses every "simple" request (a form post) before it runs.
import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';
import type { TConfig } from '../../config.js';

export const REFRESH_COOKIE = 'samvirke_refresh';
export const REFRESH_COOKIE_PATH = '/graphql';

export type TRefreshCookie = {
  /** The refresh token the request carries in the cookie, or null. */
  read(): string | null;
  set(token: string, expiresAt: Date): void;
  clear(): void;
};

/** Secure (sent over HTTPS only) except in development and test, which run on plain http://localhost. */
export function cookieIsSecure(config: Pick<TConfig, 'nodeEnv'>): boolean {
  return config.nodeEnv !== 'development' && config.nodeEnv !== 'test';
}

export function refreshCookieFor(req: Request, res: Response | undefined, config: Pick<TConfig, 'nodeEnv'>): TRefreshCookie {
  const attributes = { httpOnly: true, sameSite: 'strict', path: REFRESH_COOKIE_PATH, secure: cookieIsSecure(config) } as const;
  const append = (value: string) => res?.append('Set-Cookie', value);
  return {
    read() {
      const header = req.headers.cookie;
      if (!header) return null;
      const value = parse(header)[REFRESH_COOKIE];
      // Our tokens are base64url; anything else is not one of ours.
      return value && /^[A-Za-z0-9_-]{16,128}$/.test(value) ? value : null;
    },
    set(token, expiresAt) {
      append(serialize(REFRESH_COOKIE, token, { ...attributes, expires: expiresAt }));
    },
    clear() {
      append(serialize(REFRESH_COOKIE, '', { ...attributes, expires: new Date(0) }));
    },
  };
}

// POST /oauth/token: the OAuth 2.0 client credentials grant (RFC 6749 § 4.4) for service accounts
// (ADR 0027). The client authenticates with HTTP Basic (client id and secret, each form-encoded, §
// 2.3.1) or with client_id and client_secret in the form body, never both. Answers § 5.1
// (access_token, token_type Bearer, expires_in) or § 5.2 (error), never cached.
import express, { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import type { TContext } from '../../core/context.js';
import type { TDeps } from '../../core/types.js';
import { AppError } from '../../core/errors.js';
import { issueClientCredentialsToken } from './service-accounts.service.js';

export const TOKEN_ROUTE = '/oauth/token';

type TOAuthError = 'invalid_request' | 'invalid_client' | 'unsupported_grant_type';

class OAuthRefusal extends Error {
  constructor(
    readonly error: TOAuthError,
    readonly description: string,
  ) {
    super(description);
  }
}

/** § 2.3.1: the Basic credentials are form-encoded before base64; undefined when the header is not Basic. */
function basicCredentials(header: string | undefined): { clientId: string; clientSecret: string } | undefined {
  if (!header || !/^basic /i.test(header)) return undefined;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new OAuthRefusal('invalid_request', 'Malformed Basic credentials');
  const formDecode = (value: string) => {
    try {
      return decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      throw new OAuthRefusal('invalid_request', 'Malformed Basic credentials');
    }
  };
  return { clientId: formDecode(decoded.slice(0, colon)), clientSecret: formDecode(decoded.slice(colon + 1)) };
}

/** One parameter of the form: absent (undefined), or once (§ 3.2: a parameter must not be repeated). */
function param(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new OAuthRefusal('invalid_request', `Give ${name} once`);
  return value;
}

/**
 * § 5.2: errors are 400, except invalid_client from a client that tried HTTP Basic (or gave no
 * credentials at all): 401 with the scheme it may use. A client that authenticated in the form
 * gets 400, as a 401 must name a scheme (RFC 9110 § 15.5.2) and the form is none.
 */
function refuse(res: Response, refusal: OAuthRefusal, via: 'basic' | 'form' | 'none'): void {
  if (refusal.error === 'invalid_client' && via !== 'form') {
    res.setHeader('WWW-Authenticate', 'Basic realm="samvirke", charset="UTF-8"');
    res.status(401);
  } else {
    res.status(400);
  }
  res.json({ error: refusal.error, error_description: refusal.description });
}

export function tokenRouter(deps: TDeps): Router {
  const router = Router();
  const noStore = (_req: Request, res: Response, next: () => void) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Pragma', 'no-cache');
    next();
  };
  router.post(TOKEN_ROUTE, noStore, express.urlencoded({ extended: false, limit: '8kb', parameterLimit: 20 }), async (req, res) => {
    const requestId = String(res.locals.requestId ?? 'unknown');
    const logger = deps.logger.child({ requestId });
    let via: 'basic' | 'form' | 'none' = 'none';
    try {
      if (!req.is('application/x-www-form-urlencoded')) throw new OAuthRefusal('invalid_request', 'Send the parameters as application/x-www-form-urlencoded');
      const body = (req.body ?? {}) as Record<string, unknown>;
      const grantType = param(body, 'grant_type');
      if (!grantType) throw new OAuthRefusal('invalid_request', 'grant_type is required');
      if (grantType !== 'client_credentials') throw new OAuthRefusal('unsupported_grant_type', 'Only grant_type=client_credentials is supported');
      const fromHeader = basicCredentials(req.get('authorization'));
      const formId = param(body, 'client_id');
      const formSecret = param(body, 'client_secret');
      via = fromHeader ? 'basic' : formId !== undefined || formSecret !== undefined ? 'form' : 'none';
      if (fromHeader && formSecret !== undefined) throw new OAuthRefusal('invalid_request', 'Authenticate the client one way: HTTP Basic or the form, not both');
      if (fromHeader && formId !== undefined && formId !== fromHeader.clientId) throw new OAuthRefusal('invalid_request', 'client_id differs from the Basic credentials');
      const credentials = fromHeader ?? (formId !== undefined && formSecret !== undefined ? { clientId: formId, clientSecret: formSecret } : undefined);
      if (!credentials) throw new OAuthRefusal('invalid_client', 'Authenticate the client: HTTP Basic, or client_id and client_secret in the form');
      const ctx: TContext = { deps, viewer: null, requestId, ip: req.ip ?? null, logger };
      const issued = await issueClientCredentialsToken(ctx, credentials);
      res.status(200).json({
        access_token: issued.accessToken,
        token_type: 'Bearer',
        expires_in: Math.max(0, Math.round((issued.expiresAt.getTime() - deps.clock.now().getTime()) / 1000)),
      });
    } catch (error) {
      if (error instanceof OAuthRefusal) return refuse(res, error, via);
      if (error instanceof AppError && error.details.reason === 'INVALID_CLIENT') return refuse(res, new OAuthRefusal('invalid_client', 'Client authentication failed'), via);
      logger.error({ err: error }, 'token request failed');
      res.status(500).json({ error: 'server_error' });
    }
  });
  // A body the form parser refuses (too large, bad charset): the request is malformed.
  const onParseError: ErrorRequestHandler = (_error, _req, res, _next) => refuse(res, new OAuthRefusal('invalid_request', 'Malformed request body'), 'none');
  router.use(TOKEN_ROUTE, onParseError);
  return router;
}

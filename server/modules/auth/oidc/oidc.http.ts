// GET /auth/oidc/:organisationCode and GET /auth/oidc/callback (docs/api.md § Sign-in through the
// organisation's identity provider). Both answer with a redirect: to the IdP, back to the web
// client's page with the refresh cookie set, or to the sign-in page with ?signInError=<code> (a
// code only: no personal data and no detail in the address).
import { Router, type Request, type Response } from 'express';
import type { TContext } from '../../../core/context.js';
import type { TDeps } from '../../../core/types.js';
import { refreshCookieFor } from '../refresh-cookie.js';
import { beginSignIn, finishSignIn, OidcRefusal } from './oidc-flow.js';

function contextFor(deps: TDeps, req: Request, res: Response): TContext {
  const requestId = String(res.locals.requestId ?? 'unknown');
  return { deps, viewer: null, requestId, ip: req.ip ?? null, logger: deps.logger.child({ requestId }) };
}

function backToSignIn(res: Response, reason: string): void {
  res.redirect(303, `/?signInError=${encodeURIComponent(reason)}`);
}

export function oidcRouter(deps: TDeps): Router {
  const router = Router();
  router.use('/auth/oidc', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  // Registered first: "callback" is not an organisation code.
  router.get('/auth/oidc/callback', async (req, res) => {
    const ctx = contextFor(deps, req, res);
    try {
      const query = new URL(req.originalUrl, 'http://samvirke.invalid').searchParams;
      const signedIn = await finishSignIn(ctx, query);
      refreshCookieFor(req, res, deps.config).set(signedIn.refreshToken, signedIn.refreshExpiresAt);
      res.redirect(303, signedIn.returnTo);
    } catch (error) {
      if (error instanceof OidcRefusal) return backToSignIn(res, error.reason);
      ctx.logger.error({ err: error }, 'identity provider callback failed');
      backToSignIn(res, 'IDP_UNAVAILABLE');
    }
  });

  router.get('/auth/oidc/:organisationCode', async (req, res) => {
    const ctx = contextFor(deps, req, res);
    try {
      const organisationCode = String(req.params.organisationCode ?? '');
      const url = await beginSignIn(ctx, { organisationCode, returnTo: req.query.returnTo });
      res.redirect(303, url.href);
    } catch (error) {
      if (error instanceof OidcRefusal) return backToSignIn(res, error.reason);
      ctx.logger.error({ err: error }, 'identity provider sign-in could not start');
      backToSignIn(res, 'IDP_UNAVAILABLE');
    }
  });
  return router;
}

// GET /calendar/:secret.ics: a personal calendar feed for a calendar program (no Bearer header).
// Unknown, rotated or revoked secrets, and owners no longer active, all answer the same 404. The
// request log records the route, never the path (app.ts loggedRoute); nothing here logs the secret.
import type { Request, RequestHandler, Response } from 'express';
import type { TContext } from '../../core/context.js';
import type { TDeps } from '../../core/types.js';
import { viewerForFeedOwner } from '../auth/auth.service.js';
import { calendarFeedText, findFeed } from './calendar-feed.js';

export const CALENDAR_FEED_ROUTE = '/calendar/:secret.ics';

function notFoundBody(requestId: string) {
  return { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND', requestId } }] };
}

export function calendarFeedHandler(deps: TDeps): RequestHandler {
  return async (req: Request, res: Response) => {
    const requestId = String(res.locals.requestId ?? 'unknown');
    res.setHeader('Cache-Control', 'no-store');
    const feed = findFeed({ deps }, String(req.params.secret));
    const viewer = feed ? viewerForFeedOwner(deps, feed.userId) : null;
    if (!feed || !viewer) {
      res.status(404).json(notFoundBody(requestId));
      return;
    }
    const ctx: TContext = { deps, viewer, requestId, ip: req.ip ?? null, logger: deps.logger.child({ requestId }) };
    try {
      const text = await calendarFeedText(ctx, feed.feedId);
      res.status(200).type('text/calendar; charset=utf-8').setHeader('Content-Disposition', 'inline; filename="samvirke.ics"');
      res.send(text);
    } catch (error) {
      // A role without operations (changed since the feed was made) gets the same 404.
      if (error instanceof Error && 'code' in error && error.code === 'FORBIDDEN') {
        res.status(404).json(notFoundBody(requestId));
        return;
      }
      ctx.logger.error({ err: error }, 'calendar feed failed');
      res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
    }
  };
}

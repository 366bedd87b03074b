// GET /operations/:id.ics: one operation as an iCalendar event for the signed-in viewer's
// calendar. It carries what every invited organisation may see (codename, objective, region,
// time window, state) and never the targets or the briefing point. An organisation that may not
// see the operation gets 404, exactly as for an id that does not exist.
import type { Request, RequestHandler, Response } from 'express';
import ical, { ICalCalendarMethod, ICalEventClass, ICalEventStatus } from 'ical-generator';
import type { TContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { illFormedReason } from '../../core/validation.js';
import type { TDeps } from '../../core/types.js';
import { bearerToken } from '../../graphql/context.js';
import { authenticate } from '../auth/auth.service.js';
import { getOperationForCalendar, operationLink, type TOperationView } from './operations.service.js';

function errorBody(code: string, message: string, requestId: unknown) {
  return { errors: [{ message, extensions: { code, requestId } }] };
}

const STATUS: Record<string, ICalEventStatus> = {
  DRAFT: ICalEventStatus.TENTATIVE,
  PLANNED: ICalEventStatus.TENTATIVE,
  CONFIRMED: ICalEventStatus.CONFIRMED,
  IN_PROGRESS: ICalEventStatus.CONFIRMED,
  COMPLETED: ICalEventStatus.CONFIRMED,
  CANCELLED: ICalEventStatus.CANCELLED,
};

/** The calendar text of one operation: no targets, no briefing point. */
export function operationCalendar(options: { view: TOperationView; leadOrganisationName: string; publicUrl: string; now: Date }): string {
  const { row } = options.view;
  const url = `${options.publicUrl}${operationLink(row.id)}`;
  const calendar = ical({ prodId: { company: 'Samvirke', product: 'Operations', language: 'DA' }, method: ICalCalendarMethod.PUBLISH });
  calendar.createEvent({
    id: `${row.id}@samvirke`,
    sequence: row.version,
    stamp: options.now,
    start: new Date(row.startsAt),
    end: new Date(row.endsAt),
    summary: row.codename,
    description: [row.objective, '', `Ledende myndighed / Lead: ${options.leadOrganisationName}`, `Region: ${row.region}`, `Samvirke: ${url}`].join('\n'),
    url,
    status: STATUS[row.state] ?? ICalEventStatus.TENTATIVE,
    class: ICalEventClass.CONFIDENTIAL,
  });
  return calendar.toString();
}

export function operationCalendarHandler(deps: TDeps): RequestHandler {
  return async (req: Request, res: Response) => {
    const requestId = String(res.locals.requestId ?? 'unknown');
    res.setHeader('Cache-Control', 'no-store');
    const token = bearerToken(req);
    const viewer = token ? await authenticate(deps, token) : null;
    if (!viewer) {
      res.status(401).json(errorBody('UNAUTHENTICATED', 'Sign in to continue', requestId));
      return;
    }
    const id = String(req.params.id);
    // The same edge rule as for GraphQL input (graphql/well-formed-input.ts): %00 decodes to NUL.
    const reason = illFormedReason(id);
    if (reason) {
      res.status(400).json({ errors: [{ message: `"id" ${reason}`, extensions: { code: 'BAD_USER_INPUT', field: 'id', rule: 'ILL_FORMED_TEXT', requestId } }] });
      return;
    }
    const ctx: TContext = { deps, viewer, requestId, ip: req.ip ?? null, logger: deps.logger.child({ requestId }) };
    try {
      // The access gate decides as for the operation query (roles without casework see no operation).
      const found = await getOperationForCalendar(ctx, { id });
      const text = operationCalendar({ view: found, leadOrganisationName: found.leadOrganisationName, publicUrl: deps.config.publicUrl, now: deps.clock.now() });
      res.status(200).type('text/calendar; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="operation-${found.row.id}.ics"`);
      res.send(text);
    } catch (error) {
      if (error instanceof AppError && (error.code === 'NOT_FOUND')) {
        res.status(404).json(errorBody('NOT_FOUND', 'Not found', requestId));
        return;
      }
      ctx.logger.error({ err: error }, 'operation calendar export failed');
      res.status(500).json(errorBody('INTERNAL_SERVER_ERROR', 'Internal server error', requestId));
    }
  };
}

// GET /statistics/:year.csv (?region=…) with the Bearer token: every table of the figures as CSV,
// under the same rule as query statistics, recorded as an export. Errors are the API's JSON
// error body with the contract's codes.
import type { Request, Response } from 'express';
import { AppError, badInput } from '../../core/errors.js';
import type { TContext } from '../../core/context.js';
import type { TDeps } from '../../core/types.js';
import { bearerToken } from '../../graphql/context.js';
import { authenticate } from '../auth/auth.service.js';
import { exportStatisticsCsv } from './statistics.service.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404 };

export function statisticsCsvHandler(deps: TDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const requestId = String(res.locals.requestId ?? 'unknown');
    const logger = deps.logger.child({ requestId });
    res.setHeader('Cache-Control', 'no-store');
    try {
      const token = bearerToken(req);
      const viewer = token ? await authenticate(deps, token) : null;
      const ctx: TContext = { deps, viewer, requestId, ip: req.ip ?? null, logger };
      const rawYear = String(req.params.year ?? '');
      const rawRegion = req.query.region;
      if (rawRegion !== undefined && typeof rawRegion !== 'string') throw badInput('region', 'Give one region', 'INVALID_TYPE');
      const year = /^\d{4}$/.test(rawYear) ? Number(rawYear) : Number.NaN;
      const { filename, csv } = await exportStatisticsCsv(ctx, { year, region: rawRegion || null });
      res.status(200);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
      res.send(csv);
    } catch (error) {
      if (error instanceof AppError && STATUS[error.code]) {
        const extensions: Record<string, unknown> = { code: error.code, requestId };
        for (const key of ['field', 'rule', 'limit', 'min', 'max'] as const) if (error.details[key] !== undefined) extensions[key] = error.details[key];
        res.status(STATUS[error.code]!).json({ errors: [{ message: error.message, extensions }] });
        return;
      }
      logger.error({ err: error }, 'statistics export failed');
      res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
    }
  };
}

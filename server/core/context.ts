// What every service receives first: who is asking, in which request, with which dependencies.
import type { TViewer } from './access.js';
import type { TDeps } from '../deps.js';
import type { TLogger } from './logger.js';

export type TContext = {
  deps: TDeps;
  viewer: TViewer | null;
  requestId: string;
  ip: string | null;
  logger: TLogger;
};

/** A context for work the system does on its own (scheduled jobs, seeding). */
export function systemContext(deps: TDeps, requestId: string): TContext {
  return { deps, viewer: null, requestId, ip: null, logger: deps.logger.child({ requestId }) };
}

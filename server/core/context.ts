// What every service receives first: who is asking, in which request, with which dependencies.
import type { TContext, TDeps } from './types.js';

export type { TContext } from './types.js';

/** A context for work the system does on its own (scheduled jobs, seeding). */
export function systemContext(deps: TDeps, requestId: string): TContext {
  return { deps, viewer: null, requestId, ip: null, logger: deps.logger.child({ requestId }) };
}

/**
 * Something built once per request and shared by every resolver of it (the batching loaders of a
 * domain's reader): `build` runs on the first call for a context, later calls get the same value.
 */
export function perRequest<T>(build: (ctx: TContext) => T): (ctx: TContext) => T {
  const built = new WeakMap<TContext, T>();
  return (ctx) => {
    let value = built.get(ctx);
    if (value === undefined) {
      value = build(ctx);
      built.set(ctx, value);
    }
    return value;
  };
}

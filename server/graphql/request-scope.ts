// The request a piece of code runs for, without threading it through every call: app.ts opens
// the scope per HTTP request, so Apollo's log lines and the error formatter (which Apollo calls
// without the context) can carry the request id.
import { AsyncLocalStorage } from 'node:async_hooks';

type TRequestScope = { requestId: string };

const storage = new AsyncLocalStorage<TRequestScope>();

export function runInRequestScope<T>(scope: TRequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

// The server's Prometheus instruments (docs/operations.md § Metrics, ADR 0026): one registry per
// set of dependencies (never prom-client's global one, so test servers in one process do not share
// counters), and the counters and histograms the request path, the audit writer, the outbox, the
// jobs and sign-in move. What is read from the database at scrape time is registered by
// server/modules/metrics. Labels are bounded sets only: a schema field name, an error code from a
// fixed list, a job name from the registry, a refusal reason; never an id, a name, an address or
// anything a client chooses.
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Every metric's name starts with this. */
export const METRIC_PREFIX = 'samvirke_';

/**
 * The error codes counted by name (API.md § Errors and Apollo's protocol codes); any other code is
 * counted as OTHER, so a code a client could make up never becomes a label value.
 */
export const COUNTED_ERROR_CODES: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'INVALID_TRANSITION',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function countedErrorCode(code: unknown): string {
  return typeof code === 'string' && COUNTED_ERROR_CODES.has(code) ? code : 'OTHER';
}

/** What the request path and the writers move. Created once per TDeps (createDeps). */
export type TMetrics = {
  registry: Registry;
  /** Per root field of the schema (label `field`) and operation type: the whole request's time, attributed to each root field it asked for. */
  graphqlRequestDuration: Histogram<'operation' | 'field'>;
  /** GraphQL errors in answers, by `extensions.code` (a fixed set, else OTHER). */
  graphqlErrors: Counter<'code'>;
  /** HTTP answers by route class (a fixed set) and status code. */
  httpRequests: Counter<'route' | 'status'>;
  /** Audit records committed (counted after the commit, by the one audit writer). */
  auditRecordsWritten: Counter;
  /** Job runs by job name (the registry's) and outcome (succeeded, failed: all attempts failed). */
  jobRuns: Counter<'job' | 'outcome'>;
  /** Refused sign-ins by reason: a password's (BAD_CREDENTIALS, TOTP_REQUIRED, …), a client's (BAD_CLIENT_CREDENTIALS), an identity provider's (TOidcRefusal). */
  signInFailures: Counter<'reason'>;
  /** Sign-in attempts made to wait before the password check, by the counter that asked (pair, account). */
  signInThrottled: Counter<'by'>;
  /** Mail the outbox handled, by outcome (sent, retried, failed: given up, cancelled). */
  outboxDeliveries: Counter<'outcome'>;
};

/**
 * `processMetrics`: also prom-client's default process metrics (CPU, memory, heap, event-loop lag
 * from monitorEventLoopDelay, GC, handles). They sample in the background, so they are collected
 * only when /metrics is served at all (METRICS_PORT or METRICS_TOKEN).
 */
export function createMetrics(options: { processMetrics: boolean }): TMetrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
  const registers = [registry];
  const counter = <L extends string = never>(name: string, help: string, labelNames: L[] = []) => new Counter<L>({ name: `${METRIC_PREFIX}${name}`, help, labelNames, registers });
  return {
    registry,
    graphqlRequestDuration: new Histogram({
      name: `${METRIC_PREFIX}graphql_request_duration_seconds`,
      help: 'GraphQL requests by operation type and root field: the time from Apollo receiving the request to its answer, counted once for each root field the operation selects',
      labelNames: ['operation', 'field'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    graphqlErrors: counter('graphql_errors_total', 'Errors in GraphQL answers by extensions.code (codes outside the documented set count as OTHER)', ['code']),
    httpRequests: counter('http_requests_total', 'HTTP answers by route class and status code', ['route', 'status']),
    auditRecordsWritten: counter('audit_records_written_total', 'Audit records committed to the hash-chained trail'),
    jobRuns: counter('job_runs_total', 'Job runs by job and outcome (failed: every attempt failed)', ['job', 'outcome']),
    signInFailures: counter('sign_in_failures_total', 'Refused sign-ins by reason: password, client credentials and identity provider', ['reason']),
    signInThrottled: counter('sign_in_throttled_total', 'Sign-in attempts slowed before the password check, by the counter that asked for the wait (pair or account)', ['by']),
    outboxDeliveries: counter(
      'outbox_deliveries_total',
      'Mail handled by the outbox worker by outcome (sent; retried: failed, will be tried again; failed: given up; cancelled)',
      ['outcome'],
    ),
  };
}

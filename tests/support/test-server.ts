// A real server on a fresh temporary database for each test file: createApp on an ephemeral
// port, a manual clock the test can move, and helpers to call GraphQL over HTTP.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createServer, type Server } from 'node:http';
import { createApp } from '../../server/app.js';
import { loadConfig, type TConfig } from '../../server/config.js';
import { createManualClock, type TManualClock } from '../../server/core/clock.js';
import { createLogger } from '../../server/core/logger.js';
import type { TMailer } from '../../server/core/mailer.js';
import { closeDeps, createDeps, type TDeps } from '../../server/deps.js';
import { generateSigningKeys, type TSigningKeys } from '../../server/modules/auth/keys.js';
import { generateCheckpointKeyPem } from '../../server/modules/audit/checkpoint-key.js';
import { metricsListener } from '../../server/modules/metrics/metrics.http.js';
import type { TypedDocumentString } from '../gql/generated/graphql.js';

export type TGraphQLResponse<T = Record<string, unknown>> = {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }> };
};

export type TGqlOptions = { token?: string; headers?: Record<string, string> };

/** The variables are required exactly when the operation has a required one. */
type TGqlRest<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables, options?: TGqlOptions] : [variables: TVariables, options?: TGqlOptions];
/** The same, for a call whose options are already given (TTestServer.as). */
export type TGqlVariables<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];
/** One typed operation, as one signed-in user. */
export type TGqlAs = <TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, ...variables: TGqlVariables<TVariables>) => Promise<TGraphQLResponse<TResult>>;

export type TTestServer = {
  url: string;
  /** With METRICS_PORT in `env` (give 0 for any free port): the metrics listener's /metrics, as main.ts starts it; else null. */
  metricsUrl: string | null;
  deps: TDeps;
  clock: TManualClock;
  keys: TSigningKeys;
  /** Every log line the server wrote, as text (to check that nothing personal is logged). */
  logs: string[];
  sleeps: number[];
  /**
   * One operation over HTTP. A typed document (tests/gql/*.graphql, generated into tests/gql/generated)
   * gives the result's and the variables' types; a plain string is for queries the schema does not
   * describe on purpose (malformed, unknown fields, hostile shapes), and its data is `unknown`.
   */
  gql<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, ...rest: TGqlRest<TVariables>): Promise<TGraphQLResponse<TResult>>;
  gql(query: string, variables?: Record<string, unknown>, options?: TGqlOptions): Promise<TGraphQLResponse<Record<string, unknown>>>;
  /**
   * A typed document whose variables the test builds freely, to send input the server must refuse
   * (a missing field, a wrong value): the result is still typed by the document.
   */
  gqlInput<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: Record<string, unknown>, options?: TGqlOptions): Promise<TGraphQLResponse<TResult>>;
  /** Typed operations as the holder of `token` (an actor, a session), or anonymously for null. */
  as(holder: { token?: string } | { accessToken: string } | null): TGqlAs;
  close(): Promise<void>;
};

export async function startTestServer(
  options: {
    env?: Record<string, string>;
    start?: string;
    mailer?: TMailer;
    introspection?: boolean;
    /** The built web client's folder (default: the repository's client/dist). */
    clientDist?: string;
    /** Replaces the waiting of deps.sleep (still recorded in `sleeps`), e.g. to hold slowed attempts until the test lets them go. */
    sleep?: (ms: number) => Promise<void>;
  } = {},
): Promise<TTestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-test-'));
  const config: TConfig = loadConfig({
    // The tests stand in for a proxy on loopback, so X-Forwarded-For can give each test its own client address.
    // A generated audit checkpoint key, as production requires one (AUDIT_CHECKPOINT_KEY: '' tests the generated-into-keys/ path).
    env: {
      DATABASE_PATH: path.join(dir, 'samvirke.db'),
      NODE_ENV: 'test',
      PUBLIC_URL: 'http://samvirke.test',
      TRUST_PROXY: 'loopback',
      AUDIT_CHECKPOINT_KEY: generateCheckpointKeyPem(),
      // The key of the blind indexes (duplicate-subject matching), as production requires one.
      BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
      // Sealing at rest (ADR 0021): a key-encryption key and a key store beside the database, as production requires them.
      DATA_KEY: randomBytes(32).toString('base64'),
      KEY_STORE_PATH: path.join(dir, 'data-keys.db'),
      ...options.env,
    },
    readFile: (p) => fs.readFileSync(p, 'utf8'),
  });
  const logs: string[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: new Writable({
      write(chunk, _enc, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  });
  const clock = createManualClock(options.start ?? '2026-11-23T09:00:00Z');
  const keys = await generateSigningKeys();
  const sleeps: number[] = [];
  const deps = await createDeps({
    config,
    clock,
    logger,
    keys,
    mailer: options.mailer,
    sleep: async (ms) => {
      sleeps.push(ms);
      if (options.sleep) await options.sleep(ms);
    },
  });
  const { app, stop } = await createApp(deps, { introspection: options.introspection, clientDist: options.clientDist });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const metricsPort = config.metrics.port;
  const metricsServer: Server | null =
    metricsPort === null
      ? null
      : await new Promise((resolve) => {
          const s = createServer(metricsListener(deps)).listen(metricsPort, '127.0.0.1', () => resolve(s));
        });
  const metricsUrl = metricsServer ? `http://127.0.0.1:${(metricsServer.address() as AddressInfo).port}/metrics` : null;

  // The one place the untyped HTTP answer meets a type: a typed document's own result type.
  async function post<T>(query: string, variables: unknown, opts: TGqlOptions = {}): Promise<TGraphQLResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: JSON.parse(text) };
  }

  function gql<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, ...rest: TGqlRest<TVariables>): Promise<TGraphQLResponse<TResult>>;
  function gql(query: string, variables?: Record<string, unknown>, options?: TGqlOptions): Promise<TGraphQLResponse<Record<string, unknown>>>;
  function gql(query: string | TypedDocumentString<unknown, unknown>, variables?: unknown, options?: TGqlOptions): Promise<TGraphQLResponse<unknown>> {
    return post(query.toString(), variables, options);
  }

  return {
    url,
    metricsUrl,
    deps,
    clock,
    keys,
    logs,
    sleeps,
    gql,
    gqlInput: (document, variables, opts) => post(document.toString(), variables, opts),
    as: (holder) => {
      const token = holder === null ? undefined : 'accessToken' in holder ? holder.accessToken : holder.token;
      return (document, ...[variables]) => post(document.toString(), variables, { token });
    },
    async close() {
      for (const s of [server, metricsServer]) {
        if (!s) continue;
        await new Promise<void>((resolve) => s.close(() => resolve()));
        s.closeAllConnections?.();
      }
      await stop();
      await closeDeps(deps);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The first error's code, or undefined. */
export function errorCode(res: TGraphQLResponse<unknown>): unknown {
  return res.body.errors?.[0]?.extensions?.code;
}

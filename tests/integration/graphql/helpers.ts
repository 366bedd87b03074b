// Shared by the GraphQL HTTP tests: raw requests (the test server's gql() always sends a
// well-formed JSON POST), the environment of a production server, and reading its log lines.
import { exportPKCS8, exportSPKI } from 'jose';
import { expect, vi } from 'vitest';
import { generateSigningKeys } from '../../../server/modules/auth/keys.js';
import type { TTestServer } from '../../support/test-server.js';

export type TRawResponse = { status: number; headers: Headers; text: string; json: () => TErrorBody };
export type TErrorBody = {
  data?: unknown;
  errors?: Array<{ message: string; locations?: unknown; path?: unknown; extensions?: Record<string, unknown> }>;
};

/** A request to the server as it comes, body and headers exactly as given. */
export async function rawRequest(server: TTestServer, path: string, init: RequestInit = {}): Promise<TRawResponse> {
  const res = await fetch(`${server.url}${path}`, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) as TErrorBody };
}

/** POST /graphql with a JSON body (any value, even one the server must refuse). */
export function postJson(server: TTestServer, body: unknown, headers: Record<string, string> = {}): Promise<TRawResponse> {
  return rawRequest(server, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** What config.ts requires to start with NODE_ENV=production (the keys are real Ed25519 PEMs). */
export async function productionEnv(): Promise<Record<string, string>> {
  const keys = await generateSigningKeys();
  return {
    NODE_ENV: 'production',
    JWT_PRIVATE_KEY: await exportPKCS8(keys.privateKey),
    JWT_PUBLIC_KEY: await exportSPKI(keys.publicKey),
    SMTP_URL: 'smtp://127.0.0.1:2525',
    PUBLIC_URL: 'https://samvirke.test',
  };
}

export type TLogLine = { requestId?: string; msg?: string; level?: number; [key: string]: unknown };

export function logLines(server: TTestServer, from = 0): TLogLine[] {
  return server.logs.slice(from).map((line) => JSON.parse(line) as TLogLine);
}

/**
 * The log lines written from `from` until the access line of the request with this id (written
 * when the response finishes, which may be just after the client has read it).
 */
export async function linesOfRequest(server: TTestServer, from: number, requestId: string): Promise<TLogLine[]> {
  await vi.waitFor(() => {
    expect(logLines(server, from).some((line) => line.msg === 'request' && line.requestId === requestId)).toBe(true);
  });
  return logLines(server, from);
}

/** Strings that would show internals: stack frames, source paths, SQL. */
export const INTERNALS = [/\bat .+:\d+:\d+/, /\.ts\b/, /node_modules/, /stacktrace/i, /exception/i, /SQLITE/i, /\bselect\b/i, /no such table/i];

export function expectNoInternals(text: string): void {
  for (const pattern of INTERNALS) expect(text).not.toMatch(pattern);
}

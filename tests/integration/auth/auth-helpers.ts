// Helpers shared by the auth tests: the operations of API.md § Authentication, sign-in from a
// chosen client address, hand-built access tokens, and reads of the audit trail.
import { SignJWT, decodeJwt, type CryptoKey, type JWTPayload } from 'jose';
import { generateSync } from 'otplib';
import { asc, eq } from 'drizzle-orm';
import { auditEvents, users } from '../../../db/schema/index.js';
import type { TTestServer, TGraphQLResponse } from '../../support/test-server.js';
import { LoginDocument, LogoutDocument, MeDocument, RefreshDocument, type AuthPayloadFieldsFragment, type LoginMutation, type LogoutMutation, type RefreshMutation } from '../../gql/generated/graphql.js';

export type TAuthPayload = AuthPayloadFieldsFragment;

let addressCounter = 0;
/**
 * A client address of its own for one test. The server trusts X-Forwarded-For from loopback,
 * so each test's failed sign-ins land on a counter no other test touches.
 */
export function nextAddress(): string {
  addressCounter += 1;
  return `10.${(addressCounter >> 8) & 255}.${addressCounter & 255}.7`;
}

export function login(
  server: TTestServer,
  credentials: { email: string; password: string; totp?: string },
  options: { address?: string } = {},
): Promise<TGraphQLResponse<LoginMutation>> {
  const headers = options.address ? { 'x-forwarded-for': options.address } : undefined;
  return server.gql(LoginDocument, { ...credentials }, { headers });
}

export function refresh(server: TTestServer, refreshToken: string): Promise<TGraphQLResponse<RefreshMutation>> {
  return server.gql(RefreshDocument, { refreshToken });
}

export function logout(server: TTestServer, token: string, refreshToken: string): Promise<TGraphQLResponse<LogoutMutation>> {
  return server.gql(LogoutDocument, { refreshToken }, { token });
}

/** The user id `me` answers for this token, or the error code. */
export async function whoAmI(server: TTestServer, token: string): Promise<{ id?: string; code?: unknown }> {
  const res = await server.gql(MeDocument, {}, { token });
  if (res.body.data?.me) return { id: res.body.data.me.id };
  return { code: res.body.errors?.[0]?.extensions?.code };
}

/** The first error without its position: what a client can compare between two answers. */
export function errorShape(res: TGraphQLResponse<unknown>): { message?: string; extensions?: Record<string, unknown> } {
  const error = res.body.errors?.[0];
  return { message: error?.message, extensions: error?.extensions };
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * A token with the claims of a real one (so that it names a live session of a real user), then
 * changed: claims replaced or removed, signed with another key or algorithm.
 */
export async function forgeToken(
  server: TTestServer,
  from: string,
  options: { claims?: JWTPayload; omit?: string[]; key?: CryptoKey | Uint8Array; alg?: string } = {},
): Promise<string> {
  const payload: JWTPayload = { ...decodeJwt(from), ...options.claims };
  for (const name of options.omit ?? []) delete payload[name];
  return new SignJWT(payload).setProtectedHeader({ alg: options.alg ?? 'EdDSA', typ: 'JWT' }).sign(options.key ?? server.keys.privateKey);
}

/** A token with `alg: none` and no signature. */
export function unsignedToken(from: string, claims: JWTPayload = {}): string {
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...decodeJwt(from), ...claims })}.`;
}

/** The same header and signature with a changed payload. */
export function tamperedToken(from: string, claims: JWTPayload): string {
  const [header, , signature] = from.split('.');
  return `${header}.${base64url({ ...decodeJwt(from), ...claims })}.${signature}`;
}

/** The code an authenticator app shows at the server's (manual) time. */
export function totpCode(server: TTestServer, secret: string): string {
  return generateSync({ secret, epoch: Math.floor(server.clock.now().getTime() / 1000) });
}

export function auditRows(server: TTestServer) {
  return server.deps.db.select().from(auditEvents).orderBy(asc(auditEvents.seq)).all();
}

export function auditRowsFor(server: TTestServer, objectId: string) {
  return auditRows(server).filter((row) => row.objectId === objectId);
}

export function countUsers(server: TTestServer): number {
  return server.deps.db.select().from(users).all().length;
}

export function userRow(server: TTestServer, id: string) {
  return server.deps.db.select().from(users).where(eq(users.id, id)).get();
}

export const THIRTY_SECONDS = 30_000;
export const MINUTE = 60_000;

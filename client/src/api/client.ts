// The one way the client calls the API: typed documents (generated from schema/*.graphql) sent
// with plain fetch. The access token lives in this module's memory only; the refresh token is an
// HttpOnly cookie the page cannot read. A request answered UNAUTHENTICATED refreshes once and
// retries; a refused refresh ends the session (the app shows sign-in, then returns).
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { ChangePasswordDocument, LogoutDocument, RefreshDocument, type RefreshMutation, type SessionFragment } from '../gql/graphql';

export type TGqlErrorBody = { message: string; extensions?: { code?: string; field?: string; rule?: string; reason?: string; limit?: number; min?: number; max?: number; retryAfterSeconds?: number } };

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly extensions: TGqlErrorBody['extensions'] = {},
  ) {
    super(message);
  }
  get field(): string | undefined {
    return this.extensions?.field;
  }
}

type TSessionListener = (event: 'changed' | 'ended') => void;

type TState = {
  accessToken: string | null;
  expiresAt: number;
  user: SessionFragment['user'] | null;
  lastRefresh: number;
  lastActivity: number;
  /** A session begun at the organisation's IdP: its end-session address (RP-initiated logout), or null. */
  identityProviderSignOutUrl: string | null;
};

const state: TState = { accessToken: null, expiresAt: 0, user: null, lastRefresh: 0, lastActivity: Date.now(), identityProviderSignOutUrl: null };
const listeners = new Set<TSessionListener>();

export function onSession(listener: TSessionListener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function currentUser() {
  return state.user;
}

export function accessToken(): string | null {
  return state.accessToken;
}

export function noteActivity(): void {
  state.lastActivity = Date.now();
}

export function lastActivity(): number {
  return state.lastActivity;
}

/** A login or refresh answer; a refreshToken in it (API compatibility) is ignored: the cookie holds it. */
export function startSession(payload: SessionFragment): void {
  state.accessToken = payload.accessToken;
  state.expiresAt = Date.parse(payload.expiresAt);
  state.user = payload.user;
  state.identityProviderSignOutUrl = payload.identityProviderSignOutUrl ?? null;
  state.lastRefresh = Date.now();
  state.lastActivity = Date.now();
  listeners.forEach((l) => l('changed'));
}

export function clearSession(): void {
  state.accessToken = null;
  state.expiresAt = 0;
  state.user = null;
  state.identityProviderSignOutUrl = null;
}

function endSession(): void {
  clearSession();
  listeners.forEach((l) => l('ended'));
}

async function post(query: string, variables: unknown, token: string | null): Promise<{ data?: unknown; errors?: TGqlErrorBody[] }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }), credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new ApiError('NETWORK', 'network');
  }
  try {
    return (await res.json()) as { data?: unknown; errors?: TGqlErrorBody[] };
  } catch {
    throw new ApiError('INTERNAL_SERVER_ERROR', `HTTP ${res.status}`);
  }
}

let refreshing: Promise<boolean> | null = null;

/** Exchanges the HttpOnly refresh cookie for a new access token (the server renews the cookie). */
export function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const result = await post(RefreshDocument.toString(), {}, null);
      const payload = (result.data as RefreshMutation | null | undefined)?.refresh;
      if (!payload) return false;
      startSession(payload);
      return true;
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** Restores a session from the refresh cookie after a reload; false when there is none. */
export async function resume(): Promise<boolean> {
  return refresh();
}

/**
 * Ends the session here; with `atIdentityProvider` (the person chose to sign out), a session begun
 * at the organisation's IdP is ended there too: the browser goes to the IdP's end-session address
 * (RP-initiated logout), which comes back to Samvirke's front page. Answers whether it went there.
 */
export async function signOut(options: { atIdentityProvider?: boolean } = {}): Promise<boolean> {
  const token = state.accessToken;
  // The address came with the session (login or refresh): no request with the token is needed for it.
  const idpSignOut = options.atIdentityProvider ? state.identityProviderSignOutUrl : null;
  clearSession();
  try {
    // The server ends the cookie's session (and the access token's, when sent) and clears the cookie.
    await post(LogoutDocument.toString(), {}, token);
  } catch {
    // Signing out locally happens whatever the network does.
  }
  if (idpSignOut) {
    window.location.assign(idpSignOut);
    return true;
  }
  return false;
}

const REFRESH_MARGIN_MS = 2 * 60_000;

/** Sends one typed operation; throws ApiError for the first error of the answer. */
export async function gql<TResult, TVariables>(document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string }, variables?: TVariables): Promise<TResult> {
  // Refresh ahead of expiry only when the user did something since the last refresh (idle users lapse).
  if (state.accessToken && state.expiresAt - Date.now() < REFRESH_MARGIN_MS && state.lastActivity > state.lastRefresh) await refresh();
  let result = await post(document.toString(), variables ?? {}, state.accessToken);
  const first = result.errors?.[0];
  if (first?.extensions?.code === 'UNAUTHENTICATED' && state.user) {
    if (await refresh()) result = await post(document.toString(), variables ?? {}, state.accessToken);
    else {
      endSession();
      throw new ApiError('UNAUTHENTICATED', first.message, first.extensions);
    }
  }
  const error = result.errors?.[0];
  if (error) throw new ApiError(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error.message, error.extensions);
  return result.data as TResult;
}

/** A file the API serves to a signed-in user (the .ics), fetched with the token and saved from a blob. */
export async function download(path: string, filename: string): Promise<void> {
  const get = () => fetch(path, { headers: state.accessToken ? { authorization: `Bearer ${state.accessToken}` } : {}, cache: 'no-store' });
  let res = await get();
  if (res.status === 401 && (await refresh())) res = await get();
  if (!res.ok) throw new ApiError(res.status === 401 ? 'UNAUTHENTICATED' : 'NOT_FOUND', `HTTP ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<boolean> {
  return (await gql(ChangePasswordDocument, { currentPassword, newPassword })).changePassword;
}

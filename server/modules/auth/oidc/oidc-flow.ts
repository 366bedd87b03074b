// The browser's sign-in through its organisation's identity provider (ADR 0028), by the
// authorisation code flow with PKCE, state and nonce, with openid-client as the relying party.
// The flow's state lives in the database (any server can finish it; single use; 10 minutes), not in
// a cookie: the web client's cookie is SameSite=Strict and the IdP's redirect back is cross-site.
// Authentication is the IdP's, authorisation stays Samvirke's: only a user an ADMIN created in that
// organisation signs in, found by the IdP's subject, or on first sign-in by verified e-mail.
import * as client from 'openid-client';
import { runAudited } from '../../../core/audit.js';
import type { TContext } from '../../../core/context.js';
import { sha256Hex } from '../../../core/ids.js';
import type { TDeps } from '../../../core/types.js';
import * as authRepo from '../auth.repo.js';
import { normaliseEmail, openSession } from '../auth.service.js';
import { callbackUrl } from './identity-providers.service.js';
import * as repo from './oidc.repo.js';

/** How long a begun sign-in may take at the IdP. */
export const FLOW_TTL_MS = 10 * 60_000;
/** How long the IdP's discovery document is trusted before it is fetched again. */
const DISCOVERY_TTL_MS = 10 * 60_000;
/** What the IdP is asked for: the subject, and the e-mail address for the first sign-in's link. */
const SCOPE = 'openid email';
/** `amr` values (RFC 8176) that show a second factor: multiple factors, a one-time code, a hardware key. */
export const MFA_AMR = ['mfa', 'otp', 'hwk'] as const;

/**
 * Why a sign-in through an IdP failed: the code in /?signInError= that the sign-in page explains
 * (never a detail, never personal data), and the reason of the audit record.
 */
export type TOidcRefusal = 'UNKNOWN_PROVIDER' | 'FLOW_INVALID' | 'FLOW_EXPIRED' | 'IDP_ERROR' | 'IDP_UNAVAILABLE' | 'CODE_REFUSED' | 'ID_TOKEN_INVALID' | 'UNKNOWN_USER' | 'USER_DEACTIVATED';

export class OidcRefusal extends Error {
  constructor(
    readonly reason: TOidcRefusal,
    readonly userId: string | null = null,
    readonly providerId: string | null = null,
  ) {
    super(`Sign-in through the identity provider refused: ${reason}`);
  }
}

const discovered = new Map<string, { metadata: client.ServerMetadata; at: number }>();

/**
 * The relying party's configuration for a provider. Its clock is deps.clock (openid-client's
 * clockSkew is the difference to the system clock), so the ID token's expiry is judged by the same
 * time as everything else. Plain http:// issuers are allowed outside production only.
 */
async function configurationFor(deps: TDeps, provider: repo.TProviderRow): Promise<client.Configuration> {
  const secret = repo.openClientSecret(deps.db, deps.sealer, provider.id);
  if (!secret) throw new OidcRefusal('IDP_UNAVAILABLE', null, provider.id);
  const insecure = !deps.config.isProduction && provider.issuer.startsWith('http://');
  const now = deps.clock.now().getTime();
  let cached = discovered.get(provider.issuer);
  if (!cached || now - cached.at > DISCOVERY_TTL_MS || now < cached.at) {
    try {
      const found = await client.discovery(new URL(provider.issuer), provider.clientId, undefined, undefined, { execute: insecure ? [client.allowInsecureRequests] : [], timeout: 10 });
      cached = { metadata: { ...found.serverMetadata() }, at: now };
      discovered.set(provider.issuer, cached);
    } catch {
      throw new OidcRefusal('IDP_UNAVAILABLE', null, provider.id);
    }
  }
  const skew = Math.round((now - Date.now()) / 1000);
  const config = new client.Configuration(cached.metadata, provider.clientId, { client_secret: secret, [client.clockSkew]: skew }, client.ClientSecretBasic(secret));
  config.timeout = 10;
  if (insecure) client.allowInsecureRequests(config);
  // The ID token's signature is checked against the issuer's JWKS too, not only trusted for coming
  // over TLS from the token endpoint (which OIDC Core § 3.1.3.7 would allow, and openid-client's default).
  client.enableNonRepudiationChecks(config);
  return config;
}

/** A local path of the web client, or '/': never another site (no open redirect). */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 512) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/';
  // Nothing that the URL parser would read as leaving the site, and no control characters.
  if ([...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return '/';
  try {
    const url = new URL(value, 'http://samvirke.invalid');
    if (url.origin !== 'http://samvirke.invalid') return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

/** Records a refused sign-in (durably, before the answer) and gives the refusal back to throw. */
async function refused(ctx: TContext, refusal: OidcRefusal): Promise<OidcRefusal> {
  await runAudited(ctx, (unit) => {
    unit.audit({ action: 'LOGIN', objectType: 'User', objectId: refusal.userId, dataCategory: 'ACCOUNT', outcome: 'DENIED', details: { reason: refusal.reason } });
    unit.afterCommit(() => ctx.deps.metrics.signInFailures.inc({ reason: refusal.reason }));
  });
  return refusal;
}

/** GET /auth/oidc/:organisationCode: keeps the flow and answers the IdP's authorisation address. */
export async function beginSignIn(ctx: TContext, input: { organisationCode: string; returnTo: unknown }): Promise<URL> {
  const { deps } = ctx;
  const provider = repo.listProviders(deps.db).find((row) => row.organisationCode === input.organisationCode);
  if (!provider) throw new OidcRefusal('UNKNOWN_PROVIDER');
  const config = await configurationFor(deps, provider);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const codeChallenge = await client.calculatePKCECodeChallenge(codeVerifier);
  await runAudited(ctx, (unit) => {
    const at = unit.now.toISOString();
    // Flows nobody finished and sessions long over are of no use: they go on the way.
    repo.deleteExpiredFlows(unit.tx, at);
    repo.deleteEndedSessions(unit.tx, new Date(unit.now.getTime() - deps.config.jwt.sessionMaxSeconds * 1000).toISOString());
    repo.insertFlow(unit.tx, {
      stateHash: sha256Hex(state),
      providerId: provider.id,
      codeVerifier,
      nonce,
      returnTo: safeReturnPath(input.returnTo),
      createdAt: at,
      expiresAt: new Date(unit.now.getTime() + FLOW_TTL_MS).toISOString(),
    });
    unit.audit({ action: 'IDENTITY_PROVIDER_SIGN_IN_START', objectType: 'IdentityProvider', objectId: provider.id, dataCategory: 'ACCOUNT', details: { providerId: provider.id } });
  });
  return client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(deps.config.publicUrl),
    scope: SCOPE,
    code_challenge: codeChallenge,
    code_challenge_method: 'S256',
    state,
    nonce,
  });
}

export type TSignedIn = { refreshToken: string; refreshExpiresAt: Date; returnTo: string; userId: string };

/** Whether the IdP's assurance counts as a second factor for this provider (ADR 0004, 0028). */
export function idpSecondFactor(provider: Pick<repo.TProviderRow, 'requireMfaFromIdp'>, claims: Record<string, unknown>): boolean {
  if (!provider.requireMfaFromIdp) return false;
  const amr = Array.isArray(claims.amr) ? claims.amr : [];
  return amr.some((value) => typeof value === 'string' && (MFA_AMR as readonly string[]).includes(value));
}

/**
 * GET /auth/oidc/callback: takes the flow of `state` (once), redeems the code with the PKCE
 * verifier, checks the ID token (issuer, audience, expiry, nonce, signature by the issuer's JWKS:
 * openid-client), finds the user and opens a session capped at OIDC_SESSION_MAX_MINUTES.
 */
export async function finishSignIn(ctx: TContext, query: URLSearchParams): Promise<TSignedIn> {
  const { deps } = ctx;
  const state = query.get('state');
  if (!state) throw await refused(ctx, new OidcRefusal('FLOW_INVALID'));
  // Taken out before anything else: the same state (and so the same code) never works twice.
  const flow = await runAudited(ctx, (unit) => {
    const taken = repo.takeFlow(unit.tx, sha256Hex(state));
    if (taken) unit.audit({ action: 'IDENTITY_PROVIDER_CALLBACK', objectType: 'IdentityProvider', objectId: taken.providerId, dataCategory: 'ACCOUNT', details: { providerId: taken.providerId } });
    else {
      unit.audit({ action: 'LOGIN', objectType: 'User', objectId: null, dataCategory: 'ACCOUNT', outcome: 'DENIED', details: { reason: 'FLOW_INVALID' } });
      unit.afterCommit(() => deps.metrics.signInFailures.inc({ reason: 'FLOW_INVALID' }));
    }
    return taken;
  });
  if (!flow) throw new OidcRefusal('FLOW_INVALID');
  const provider = repo.findProviderById(deps.db, flow.providerId);
  if (!provider) throw await refused(ctx, new OidcRefusal('FLOW_INVALID'));
  if (new Date(flow.expiresAt) <= deps.clock.now()) throw await refused(ctx, new OidcRefusal('FLOW_EXPIRED', null, provider.id));
  if (query.has('error')) throw await refused(ctx, new OidcRefusal('IDP_ERROR', null, provider.id));

  const config = await configurationFor(deps, provider);
  const currentUrl = new URL(`${callbackUrl(deps.config.publicUrl)}?${query.toString()}`);
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(config, currentUrl, { pkceCodeVerifier: flow.codeVerifier, expectedState: state, expectedNonce: flow.nonce, idTokenExpected: true });
  } catch (error) {
    // The IdP refused the code (used before, expired, not this client's), the answer failed a check
    // (openid-client's ClientError), or the IdP did not answer (network, timeout).
    const reason =
      error instanceof client.ResponseBodyError || error instanceof client.AuthorizationResponseError ? 'CODE_REFUSED' : error instanceof client.ClientError ? 'ID_TOKEN_INVALID' : 'IDP_UNAVAILABLE';
    ctx.logger.info({ reason, error: error instanceof Error ? error.name : 'unknown', code: (error as { code?: unknown }).code }, 'identity provider sign-in refused');
    throw await refused(ctx, new OidcRefusal(reason, null, provider.id));
  }
  const claims = tokens.claims();
  if (!claims) throw await refused(ctx, new OidcRefusal('ID_TOKEN_INVALID', null, provider.id));

  // By subject; on the first sign-in by a verified e-mail address among the organisation's users.
  let userId = repo.findLinkedUserId(deps.db, provider.id, claims.sub);
  let link = false;
  if (!userId) {
    let email = typeof claims.email === 'string' ? claims.email : null;
    let verified = claims.email_verified === true;
    if (!email && tokens.access_token && config.serverMetadata().userinfo_endpoint) {
      try {
        const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        email = typeof info.email === 'string' ? info.email : null;
        verified = info.email_verified === true;
      } catch {
        throw await refused(ctx, new OidcRefusal('IDP_UNAVAILABLE', null, provider.id));
      }
    }
    const candidate = email && verified ? authRepo.findUserByEmail(deps.db, normaliseEmail(email)) : undefined;
    // Someone of another organisation, or already linked to another subject, is not this person.
    if (!candidate || candidate.organisationId !== provider.organisationId || repo.findLinkOfUser(deps.db, candidate.id)) throw await refused(ctx, new OidcRefusal('UNKNOWN_USER', null, provider.id));
    userId = candidate.id;
    link = true;
  }
  const user = authRepo.findUserById(deps.db, userId);
  if (!user || user.organisationId !== provider.organisationId) throw await refused(ctx, new OidcRefusal('UNKNOWN_USER', null, provider.id));
  if (!user.active) throw await refused(ctx, new OidcRefusal('USER_DEACTIVATED', user.id, provider.id));

  const secondFactor = idpSecondFactor(provider, { ...claims });
  const metadata = config.serverMetadata();
  const signOutUrl =
    metadata.end_session_endpoint && tokens.id_token
      ? client.buildEndSessionUrl(config, { id_token_hint: tokens.id_token, post_logout_redirect_uri: `${deps.config.publicUrl}/` }).href
      : null;
  const session = await runAudited(ctx, (unit) => {
    if (link) {
      repo.insertLink(unit.tx, { userId: user.id, providerId: provider.id, subject: claims.sub, linkedAt: unit.now.toISOString() });
      unit.audit({ action: 'IDENTITY_PROVIDER_LINK', objectType: 'User', objectId: user.id, dataCategory: 'ACCOUNT', details: { providerId: provider.id } });
    }
    const endsAt = new Date(unit.now.getTime() + deps.config.oidc.sessionMaxMinutes * 60_000).toISOString();
    const opened = openSession(unit, deps.config, { userId: user.id, secondFactor, endsAt });
    repo.insertSession(unit.tx, deps.sealer, { familyId: opened.sessionId, userId: user.id, providerId: provider.id, endsAt, signOutUrl, createdAt: unit.now.toISOString() });
    unit.audit({ action: 'LOGIN', objectType: 'User', objectId: user.id, dataCategory: 'ACCOUNT', details: { secondFactor, delayedMs: 0, identityProviderId: provider.id } });
    return opened;
  });
  return { refreshToken: session.refreshToken, refreshExpiresAt: session.refreshExpiresAt, returnTo: flow.returnTo, userId: user.id };
}

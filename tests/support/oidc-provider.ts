// A real OpenID Connect provider (panva's oidc-provider) on 127.0.0.1, started by the test with its
// own keys, standing in for an organisation's Entra ID or MitID Erhverv. Its sign-in page is a
// minimal one the test drives (a form naming the account); consent is given on the account's
// behalf (a first-party client). `tamper` re-signs the ID token of the next token response with
// changed claims (with the provider's own key, or another one), so the relying party's checks can
// be shown to refuse exactly what they should.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, decodeJwt, type CryptoKey, type JWTPayload } from 'jose';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

export type TIdpAccount = { email: string; emailVerified?: boolean; amr?: string[]; disabled?: boolean };

export type TTamper = { claims?: (claims: JWTPayload) => JWTPayload; otherKey?: boolean };

export type TTestIdp = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TIdpAccount>;
  /** Changes the ID token of the next token response (once). */
  tamperNext(tamper: TTamper): void;
  close(): Promise<void>;
};

const KID = 'test-signing-key';

async function signingKeys() {
  const pair = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(pair.privateKey)), kid: KID, alg: 'RS256', use: 'sig' };
  return { privateKey: pair.privateKey, jwk };
}

function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `redirectUri`: Samvirke's PUBLIC_URL + /auth/oidc/callback; `postLogoutRedirectUri`: PUBLIC_URL + /. */
export async function startTestIdp(options: { redirectUri: string; postLogoutRedirectUri: string; idTokenTtlSeconds?: number }): Promise<TTestIdp> {
  const accounts = new Map<string, TIdpAccount>();
  const { privateKey, jwk } = await signingKeys();
  const other = await signingKeys();
  let pending: TTamper | null = null;

  let handler: http.RequestListener = (_req, res) => res.end();
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'samvirke';
  const clientSecret = 'a-client-secret-of-the-test-idp-0123456789';

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: [options.postLogoutRedirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['test-idp-cookie-key-0123456789'] },
    // amr goes into every ID token (Entra ID and MitID Erhverv send it too), the e-mail only with the email scope.
    claims: { openid: ['sub', 'amr', 'acr', 'auth_time'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    ttl: { IdToken: options.idTokenTtlSeconds ?? 3600 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      if (!account || account.disabled) return undefined;
      return {
        accountId: sub,
        async claims() {
          return { sub, email: account.email, email_verified: account.emailVerified ?? true };
        },
      };
    },
    // A first-party client: the account's consent to openid and email is given here.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const accountId = ctx.oidc.session!.accountId!;
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId });
      grant.addOIDCScope('openid email');
      await grant.save();
      return grant;
    },
  });

  // The ID token of the next token response, changed and signed again.
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (!pending || ctx.path !== '/token' || !body?.id_token) return;
    const tamper = pending;
    pending = null;
    const claims = tamper.claims ? tamper.claims(decodeJwt(body.id_token)) : decodeJwt(body.id_token);
    const key: CryptoKey = tamper.otherKey ? other.privateKey : privateKey;
    body.id_token = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: KID }).sign(key);
  });

  const callback = provider.callback();
  handler = (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(url.pathname);
    if (!match) {
      void callback(req, res);
      return;
    }
    void (async () => {
      try {
        await provider.interactionDetails(req, res);
        if (req.method === 'GET' && !match[2]) {
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(
            `<!doctype html><html lang="en"><head><title>Test IdP sign-in</title></head><body><main><h1>Test IdP</h1>` +
              `<form method="post" action="/interaction/${escapeHtml(match[1]!)}/login"><label for="login">Account</label>` +
              `<input id="login" name="login" autocomplete="username"><button type="submit">Sign in at the IdP</button></form></main></body></html>`,
          );
          return;
        }
        const form = await readForm(req);
        const accountId = form.get('login') ?? '';
        const account = accounts.get(accountId);
        const result =
          account && !account.disabled
            ? { login: { accountId, amr: account.amr ?? ['pwd'] } }
            : { error: 'access_denied', error_description: 'The account cannot sign in' };
        await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
      } catch (error) {
        res.statusCode = 400;
        res.end(error instanceof Error ? error.message : 'error');
      }
    })();
  };

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    tamperNext(tamper) {
      pending = tamper;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A browser's walk through the IdP, without a browser: follows the IdP's redirects with its cookies,
 * signs in as `login` on the minimal sign-in page and stops at the redirect back to Samvirke.
 * Answers that redirect's address (the callback with code and state), or the IdP's last answer.
 */
export async function walkThroughIdp(authorizationUrl: string, login: string): Promise<{ callback: URL | null; status: number }> {
  const cookies = new Map<string, string>();
  const origin = new URL(authorizationUrl).origin;
  const send = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return res;
  };
  let res = await send(authorizationUrl);
  for (let hops = 0; hops < 10; hops += 1) {
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, origin);
      if (next.origin !== origin) return { callback: next, status: res.status };
      res = await send(next.href);
      continue;
    }
    const interaction = /action="(\/interaction\/[\w-]+\/login)"/.exec(await res.text());
    if (res.status === 200 && interaction) {
      res = await send(`${origin}${interaction[1]}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ login }).toString() });
      continue;
    }
    return { callback: null, status: res.status };
  }
  return { callback: null, status: res.status };
}

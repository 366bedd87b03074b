import { useEffect, useState } from 'preact/hooks';
import { ApiError, startSession } from '../api/client';
import { LanguageSwitch } from '../components/layout';
import { Alert, TextField, usePageTitle } from '../components/ui';
import { LoginDocument, PublicIdentityProvidersDocument, type PublicIdentityProvidersQuery } from '../gql/graphql';
import { gql } from '../api/client';
import { t, type TKey } from '../i18n';

export type TSignInReason = 'expired' | 'idle' | 'signedOut' | 'passwordReset' | null;

/** What a refused sign-in means to the person, naming no account. */
function messageFor(error: unknown): { text: string; needTotp: boolean } {
  if (error instanceof ApiError) {
    const reason = error.extensions?.reason;
    if (reason === 'TOTP_REQUIRED') return { text: t('signIn.totpRequired'), needTotp: true };
    if (reason === 'TOTP_INVALID') return { text: t('signIn.totpInvalid'), needTotp: true };
    if (reason === 'PASSWORD_SIGN_IN_DISABLED') return { text: t('signIn.passwordDisabled'), needTotp: false };
    if (error.code === 'RATE_LIMITED') {
      const seconds = error.extensions?.retryAfterSeconds;
      return { text: seconds ? t('signIn.throttled', { seconds }) : `${t('signIn.bad')} ${t('signIn.slowed')}`, needTotp: false };
    }
    if (error.code === 'UNAUTHENTICATED' || error.code === 'BAD_USER_INPUT') return { text: t('signIn.bad'), needTotp: false };
  }
  return { text: t('app.error'), needTotp: false };
}

const IDP_ERRORS = ['UNKNOWN_USER', 'USER_DEACTIVATED', 'IDP_ERROR', 'IDP_UNAVAILABLE', 'FLOW_EXPIRED'] as const;

/** A refused sign-in at the organisation's IdP comes back as /?signInError=<code>: its words, once. */
function takeIdpError(): string | null {
  const url = new URL(window.location.href);
  const code = url.searchParams.get('signInError');
  if (code === null) return null;
  url.searchParams.delete('signInError');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  const known = (IDP_ERRORS as readonly string[]).includes(code) ? code : 'other';
  return t(`signIn.idp.error.${known}` as TKey);
}

type TIdp = PublicIdentityProvidersQuery['publicIdentityProviders'][number];

/** "Log ind med <organisation>": GET /auth/oidc/<code> begins at the IdP and comes back to this page. */
function IdentityProviderButtons(props: { providers: TIdp[] }) {
  if (props.providers.length === 0) return null;
  const here = `${window.location.pathname}${window.location.search}`;
  return (
    <section class="sign-in-idp" aria-labelledby="sign-in-idp-heading">
      <h2 id="sign-in-idp-heading">{t('signIn.idp.heading')}</h2>
      <ul class="nobullet-list">
        {props.providers.map((p) => (
          <li key={p.organisationCode}>
            <a class="button button-secondary" data-external data-testid={`sign-in-idp-${p.organisationCode}`} href={`/auth/oidc/${encodeURIComponent(p.organisationCode)}?returnTo=${encodeURIComponent(here)}`}>
              {t('signIn.idp.button', { organisation: p.organisationName })}
            </a>
          </li>
        ))}
      </ul>
      <h2>{t('signIn.idp.or')}</h2>
    </section>
  );
}

export function SignInPage(props: { reason: TSignInReason; idleMinutes: number }) {
  usePageTitle('title.signIn');
  const [providers, setProviders] = useState<TIdp[]>([]);
  const [idpError] = useState(takeIdpError);
  useEffect(() => {
    // Without them the page still signs in with a password: a failure here shows no error.
    gql(PublicIdentityProvidersDocument)
      .then((data) => setProviders(data.publicIdentityProviders))
      .catch(() => setProviders([]));
  }, []);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const started = Date.now();
    try {
      const data = await gql(LoginDocument, { email, password, totp: needTotp ? totp : null });
      setPassword('');
      startSession(data.login);
    } catch (e) {
      const m = messageFor(e);
      // The server slows repeated failures down (ADR 0012) rather than locking: say so when it did.
      const slowed = !m.needTotp && e instanceof ApiError && e.code === 'UNAUTHENTICATED' && Date.now() - started > 1500;
      setError(slowed ? `${m.text} ${t('signIn.slowed')}` : m.text);
      if (m.needTotp) setNeedTotp(true);
    } finally {
      setBusy(false);
    }
  };

  const notice =
    props.reason === 'expired' ? t('signIn.expired') : props.reason === 'idle' ? t('signIn.idle', { minutes: props.idleMinutes }) : props.reason === 'signedOut' ? t('signIn.signedOut') : props.reason === 'passwordReset' ? t('account.reset.done') : null;

  return (
    <main id="main-content" class="container sign-in">
      <div class="sign-in-top">
        <span class="app-logo">{t('app.name')}</span>
        <LanguageSwitch />
      </div>
      <h1>{t('signIn.heading')}</h1>
      <p class="tagline">{t('app.tagline')}</p>
      {notice ? <Alert kind="info" testId="sign-in-notice">{notice}</Alert> : null}
      {error ? <Alert kind="error" testId="sign-in-error">{error}</Alert> : null}
      {idpError && !error ? <Alert kind="error" testId="sign-in-error">{idpError}</Alert> : null}
      <IdentityProviderButtons providers={providers} />
      <form onSubmit={submit} noValidate>
        <TextField label={t('signIn.email')} name="email" type="email" autocomplete="username" value={email} onInput={setEmail} required />
        <TextField label={t('signIn.password')} name="password" type="password" autocomplete="current-password" value={password} onInput={setPassword} required />
        {needTotp ? <TextField label={t('signIn.totp')} name="totp" autocomplete="one-time-code" value={totp} onInput={setTotp} required /> : null}
        <div class="button-row">
          <button type="submit" class="button button-primary" disabled={busy}>
            {needTotp ? t('signIn.continue') : t('signIn.submit')}
          </button>
          {needTotp ? null : (
            <button type="button" class="button button-tertiary" onClick={() => setNeedTotp(true)}>
              {t('signIn.haveCode')}
            </button>
          )}
        </div>
      </form>
    </main>
  );
}

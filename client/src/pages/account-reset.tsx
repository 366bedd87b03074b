// The page a password-reset mail links to: /account/reset#<token>. The token is in the fragment,
// which the browser never sends to the server; the page reads it, asks for the new password twice,
// calls resetPassword, then takes the token out of the address (history.replaceState) and goes to
// sign-in. It works signed out: the user cannot sign in without it.
import { useState } from 'preact/hooks';
import { gql } from '../api/client';
import { Alert, errorsOf, TextField, usePageTitle, type TFieldErrors } from '../components/ui';
import { ResetPasswordDocument } from '../gql/graphql';
import { t } from '../i18n';

export function PasswordResetPage(props: { onDone: () => void }) {
  usePageTitle('title.passwordReset');
  // Read once: the address loses the token after the attempt.
  const [token] = useState(() => decodeURIComponent(window.location.hash.replace(/^#/, '')));
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A refused token will not work again: the form goes, the message stays.
  const [refused, setRefused] = useState(false);

  const forgetToken = () => history.replaceState(null, '', window.location.pathname + window.location.search);

  const submit = async (event: Event) => {
    event.preventDefault();
    setErrors({});
    setError(null);
    if (next !== repeat) return setErrors({ repeat: t('account.reset.mismatch') });
    setBusy(true);
    try {
      await gql(ResetPasswordDocument, { token, newPassword: next });
      forgetToken();
      props.onDone();
    } catch (e) {
      const { fields, form } = errorsOf(e);
      // A refused token will not work again: it leaves the address too; the message says what to do.
      if (fields.token) {
        forgetToken();
        setRefused(true);
        setError(fields.token);
      } else {
        setErrors(fields);
        if (form) setError(form);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{t('title.passwordReset')}</h1>
      {!token ? (
        <Alert kind="error" testId="reset-error">
          {t('account.reset.noToken')}
        </Alert>
      ) : (
        <>
          <p>{t('account.reset.intro')}</p>
          {error ? (
            <Alert kind="error" testId="reset-error">
              {error}
            </Alert>
          ) : null}
          {refused ? null : (
            <form onSubmit={submit} noValidate class="narrow-form" data-testid="reset-password">
              <TextField label={t('account.reset.new')} name="newPassword" type="password" autocomplete="new-password" value={next} onInput={setNext} error={errors.newPassword} required />
              <TextField label={t('account.reset.repeat')} name="repeat" type="password" autocomplete="new-password" value={repeat} onInput={setRepeat} error={errors.repeat} required />
              <button type="submit" class="button button-primary" disabled={busy}>
                {t('account.reset.submit')}
              </button>
            </form>
          )}
        </>
      )}
      <p>
        <a href="/">{t('account.reset.toSignIn')}</a>
      </p>
    </>
  );
}

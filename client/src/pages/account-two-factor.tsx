// The signed-in user's own second factor: the password again (enrolTotp), then the otpauth:// URI
// as a QR code drawn in the page and the secret as text for manual entry, then a code from the
// app (activateTotp). The secret lives only in this page's memory while it is shown.
import { useState } from 'preact/hooks';
import { gql } from '../api/client';
import '../admin.css';
import { QrCode } from '../components/qr-code';
import { Alert, errorsOf, Loading, TextField, usePageTitle, type TFieldErrors } from '../components/ui';
import { ActivateTotpDocument, EnrolTotpDocument, MySecondFactorDocument } from '../gql/graphql';
import { useLoad } from '../hooks';
import { t } from '../i18n';

/** The Base32 secret in groups of four, easier to type into an app by hand. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

export function TwoFactorPage() {
  usePageTitle('title.twoFactor');
  const me = useLoad(() => gql(MySecondFactorDocument), 'me-second-factor');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [enrolment, setEnrolment] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (event: Event, action: () => Promise<void>) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setError(null);
    try {
      await action();
    } catch (e) {
      const { fields, form } = errorsOf(e);
      setErrors(fields);
      if (form) setError(form);
    } finally {
      setBusy(false);
    }
  };

  const enrol = (event: Event) =>
    run(event, async () => {
      const result = (await gql(EnrolTotpDocument, { password })).enrolTotp;
      setPassword('');
      setEnrolment(result);
    });

  const activate = (event: Event) =>
    run(event, async () => {
      await gql(ActivateTotpDocument, { code: code.replace(/\s+/g, '') });
      setEnrolment(null);
      setCode('');
      setDone(true);
    });

  const active = done || me.data?.me.secondFactorEnabled;
  return (
    <>
      <h1>{t('title.twoFactor')}</h1>
      <p>{t('account.tfa.intro')}</p>
      {me.loading && !me.data ? <Loading /> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      {active ? (
        <Alert kind="success" testId="tfa-active">
          {done ? t('account.tfa.done') : t('account.tfa.active')}
        </Alert>
      ) : me.data ? (
        <div class="account-steps">
          <h2>{t('account.tfa.step1')}</h2>
          {enrolment ? (
            <p data-testid="tfa-password-confirmed">{t('account.tfa.confirmed')}</p>
          ) : (
            <form onSubmit={enrol} noValidate class="narrow-form" data-testid="tfa-enrol">
              <TextField label={t('account.tfa.password')} name="password" type="password" autocomplete="current-password" value={password} onInput={setPassword} error={errors.password} required />
              <button type="submit" class="button button-primary" disabled={busy}>
                {t('account.tfa.start')}
              </button>
            </form>
          )}
          {enrolment ? (
            <>
              <h2>{t('account.tfa.step2')}</h2>
              <QrCode value={enrolment.otpauthUri} label={t('account.tfa.qrLabel')} class="totp-qr" testId="totp-qr" />
              <p>{t('account.tfa.manual')}</p>
              <p>
                <code class="totp-secret" data-testid="totp-secret" data-secret={enrolment.secret}>
                  {grouped(enrolment.secret)}
                </code>
              </p>
              <h2>{t('account.tfa.step3')}</h2>
              <form onSubmit={activate} noValidate class="narrow-form" data-testid="tfa-activate">
                <TextField label={t('account.tfa.code')} name="code" autocomplete="one-time-code" value={code} onInput={setCode} error={errors.code} required />
                <button type="submit" class="button button-primary" disabled={busy}>
                  {t('account.tfa.activate')}
                </button>
              </form>
            </>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

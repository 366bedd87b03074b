// ADMIN (issue 16 § 1, ADR 0028): the organisations whose staff sign in through their own identity
// provider, and the form that sets up or changes the admin's own organisation's. The client secret
// is sent with every change and never shown: the server keeps it sealed and never returns it.
import { useState } from 'preact/hooks';
import { currentUser, gql } from '../api/client';
import '../admin.css';
import { DisclosureForm } from '../components/action-form';
import { Alert, Checkbox, errorsOf, Loading, TextField, usePageTitle, type TFieldErrors } from '../components/ui';
import { AdminIdentityProvidersDocument, ConfigureIdentityProviderDocument } from '../gql/graphql';
import { useLoad } from '../hooks';
import { formatDate, t } from '../i18n';
import { formErrorsOf } from './referral-form';

export function AdminIdentityProvidersPage() {
  usePageTitle('title.adminIdentityProviders');
  const list = useLoad(() => gql(AdminIdentityProvidersDocument), 'admin-identity-providers');
  const [saved, setSaved] = useState(false);
  const rows = list.data?.identityProviders ?? [];
  const own = rows.find((p) => p.organisation.code === currentUser()?.organisation.code) ?? null;
  return (
    <>
      <div class="page-heading">
        <h1>{t('title.adminIdentityProviders')}</h1>
      </div>
      <p>{t('admin.idp.intro')}</p>
      <ConfigureForm
        current={own}
        onSaved={() => {
          setSaved(true);
          list.reload();
        }}
      />
      <div aria-live="polite">{saved ? <Alert kind="success" testId="admin-notice">{t('admin.idp.saved')}</Alert> : null}</div>
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <Alert kind="error">{errorsOf(list.error).form ?? t('app.error')}</Alert> : null}
      {list.data && rows.length === 0 ? <p class="muted">{t('admin.idp.none')}</p> : null}
      {rows.length > 0 ? (
        <div class="table-wrap">
          <table class="table table--zebra admin-table" data-testid="identity-provider-table">
            <caption class="sr-only">{t('title.adminIdentityProviders')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.idp.organisation')}</th>
                <th scope="col">{t('admin.idp.issuer')}</th>
                <th scope="col">{t('admin.idp.clientId')}</th>
                <th scope="col">{t('admin.idp.rules')}</th>
                <th scope="col">{t('admin.idp.redirectUri')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id} data-testid="identity-provider-row">
                  <td>
                    <strong>{p.organisation.name}</strong>
                    <br />
                    <span class="small muted">{t('admin.idp.updatedAt', { date: formatDate(p.updatedAt) })}</span>
                  </td>
                  <td>
                    <code>{p.issuer}</code>
                  </td>
                  <td>
                    <code>{p.clientId}</code>
                  </td>
                  <td>
                    {p.requireMfaFromIdp ? t('admin.idp.mfaFromIdp') : t('admin.idp.mfaLocal')}
                    <br />
                    {p.passwordSignInAllowed ? t('admin.idp.passwordsOn') : t('admin.idp.passwordsOff')}
                  </td>
                  <td>
                    <code>{p.redirectUri}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

type TCurrent = { issuer: string; clientId: string; requireMfaFromIdp: boolean; passwordSignInAllowed: boolean } | null;

function ConfigureForm(props: { current: TCurrent; onSaved: () => void }) {
  const me = currentUser();
  const [values, setValues] = useState({ issuer: '', clientId: '', clientSecret: '' });
  const [requireMfaFromIdp, setRequireMfa] = useState(false);
  const [passwordSignInAllowed, setPasswordsAllowed] = useState(true);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const set = (name: keyof typeof values) => (v: string) => setValues((old) => ({ ...old, [name]: v }));

  const toggle = (next: boolean) => {
    // Opening starts from what is configured now; the secret is never known here and is asked again.
    if (next && props.current) {
      setValues({ issuer: props.current.issuer, clientId: props.current.clientId, clientSecret: '' });
      setRequireMfa(props.current.requireMfaFromIdp);
      setPasswordsAllowed(props.current.passwordSignInAllowed);
    }
    setOpen(next);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!me) return;
    setBusy(true);
    setErrors({});
    setError(null);
    try {
      await gql(ConfigureIdentityProviderDocument, { organisationCode: me.organisation.code, input: { ...values, requireMfaFromIdp, passwordSignInAllowed } });
      setValues({ issuer: '', clientId: '', clientSecret: '' });
      setOpen(false);
      props.onSaved();
    } catch (e) {
      const { fields, form } = formErrorsOf(e);
      setErrors(fields);
      if (form) setError(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <DisclosureForm
      title={t(props.current ? 'admin.idp.change' : 'admin.idp.setUp', { organisation: me?.organisation.name ?? '' })}
      intro={t('admin.idp.formIntro')}
      testId="configure-identity-provider"
      open={open}
      onToggle={toggle}
      error={error}
      busy={busy}
      onSubmit={submit}
    >
      <TextField label={t('admin.idp.issuer')} name="issuer" value={values.issuer} onInput={set('issuer')} error={errors.issuer} hint={t('admin.idp.issuerHint')} required />
      <TextField label={t('admin.idp.clientId')} name="clientId" value={values.clientId} onInput={set('clientId')} error={errors.clientId} required />
      <TextField label={t('admin.idp.clientSecret')} name="clientSecret" type="password" autocomplete="off" value={values.clientSecret} onInput={set('clientSecret')} error={errors.clientSecret} hint={t('admin.idp.clientSecretHint')} required />
      <Checkbox label={t('admin.idp.requireMfaLabel')} name="requireMfaFromIdp" checked={requireMfaFromIdp} onChange={setRequireMfa} />
      <Checkbox label={t('admin.idp.passwordsLabel')} name="passwordSignInAllowed" checked={passwordSignInAllowed} onChange={setPasswordsAllowed} />
    </DisclosureForm>
  );
}

// ADMIN (issue 16 § 2): the service accounts through which other systems integrate, in the admin's
// own organisation: create one (a subset of the roles, never administrator or auditor, and a
// purpose), see its client id, rotate its secret, deactivate it. A secret is shown once, right
// after it is made, and never again: the server keeps only a hash of it.
import { useState } from 'preact/hooks';
import { gql } from '../api/client';
import '../admin.css';
import { DisclosureForm } from '../components/action-form';
import { Alert, CheckboxGroup, errorsOf, Loading, TextArea, TextField, usePageTitle, type TFieldErrors } from '../components/ui';
import {
  AdminServiceAccountsDocument,
  CreateServiceAccountDocument,
  DeactivateServiceAccountDocument,
  RotateServiceAccountSecretDocument,
  type AdminServiceAccountFragment,
  type Role,
} from '../gql/graphql';
import { useLoad } from '../hooks';
import { formatDate, t } from '../i18n';
import { ROLES, roleLabel } from './admin-users';
import { formErrorsOf } from './referral-form';

/** Roles a service account may hold: the server refuses administrator and auditor (ROLE_NOT_ALLOWED). */
const SERVICE_ROLES = ROLES.filter((r) => r !== 'ADMIN' && r !== 'AUDITOR');

type TSecret = { name: string; clientId: string; clientSecret: string };
/** The notice's words are looked up when shown, so switching the language switches them too. */
type TNotice = { kind: 'success' | 'error'; text: () => string } | null;

export function AdminServiceAccountsPage() {
  usePageTitle('title.adminServiceAccounts');
  const list = useLoad(() => gql(AdminServiceAccountsDocument), 'admin-service-accounts');
  const [secret, setSecret] = useState<TSecret | null>(null);
  const [notice, setNotice] = useState<TNotice>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const act = async (key: string, run: () => Promise<void>, done: () => string) => {
    setBusy(key);
    setNotice(null);
    setSecret(null);
    try {
      await run();
      setNotice({ kind: 'success', text: done });
      list.reload();
    } catch (e) {
      const { fields, form } = errorsOf(e);
      const text = form ?? Object.values(fields)[0] ?? t('app.error');
      setNotice({ kind: 'error', text: () => text });
    } finally {
      setBusy(null);
    }
  };

  const rotate = (a: AdminServiceAccountFragment) =>
    act(
      `rotate-${a.id}`,
      async () => {
        const { clientSecret } = (await gql(RotateServiceAccountSecretDocument, { id: a.id })).rotateServiceAccountSecret;
        setSecret({ name: a.name, clientId: a.clientId, clientSecret });
      },
      () => t('admin.serviceAccounts.rotated', { name: a.name }),
    );
  const deactivate = (a: AdminServiceAccountFragment) =>
    act(
      `deactivate-${a.id}`,
      async () => {
        await gql(DeactivateServiceAccountDocument, { id: a.id });
      },
      () => t('admin.serviceAccounts.deactivatedNotice', { name: a.name }),
    );

  const rows = list.data?.serviceAccounts ?? [];
  return (
    <>
      <div class="page-heading">
        <h1>{t('title.adminServiceAccounts')}</h1>
      </div>
      <p>{t('admin.serviceAccounts.intro')}</p>
      <CreateServiceAccountForm
        onCreated={(created) => {
          setNotice(null);
          setSecret(created);
          list.reload();
        }}
      />
      <div aria-live="polite">
        {secret ? (
          <Alert kind="warning" heading={t('admin.serviceAccounts.secretHeading', { name: secret.name })} testId="service-account-secret">
            <p>{t('admin.serviceAccounts.secretOnce')}</p>
            <dl class="secret-list">
              <dt>{t('admin.serviceAccounts.clientId')}</dt>
              <dd>
                <code data-testid="secret-client-id">{secret.clientId}</code>
              </dd>
              <dt>{t('admin.serviceAccounts.clientSecret')}</dt>
              <dd>
                <code data-testid="secret-value">{secret.clientSecret}</code>
              </dd>
            </dl>
            <button type="button" class="button button-secondary" onClick={() => setSecret(null)}>
              {t('admin.serviceAccounts.secretDone')}
            </button>
          </Alert>
        ) : null}
        {notice ? <Alert kind={notice.kind} testId="admin-notice">{notice.text()}</Alert> : null}
      </div>
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <Alert kind="error">{errorsOf(list.error).form ?? t('app.error')}</Alert> : null}
      {list.data && rows.length === 0 ? <p class="muted">{t('admin.serviceAccounts.none')}</p> : null}
      {rows.length > 0 ? (
        <div class="table-wrap">
          <table class="table table--zebra admin-table" data-testid="service-account-table">
            <caption class="sr-only">{t('title.adminServiceAccounts')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.serviceAccounts.name')}</th>
                <th scope="col">{t('admin.serviceAccounts.clientId')}</th>
                <th scope="col">{t('admin.serviceAccounts.roles')}</th>
                <th scope="col">{t('admin.serviceAccounts.purpose')}</th>
                <th scope="col">{t('admin.serviceAccounts.status')}</th>
                <th scope="col">{t('admin.serviceAccounts.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id} data-testid="service-account-row">
                  <td>
                    <strong>{a.name}</strong>
                    <br />
                    <span class="small muted">{t('admin.serviceAccounts.createdAt', { date: formatDate(a.createdAt) })}</span>
                    {a.secretRotatedAt ? (
                      <>
                        <br />
                        <span class="small muted">{t('admin.serviceAccounts.rotatedAt', { date: formatDate(a.secretRotatedAt) })}</span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <code>{a.clientId}</code>
                  </td>
                  <td>{a.roles.map(roleLabel).join(', ')}</td>
                  <td>{a.purpose}</td>
                  <td>{a.active ? t('admin.serviceAccounts.active') : <span class="status-off">{t('admin.serviceAccounts.deactivated')}</span>}</td>
                  <td>
                    {a.active ? (
                      <div class="admin-actions">
                        <button type="button" class="button button-secondary" disabled={busy !== null} onClick={() => rotate(a)}>
                          {t('admin.serviceAccounts.rotate')}
                          <span class="sr-only"> {a.name}</span>
                        </button>
                        <button type="button" class="button button-tertiary" disabled={busy !== null} onClick={() => deactivate(a)}>
                          {t('admin.serviceAccounts.deactivate')}
                          <span class="sr-only"> {a.name}</span>
                        </button>
                      </div>
                    ) : null}
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

const EMPTY = { name: '', roles: [] as string[], purpose: '' };

function CreateServiceAccountForm(props: { onCreated: (secret: TSecret) => void }) {
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const set = (name: keyof typeof EMPTY) => (v: string | string[]) => setValues((old) => ({ ...old, [name]: v }));

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setError(null);
    try {
      const created = (await gql(CreateServiceAccountDocument, { input: { name: values.name, roles: values.roles as Role[], purpose: values.purpose } })).createServiceAccount;
      setValues(EMPTY);
      setOpen(false);
      props.onCreated({ name: created.serviceAccount.name, clientId: created.serviceAccount.clientId, clientSecret: created.clientSecret });
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
      title={t('admin.serviceAccounts.create')}
      intro={t('admin.serviceAccounts.createIntro')}
      testId="create-service-account"
      open={open}
      onToggle={setOpen}
      error={error}
      busy={busy}
      onSubmit={submit}
    >
      <TextField label={t('admin.serviceAccounts.nameLabel')} name="name" value={values.name} onInput={set('name')} error={errors.name} required />
      <CheckboxGroup
        legend={t('admin.serviceAccounts.roles')}
        name="roles"
        values={values.roles}
        onChange={set('roles')}
        options={SERVICE_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
        error={errors.roles}
        required
      />
      <TextArea label={t('admin.serviceAccounts.purposeLabel')} name="purpose" value={values.purpose} onInput={set('purpose')} error={errors.purpose} rows={2} />
    </DisclosureForm>
  );
}

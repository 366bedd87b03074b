// ADMIN: the users, filtered by organisation; creating one with roles; deactivating, reactivating,
// resetting the second factor and sending a one-time password-reset link. The server keeps every
// rule (only ADMIN, not oneself, …); its refusals are shown as they come.
import { useEffect, useState } from 'preact/hooks';
import { currentUser, gql } from '../api/client';
import '../admin.css';
import { DisclosureForm } from '../components/action-form';
import { Alert, CheckboxGroup, errorsOf, Loading, SelectField, TextField, usePageTitle, type TFieldErrors } from '../components/ui';
import {
  AdminUsersDocument,
  CreateUserDocument,
  DeactivateUserDocument,
  OrganisationsDocument,
  ReactivateUserDocument,
  RequestPasswordResetDocument,
  ResetTotpDocument,
  type AdminUserFragment,
  type ReferenceGroup,
  type Role,
} from '../gql/graphql';
import { useLoad } from '../hooks';
import { enumLabel, formatDate, t } from '../i18n';
import type { TKey } from '../i18n/catalogue';
import { formErrorsOf } from './referral-form';

// Records over the schema's enums: a value added to the schema fails the type check here until it has a label.
const ROLE_LABELS: Record<Role, TKey> = {
  CASEWORKER: 'admin.role.CASEWORKER',
  COORDINATOR: 'admin.role.COORDINATOR',
  ASSESSOR: 'admin.role.ASSESSOR',
  INVESTIGATOR: 'admin.role.INVESTIGATOR',
  REFERENCE_GROUP_MEMBER: 'admin.role.REFERENCE_GROUP_MEMBER',
  ANALYST: 'admin.role.ANALYST',
  AUDITOR: 'admin.role.AUDITOR',
  ADMIN: 'admin.role.ADMIN',
};
export const ROLES = Object.keys(ROLE_LABELS) as Role[];
const GROUP_ORDER: Record<ReferenceGroup, number> = { HOVEDSTADEN: 1, BORNHOLM: 2, SJAELLAND: 3, SYDDANMARK: 4, MIDTJYLLAND: 5, NORDJYLLAND: 6, NATIONAL: 7 };
export const REFERENCE_GROUPS = Object.keys(GROUP_ORDER) as ReferenceGroup[];

export function roleLabel(role: Role): string {
  return t(ROLE_LABELS[role]);
}

type TNotice = { kind: 'success' | 'error'; text: string } | null;

export function AdminUsersPage(props: { query: URLSearchParams }) {
  usePageTitle('title.adminUsers');
  const [organisationCode, setOrganisationCode] = useState(props.query.get('organisation') ?? '');
  const organisations = useLoad(() => gql(OrganisationsDocument), 'organisations');
  const users = useLoad(() => gql(AdminUsersDocument, { organisationCode: organisationCode || null }), `users-${organisationCode}`);
  const [notice, setNotice] = useState<TNotice>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const me = currentUser();

  const replace = (user: AdminUserFragment) => users.set((old) => (old ? { users: old.users.map((u) => (u.id === user.id ? user : u)) } : old));

  /** One row action: the server's answer replaces the row, and the outcome is said at the top. */
  const act = async (key: string, run: () => Promise<AdminUserFragment | null>, done: string) => {
    setBusy(key);
    setNotice(null);
    try {
      const user = await run();
      if (user) replace(user);
      setNotice({ kind: 'success', text: done });
    } catch (e) {
      const { fields, form } = errorsOf(e);
      setNotice({ kind: 'error', text: form ?? Object.values(fields)[0] ?? t('app.error') });
    } finally {
      setBusy(null);
    }
  };

  const organisationOptions = (organisations.data?.organisations ?? []).map((o) => ({ value: o.code, label: `${o.name} (${o.code})` }));

  return (
    <>
      <div class="page-heading">
        <h1>{t('title.adminUsers')}</h1>
      </div>
      <p>{t('admin.users.intro')}</p>
      <div class="admin-filter">
        <SelectField
          label={t('admin.users.filter')}
          name="organisation"
          value={organisationCode}
          onChange={setOrganisationCode}
          options={organisationOptions}
          emptyLabel={t('admin.users.allOrganisations')}
        />
      </div>
      <CreateUserForm
        organisations={organisationOptions}
        defaultOrganisation={organisationCode}
        onCreated={(user) => {
          setNotice({ kind: 'success', text: t('admin.users.created', { name: user.name }) });
          users.reload();
        }}
      />
      <div aria-live="polite">{notice ? <Alert kind={notice.kind} testId="admin-notice">{notice.text}</Alert> : null}</div>
      {users.loading && !users.data ? <Loading /> : null}
      {users.error ? <Alert kind="error">{errorsOf(users.error).form ?? t('app.error')}</Alert> : null}
      {users.data ? (
        users.data.users.length === 0 ? (
          <p class="muted">{t('admin.users.none')}</p>
        ) : (
          <div class="table-wrap">
            <table class="table table--zebra admin-table" data-testid="user-table">
              <caption class="sr-only">{t('title.adminUsers')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.users.name')}</th>
                  <th scope="col">{t('admin.users.organisation')}</th>
                  <th scope="col">{t('admin.users.roles')}</th>
                  <th scope="col">{t('admin.users.secondFactor')}</th>
                  <th scope="col">{t('admin.users.status')}</th>
                  <th scope="col">{t('admin.users.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {users.data.users.map((u) => (
                  <tr key={u.id} data-testid="user-row">
                    <td>
                      <strong>{u.name}</strong>
                      <br />
                      <span class="small">{u.email}</span>
                      <br />
                      <span class="small muted">{t('admin.users.createdAt', { date: formatDate(u.createdAt) })}</span>
                    </td>
                    <td>{u.organisation.code}</td>
                    <td>
                      {u.roles.map(roleLabel).join(', ')}
                      {u.referenceGroup ? <span class="small muted"> · {enumLabel('ReferenceGroup', u.referenceGroup)}</span> : null}
                    </td>
                    <td>{u.secondFactorEnabled ? t('admin.users.tfaOn') : t('admin.users.tfaOff')}</td>
                    <td>{u.active ? t('admin.users.active') : <span class="status-off">{t('admin.users.deactivated')}</span>}</td>
                    <td>
                      {u.id === me?.id ? null : (
                        <div class="admin-actions">
                          {u.active ? (
                            <button
                              type="button"
                              class="button button-secondary"
                              aria-label={t('admin.users.deactivateLabel', { name: u.name })}
                              disabled={busy !== null}
                              onClick={() => act(`d-${u.id}`, async () => (await gql(DeactivateUserDocument, { id: u.id })).deactivateUser, t('admin.users.deactivated.done', { name: u.name }))}
                            >
                              {t('admin.users.deactivate')}
                            </button>
                          ) : (
                            <button
                              type="button"
                              class="button button-secondary"
                              aria-label={t('admin.users.reactivateLabel', { name: u.name })}
                              disabled={busy !== null}
                              onClick={() => act(`r-${u.id}`, async () => (await gql(ReactivateUserDocument, { id: u.id })).reactivateUser, t('admin.users.reactivated.done', { name: u.name }))}
                            >
                              {t('admin.users.reactivate')}
                            </button>
                          )}
                          {u.secondFactorEnabled ? (
                            <button
                              type="button"
                              class="button button-secondary"
                              aria-label={t('admin.users.resetTotpLabel', { name: u.name })}
                              disabled={busy !== null}
                              onClick={() => act(`t-${u.id}`, async () => (await gql(ResetTotpDocument, { userId: u.id })).resetTotp, t('admin.users.totpReset.done', { name: u.name }))}
                            >
                              {t('admin.users.resetTotp')}
                            </button>
                          ) : null}
                          {u.active ? (
                            <button
                              type="button"
                              class="button button-secondary"
                              aria-label={t('admin.users.sendResetLabel', { name: u.name })}
                              disabled={busy !== null}
                              onClick={() =>
                                act(
                                  `p-${u.id}`,
                                  async () => {
                                    await gql(RequestPasswordResetDocument, { userId: u.id });
                                    return null;
                                  },
                                  t('admin.users.resetSent.done', { name: u.name }),
                                )
                              }
                            >
                              {t('admin.users.sendReset')}
                            </button>
                          ) : null}
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p class="small muted">{t('admin.users.count', { count: users.data.users.length })}</p>
          </div>
        )
      ) : null}
    </>
  );
}

const EMPTY = { name: '', email: '', organisationCode: '', roles: [] as string[], referenceGroup: '', password: '' };

function CreateUserForm(props: { organisations: Array<{ value: string; label: string }>; defaultOrganisation: string; onCreated: (user: AdminUserFragment) => void }) {
  const [values, setValues] = useState({ ...EMPTY, organisationCode: props.defaultOrganisation });
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const set = (name: keyof typeof EMPTY) => (v: string | string[]) => setValues((old) => ({ ...old, [name]: v }));
  const member = values.roles.includes('REFERENCE_GROUP_MEMBER');
  // The organisation the list is filtered by is the likely one for a new user.
  useEffect(() => setValues((old) => ({ ...old, organisationCode: props.defaultOrganisation })), [props.defaultOrganisation]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setError(null);
    try {
      const input = {
        name: values.name,
        email: values.email,
        organisationCode: values.organisationCode,
        roles: values.roles as Role[],
        referenceGroup: member && values.referenceGroup ? (values.referenceGroup as ReferenceGroup) : null,
        password: values.password,
      };
      const created = (await gql(CreateUserDocument, { input })).createUser;
      setValues({ ...EMPTY, organisationCode: props.defaultOrganisation });
      setOpen(false);
      props.onCreated(created);
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
      title={t('admin.users.create')}
      intro={t('admin.users.createIntro')}
      testId="create-user"
      open={open}
      onToggle={setOpen}
      error={error}
      busy={busy}
      onSubmit={submit}
    >
      <TextField label={t('admin.users.name')} name="name" value={values.name} onInput={set('name')} error={errors.name} required />
      <TextField label={t('admin.users.email')} name="email" type="email" value={values.email} onInput={set('email')} error={errors.email} required />
      <SelectField label={t('admin.users.organisation')} name="organisationCode" value={values.organisationCode} onChange={set('organisationCode')} options={props.organisations} error={errors.organisationCode} required />
      <CheckboxGroup legend={t('admin.users.roles')} name="roles" values={values.roles} onChange={set('roles')} options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} error={errors.roles} required />
      {member ? (
        <SelectField
          label={t('admin.users.referenceGroup')}
          name="referenceGroup"
          value={values.referenceGroup}
          onChange={set('referenceGroup')}
          options={REFERENCE_GROUPS.map((g) => ({ value: g, label: enumLabel('ReferenceGroup', g) }))}
          error={errors.referenceGroup}
          required
        />
      ) : null}
      <TextField label={t('admin.users.password')} name="password" type="password" autocomplete="new-password" value={values.password} onInput={set('password')} error={errors.password} required />
    </DisclosureForm>
  );
}

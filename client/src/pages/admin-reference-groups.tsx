// ADMIN: who belongs to which region's reference group. Moving a member, taking them out and
// adding a user are setReferenceGroup calls; the role goes with the group (the server's rule).
import { useId, useState } from 'preact/hooks';
import { gql } from '../api/client';
import '../admin.css';
import { Alert, errorsOf, Loading, SelectField, usePageTitle } from '../components/ui';
import { AdminUsersDocument, ReferenceGroupMembersDocument, SetReferenceGroupDocument, type AdminUserFragment, type ReferenceGroup } from '../gql/graphql';
import { useLoad } from '../hooks';
import { enumLabel, t } from '../i18n';
import { REFERENCE_GROUPS } from './admin-users';

type TNotice = { kind: 'success' | 'error'; text: string } | null;

export function AdminReferenceGroupsPage() {
  usePageTitle('title.adminReferenceGroups');
  const [group, setGroup] = useState('');
  const members = useLoad(() => gql(ReferenceGroupMembersDocument, { group: (group || null) as ReferenceGroup | null }), `members-${group}`);
  const everyone = useLoad(() => gql(AdminUsersDocument, { organisationCode: null }), 'all-users');
  const [notice, setNotice] = useState<TNotice>(null);
  const [busy, setBusy] = useState(false);
  const groupOptions = REFERENCE_GROUPS.map((g) => ({ value: g, label: enumLabel('ReferenceGroup', g) }));

  const setMembership = async (user: AdminUserFragment, to: ReferenceGroup | null) => {
    setBusy(true);
    setNotice(null);
    try {
      await gql(SetReferenceGroupDocument, { userId: user.id, referenceGroup: to });
      setNotice({ kind: 'success', text: to ? t('admin.rg.set', { name: user.name, group: enumLabel('ReferenceGroup', to) }) : t('admin.rg.removed', { name: user.name }) });
      members.reload();
      everyone.reload();
    } catch (e) {
      const { fields, form } = errorsOf(e);
      setNotice({ kind: 'error', text: form ?? Object.values(fields)[0] ?? t('app.error') });
    } finally {
      setBusy(false);
    }
  };

  const candidates = (everyone.data?.users ?? []).filter((u) => u.active && !u.referenceGroup);

  return (
    <>
      <h1>{t('title.adminReferenceGroups')}</h1>
      <p>{t('admin.rg.intro')}</p>
      <div class="admin-filter">
        <SelectField label={t('admin.rg.group')} name="group" value={group} onChange={setGroup} options={groupOptions} emptyLabel={t('admin.rg.allGroups')} />
      </div>
      <AddMember candidates={candidates} groups={groupOptions} busy={busy} onAdd={setMembership} />
      <div aria-live="polite">{notice ? <Alert kind={notice.kind} testId="admin-notice">{notice.text}</Alert> : null}</div>
      {members.loading && !members.data ? <Loading /> : null}
      {members.error ? <Alert kind="error">{errorsOf(members.error).form ?? t('app.error')}</Alert> : null}
      {members.data ? (
        members.data.referenceGroupMembers.length === 0 ? (
          <p class="muted">{t('admin.rg.none')}</p>
        ) : (
          <div class="table-wrap">
            <table class="table table--zebra admin-table" data-testid="member-table">
              <caption class="sr-only">{t('title.adminReferenceGroups')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.rg.group')}</th>
                  <th scope="col">{t('admin.users.name')}</th>
                  <th scope="col">{t('admin.users.organisation')}</th>
                  <th scope="col">{t('admin.users.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {members.data.referenceGroupMembers.map((u) => (
                  <MemberRow key={u.id} user={u} groups={groupOptions} busy={busy} onSet={setMembership} />
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </>
  );
}

function MemberRow(props: { user: AdminUserFragment; groups: Array<{ value: string; label: string }>; busy: boolean; onSet: (user: AdminUserFragment, to: ReferenceGroup | null) => void }) {
  const { user } = props;
  const id = useId();
  const [to, setTo] = useState<string>(user.referenceGroup ?? '');
  return (
    <tr data-testid="member-row">
      <td>{enumLabel('ReferenceGroup', user.referenceGroup)}</td>
      <td>
        {user.name}
        {user.active ? null : <span class="status-off"> · {t('admin.users.deactivated')}</span>}
        <br />
        <span class="small">{user.email}</span>
      </td>
      <td>{user.organisation.code}</td>
      <td>
        <div class="member-move">
          <label class="sr-only" for={id}>
            {t('admin.rg.moveLabel', { name: user.name })}
          </label>
          <select id={id} class="form-select" value={to} onChange={(e) => setTo((e.target as HTMLSelectElement).value)}>
            {props.groups.map((g) => (
              <option key={g.value} value={g.value}>
                {g.label}
              </option>
            ))}
          </select>
          <button type="button" class="button button-secondary" disabled={props.busy || to === user.referenceGroup} aria-label={t('admin.rg.saveLabel', { name: user.name })} onClick={() => props.onSet(user, to as ReferenceGroup)}>
            {t('admin.rg.save')}
          </button>
          <button type="button" class="button button-tertiary" disabled={props.busy} aria-label={t('admin.rg.removeLabel', { name: user.name })} onClick={() => props.onSet(user, null)}>
            {t('admin.rg.remove')}
          </button>
        </div>
      </td>
    </tr>
  );
}

function AddMember(props: { candidates: AdminUserFragment[]; groups: Array<{ value: string; label: string }>; busy: boolean; onAdd: (user: AdminUserFragment, to: ReferenceGroup) => Promise<void> }) {
  const [userId, setUserId] = useState('');
  const [group, setGroup] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const user = props.candidates.find((u) => u.id === userId);
    if (!user || !group) return;
    await props.onAdd(user, group as ReferenceGroup);
    setUserId('');
  };
  return (
    <details class="action-details">
      <summary>{t('admin.rg.add')}</summary>
      <div class="action-body">
        <form onSubmit={submit} noValidate data-testid="add-member" class="narrow-form">
          <SelectField
            label={t('admin.rg.user')}
            name="user"
            value={userId}
            onChange={setUserId}
            options={props.candidates.map((u) => ({ value: u.id, label: `${u.name} (${u.organisation.code})` }))}
            required
          />
          <SelectField label={t('admin.rg.group')} name="group" value={group} onChange={setGroup} options={props.groups} required />
          <button type="submit" class="button button-primary" disabled={props.busy || !userId || !group}>
            {t('admin.rg.add')}
          </button>
        </form>
      </div>
    </details>
  );
}

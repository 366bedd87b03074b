// The case complexes the viewer sees (the server decides which), and creating one. Whether the
// viewer's organisation may lead a complex is the server's rule: a refusal is shown as it comes.
import { currentUser, gql } from '../api/client';
import { ActionForm } from '../components/action-form';
import { Alert, Loading, usePageTitle } from '../components/ui';
import { CaseComplexesDocument, CreateCaseComplexDocument } from '../gql/graphql';
import { useLoad } from '../hooks';
import { accessReason, enumLabel, formatDate, t } from '../i18n';
import { navigate } from '../router';
import { CASE_COMPLEX_CHANGE_ROLES, hasSomeRole } from './case-complex-roles';

export function CaseComplexesPage() {
  usePageTitle('title.caseComplexes');
  const { data, error, loading } = useLoad(() => gql(CaseComplexesDocument), 'case-complexes');
  const user = currentUser()!;
  const mayTry = hasSomeRole(user.roles, CASE_COMPLEX_CHANGE_ROLES);
  return (
    <>
      <div class="page-heading">
        <h1>{t('cc.heading')}</h1>
      </div>
      {mayTry ? (
        <ActionForm
          testId="cc-create"
          title={t('cc.create')}
          fields={[
            { name: 'name', label: t('cc.name'), kind: 'text' },
            { name: 'description', label: t('cc.description'), kind: 'textarea' },
          ]}
          run={async (v) => {
            const created = (await gql(CreateCaseComplexDocument, { input: { name: v.name ?? '', description: v.description || null } })).createCaseComplex;
            navigate(`/case-complexes/${created.id}`);
          }}
        />
      ) : null}
      {loading && !data ? <Loading /> : null}
      {error ? <Alert kind="error">{t('app.error')}</Alert> : null}
      {data ? (
        data.caseComplexes.length === 0 ? (
          <p class="muted">{t('cc.none')}</p>
        ) : (
          <div class="table-wrap">
            <table class="table table--zebra" data-testid="case-complex-table">
              <caption class="sr-only">{t('cc.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cc.name')}</th>
                  <th scope="col">{t('cc.lead')}</th>
                  <th scope="col">{t('cc.created')}</th>
                  <th scope="col">{t('cc.yourAccess')}</th>
                </tr>
              </thead>
              <tbody>
                {data.caseComplexes.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <a href={`/case-complexes/${c.id}`}>{c.name}</a>
                    </td>
                    <td>{c.leadOrganisation.name}</td>
                    <td class="nowrap">{formatDate(c.createdAt)}</td>
                    <td>
                      {enumLabel('CaseComplexAccessLevel', c.access.level)}
                      <span class="small muted"> · {accessReason(c.access)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </>
  );
}

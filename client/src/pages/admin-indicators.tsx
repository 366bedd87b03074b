// ADMIN (issue 14): the maintained indicator list referring agencies tick, per exploitation form,
// in Danish and English. An entry is added, relabelled, retired or taken into use again; a code is
// never removed, since referrals and the statistics keep naming it.
import { useState } from 'preact/hooks';
import { gql } from '../api/client';
import '../admin.css';
import { ActionForm } from '../components/action-form';
import { Alert, errorsOf, Loading, usePageTitle } from '../components/ui';
import { DefineIndicatorDocument, IndicatorCatalogueDocument, UpdateIndicatorDocument, type ExploitationForm, type IndicatorEntryFragment } from '../gql/graphql';
import { useLoad } from '../hooks';
import { enumLabel, enumOptions, t } from '../i18n';

export function AdminIndicatorsPage() {
  usePageTitle('title.adminIndicators');
  const list = useLoad(() => gql(IndicatorCatalogueDocument, { includeRetired: true }), 'admin-indicators');
  const [notice, setNotice] = useState<string | null>(null);
  const toggle = async (entry: IndicatorEntryFragment) => {
    setNotice(null);
    try {
      await gql(UpdateIndicatorDocument, { code: entry.code, input: { active: !entry.active } });
      list.reload();
    } catch (e) {
      const { fields, form } = errorsOf(e);
      setNotice(form ?? Object.values(fields)[0] ?? t('app.error'));
    }
  };
  const rows = list.data?.indicatorCatalogue ?? [];
  return (
    <>
      <div class="page-heading">
        <h1>{t('admin.indicators.heading')}</h1>
      </div>
      <p class="muted">{t('admin.indicators.intro')}</p>
      {notice ? <Alert kind="error">{notice}</Alert> : null}
      <ActionForm
        key={`define-${rows.length}`}
        testId="action-define-indicator"
        title={t('admin.indicators.add')}
        fields={[
          { name: 'code', apiField: 'input.code', label: t('admin.indicators.code'), kind: 'text' },
          { name: 'exploitationForm', apiField: 'input.exploitationForm', label: t('admin.indicators.form'), kind: 'select', options: enumOptions('ExploitationForm') },
          { name: 'labelDa', apiField: 'input.labelDa', label: t('admin.indicators.labelDa'), kind: 'text' },
          { name: 'labelEn', apiField: 'input.labelEn', label: t('admin.indicators.labelEn'), kind: 'text' },
        ]}
        run={async (v) => {
          await gql(DefineIndicatorDocument, { input: { code: v.code ?? '', exploitationForm: v.exploitationForm as ExploitationForm, labelDa: v.labelDa ?? '', labelEn: v.labelEn ?? '' } });
          list.reload();
        }}
      />
      {list.loading && !list.data ? <Loading /> : null}
      <div class="table-scroll">
        <table class="table" data-testid="indicator-list">
          <caption class="sr-only">{t('admin.indicators.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.indicators.form')}</th>
              <th scope="col">{t('admin.indicators.labelDa')}</th>
              <th scope="col">{t('admin.indicators.labelEn')}</th>
              <th scope="col">{t('admin.indicators.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => (
              <tr key={entry.code} data-code={entry.code}>
                <td>{enumLabel('ExploitationForm', entry.exploitationForm)}</td>
                <th scope="row">{entry.labelDa}</th>
                <td>{entry.labelEn}</td>
                <td>
                  {entry.active ? t('admin.indicators.active') : t('admin.indicators.retiredStatus')}{' '}
                  <button type="button" class="button button-tertiary" onClick={() => toggle(entry)}>
                    {entry.active ? t('admin.indicators.retire') : t('admin.indicators.restore')}
                    <span class="sr-only"> {entry.labelDa}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

import { useState } from 'preact/hooks';
import { currentUser, gql } from '../api/client';
import { Alert, Checkbox, Loading, SelectField, usePageTitle } from '../components/ui';
import { ReferralsDocument, type ReferralFilter, type ReferralState, type Region, type Urgency } from '../gql/graphql';
import { useLoad } from '../hooks';
import { enumLabel, enumOptions, formatDateTime, t } from '../i18n';
import { navigate } from '../router';
import { hoursText } from './tasks';

const PAGE = 20;

export function ReferralsPage(props: { query: URLSearchParams }) {
  usePageTitle('title.referrals');
  const q = props.query;
  const [state, setState] = useState(q.get('state') ?? '');
  const [region, setRegion] = useState(q.get('region') ?? '');
  const [urgency, setUrgency] = useState(q.get('urgency') ?? '');
  const [overdue, setOverdue] = useState(q.get('overdue') === '1');
  const after = q.get('after');
  const filter: ReferralFilter = {
    ...(q.get('state') ? { state: q.get('state') as ReferralState } : {}),
    ...(q.get('region') ? { region: q.get('region') as Region } : {}),
    ...(q.get('urgency') ? { urgency: q.get('urgency') as Urgency } : {}),
    ...(q.get('overdue') === '1' ? { overdue: true } : {}),
  };
  const { data, error, loading } = useLoad(() => gql(ReferralsDocument, { filter, first: PAGE, after }), q.toString());
  const canCreate = currentUser()?.roles.some((r) => r === 'CASEWORKER' || r === 'COORDINATOR');

  const apply = (event: Event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (state) next.set('state', state);
    if (region) next.set('region', region);
    if (urgency) next.set('urgency', urgency);
    if (overdue) next.set('overdue', '1');
    const s = next.toString();
    navigate(`/referrals${s ? `?${s}` : ''}`);
  };
  const pageLink = (cursor: string | null) => {
    const next = new URLSearchParams(q);
    if (cursor) next.set('after', cursor);
    else next.delete('after');
    const s = next.toString();
    return `/referrals${s ? `?${s}` : ''}`;
  };

  return (
    <>
      <div class="page-heading">
        <h1>{t('referrals.heading')}</h1>
        {canCreate ? (
          <a class="button button-primary" href="/referrals/new">
            {t('referrals.new')}
          </a>
        ) : null}
      </div>
      <form class="filters" onSubmit={apply} aria-label={t('referrals.filters')}>
        <SelectField label={t('referrals.filter.state')} value={state} onChange={setState} options={enumOptions('ReferralState')} emptyLabel={t('referrals.filter.all')} name="state" />
        <SelectField label={t('referrals.filter.region')} value={region} onChange={setRegion} options={enumOptions('Region')} emptyLabel={t('referrals.filter.all')} name="region" />
        <SelectField label={t('referrals.filter.urgency')} value={urgency} onChange={setUrgency} options={enumOptions('Urgency')} emptyLabel={t('referrals.filter.all')} name="urgency" />
        <Checkbox label={t('referrals.filter.overdue')} checked={overdue} onChange={setOverdue} name="overdue" />
        <button type="submit" class="button button-secondary">
          {t('referrals.filter.apply')}
        </button>
      </form>
      {loading && !data ? <Loading /> : null}
      {error ? <Alert kind="error">{t('app.error')}</Alert> : null}
      {data ? (
        data.referrals.edges.length === 0 ? (
          <p>{t('referrals.empty')}</p>
        ) : (
          <>
            <div class="table-wrap">
              <table class="table table--compact table--zebra" data-testid="referral-table">
                <thead>
                  <tr>
                    <th scope="col">{t('referrals.col.reference')}</th>
                    <th scope="col">{t('referrals.col.person')}</th>
                    <th scope="col">{t('referrals.col.state')}</th>
                    <th scope="col">{t('referrals.col.urgency')}</th>
                    <th scope="col">{t('referrals.col.region')}</th>
                    <th scope="col">{t('referrals.col.from')}</th>
                    <th scope="col">{t('referrals.col.deadline')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.referrals.edges.map(({ node: r }) => {
                    const deadline = r.state === 'SUBMITTED' ? r.deadlines.acknowledgeBy : r.state === 'RECEIVED' && !r.interviewAt ? r.deadlines.interviewBy : null;
                    return (
                      <tr key={r.id}>
                        <td class="nowrap">
                          <a href={`/referrals/${r.id}`}>{r.reference}</a>
                        </td>
                        <td class="nowrap">{r.subject.pseudonym}</td>
                        <td>{enumLabel('ReferralState', r.state)}</td>
                        <td>{enumLabel('Urgency', r.urgency)}</td>
                        <td>{enumLabel('Region', r.region)}</td>
                        <td>{r.referringOrganisation.code}</td>
                        <td>
                          {r.overdue ? <span class="badge badge-error">{t('referrals.overdue')}</span> : null}{' '}
                          {deadline ? (
                            <span class={r.overdue ? 'deadline-overdue' : undefined}>
                              {formatDateTime(deadline)} ({hoursText(deadline)})
                            </span>
                          ) : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <p class="pager">
              <span>{t('app.of', { shown: data.referrals.edges.length, total: data.referrals.totalCount })}</span>
              {after ? <a href={pageLink(null)}>{t('app.first')}</a> : null}
              {data.referrals.pageInfo.hasNextPage && data.referrals.pageInfo.endCursor ? <a href={pageLink(data.referrals.pageInfo.endCursor)}>{t('app.next')}</a> : null}
            </p>
          </>
        )
      ) : null}
    </>
  );
}

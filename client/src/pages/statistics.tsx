// CMM's figures of one year, for Denmark or one region: each breakdown as a bar chart and the
// table it draws (the table is the accessible form), the ten-year series as lines, and the CSV
// export fetched with the token (never a token in a URL). Year and region are in the path's query:
// they are no personal data, and a link to a year's figures is worth sharing.
import { useState } from 'preact/hooks';
import { ApiError, currentUser, download, gql } from '../api/client';
import { BarChart, LineChart, type TBar } from '../components/charts';
import { CountTable } from '../components/count-table';
import { Alert, errorsOf, Loading, Row, SelectField, usePageTitle } from '../components/ui';
import { OrganisationsDocument, StatisticsDocument, type Region, type StatCountFragment, type StatisticsQuery } from '../gql/graphql';
import { useLoad } from '../hooks';
import { countryName, enumLabel, enumOptions, formatNumber, t, useLang } from '../i18n';
import type { TKey } from '../i18n/catalogue';
import type { TEnumName } from '../i18n/enums';
import { navigate } from '../router';
import { hasSomeRole } from './case-complex-roles';
import { CriminalJusticeFigures } from './statistics-criminal-justice';

type TStats = StatisticsQuery['statistics'];

/** The first year of CMM's register (server/modules/statistics/statistics.policy.ts). */
export const FIRST_YEAR = 2007;

const copenhagenYear = () => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(new Date()));

/**
 * How a breakdown's keys read: an enum's words, a country's name, or an organisation's name (by its
 * code; a code no organisation has, e.g. from the historical register, as it is).
 */
type TKeyKind = { enumName: TEnumName } | 'country' | { organisations: ReadonlyMap<string, string> };

function keyLabel(kind: TKeyKind, key: string): string {
  if (key === 'UNKNOWN') return t('stats.unknown');
  if (key === 'OTHER') return typeof kind === 'object' && 'organisations' in kind ? t('stats.otherOrganisation') : t('stats.other');
  if (kind === 'country') return countryName(key);
  if ('organisations' in kind) return kind.organisations.get(key) ?? key;
  return enumLabel(kind.enumName, key as never);
}

function Breakdown(props: { id: string; title: TKey; note?: TKey; counts: StatCountFragment[]; kind: TKeyKind; head: TKey }) {
  const bars: TBar[] = props.counts.map((c) => ({ key: c.key, label: keyLabel(props.kind, c.key), value: c.count }));
  const title = t(props.title);
  return (
    <section class="stat-breakdown" data-testid={`stat-${props.id}`} aria-labelledby={`stat-${props.id}-h`}>
      <h2 id={`stat-${props.id}-h`}>{title}</h2>
      {props.note ? <p class="small muted">{t(props.note)}</p> : null}
      {bars.length === 0 ? (
        <p class="muted">{t('stats.noneCounted')}</p>
      ) : (
        <div class="stat-pair">
          <BarChart bars={bars} label={t('stats.chartOf', { title })} testId={`chart-${props.id}`} />
          <CountTable caption={title} head={t(props.head)} rows={bars} total={bars.reduce((n, b) => n + b.value, 0)} testId={`table-${props.id}`} />
        </div>
      )}
    </section>
  );
}

function ReferringOrganisations(props: { rows: TStats['referralsByOrganisation'] }) {
  const title = t('stats.referralsByOrganisation');
  const bars: TBar[] = props.rows.map((r) => ({ key: r.organisation.code, label: r.organisation.name, value: r.referrals }));
  return (
    <section class="stat-breakdown" data-testid="stat-referrals-by-org" aria-labelledby="stat-referrals-by-org-h">
      <h2 id="stat-referrals-by-org-h">{title}</h2>
      <p class="small muted">{t('stats.referralsByOrganisationNote')}</p>
      {bars.length === 0 ? (
        <p class="muted">{t('stats.noneCounted')}</p>
      ) : (
        <div class="stat-pair">
          <BarChart bars={bars} label={t('stats.chartOf', { title })} testId="chart-referrals-by-org" />
          <table class="table table--compact" data-testid="table-referrals-by-org">
            <caption class="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stats.organisation')}</th>
                <th scope="col" class="num">
                  {t('stats.referrals')}
                </th>
                <th scope="col" class="num">
                  {t('stats.ofWhichTrafficked')}
                </th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => (
                <tr key={r.organisation.id} data-key={r.organisation.code}>
                  <th scope="row">{r.organisation.name}</th>
                  <td class="num" data-value={r.referrals}>
                    {formatNumber(r.referrals)}
                  </td>
                  <td class="num">{formatNumber(r.assessedTrafficked)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const SERIES = [
  ['personsTrafficked', 'stats.series.personsTrafficked'],
  ['interviewsHeld', 'stats.series.interviewsHeld'],
  ['referrals', 'stats.series.referrals'],
  ['preparedReturns', 'stats.series.preparedReturns'],
] as const;

function Series(props: { series: TStats['series'] }) {
  const title = t('stats.series');
  const years = props.series.map((s) => s.year);
  return (
    <section class="stat-breakdown" data-testid="stat-series" aria-labelledby="stat-series-h">
      <h2 id="stat-series-h">{title}</h2>
      <LineChart years={years} label={t('stats.chartOf', { title })} testId="chart-series" series={SERIES.map(([key, label]) => ({ key, label: t(label), values: props.series.map((s) => s[key]) }))} />
      <div class="table-wrap" tabIndex={0} role="region" aria-label={title}>
        <table class="table table--compact table--zebra" data-testid="table-series">
          <caption class="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stats.year')}</th>
              {SERIES.map(([key, label]) => (
                <th key={key} scope="col" class="num">
                  {t(label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.series.map((s) => (
              <tr key={s.year} data-year={s.year}>
                <th scope="row">{s.year}</th>
                {SERIES.map(([key]) => (
                  <td key={key} class="num" data-series={key} data-value={s[key]}>
                    {formatNumber(s[key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const num = (v: number | null | undefined, digits = 0) => (v === null || v === undefined ? t('app.none') : formatNumber(v, digits));

function Figures(props: { s: TStats; organisations: ReadonlyMap<string, string> }) {
  const s = props.s;
  const organisations = { organisations: props.organisations };
  return (
    <>
      <h2 class="section-heading" data-testid="stat-heading">
        {s.region ? enumLabel('Region', s.region) : t('stats.allDenmark')} · {s.year}
      </h2>
      <section class="detail-section" aria-labelledby="stat-key-h" data-testid="stat-key-figures">
        <h2 id="stat-key-h">{t('stats.keyFigures')}</h2>
        <dl class="facts">
          <Row term={t('stats.personsTrafficked')}>
            <span data-testid="persons-trafficked">{num(s.personsTrafficked)}</span>{' '}
            <span class="small muted">({t('stats.sources', { inSystem: num(s.sources.inSystem), historical: num(s.sources.historical) })})</span>
          </Row>
          <Row term={t('stats.minors')}>{num(s.minors)}</Row>
          <Row term={t('stats.age')}>
            {s.age.known === 0 ? t('stats.ageNone', { unknown: num(s.age.unknown) }) : t('stats.ageText', { min: num(s.age.min), max: num(s.age.max), mean: num(s.age.mean, 1), known: num(s.age.known), unknown: num(s.age.unknown) })}
          </Row>
          <Row term={t('stats.interviewsHeld')}>
            {num(s.interviews.held)}{' '}
            {s.interviews.shareTrafficked !== null ? <span class="small muted">({t('stats.interviewsTrafficked', { n: num(s.interviews.endedTrafficked), share: formatNumber(s.interviews.shareTrafficked * 100, 1) })})</span> : null}
          </Row>
          <Row term={t('stats.preparedReturns')}>{num(s.preparedReturns)}</Row>
        </dl>
      </section>
      <Breakdown id="exploitation" title="stats.byPrimaryExploitation" counts={s.byPrimaryExploitation} kind={{ enumName: 'ExploitationForm' }} head="stats.form" />
      <Breakdown id="gender" title="stats.byGender" counts={s.byGender} kind={{ enumName: 'Gender' }} head="stats.gender" />
      <Breakdown id="nationality" title="stats.byNationality" counts={s.byNationality} kind="country" head="stats.nationality" />
      <Breakdown id="authority" title="stats.byAuthority" counts={s.byAuthority} kind={organisations} head="stats.authority" />
      <Breakdown id="first-contact-kind" title="stats.byFirstContactKind" note="stats.firstContactNote" counts={s.byFirstContactKind} kind={{ enumName: 'OrganisationKind' }} head="stats.kind" />
      <Breakdown id="first-contact-org" title="stats.byFirstContactOrganisation" counts={s.byFirstContactOrganisation} kind={organisations} head="stats.organisation" />
      <Breakdown id="closures" title="stats.closuresByOutcome" counts={s.closuresByOutcome} kind={{ enumName: 'ReferralOutcome' }} head="stats.outcome" />
      <ReferringOrganisations rows={s.referralsByOrganisation} />
      <Series series={s.series} />
      <CriminalJusticeFigures year={s.year} region={s.region ?? null} />
    </>
  );
}

export function StatisticsPage(props: { query: URLSearchParams }) {
  usePageTitle('title.statistics');
  useLang();
  const thisYear = copenhagenYear();
  const year = Number(props.query.get('year')) || thisYear;
  const region = (props.query.get('region') || null) as Region | null;
  const [form, setForm] = useState({ year: String(year), region: region ?? '' });
  const [csvError, setCsvError] = useState<string | null>(null);
  const stats = useLoad(() => gql(StatisticsDocument, { year, region }), `${year}|${region ?? ''}`);
  // The breakdowns name organisations by code; the page shows their names.
  const orgs = useLoad(() => gql(OrganisationsDocument), 'organisations');
  const organisations = new Map((orgs.data?.organisations ?? []).map((o) => [o.code, o.name]));
  const refusal = stats.error instanceof ApiError ? errorsOf(stats.error) : null;
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i));
  const isAdmin = hasSomeRole(currentUser()?.roles, ['ADMIN']);
  const show = (event: Event) => {
    event.preventDefault();
    const next = new URLSearchParams({ year: form.year });
    if (form.region) next.set('region', form.region);
    navigate(`/statistics?${next.toString()}`);
  };
  const csv = () => {
    setCsvError(null);
    const path = `/statistics/${year}.csv${region ? `?region=${region}` : ''}`;
    download(path, `samvirke-statistik-${year}${region ? `-${region.toLowerCase()}` : ''}.csv`).catch(() => setCsvError(t('stats.csvFailed')));
  };
  return (
    <>
      <div class="page-heading">
        <h1>{t('stats.heading')}</h1>
        {isAdmin ? (
          <a class="button button-secondary" href="/statistics/import">
            {t('nav.statisticsImport')}
          </a>
        ) : null}
      </div>
      <p class="muted">{t('stats.intro')}</p>
      <form class="filters" data-testid="stat-choose" onSubmit={show} aria-label={t('stats.choose')}>
        <SelectField name="year" label={t('stats.year')} value={form.year} onChange={(v) => setForm({ ...form, year: v })} options={years.map((y) => ({ value: y, label: y }))} />
        <SelectField name="region" label={t('stats.region')} value={form.region} onChange={(v) => setForm({ ...form, region: v })} options={enumOptions('Region')} emptyLabel={t('stats.allDenmark')} />
        <button type="submit" class="button button-primary">
          {t('stats.show')}
        </button>
        <button type="button" class="button button-secondary" data-testid="stat-csv" onClick={csv}>
          {t('stats.csv')}
        </button>
      </form>
      {csvError ? <Alert kind="error">{csvError}</Alert> : null}
      {stats.loading && !stats.data ? <Loading /> : null}
      {refusal ? (
        <Alert kind="error" testId="stat-refused">
          {refusal.code === 'FORBIDDEN' ? t('stats.forbidden') : (Object.values(refusal.fields)[0] ?? refusal.form ?? t('app.error'))}
        </Alert>
      ) : stats.error ? (
        <Alert kind="error">{t('app.error')}</Alert>
      ) : null}
      {stats.data && !stats.error && !orgs.loading ? <Figures s={stats.data.statistics} organisations={organisations} /> : null}
    </>
  );
}

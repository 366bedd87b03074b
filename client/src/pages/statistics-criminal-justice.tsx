// Issue 14 on the statistics screen: persons at each stage of the criminal case per year, for
// trafficking (§ 262 a) and related offences, as a table (its accessible form is itself), and the
// referrals per indicator code in words.
import { gql } from '../api/client';
import { indicatorLabel } from '../components/indicator-checklist';
import { CriminalJusticeDocument, type Region } from '../gql/graphql';
import { useLoad } from '../hooks';
import { enumLabel, formatNumber, t } from '../i18n';
import { useIndicatorCatalogue } from './referral-addendum';
import { InquiryFigures } from './statistics-inquiries';

export function CriminalJusticeFigures(props: { year: number; region: Region | null }) {
  const { data } = useLoad(() => gql(CriminalJusticeDocument, { year: props.year, region: props.region }), `cj-${props.year}-${props.region ?? ''}`);
  const catalogue = useIndicatorCatalogue();
  const s = data?.statistics;
  if (!s) return null;
  const rows = s.criminalJustice;
  return (
    <>
      <section class="stat-breakdown" data-testid="stat-criminal-justice" aria-labelledby="stat-cj-h">
        <h3 id="stat-cj-h">{t('stats.criminalJustice')}</h3>
        <p class="small muted">{t('stats.criminalJusticeIntro')}</p>
        {rows === null || rows === undefined ? (
          <p>{t('stats.criminalJusticeNational')}</p>
        ) : (
          <div class="table-scroll">
            <table class="table table--compact">
              <caption class="sr-only">{t('stats.criminalJustice')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('stats.cjYear')}</th>
                  <th scope="col">{t('stats.cjGroup')}</th>
                  <th scope="col" class="num">{t('stats.cjCharged')}</th>
                  <th scope="col" class="num">{t('stats.cjIndicted')}</th>
                  <th scope="col" class="num">{t('stats.cjConvicted')}</th>
                  <th scope="col" class="num">{t('stats.cjAcquitted')}</th>
                </tr>
              </thead>
              <tbody>
                {[...rows].reverse().map((r) => (
                  <tr key={`${r.year}-${r.provisionGroup}`} data-key={`${r.year}-${r.provisionGroup}`}>
                    <th scope="row">
                      {r.year}
                      {r.historical ? <span class="small muted"> *</span> : null}
                    </th>
                    <td>{enumLabel('CriminalJusticeProvisionGroup', r.provisionGroup)}</td>
                    <td class="num">{formatNumber(r.charged)}</td>
                    <td class="num">{formatNumber(r.indicted)}</td>
                    <td class="num">{formatNumber(r.convicted)}</td>
                    <td class="num">{formatNumber(r.acquitted)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p class="small muted">* {t('stats.cjHistorical')}</p>
          </div>
        )}
      </section>
      <section class="stat-breakdown" data-testid="stat-by-indicator" aria-labelledby="stat-ind-h">
        <h3 id="stat-ind-h">{t('stats.byIndicator')}</h3>
        <table class="table table--compact">
          <caption class="sr-only">{t('stats.byIndicator')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicators.heading')}</th>
              <th scope="col" class="num">{t('stats.count')}</th>
            </tr>
          </thead>
          <tbody>
            {s.byIndicator.map((c) => (
              <tr key={c.key} data-key={c.key}>
                <th scope="row">{indicatorLabel(catalogue, c.key)}</th>
                <td class="num">{formatNumber(c.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <InquiryFigures inquiries={s.inquiries} />
    </>
  );
}

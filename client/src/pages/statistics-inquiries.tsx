// Issue 14 on the statistics screen: the year's hotline inquiries counted by subject, caller and
// outcome, for those the API gives them to (CMM's readers, all of Denmark); codes shown in words.
import { CountTable } from '../components/count-table';
import type { CriminalJusticeQuery } from '../gql/graphql';
import { enumLabel, formatNumber, t } from '../i18n';
import type { TKey } from '../i18n/catalogue';

type TInquiries = NonNullable<CriminalJusticeQuery['statistics']['inquiries']>;
type TCountRow = TInquiries['byKind'][number];

const sourceLabel = (key: string) => (key === 'ANONYMOUS' ? t('inq.anonymous') : enumLabel('OrganisationKind', key as never));

function Counts(props: { id: string; title: TKey; head: TKey; rows: TCountRow[]; label: (key: string) => string }) {
  const rows = props.rows.map((c) => ({ key: c.key, label: props.label(c.key), value: c.count }));
  return <CountTable caption={t(props.title)} captionShown head={t(props.head)} rows={rows} testId={`table-inquiries-${props.id}`} />;
}

export function InquiryFigures(props: { inquiries: TInquiries | null | undefined }) {
  const q = props.inquiries;
  if (!q) return null;
  return (
    <section class="stat-breakdown" data-testid="stat-inquiries" aria-labelledby="stat-inq-h">
      <h3 id="stat-inq-h">{t('stats.inquiries')}</h3>
      <p class="small muted">{t('stats.inquiriesIntro')}</p>
      <p data-testid="inquiries-total">{t('stats.inquiriesTotal', { count: formatNumber(q.total) })}</p>
      <div class="stat-pair">
        <Counts id="kind" title="stats.inquiriesByKind" head="inq.kind" rows={q.byKind} label={(k) => t(`inq.kind.${k}` as TKey)} />
        <Counts id="source" title="stats.inquiriesBySource" head="inq.caller" rows={q.bySource} label={sourceLabel} />
        <Counts id="outcome" title="stats.inquiriesByOutcome" head="inq.ledTo" rows={q.byOutcome} label={(k) => t(`inq.ledTo.${k}` as TKey)} />
      </div>
    </section>
  );
}

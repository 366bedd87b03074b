// A breakdown's counts as a two-column table (key in words, count), with an optional total: the
// statistics screen's breakdowns (beside their chart, caption for screen readers) and the hotline's
// counts (no chart, caption shown).
import { formatNumber, t } from '../i18n';
import type { TBar } from './charts';

export function CountTable(props: { caption: string; captionShown?: boolean; head: string; rows: TBar[]; total?: number; testId: string }) {
  return (
    <table class="table table--compact" data-testid={props.testId}>
      <caption class={props.captionShown ? undefined : 'sr-only'}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.head}</th>
          <th scope="col" class="num">
            {t('stats.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            <th scope="row">{r.label}</th>
            <td class="num" data-value={r.value}>
              {formatNumber(r.value)}
            </td>
          </tr>
        ))}
      </tbody>
      {props.total !== undefined ? (
        <tfoot>
          <tr>
            <th scope="row">{t('stats.total')}</th>
            <td class="num">{formatNumber(props.total)}</td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}

// Upcoming joint operations as a list and as a week calendar (Monday to Sunday, Copenhagen time).
import { currentUser, gql } from '../api/client';
import { Alert, Loading, usePageTitle } from '../components/ui';
import { OperationsDocument, type OperationListItemFragment } from '../gql/graphql';
import { useLoad } from '../hooks';
import { enumLabel, formatDateTime, formatTime, getLang, t } from '../i18n';

const DAY = 86_400_000;

function mondayOf(date: Date): Date {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const dow = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - dow * DAY);
}

/** ISO 8601 week number. */
export function isoWeek(date: Date): number {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  return Math.ceil(((d.getTime() - yearStart.getTime()) / DAY + 1) / 7);
}

/** The calendar day (YYYY-MM-DD) of an instant in Copenhagen, where the operations happen. */
const copenhagenDay = (instant: string | number) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));

function Week(props: { operations: OperationListItemFragment[]; monday: Date; offset: number }) {
  // The days are calendar dates (kept at UTC midnight); an operation is on every Copenhagen day its window touches.
  const days = Array.from({ length: 7 }, (_, i) => new Date(props.monday.getTime() + i * DAY));
  const fmt = new Intl.DateTimeFormat(getLang() === 'en' ? 'en-GB' : 'da-DK', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (
    <section aria-labelledby="week-heading" data-testid="week">
      <div class="week-nav">
        <a href={`/operations?view=week&week=${props.offset - 1}`}>← {t('ops.prevWeek')}</a>
        <h2 id="week-heading">{t('ops.weekOf', { week: isoWeek(props.monday) })}</h2>
        <a href={`/operations?view=week&week=${props.offset + 1}`}>{t('ops.nextWeek')} →</a>
      </div>
      <ol class="week-grid">
        {days.map((day) => {
          const start = day.getTime();
          const key = day.toISOString().slice(0, 10);
          const items = props.operations.filter((o) => copenhagenDay(o.startsAt) <= key && copenhagenDay(Date.parse(o.endsAt) - 1) >= key);
          return (
            <li key={start} class="week-day">
              <h3 class="week-day-name">{fmt.format(day)}</h3>
              <ul>
                {items.map((o) => (
                  <li key={o.id} class={`week-item state-${o.state.toLowerCase()}`}>
                    <a href={`/operations/${o.id}`}>{o.codename}</a>
                    <span class="small"> {formatTime(o.startsAt)}–{formatTime(o.endsAt)}</span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function OperationsPage(props: { query: URLSearchParams }) {
  usePageTitle('title.operations');
  const view = props.query.get('view') === 'week' ? 'week' : 'list';
  const offset = Number(props.query.get('week') ?? '0') || 0;
  const monday = new Date(mondayOf(new Date(`${copenhagenDay(Date.now())}T00:00:00Z`)).getTime() + offset * 7 * DAY);
  const from = view === 'week' ? new Date(monday.getTime() - DAY).toISOString() : new Date().toISOString();
  const to = view === 'week' ? new Date(monday.getTime() + 8 * DAY).toISOString() : undefined;
  const { data, error, loading } = useLoad(() => gql(OperationsDocument, { filter: { from, ...(to ? { to } : {}) }, first: 100 }), `${view}-${offset}`);
  const canPlan = currentUser()?.roles.includes('COORDINATOR');
  const operations = (data?.operations.edges ?? []).map((e) => e.node).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <>
      <div class="page-heading">
        <h1>{t('ops.heading')}</h1>
        {canPlan ? (
          <a class="button button-primary" href="/operations/new">
            {t('ops.new')}
          </a>
        ) : null}
      </div>
      <nav class="view-switch" aria-label={t('ops.heading')}>
        <a href="/operations" aria-current={view === 'list' ? 'page' : undefined}>
          {t('ops.list')}
        </a>
        <a href="/operations?view=week" aria-current={view === 'week' ? 'page' : undefined}>
          {t('ops.week')}
        </a>
      </nav>
      {loading && !data ? <Loading /> : null}
      {error ? <Alert kind="error">{t('app.error')}</Alert> : null}
      {data && view === 'week' ? <Week operations={operations} monday={monday} offset={offset} /> : null}
      {data && view === 'list' ? (
        operations.length === 0 ? (
          <p>{t('ops.empty')}</p>
        ) : (
          <div class="table-wrap">
            <table class="table table--compact table--zebra" data-testid="operation-table">
              <thead>
                <tr>
                  <th scope="col">{t('ops.col.codename')}</th>
                  <th scope="col">{t('ops.col.when')}</th>
                  <th scope="col">{t('ops.region')}</th>
                  <th scope="col">{t('ops.col.lead')}</th>
                  <th scope="col">{t('ops.col.state')}</th>
                  <th scope="col">{t('ops.col.invitation')}</th>
                </tr>
              </thead>
              <tbody>
                {operations.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <a href={`/operations/${o.id}`}>{o.codename}</a>
                    </td>
                    <td>
                      {formatDateTime(o.startsAt)} – {formatTime(o.endsAt)}
                    </td>
                    <td>{enumLabel('Region', o.region)}</td>
                    <td>{o.leadOrganisation.code}</td>
                    <td>{enumLabel('OperationState', o.state)}</td>
                    <td>{o.myInvitation ? enumLabel('InvitationStatus', o.myInvitation.status) : t('app.none')}</td>
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

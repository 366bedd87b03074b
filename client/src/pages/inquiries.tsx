// CMM's hotline (issue 14): the inquiries of a period and a form to record one — when, from which
// organisation or an anonymous caller, what about, and what it led to. No identity is asked for.
import { useState } from 'preact/hooks';
import { gql } from '../api/client';
import { ActionForm, instant } from '../components/action-form';
import { Alert, Loading, TextField, usePageTitle } from '../components/ui';
import { InquiriesDocument, OrganisationsDocument, RecordInquiryDocument, type InquiryKind, type InquiryOutcome } from '../gql/graphql';
import { useLoad } from '../hooks';
import { formatDateTime, t } from '../i18n';
import type { TKey } from '../i18n/catalogue';

const KINDS: InquiryKind[] = ['ADVANCE_NOTICE_OF_OPERATION', 'PERSON_IN_CUSTODY', 'ADVICE', 'TIP_ABOUT_PLACE', 'OTHER'];
const OUTCOMES: InquiryOutcome[] = ['NOTHING', 'REFERRAL', 'OPERATION'];
/** The chooser's value for an anonymous caller (the empty value is the select's own "choose"). */
const ANONYMOUS = 'ANONYMOUS';
const kindLabel = (k: string) => t(`inq.kind.${k}` as TKey);
const outcomeLabel = (o: string) => t(`inq.ledTo.${o}` as TKey);

const copenhagenDay = (d: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

function localNow(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function InquiriesPage() {
  usePageTitle('inq.heading');
  const today = copenhagenDay(new Date());
  const [period, setPeriod] = useState({ from: `${today.slice(0, 8)}01`, to: today });
  const [shown, setShown] = useState(period);
  const list = useLoad(() => gql(InquiriesDocument, shown), `${shown.from}|${shown.to}`);
  const organisations = useLoad(() => gql(OrganisationsDocument, {}), 'organisations');
  const callerOptions = [
    { value: ANONYMOUS, label: t('inq.anonymous') },
    ...(organisations.data?.organisations ?? []).map((o) => ({ value: o.code, label: o.name })).sort((x, y) => x.label.localeCompare(y.label)),
  ];
  return (
    <>
      <h1>{t('inq.heading')}</h1>
      <p class="muted">{t('inq.intro')}</p>
      <ActionForm
        testId="inq-record"
        title={t('inq.record')}
        submitLabel={t('inq.record')}
        fields={[
          { name: 'receivedAt', label: t('inq.receivedAt'), kind: 'datetime', initial: localNow() },
          { name: 'kind', label: t('inq.kind'), kind: 'select', options: KINDS.map((k) => ({ value: k, label: kindLabel(k) })), initial: 'ADVANCE_NOTICE_OF_OPERATION' },
          { name: 'callerOrganisationCode', label: t('inq.caller'), kind: 'select', options: callerOptions, initial: ANONYMOUS },
          { name: 'ledTo', label: t('inq.ledTo'), kind: 'select', options: OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o) })), initial: 'NOTHING' },
          { name: 'referralId', label: t('inq.referralId'), kind: 'text' },
          { name: 'operationId', label: t('inq.operationId'), kind: 'text' },
          { name: 'note', label: t('inq.note'), kind: 'textarea' },
        ]}
        run={async (v) => {
          await gql(RecordInquiryDocument, {
            input: {
              receivedAt: v.receivedAt ? instant(v.receivedAt) : '',
              kind: (v.kind || 'OTHER') as InquiryKind,
              callerOrganisationCode: v.callerOrganisationCode && v.callerOrganisationCode !== ANONYMOUS ? v.callerOrganisationCode : null,
              ledTo: (v.ledTo || 'NOTHING') as InquiryOutcome,
              referralId: v.referralId || null,
              operationId: v.operationId || null,
              note: v.note || null,
            },
          });
          list.reload();
        }}
      />
      <section class="detail-section" aria-labelledby="inq-list-heading">
        <h2 id="inq-list-heading">{t('inq.list')}</h2>
        <form
          class="filters"
          data-testid="inq-period"
          onSubmit={(e) => {
            e.preventDefault();
            setShown(period);
          }}
        >
          <TextField name="from" type="date" label={t('rg.from')} value={period.from} onInput={(v) => setPeriod({ ...period, from: v })} />
          <TextField name="to" type="date" label={t('rg.to')} value={period.to} onInput={(v) => setPeriod({ ...period, to: v })} />
          <button type="submit" class="button button-primary">
            {t('rg.show')}
          </button>
        </form>
        {list.loading && !list.data ? <Loading /> : null}
        {list.error ? <Alert kind="error">{t('app.error')}</Alert> : null}
        {list.data && list.data.inquiries.length === 0 ? <p class="muted">{t('inq.none')}</p> : null}
        {list.data && list.data.inquiries.length > 0 ? (
          <div class="table-wrap" tabIndex={0} role="region" aria-label={t('inq.list')}>
            <table class="table table--compact table--zebra" data-testid="inq-list">
              <caption class="sr-only">{t('inq.list')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('inq.receivedAt')}</th>
                  <th scope="col">{t('inq.kind')}</th>
                  <th scope="col">{t('inq.caller')}</th>
                  <th scope="col">{t('inq.ledTo')}</th>
                  <th scope="col">{t('inq.noteColumn')}</th>
                  <th scope="col">{t('inq.recordedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.inquiries.map((i) => (
                  <tr key={i.id} data-testid="inquiry">
                    <td class="nowrap">{formatDateTime(i.receivedAt)}</td>
                    <td>{kindLabel(i.kind)}</td>
                    <td>{i.callerOrganisation?.name ?? t('inq.anonymous')}</td>
                    <td>
                      {outcomeLabel(i.ledTo)}
                      {i.referralId ? (
                        <>
                          {' '}
                          <a href={`/referrals/${i.referralId}`}>{i.referralReference ?? t('inq.open')}</a>
                        </>
                      ) : null}
                      {i.operationId ? (
                        <>
                          {' '}
                          <a href={`/operations/${i.operationId}`}>{t('inq.open')}</a>
                        </>
                      ) : null}
                    </td>
                    <td class="note-text">{i.note ?? t('app.none')}</td>
                    <td>{i.recordedByName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </>
  );
}

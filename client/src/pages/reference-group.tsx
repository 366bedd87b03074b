// A reference group's review of a region and period: the tables with small cells suppressed (and
// the cells hidden so a small one cannot be worked out), the medians, the overdue referrals
// without identity, and the group's notes. Which regions a group may review is the server's rule
// (docs/adr/0008): the chooser offers every region and a refusal is shown as such.
import { useState } from 'preact/hooks';
import { ApiError, currentUser, gql } from '../api/client';
import { ActionForm } from '../components/action-form';
import { Alert, errorsOf, Loading, SelectField, TextField, usePageTitle } from '../components/ui';
import {
  AddReviewNoteDocument,
  ReferenceGroupReviewDocument,
  type ReferenceGroupReviewQuery,
  type Region,
  type ReviewCellFragment,
  type ReviewTableItemFragment,
} from '../gql/graphql';
import { useLoad } from '../hooks';
import { enumLabel, enumOptions, formatDate, formatDateTime, t } from '../i18n';
import type { TKey } from '../i18n/catalogue';
import type { TEnumName } from '../i18n/enums';

type TReview = ReferenceGroupReviewQuery['referenceGroupReview'];

/** The region a group reviews first: its own (Bornholm's group reviews Region Hovedstaden; the national group starts there too). */
const HOME_REGION: Record<string, Region> = {
  HOVEDSTADEN: 'HOVEDSTADEN',
  BORNHOLM: 'HOVEDSTADEN',
  SJAELLAND: 'SJAELLAND',
  SYDDANMARK: 'SYDDANMARK',
  MIDTJYLLAND: 'MIDTJYLLAND',
  NORDJYLLAND: 'NORDJYLLAND',
  NATIONAL: 'HOVEDSTADEN',
};

const copenhagenToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

function Cell(props: { cell: ReviewCellFragment }) {
  const c = props.cell;
  if (c.suppression === 'NONE') return <>{c.display}</>;
  return (
    <span class="suppressed" data-suppression={c.suppression}>
      {c.display}
      <span class="sr-only"> ({enumLabel('Suppression', c.suppression)})</span>
    </span>
  );
}

function rowLabel(enumName: TEnumName, key: string): string {
  if (key === 'NOT_GIVEN') return t('rg.notGiven');
  return enumLabel(enumName, key as never);
}

function ReviewTable(props: { title: TKey; table: ReviewTableItemFragment; enumName: TEnumName; note?: TKey; testId: string }) {
  return (
    <section class="review-table" data-testid={props.testId}>
      <table class="table table--compact">
        <caption>{t(props.title)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rg.category')}</th>
            <th scope="col" class="num">
              {t('rg.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.table.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{rowLabel(props.enumName, r.key)}</th>
              <td class="num">
                <Cell cell={r} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('rg.total')}</th>
            <td class="num">
              <Cell cell={props.table.total} />
            </td>
          </tr>
        </tfoot>
      </table>
      {props.note ? <p class="small muted">{t(props.note)}</p> : null}
    </section>
  );
}

function Median(props: { label: TKey; median: TReview['medianDays']['toAcknowledgement'] }) {
  const m = props.median;
  return (
    <div class="dl-row">
      <dt>{t(props.label)}</dt>
      <dd>
        {m.days === null ? (
          <span class="suppressed" data-suppression="MEDIAN">
            {t('rg.medianWithheld')}
          </span>
        ) : (
          t('rg.days', { days: m.days.toLocaleString() })
        )}{' '}
        <span class="small muted">
          ({t('rg.basedOn')} <Cell cell={m.basedOn} />)
        </span>
      </dd>
    </div>
  );
}

function Review(props: { review: TReview; onNote: () => void }) {
  const r = props.review;
  return (
    <>
      <h2 class="section-heading">
        {enumLabel('Region', r.region)} · {formatDate(r.from)} – {formatDate(r.to)}
      </h2>
      <p class="suppression-note" data-testid="suppression-note">
        {t('rg.suppressionNote')}
      </p>
      <div class="review-grid">
        <ReviewTable testId="by-state" title="rg.byState" table={r.byState} enumName="ReferralState" />
        <ReviewTable testId="by-urgency" title="rg.byUrgency" table={r.byUrgency} enumName="Urgency" />
        <ReviewTable testId="by-form" title="rg.byForm" table={r.byExploitationForm} enumName="ExploitationForm" note="rg.formsOverlap" />
        <ReviewTable testId="by-sector" title="rg.bySector" table={r.bySector} enumName="Sector" />
        <ReviewTable testId="by-org-kind" title="rg.byOrgKind" table={r.byReferringOrganisationKind} enumName="OrganisationKind" />
        <ReviewTable testId="by-decision" title="rg.byDecision" table={r.byAssessmentDecision} enumName="AssessmentDecision" />
      </div>
      <section class="detail-section" data-testid="medians" aria-labelledby="medians-heading">
        <h2 id="medians-heading">{t('rg.medians')}</h2>
        <dl class="facts">
          <Median label="rg.toAcknowledgement" median={r.medianDays.toAcknowledgement} />
          <Median label="rg.toInterview" median={r.medianDays.toInterview} />
          <Median label="rg.toAssessment" median={r.medianDays.toAssessment} />
        </dl>
      </section>
      <section class="detail-section" data-testid="overdue" aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">{t('rg.overdue')}</h2>
        {r.overdue.length === 0 ? (
          <p class="muted">{t('rg.noOverdue')}</p>
        ) : (
          <div class="table-wrap">
            <table class="table table--compact table--zebra">
              <caption class="sr-only">{t('rg.overdue')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rg.reference')}</th>
                  <th scope="col">{t('rg.ageBand')}</th>
                  <th scope="col">{t('rg.forms')}</th>
                  <th scope="col">{t('rg.deadline')}</th>
                  <th scope="col" class="num">
                    {t('rg.daysOverdue')}
                  </th>
                  <th scope="col">{t('rg.receiving')}</th>
                </tr>
              </thead>
              <tbody>
                {r.overdue.map((o) => (
                  <tr key={o.reference}>
                    <td class="nowrap">{o.reference}</td>
                    <td>{o.ageBand === 'UNKNOWN' ? t('rg.ageUnknown') : o.ageBand}</td>
                    <td>{o.suspectedExploitation.map((f) => enumLabel('ExploitationForm', f)).join(', ')}</td>
                    <td>{t(o.deadline === 'ACKNOWLEDGEMENT' ? 'rg.deadline.ACKNOWLEDGEMENT' : 'rg.deadline.INTERVIEW')}</td>
                    <td class="num">{o.daysOverdue}</td>
                    <td>{o.receivingOrganisation?.name ?? t('app.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section class="detail-section" data-testid="notes" aria-labelledby="notes-heading">
        <h2 id="notes-heading">{t('rg.notes')}</h2>
        {r.notes.length === 0 ? <p class="muted">{t('rg.noNotes')}</p> : null}
        <ul class="grant-list">
          {r.notes.map((n) => (
            <li key={n.id} data-testid="note">
              <p class="note-text">{n.text}</p>
              <span class="small muted">
                {n.authorName}, {n.authorOrganisation.name} · {formatDateTime(n.createdAt)} · {t('rg.period', { from: formatDate(n.periodFrom), to: formatDate(n.periodTo) })}
              </span>
            </li>
          ))}
        </ul>
        <ActionForm
          testId="rg-add-note"
          title={t('rg.addNote')}
          fields={[{ name: 'text', label: t('rg.noteText'), kind: 'textarea' }]}
          run={async (v) => {
            await gql(AddReviewNoteDocument, { region: r.region, periodFrom: r.from, periodTo: r.to, text: v.text ?? '' });
            props.onNote();
          }}
        />
      </section>
    </>
  );
}

/** The last twelve months by default: the period a group usually looks back over. */
export function ReferenceGroupPage() {
  usePageTitle('title.referenceGroup');
  const user = currentUser()!;
  const today = copenhagenToday();
  const [form, setForm] = useState({ region: HOME_REGION[user.referenceGroup ?? ''] ?? ('HOVEDSTADEN' as Region), from: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, to: today });
  const [shown, setShown] = useState(form);
  const review = useLoad(() => gql(ReferenceGroupReviewDocument, shown), `${shown.region}|${shown.from}|${shown.to}`);
  const refusal = review.error instanceof ApiError ? review.error : null;
  return (
    <>
      <div class="page-heading">
        <h1>{t('rg.heading')}</h1>
        {user.referenceGroup ? <span class="badge badge-info state-badge">{enumLabel('ReferenceGroup', user.referenceGroup)}</span> : null}
      </div>
      <form
        class="filters"
        data-testid="rg-choose"
        onSubmit={(e) => {
          e.preventDefault();
          setShown(form);
        }}
      >
        <SelectField name="region" label={t('rg.region')} value={form.region} onChange={(v) => setForm({ ...form, region: v as Region })} options={enumOptions('Region')} />
        <TextField name="from" type="date" label={t('rg.from')} value={form.from} onInput={(v) => setForm({ ...form, from: v })} />
        <TextField name="to" type="date" label={t('rg.to')} value={form.to} onInput={(v) => setForm({ ...form, to: v })} />
        <button type="submit" class="button button-primary">
          {t('rg.show')}
        </button>
      </form>
      {review.loading && !review.data ? <Loading /> : null}
      {refusal ? (
        <Alert kind="error" testId="rg-refused">
          {refusal.code === 'FORBIDDEN' ? t('rg.forbidden') : refusal.code === 'BAD_USER_INPUT' ? (Object.values(errorsOf(refusal).fields)[0] ?? t('form.invalid')) : t('app.error')}
        </Alert>
      ) : review.error ? (
        <Alert kind="error">{t('app.error')}</Alert>
      ) : null}
      {review.data && !review.error ? <Review review={review.data.referenceGroupReview} onNote={review.reload} /> : null}
    </>
  );
}

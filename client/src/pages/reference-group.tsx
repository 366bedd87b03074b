// A reference group's review of a region (or the whole country) and period: the tables — counts
// that describe persons with small cells suppressed (and the cells hidden so a small one cannot be
// worked out), counts of the process shown (issue 14) — deadlines met, the medians, the overdue
// referrals and the case list without identity, the notes per case and for the period, and the
// recommendations to the national group. Which regions a viewer may review is the server's rule
// (docs/adr/0008, core/access.ts reviewScope): the chooser offers every region and a refusal is
// shown as such.
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
  type ReviewNoteItemFragment,
  type ReviewPeriod,
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

function rowLabel(enumName: TEnumName | null, key: string): string {
  if (key === 'NOT_GIVEN') return t('rg.notGiven');
  if (key === 'UNKNOWN' && enumName === null) return t('rg.ageUnknown');
  // Age bands are figures (e.g. 25-34), read the same in both languages.
  if (enumName === null) return key.replace('-', '–');
  return enumLabel(enumName, key as never);
}

function ReviewTable(props: { title: TKey; table: ReviewTableItemFragment; enumName: TEnumName | null; note?: TKey; testId: string }) {
  return (
    <section class="review-table" data-testid={props.testId} data-personal={String(props.table.personal)}>
      <table class="table table--compact">
        <caption>
          {t(props.title)}
          <span class="small muted review-kind"> · {t(props.table.personal ? 'rv.personalTable' : 'rv.processTable')}</span>
        </caption>
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
          m.basedOn.count === 0 ? (
            t('app.none')
          ) : (
            <span class="suppressed" data-suppression="MEDIAN">
              {t('rg.medianWithheld')}
            </span>
          )
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

function NoteList(props: { notes: ReviewNoteItemFragment[]; testId: string }) {
  return (
    <ul class="grant-list" data-testid={props.testId}>
      {props.notes.map((n) => (
        <li key={n.id} data-testid="note" data-recommendation={String(n.recommendation)}>
          {n.recommendation ? <span class="badge badge-info">{t('rv.recommendationMark')}</span> : null}
          {n.referralReference ? <span class="small nowrap"> {n.referralReference}</span> : null}
          <p class="note-text">{n.text}</p>
          <span class="small muted">
            {t('rv.noteBy', { group: enumLabel('ReferenceGroup', n.referenceGroup), author: n.authorName, org: n.authorOrganisation.name, when: formatDateTime(n.createdAt) })} ·{' '}
            {t('rg.period', { from: formatDate(n.periodFrom), to: formatDate(n.periodTo) })}
          </span>
        </li>
      ))}
    </ul>
  );
}

const NOTE_KINDS = () => [
  { value: 'NOTE', label: t('rv.kind.NOTE') },
  { value: 'RECOMMENDATION', label: t('rv.kind.RECOMMENDATION') },
];

function NoteForm(props: { review: TReview; region: Region; referralId: string | null; title: string; testId: string; onNote: () => void }) {
  const r = props.review;
  return (
    <ActionForm
      testId={props.testId}
      title={props.title}
      fields={[
        { name: 'text', label: t('rg.noteText'), kind: 'textarea' },
        { name: 'kind', label: t('rv.kind'), kind: 'select', options: NOTE_KINDS(), initial: 'NOTE', apiField: 'recommendation' },
      ]}
      run={async (v) => {
        await gql(AddReviewNoteDocument, {
          region: props.region,
          periodFrom: r.from,
          periodTo: r.to,
          text: v.text ?? '',
          referralId: props.referralId,
          recommendation: v.kind === 'RECOMMENDATION',
        });
        props.onNote();
      }}
    />
  );
}

function inTime(value: boolean | null | undefined): string {
  return t(value === true ? 'rv.inTime.true' : value === false ? 'rv.inTime.false' : 'rv.inTime.null');
}

function Review(props: { review: TReview; onNote: () => void }) {
  const r = props.review;
  const region = r.region ?? null;
  return (
    <>
      <h2 class="section-heading">
        {region ? enumLabel('Region', region) : t('rv.wholeCountry')} · {formatDate(r.from)} – {formatDate(r.to)}
      </h2>
      <p class="suppression-note" data-testid="suppression-note">
        {t('rv.processNote')} {t('rg.suppressionNote')}
      </p>
      <div class="review-grid">
        <ReviewTable testId="by-state" title="rg.byState" table={r.byState} enumName="ReferralState" />
        <ReviewTable testId="by-org-kind" title="rg.byOrgKind" table={r.byReferringOrganisationKind} enumName="OrganisationKind" />
        <ReviewTable testId="by-urgency" title="rg.byUrgency" table={r.byUrgency} enumName="Urgency" />
        <ReviewTable testId="by-form" title="rg.byForm" table={r.byExploitationForm} enumName="ExploitationForm" note="rg.formsOverlap" />
        <ReviewTable testId="by-sector" title="rg.bySector" table={r.bySector} enumName="Sector" />
        <ReviewTable testId="by-decision" title="rg.byDecision" table={r.byAssessmentDecision} enumName="AssessmentDecision" />
        <ReviewTable testId="by-gender" title="rv.byGender" table={r.byGender} enumName="Gender" />
        <ReviewTable testId="by-age" title="rv.byAgeBand" table={r.byAgeBand} enumName={null} />
      </div>
      <section class="detail-section" data-testid="deadlines" aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">{t('rv.deadlines')}</h2>
        <table class="table table--compact">
          <caption class="sr-only">{t('rv.deadlines')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rv.deadlineKind')}</th>
              <th scope="col" class="num">{t('rv.met')}</th>
              <th scope="col" class="num">{t('rv.missed')}</th>
              <th scope="col" class="num">{t('rv.pending')}</th>
            </tr>
          </thead>
          <tbody>
            {(['acknowledgement', 'interview'] as const).map((k) => (
              <tr key={k}>
                <th scope="row">{t(k === 'acknowledgement' ? 'rg.deadline.ACKNOWLEDGEMENT' : 'rg.deadline.INTERVIEW')}</th>
                <td class="num">{r.deadlines[k].met}</td>
                <td class="num">{r.deadlines[k].missed}</td>
                <td class="num">{r.deadlines[k].pending}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
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
          <div class="table-wrap" tabIndex={0} role="region" aria-label={t('rg.overdue')}>
            <table class="table table--compact table--zebra">
              <caption class="sr-only">{t('rg.overdue')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rg.reference')}</th>
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
      <section class="detail-section" data-testid="cases" aria-labelledby="cases-heading">
        <h2 id="cases-heading">{t('rv.cases')}</h2>
        <p class="small muted">{t('rv.casesIntro')}</p>
        {r.cases.length === 0 ? (
          <p class="muted">{t('rv.noCases')}</p>
        ) : (
          <div class="table-wrap" tabIndex={0} role="region" aria-label={t('rv.cases')}>
            <table class="table table--compact table--zebra">
              <caption class="sr-only">{t('rv.cases')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rg.reference')}</th>
                  <th scope="col">{t('rv.pseudonym')}</th>
                  {region ? null : <th scope="col">{t('rv.region')}</th>}
                  <th scope="col">{t('rg.forms')}</th>
                  <th scope="col">{t('rv.sector')}</th>
                  <th scope="col">{t('rv.state')}</th>
                  <th scope="col">{t('rv.ackInTime')}</th>
                  <th scope="col">{t('rv.interviewInTime')}</th>
                  <th scope="col">{t('rv.caseNotes')}</th>
                </tr>
              </thead>
              <tbody>
                {r.cases.map((c) => (
                  <tr key={c.id} data-testid="review-case">
                    <td class="nowrap">{c.reference}</td>
                    <td class="nowrap">{c.pseudonym}</td>
                    {region ? null : <td>{enumLabel('Region', c.region)}</td>}
                    <td>{c.suspectedExploitation.map((f) => enumLabel('ExploitationForm', f)).join(', ')}</td>
                    <td>{c.sector ? enumLabel('Sector', c.sector) : t('rg.notGiven')}</td>
                    <td>{enumLabel('ReferralState', c.state)}</td>
                    <td>{inTime(c.acknowledgementInTime)}</td>
                    <td>{inTime(c.interviewInTime)}</td>
                    <td class="review-case-notes">
                      {c.notes.length > 0 ? <NoteList notes={c.notes} testId="case-notes" /> : null}
                      {r.mayAddNotes && region ? (
                        <NoteForm review={r} region={region} referralId={c.id} title={t('rv.noteCase', { reference: c.reference })} testId={`rv-case-note-${c.reference}`} onNote={props.onNote} />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section class="detail-section" data-testid="recommendations" aria-labelledby="recommendations-heading">
        <h2 id="recommendations-heading">{t('rv.recommendations')}</h2>
        {r.recommendations.length === 0 ? <p class="muted">{t('rv.noRecommendations')}</p> : <NoteList notes={r.recommendations} testId="recommendation-list" />}
      </section>
      <section class="detail-section" data-testid="notes" aria-labelledby="notes-heading">
        <h2 id="notes-heading">{t('rg.notes')}</h2>
        {r.notes.length === 0 ? <p class="muted">{t('rg.noNotes')}</p> : <NoteList notes={r.notes} testId="period-notes" />}
        {r.mayAddNotes && region ? (
          <NoteForm review={r} region={region} referralId={null} title={t('rg.addNote')} testId="rg-add-note" onNote={props.onNote} />
        ) : (
          <p class="small muted">{t('rv.readOnly')}</p>
        )}
      </section>
    </>
  );
}

type TChoice = { region: Region | ''; period: ReviewPeriod | 'CUSTOM'; from: string; to: string };

const PERIODS: Array<ReviewPeriod | 'CUSTOM'> = ['QUARTER', 'LAST_12_MONTHS', 'YEAR_TO_DATE', 'CUSTOM'];

/** The last twelve months by default: the period a group usually looks back over. */
export function ReferenceGroupPage() {
  usePageTitle('title.referenceGroup');
  const user = currentUser()!;
  const today = copenhagenToday();
  // The national group and CMM may see the whole country ('' in the chooser).
  const national = user.referenceGroup === 'NATIONAL' || (!user.referenceGroup && user.organisation.kind === 'CMM');
  const [form, setForm] = useState<TChoice>({
    region: user.referenceGroup ? (HOME_REGION[user.referenceGroup] ?? 'HOVEDSTADEN') : national ? '' : 'HOVEDSTADEN',
    period: 'LAST_12_MONTHS',
    from: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`,
    to: today,
  });
  const [shown, setShown] = useState(form);
  const variables = {
    region: shown.region === '' ? null : shown.region,
    ...(shown.period === 'CUSTOM' ? { from: shown.from, to: shown.to } : { period: shown.period }),
  };
  const review = useLoad(() => gql(ReferenceGroupReviewDocument, variables), JSON.stringify(variables));
  const refusal = review.error instanceof ApiError ? review.error : null;
  const regionOptions = [...(national ? [{ value: '', label: t('rv.wholeCountry') }] : []), ...enumOptions('Region')];
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
        <SelectField name="region" label={t('rg.region')} value={form.region} onChange={(v) => setForm({ ...form, region: v as Region | '' })} options={regionOptions} />
        <SelectField
          name="period"
          label={t('rv.period')}
          value={form.period}
          onChange={(v) => setForm({ ...form, period: v as TChoice['period'] })}
          options={PERIODS.map((p) => ({ value: p, label: t(`rv.period.${p}` as TKey) }))}
        />
        {form.period === 'CUSTOM' ? (
          <>
            <TextField name="from" type="date" label={t('rg.from')} value={form.from} onInput={(v) => setForm({ ...form, from: v })} />
            <TextField name="to" type="date" label={t('rg.to')} value={form.to} onInput={(v) => setForm({ ...form, to: v })} />
          </>
        ) : null}
        <button type="submit" class="button button-primary">
          {t('rg.show')}
        </button>
      </form>
      {review.loading && !review.data ? <Loading /> : null}
      {refusal ? (
        <Alert kind="error" testId="rg-refused">
          {refusal.code === 'FORBIDDEN'
            ? t(shown.region === '' ? 'rv.wholeCountryForbidden' : 'rg.forbidden')
            : refusal.code === 'BAD_USER_INPUT'
              ? (Object.values(errorsOf(refusal).fields)[0] ?? t('form.invalid'))
              : t('app.error')}
        </Alert>
      ) : review.error ? (
        <Alert kind="error">{t('app.error')}</Alert>
      ) : null}
      {review.data && !review.error ? <Review review={review.data.referenceGroupReview} onNote={review.reload} /> : null}
    </>
  );
}

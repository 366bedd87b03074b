// A referral: state, deadlines, timeline, what the user sees of it and why, and exactly the actions
// the user's roles and the state allow. A field the API withholds (null) is not rendered at all.
import { useState } from 'preact/hooks';
import { ApiError, currentUser, gql } from '../api/client';
import { ActionForm, instant } from '../components/action-form';
import { Alert, errorsOf, Loading, Row, usePageTitle } from '../components/ui';
import {
  AcknowledgeReferralDocument,
  CloseReferralDocument,
  ExtendReflectionDocument,
  ForwardReferralDocument,
  OrganisationsDocument,
  RecordAssessmentDocument,
  RecordRepresentativeDocument,
  ReferralDocument,
  ScheduleInterviewDocument,
  StartReflectionDocument,
  WithdrawReferralDocument,
  type AssessmentDecision,
  type ExploitationForm,
  ConfirmSubjectMatchDocument,
  CorrectSubjectDataDocument,
  DismissSubjectMatchDocument,
  UnmergeSubjectsDocument,
  type ReferralAction,
  type ReferralDetailFragment,
  type ReferralOutcome,
  type IndicatorEntryFragment,
} from '../gql/graphql';
import { ReferralComplexes } from '../components/referral-complexes';
import { AssignmentPanel } from '../components/referral-assignment';
import { useLoad } from '../hooks';
import { accessReason, actionLabel, countryName, enumLabel, enumOptions, formatDate, formatDateTime, languageNames, t } from '../i18n';
import { AccessPanel } from './referral-access';
import { AddendumForm, IndicatorCodes, useIndicatorCatalogue } from './referral-addendum';
import { hoursText } from './tasks';

/** The API's field names of a correction (CorrectedValue.field) in words. */
function fieldLabel(field: string): string {
  const keys: Record<string, Parameters<typeof t>[0]> = {
    name: 'field.name',
    alias: 'field.alias',
    dateOfBirth: 'field.dateOfBirth',
    estimatedAge: 'field.estimatedAge',
    contact: 'field.contact',
    whereabouts: 'field.whereabouts',
    gender: 'field.gender',
    nationality: 'field.nationality',
    languages: 'field.languages',
  };
  return keys[field] ? t(keys[field]) : field;
}

function Conflict(props: { onReload: () => void }) {
  return (
    <Alert kind="warning" heading={t('conflict.heading')} testId="conflict">
      <p>{t('conflict.text')}</p>
      <button type="button" class="button button-secondary" onClick={props.onReload}>
        {t('conflict.reload')}
      </button>
    </Alert>
  );
}

const CORRECTABLE = ['name', 'alias', 'dateOfBirth', 'nationality', 'contact', 'whereabouts'] as const;
type TCorrectable = (typeof CORRECTABLE)[number];

/**
 * The data's controller only (the API returns null to everyone else): earlier persons who may be
 * this one, to confirm or dismiss, and the merges of this person, to undo.
 */
function IdentityPanel(props: { referral: ReferralDetailFragment; onChange: (r: ReferralDetailFragment) => void }) {
  const r = props.referral;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!r.possibleMatches && !r.subjectMerges) return null;
  const run = async (p: Promise<Record<string, ReferralDetailFragment>>) => {
    setBusy(true);
    setError(null);
    try {
      props.onChange(Object.values(await p)[0]!);
    } catch (e) {
      setError(errorsOf(e).form ?? t('app.error'));
    } finally {
      setBusy(false);
    }
  };
  const merges = r.subjectMerges ?? [];
  return (
    <section class="detail-section" data-testid="identity" aria-labelledby="identity-heading">
      <h2 id="identity-heading">{t('identity.matches')}</h2>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {r.possibleMatches?.length ? (
        <>
          <p class="small">{t('identity.matchesIntro')}</p>
          <ul class="match-list">
            {r.possibleMatches.map((m) => (
              <li key={m.subjectId} data-testid="possible-match">
                <strong>{m.pseudonym}</strong> · {t('identity.score')} {m.score}
                <br />
                <span class="small">
                  {t('identity.reasons')}: {m.reasons.map((x) => enumLabel('MatchReason', x)).join(', ')}
                </span>
                {m.referrals.length ? (
                  <span class="small">
                    {' · '}
                    {m.referrals.map((x, i) => (
                      <span key={x.id}>
                        {i ? ', ' : ''}
                        <a href={`/referrals/${x.id}`}>{x.reference}</a>
                      </span>
                    ))}
                  </span>
                ) : null}
                <p class="button-row">
                  <button type="button" class="button button-primary" disabled={busy} data-testid="confirm-match" onClick={() => run(gql(ConfirmSubjectMatchDocument, { referralId: r.id, subjectId: m.subjectId }))}>
                    {t('identity.confirm')}
                  </button>{' '}
                  <button type="button" class="button button-secondary" disabled={busy} data-testid="dismiss-match" onClick={() => run(gql(DismissSubjectMatchDocument, { referralId: r.id, subjectId: m.subjectId }))}>
                    {t('identity.dismiss')}
                  </button>
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">{t('identity.noMatches')}</p>
      )}
      {merges.length ? (
        <>
          <h3>{t('identity.merges')}</h3>
          <ul class="match-list">
            {merges.map((m) => (
              <li key={m.id} data-testid="subject-merge">
                {t(m.referralsMoved === 1 ? 'identity.mergedOne' : 'identity.merged', { merged: m.mergedPseudonym, surviving: m.survivingPseudonym, count: m.referralsMoved })}
                <br />
                <span class="small">
                  {formatDateTime(m.mergedAt)}
                  {m.mergedBy ? ` · ${m.mergedBy.name}` : ''}
                  {m.unmergedAt ? ` · ${t('identity.unmerged')} ${formatDateTime(m.unmergedAt)}` : ''}
                </span>
                {m.unmergedAt ? null : (
                  <p class="button-row">
                    <button type="button" class="button button-secondary" disabled={busy} data-testid="unmerge" onClick={() => run(gql(UnmergeSubjectsDocument, { mergeId: m.id }))}>
                      {t('identity.unmerge')}
                    </button>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Actions(props: { referral: ReferralDetailFragment; catalogue: readonly IndicatorEntryFragment[]; onChange: (r: ReferralDetailFragment) => void; onConflict: () => void }) {
  const r = props.referral;
  const user = currentUser()!;
  const mayForward = r.allowedActions.includes('FORWARD');
  const orgs = useLoad(() => (mayForward ? gql(OrganisationsDocument) : Promise.resolve(null)), `orgs-${mayForward}`);
  const [done, setDone] = useState(false);
  const after = async (p: Promise<Record<string, ReferralDetailFragment>>) => {
    try {
      const data = await p;
      props.onChange(Object.values(data)[0]!);
      setDone(true);
    } catch (e) {
      setDone(false);
      if (e instanceof ApiError && e.code === 'CONFLICT') props.onConflict();
      throw e;
    }
  };
  const today = new Date().toISOString().slice(0, 10);
  const catalogue = props.catalogue;
  const forms: Partial<Record<ReferralAction, () => preact.JSX.Element>> = {
    ADD_ADDENDUM: () => <AddendumForm key="addendum" referralId={r.id} catalogue={catalogue} run={after} />,
    ACKNOWLEDGE: () => <ActionForm key="ack" testId="action-acknowledge" title={t('action.acknowledge')} fields={[]} run={() => after(gql(AcknowledgeReferralDocument, { id: r.id }))} />,
    FORWARD: () => (
      <ActionForm
        key="fwd"
        testId="action-forward"
        title={t('action.forward')}
        fields={[
          { name: 'to', apiField: 'toOrganisationCode', label: t('action.forwardTo'), kind: 'select', options: (orgs.data?.organisations ?? []).filter((o) => o.id !== user.organisation.id).map((o) => ({ value: o.code, label: o.name })) },
          { name: 'reason', label: t('action.reason'), kind: 'textarea' },
        ]}
        run={(v) => after(gql(ForwardReferralDocument, { id: r.id, to: v.to ?? '', reason: v.reason ?? '' }))}
      />
    ),
    SCHEDULE_INTERVIEW: () => (
      <ActionForm key="sched" testId="action-schedule" title={t('action.schedule')} fields={[{ name: 'at', label: t('action.scheduleAt'), kind: 'datetime' }]} run={(v) => after(gql(ScheduleInterviewDocument, { id: r.id, at: instant(v.at ?? '') }))} />
    ),
    RECORD_ASSESSMENT: () => (
      <ActionForm
        key="assess"
        testId="action-assess"
        title={t('action.assess')}
        fields={[
          { name: 'decision', label: t('detail.decision'), kind: 'select', options: enumOptions('AssessmentDecision') },
          { name: 'primaryExploitation', label: t('detail.primary'), kind: 'select', options: enumOptions('ExploitationForm'), initial: r.suspectedExploitation[0] ?? '' },
          { name: 'grounds', label: t('detail.grounds'), kind: 'textarea' },
          { name: 'assessedOn', label: t('detail.assessedOn'), kind: 'date', initial: today },
        ]}
        run={(v) =>
          after(
            gql(RecordAssessmentDocument, {
              id: r.id,
              input: { decision: v.decision as AssessmentDecision, primaryExploitation: v.primaryExploitation as ExploitationForm, grounds: v.grounds ?? '', assessedOn: v.assessedOn ?? '' },
            }),
          )
        }
      />
    ),
    START_REFLECTION_PERIOD: () => (
      <ActionForm
        key="refl"
        testId="action-reflection-start"
        title={t('action.reflectionStart')}
        fields={[
          { name: 'startsOn', label: t('action.startsOn'), kind: 'date', initial: today },
          { name: 'days', label: t('action.days'), kind: 'number', initial: '30' },
        ]}
        run={(v) => after(gql(StartReflectionDocument, { id: r.id, startsOn: v.startsOn ?? '', days: Number(v.days) }))}
      />
    ),
    EXTEND_REFLECTION_PERIOD: () => (
      <ActionForm
        key="ext"
        testId="action-reflection-extend"
        title={t('action.reflectionExtend')}
        fields={[
          { name: 'days', label: t('action.days'), kind: 'number', initial: '30' },
          { name: 'reason', label: t('action.reason'), kind: 'textarea' },
        ]}
        run={(v) => after(gql(ExtendReflectionDocument, { id: r.id, days: Number(v.days), reason: v.reason ?? '' }))}
      />
    ),
    RECORD_REPRESENTATIVE: () => (
      <ActionForm
        key="rep"
        testId="action-representative"
        title={t('action.representative')}
        fields={[
          { name: 'name', label: t('field.name'), kind: 'text' },
          { name: 'appointedBy', label: t('detail.appointedBy'), kind: 'text' },
        ]}
        run={(v) => after(gql(RecordRepresentativeDocument, { id: r.id, name: v.name ?? '', appointedBy: v.appointedBy ?? '' }))}
      />
    ),
    CLOSE: () => (
      <ActionForm
        key="close"
        testId="action-close"
        title={t('action.close')}
        fields={[
          { name: 'outcome', label: t('detail.outcome'), kind: 'select', options: enumOptions('ReferralOutcome') },
          { name: 'note', label: t('action.note'), kind: 'textarea' },
        ]}
        run={(v) => after(gql(CloseReferralDocument, { id: r.id, outcome: v.outcome as ReferralOutcome, note: v.note || null }))}
      />
    ),
    CORRECT_SUBJECT: () => {
      // The form starts from the current values; only what the user changed is sent (null clears).
      const current: Record<TCorrectable, string> = {
        name: r.subject.identity?.name ?? '',
        alias: r.subject.identity?.alias ?? '',
        dateOfBirth: r.subject.identity?.dateOfBirth ?? '',
        nationality: r.subject.nationality ?? '',
        contact: r.subject.contact ?? '',
        whereabouts: r.subject.whereabouts ?? '',
      };
      const labels: Record<TCorrectable, string> = {
        name: t('field.name'),
        alias: t('field.alias'),
        dateOfBirth: t('field.dateOfBirth'),
        nationality: t('field.nationality'),
        contact: t('field.contact'),
        whereabouts: t('field.whereabouts'),
      };
      return (
        <ActionForm
          key={`correct-${r.version}`}
          testId="action-correct"
          title={t('action.correct')}
          intro={t('action.correctIntro')}
          fields={[
            ...CORRECTABLE.map((name) => ({ name, label: labels[name], kind: name === 'dateOfBirth' ? ('date' as const) : ('text' as const), initial: current[name], apiField: `input.${name}` })),
            { name: 'reason', label: t('action.reason'), kind: 'textarea' },
          ]}
          run={(v) => {
            const input: Record<string, string | null> = {};
            for (const name of CORRECTABLE) if ((v[name] ?? '') !== current[name]) input[name] = v[name] ? v[name]! : null;
            return after(gql(CorrectSubjectDataDocument, { id: r.id, version: r.version, input, reason: v.reason ?? '' }));
          }}
        />
      );
    },
    WITHDRAW: () => (
      <ActionForm key="wd" testId="action-withdraw" tone="warning" title={t('action.withdraw')} fields={[{ name: 'reason', label: t('action.reason'), kind: 'textarea' }]} run={(v) => after(gql(WithdrawReferralDocument, { id: r.id, reason: v.reason ?? '' }))} />
    ),
  };
  // The server says which actions this user may take now (Referral.allowedActions); the page offers
  // a form for each it has one for. Editing a draft (UPDATE, SUBMIT) happens on the form page.
  const actions = r.allowedActions.filter((a) => forms[a]);
  return (
    <section class="detail-section" data-testid="actions" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('detail.actions')}</h2>
      {done ? <Alert kind="success">{t('action.done')}</Alert> : null}
      {r.allowedActions.includes('UPDATE') ? (
        <p>
          <a class="button button-primary" href={`/referrals/${r.id}/edit`}>
            {t('detail.editDraft')}
          </a>
        </p>
      ) : null}
      {actions.length === 0 && !r.allowedActions.includes('UPDATE') ? <p class="muted">{t('detail.noActions')}</p> : actions.map((a) => forms[a]!())}
    </section>
  );
}

export function ReferralDetailPage(props: { id: string }) {
  usePageTitle('title.referral');
  const { data, error, loading, set, reload } = useLoad(() => gql(ReferralDocument, { id: props.id }), props.id);
  const [conflict, setConflict] = useState(false);
  const catalogue = useIndicatorCatalogue();
  if (loading && !data) return <Loading />;
  if (error instanceof ApiError && error.code !== 'NOT_FOUND' && error.code !== 'FORBIDDEN') return <Alert kind="error">{t('app.error')}</Alert>;
  const r = data?.referral;
  if (!r) return <Alert kind="error">{t('app.notFound')}</Alert>;
  const s = r.subject;
  const corrections = new Map(r.corrections.map((c) => [c.event.id, c.values]));
  const deadline = r.state === 'SUBMITTED' ? r.deadlines.acknowledgeBy : r.state === 'RECEIVED' && !r.interviewAt ? r.deadlines.interviewBy : null;
  return (
    <>
      <div class="page-heading">
        <h1>
          {t('title.referral')} <span class="reference">{r.reference}</span>
        </h1>
        <span class="badge badge-info state-badge" data-testid="referral-state">
          {enumLabel('ReferralState', r.state)}
        </span>
      </div>
      {conflict ? (
        <Conflict
          onReload={() => {
            setConflict(false);
            reload();
          }}
        />
      ) : null}
      {r.overdue ? (
        <Alert kind="error" heading={t('detail.overdue')}>
          {deadline ? `${formatDateTime(deadline)} — ${hoursText(deadline)}` : null}
        </Alert>
      ) : null}
      <div class="detail-grid">
        <div>
          <section class="detail-section">
            <dl class="facts">
              <Row term={t('detail.urgency')}>{enumLabel('Urgency', r.urgency)}</Row>
              {r.minor ? <Row term={t('detail.minor')}>{t('app.yes')}</Row> : null}
              <Row term={t('detail.region')}>{enumLabel('Region', r.region)}</Row>
              {r.sector ? <Row term={t('detail.sector')}>{enumLabel('Sector', r.sector)}</Row> : null}
              <Row term={t('detail.exploitation')}>{r.suspectedExploitation.map((e) => enumLabel('ExploitationForm', e)).join(', ')}</Row>
              <Row term={t('detail.referredBy')}>{r.referringOrganisation.name}</Row>
              {r.receivingOrganisation ? <Row term={t('detail.receiving')}>{r.receivingOrganisation.name}</Row> : null}
              {r.competentAuthority ? <Row term={t('detail.competent')}>{r.competentAuthority.name}</Row> : null}
              <Row term={t('detail.created')}>{formatDateTime(r.createdAt)}</Row>
              {r.submittedAt ? <Row term={t('detail.submitted')}>{formatDateTime(r.submittedAt)}</Row> : null}
              {r.acknowledgedAt ? <Row term={t('detail.acknowledged')}>{formatDateTime(r.acknowledgedAt)}</Row> : null}
              {r.interviewAt ? <Row term={t('detail.interviewAt')}>{formatDateTime(r.interviewAt)}</Row> : null}
              {r.operationId ? (
                <Row term={t('detail.operation')}>
                  <a href={`/operations/${r.operationId}`} data-testid="operation-link">{t('title.operation')}</a>
                </Row>
              ) : null}
              {r.location != null ? <Row term={t('detail.location')}>{r.location}</Row> : null}
            </dl>
          </section>
          <AssignmentPanel referral={r} onChange={reload} />
          {r.deadlines.acknowledgeBy || r.deadlines.interviewBy ? (
            <section class="detail-section" data-testid="deadlines">
              <h2>{t('detail.deadlines')}</h2>
              <dl class="facts">
                {r.deadlines.acknowledgeBy ? <Row term={t('detail.acknowledgeBy')}>{formatDateTime(r.deadlines.acknowledgeBy)}</Row> : null}
                {r.deadlines.interviewBy ? <Row term={t('detail.interviewBy')}>{formatDateTime(r.deadlines.interviewBy)}</Row> : null}
              </dl>
            </section>
          ) : null}
          <section class="detail-section" data-testid="person">
            <h2>{t('detail.person')}</h2>
            <dl class="facts">
              <Row term={t('detail.pseudonym')}>{s.pseudonym}</Row>
              {s.identity?.name ? <Row term={t('field.name')}>{s.identity.name}</Row> : null}
              {s.identity?.alias ? <Row term={t('field.alias')}>{s.identity.alias}</Row> : null}
              {s.identity?.dateOfBirth ? <Row term={t('detail.dateOfBirth')}>{formatDate(s.identity.dateOfBirth)}</Row> : null}
              <Row term={t('field.gender')}>{enumLabel('Gender', s.gender)}</Row>
              <Row term={t('detail.ageBand')}>{s.ageBand === 'UNKNOWN' ? t('detail.ageUnknown') : s.ageBand}</Row>
              {s.nationality ? <Row term={t('detail.nationality')}>{countryName(s.nationality)}</Row> : null}
              {s.languages.length ? <Row term={t('detail.languages')}>{languageNames(s.languages)}</Row> : null}
              <Row term={t('field.residenceStatus')}>{enumLabel('ResidenceStatus', s.residenceStatus)}</Row>
              {s.contact != null ? <Row term={t('field.contact')}>{s.contact}</Row> : null}
              {s.whereabouts != null ? <Row term={t('field.whereabouts')}>{s.whereabouts}</Row> : null}
            </dl>
            {r.narrative != null ? (
              <>
                <h3>{t('detail.narrative')}</h3>
                <p class="narrative">{r.narrative}</p>
              </>
            ) : null}
            {r.indicatorCodes?.length || r.indicators?.length ? <h3>{t('detail.indicators')}</h3> : null}
            <IndicatorCodes codes={r.indicatorCodes ?? []} catalogue={catalogue} testId="indicator-codes" />
            {r.indicators?.length ? (
              <>
                <ul>
                  {r.indicators.map((i) => (
                    <li key={i}>{i}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
          {r.assessment ? (
            <section class="detail-section" data-testid="assessment">
              <h2>{t('detail.assessment')}</h2>
              <dl class="facts">
                <Row term={t('detail.decision')}>{enumLabel('AssessmentDecision', r.assessment.decision)}</Row>
                <Row term={t('detail.primary')}>{enumLabel('ExploitationForm', r.assessment.primaryExploitation)}</Row>
                <Row term={t('detail.assessedOn')}>{formatDate(r.assessment.assessedOn)}</Row>
                <Row term={t('detail.authority')}>{r.assessment.authority.name}</Row>
                {r.assessment.grounds != null ? (
                  <Row term={t('detail.grounds')}>
                    <span data-testid="grounds">{r.assessment.grounds}</span>
                  </Row>
                ) : null}
              </dl>
            </section>
          ) : null}
          {r.reflectionPeriod || r.representative || r.outcome ? (
            <section class="detail-section" data-testid="support">
              <dl class="facts">
                {r.reflectionPeriod ? (
                  <Row term={t('detail.reflection')}>
                    <span data-testid="reflection">{t('detail.reflectionRange', { from: formatDate(r.reflectionPeriod.startsOn), to: formatDate(r.reflectionPeriod.endsOn), days: r.reflectionPeriod.totalDays })}</span>
                  </Row>
                ) : null}
                {r.representative ? (
                  <Row term={t('detail.representative')}>
                    {[r.representative.name, r.representative.appointedBy].filter(Boolean).join(', ') || formatDateTime(r.representative.recordedAt)}
                  </Row>
                ) : null}
                {r.outcome ? <Row term={t('detail.outcome')}>{enumLabel('ReferralOutcome', r.outcome)}</Row> : null}
              </dl>
            </section>
          ) : null}
          <section class="detail-section" data-testid="timeline">
            <h2>{t('detail.timeline')}</h2>
            <ol class="timeline">
              {r.timeline.map((e) => (
                <li key={e.id}>
                  <span class="timeline-when">{formatDateTime(e.at)}</span> <strong>{actionLabel(e.action)}</strong> · {enumLabel('ReferralState', e.toState)}
                  {e.organisation ? ` · ${e.organisation.name}` : ''}
                  {e.actorName ? ` (${e.actorName})` : ''}
                  {e.note ? <p class="timeline-note">{e.note}</p> : null}
                  {e.addendum ? (
                    <div class="timeline-note" data-testid="addendum">
                      <IndicatorCodes codes={e.addendum.indicatorCodes} catalogue={catalogue} />
                      {e.addendum.indicators.length ? (
                        <ul>
                          {e.addendum.indicators.map((i) => (
                            <li key={i}>{i}</li>
                          ))}
                        </ul>
                      ) : null}
                      {e.addendum.narrative ? <p class="narrative">{e.addendum.narrative}</p> : null}
                    </div>
                  ) : null}
                  {corrections.get(e.id)?.length ? (
                    <ul class="correction-values" data-testid="correction">
                      {corrections.get(e.id)!.map((c) => (
                        <li key={c.field}>
                          {fieldLabel(c.field)} · {t('identity.previous')}: {c.withheld ? <em>{t('identity.withheld')}</em> : (c.previous ?? <em>{t('identity.empty')}</em>)}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        </div>
        <div>
          <section class="detail-section access-box" data-testid="access">
            <h2>{t('detail.access')}</h2>
            <p>
              <span class="badge badge-success" data-testid="access-level">
                {enumLabel('AccessLevel', r.access.level)}
              </span>
            </p>
            <p class="small">
              {t('detail.accessReason')}: <span data-testid="access-reason">{accessReason(r.access)}</span>
            </p>
            <p class="small">
              {t('detail.consent')}: {enumLabel('Consent', r.consent.toReferral)} / {enumLabel('Consent', r.consent.toDisclosure)}
            </p>
          </section>
          <Actions referral={r} catalogue={catalogue} onChange={(next) => set({ referral: next })} onConflict={() => setConflict(true)} />
          <IdentityPanel referral={r} onChange={(next) => set({ referral: next })} />
          <AccessPanel referral={r} onChange={(next) => (next ? set({ referral: next }) : reload())} onConflict={() => setConflict(true)} />
          <ReferralComplexes referralId={r.id} />
        </div>
      </div>
    </>
  );
}

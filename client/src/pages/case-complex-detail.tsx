// One case complex: its linked referrals (those the viewer may see, and a line for each it may
// not, with why), linked operations, suspects with the stages of the criminal case, its timeline,
// and the lead's and the prosecution's actions. The API says how much the viewer sees
// (access.level); it does not list allowed actions, so they are offered to those who see the whole
// complex and the server's refusal is shown where one comes.
import { currentUser, gql } from '../api/client';
import { ActionForm } from '../components/action-form';
import { Alert, Loading, Row, usePageTitle } from '../components/ui';
import {
  AddSuspectDocument,
  CaseComplexDocument,
  HandOverCaseComplexDocument,
  OrganisationsDocument,
  RecordCaseEventDocument,
  type CaseComplexDetailFragment,
  type CaseEventKind,
  type CaseProvision,
  type SuspectItemFragment,
} from '../gql/graphql';
import { useLoad } from '../hooks';
import { accessReason, countryName, enumLabel, enumOptions, formatDate, formatDateTime, t } from '../i18n';
import type { TKey } from '../i18n/catalogue';
import { CASE_COMPLEX_CHANGE_ROLES, hasSomeRole } from './case-complex-roles';
import { ComplexJourneyPanel } from './case-complex-contributions';

type TComplex = CaseComplexDetailFragment;

const TIMELINE_KEYS: Record<string, TKey> = {
  CREATED: 'cc.event.CREATED',
  HANDED_OVER: 'cc.event.HANDED_OVER',
  REFERRAL_LINKED: 'cc.event.REFERRAL_LINKED',
  OPERATION_LINKED: 'cc.event.OPERATION_LINKED',
};

function Suspect(props: { suspect: SuspectItemFragment }) {
  const s = props.suspect;
  return (
    <li class="suspect" data-testid="suspect">
      <h3>{s.name}</h3>
      <dl class="facts">
        {s.dateOfBirth ? <Row term={t('cc.dateOfBirth')}>{formatDate(s.dateOfBirth)}</Row> : null}
        {s.nationality ? <Row term={t('cc.nationality')}>{countryName(s.nationality)}</Row> : null}
        {s.roleInNetwork ? <Row term={t('cc.roleInNetwork')}>{s.roleInNetwork}</Row> : null}
        {s.notes ? <Row term={t('cc.notes')}>{s.notes}</Row> : null}
        <Row term={t('cc.currentStage')}>
          <span data-testid="current-stage">{s.currentStage ? `${enumLabel('CaseEventKind', s.currentStage.kind)} (${formatDate(s.currentStage.occurredOn)})` : t('cc.noStage')}</span>
        </Row>
      </dl>
      {s.caseEvents.length ? (
        <div class="table-wrap">
          <table class="table table--compact" data-testid="case-events">
            <caption class="sr-only">{t('cc.stagesOf', { name: s.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cc.occurredOn')}</th>
                <th scope="col">{t('cc.stage')}</th>
                <th scope="col">{t('cc.provision')}</th>
                <th scope="col">{t('cc.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {s.caseEvents.map((e) => (
                <tr key={e.id}>
                  <td class="nowrap">{formatDate(e.occurredOn)}</td>
                  <td>
                    {enumLabel('CaseEventKind', e.kind)}
                    {e.note ? <span class="small muted"> · {e.note}</span> : null}
                  </td>
                  <td>{e.provision === 'OTHER' && e.provisionText ? e.provisionText : enumLabel('CaseProvision', e.provision)}</td>
                  <td>{e.organisation?.name ?? t('app.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </li>
  );
}

function Actions(props: { complex: TComplex; onChange: (c: TComplex) => void; reload: () => void }) {
  const c = props.complex;
  const orgs = useLoad(() => gql(OrganisationsDocument), 'orgs');
  // Who may lead is the server's rule; the list offers the police organisations other than the lead.
  const leads = (orgs.data?.organisations ?? []).filter((o) => o.kind === 'POLICE' && o.id !== c.leadOrganisation.id).map((o) => ({ value: o.code, label: `${o.name} (${o.code})` }));
  const suspects = (c.suspects ?? []).map((s) => ({ value: s.id, label: s.name }));
  return (
    <section class="detail-section" data-testid="cc-actions" aria-labelledby="cc-actions-heading">
      <h2 id="cc-actions-heading">{t('detail.actions')}</h2>
      <p class="small muted">{t('cc.actionsNote')}</p>
      <ActionForm
        testId="cc-add-suspect"
        title={t('cc.addSuspect')}
        fields={[
          { name: 'name', label: t('cc.suspectName'), kind: 'text' },
          { name: 'dateOfBirth', label: t('cc.dateOfBirth'), kind: 'date' },
          { name: 'nationality', label: t('cc.nationalityCode'), kind: 'text' },
          { name: 'roleInNetwork', label: t('cc.roleInNetwork'), kind: 'text' },
          { name: 'notes', label: t('cc.notes'), kind: 'textarea' },
        ]}
        run={async (v) => {
          await gql(AddSuspectDocument, {
            caseComplexId: c.id,
            input: { name: v.name ?? '', dateOfBirth: v.dateOfBirth || null, nationality: v.nationality ? v.nationality.toUpperCase() : null, roleInNetwork: v.roleInNetwork || null, notes: v.notes || null },
          });
          props.reload();
        }}
      />
      {suspects.length ? (
        <ActionForm
          testId="cc-record-event"
          title={t('cc.recordEvent')}
          fields={[
            { name: 'suspectId', label: t('cc.suspect'), kind: 'select', options: suspects },
            { name: 'kind', label: t('cc.stage'), kind: 'select', options: enumOptions('CaseEventKind') },
            { name: 'provision', label: t('cc.provision'), kind: 'select', options: enumOptions('CaseProvision') },
            { name: 'provisionText', label: t('cc.provisionText'), kind: 'text' },
            { name: 'occurredOn', label: t('cc.occurredOn'), kind: 'date' },
            { name: 'note', label: t('cc.note'), kind: 'textarea' },
          ]}
          run={async (v) => {
            await gql(RecordCaseEventDocument, {
              caseComplexId: c.id,
              input: {
                suspectId: v.suspectId ?? '',
                kind: (v.kind ?? '') as CaseEventKind,
                provision: (v.provision ?? '') as CaseProvision,
                provisionText: v.provisionText || null,
                occurredOn: v.occurredOn ?? '',
                note: v.note || null,
              },
            });
            props.reload();
          }}
        />
      ) : null}
      <ActionForm
        testId="cc-hand-over"
        title={t('cc.handOver')}
        fields={[{ name: 'to', label: t('cc.handOverTo'), kind: 'select', options: leads, apiField: 'toOrganisationCode' }]}
        run={async (v) => props.onChange((await gql(HandOverCaseComplexDocument, { id: c.id, to: v.to ?? '' })).handOverCaseComplex)}
      />
    </section>
  );
}

export function CaseComplexDetailPage(props: { id: string }) {
  usePageTitle('title.caseComplex');
  const { data, error, loading, set, reload } = useLoad(() => gql(CaseComplexDocument, { id: props.id }), props.id);
  if (loading && !data) return <Loading />;
  const c = data?.caseComplex;
  if (error || !c) return <Alert kind="error">{t('app.notFound')}</Alert>;
  const user = currentUser()!;
  const investigation = c.access.level === 'INVESTIGATION';
  const visible = new Set(c.referrals.map((r) => r.id));
  const references = new Map(c.referrals.map((r) => [r.id, r.reference]));
  const codenames = new Map((c.operations ?? []).map((o) => [o.id, o.codename]));
  // The timeline names every linked referral; those missing from `referrals` are ones the viewer may not see.
  const hidden = [...new Set((c.timeline ?? []).filter((e) => e.kind === 'REFERRAL_LINKED' && e.referralId && !visible.has(e.referralId)).map((e) => e.referralId!))];
  return (
    <>
      <div class="page-heading">
        <h1>
          {t('title.caseComplex')} <span class="reference">{c.name}</span>
        </h1>
      </div>
      {c.erasedAt ? (
        <Alert kind="info" heading={t('retention.erasedHeading')}>
          <span data-testid="erased">{t('retention.complexErased', { date: formatDate(c.erasedAt) })}</span>
        </Alert>
      ) : null}
      <div class="detail-grid">
        <div>
          <section class="detail-section">
            <dl class="facts">
              <Row term={t('cc.lead')}>
                <span data-testid="cc-lead">{c.leadOrganisation.name}</span>
              </Row>
              <Row term={t('cc.created')}>{formatDate(c.createdAt)}</Row>
              {c.description ? <Row term={t('cc.description')}>{c.description}</Row> : null}
            </dl>
          </section>
          <section class="detail-section" data-testid="cc-referrals" aria-labelledby="cc-referrals-heading">
            <h2 id="cc-referrals-heading">{t('cc.referrals')}</h2>
            {c.referrals.length === 0 && hidden.length === 0 ? <p class="muted">{t('cc.noReferrals')}</p> : null}
            <ul class="grant-list">
              {c.referrals.map((r) => (
                <li key={r.id}>
                  <a href={`/referrals/${r.id}`}>{r.reference}</a> · {enumLabel('ReferralState', r.state)} · {r.referringOrganisation.name}
                  <span class="small muted"> · {accessReason(r.access)}</span>
                </li>
              ))}
              {hidden.map((id) => (
                <li key={id} class="muted" data-testid="hidden-referral">
                  {t('cc.hiddenReferral')}
                </li>
              ))}
            </ul>
            {!investigation ? <p class="small muted">{t('cc.membershipOnly')}</p> : null}
            {investigation ? <p class="small muted">{t('cc.linkFromReferral')}</p> : null}
          </section>
          {c.operations ? (
            <section class="detail-section" data-testid="cc-operations" aria-labelledby="cc-operations-heading">
              <h2 id="cc-operations-heading">{t('cc.operations')}</h2>
              {c.operations.length === 0 ? <p class="muted">{t('cc.noOperations')}</p> : null}
              <ul class="grant-list">
                {c.operations.map((o) => (
                  <li key={o.id}>
                    <a href={`/operations/${o.id}`}>{o.codename}</a> · {enumLabel('OperationState', o.state as 'DRAFT')} · {o.leadOrganisation.name}
                    <span class="small muted"> · {t('cc.linkedAt', { date: formatDate(o.linkedAt) })}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {c.suspects ? (
            <section class="detail-section" data-testid="cc-suspects" aria-labelledby="cc-suspects-heading">
              <h2 id="cc-suspects-heading">{t('cc.suspects')}</h2>
              <p class="small muted">{t('cc.suspectsAudited')}</p>
              {c.suspects.length === 0 ? <p class="muted">{t('cc.noSuspects')}</p> : null}
              <ul class="nobullet-list suspect-list">
                {c.suspects.map((s) => (
                  <Suspect key={s.id} suspect={s} />
                ))}
              </ul>
            </section>
          ) : null}
          {c.timeline ? (
            <section class="detail-section" data-testid="cc-timeline" aria-labelledby="cc-timeline-heading">
              <h2 id="cc-timeline-heading">{t('detail.timeline')}</h2>
              <ol class="timeline">
                {c.timeline.map((e, i) => (
                  <li key={i}>
                    <span class="timeline-when">{formatDateTime(e.at)}</span> <strong>{TIMELINE_KEYS[e.kind] ? t(TIMELINE_KEYS[e.kind]!) : e.kind}</strong>
                    {e.kind === 'HANDED_OVER' && e.fromOrganisation && e.toOrganisation ? ` · ${e.fromOrganisation.name} → ${e.toOrganisation.name}` : e.organisation ? ` · ${e.organisation.name}` : ''}
                    {e.referralId && references.has(e.referralId) ? (
                      <>
                        {' · '}
                        <a class="nowrap" href={`/referrals/${e.referralId}`}>{references.get(e.referralId)}</a>
                      </>
                    ) : null}
                    {e.operationId && codenames.has(e.operationId) ? (
                      <>
                        {' · '}
                        <a href={`/operations/${e.operationId}`}>{codenames.get(e.operationId)}</a>
                      </>
                    ) : null}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          <ComplexJourneyPanel id={c.id} erased={Boolean(c.erasedAt)} />
        </div>
        <div>
          <section class="detail-section access-box" data-testid="cc-access">
            <h2>{t('detail.access')}</h2>
            <p>
              <span class="badge badge-success" data-testid="cc-access-level">
                {enumLabel('CaseComplexAccessLevel', c.access.level)}
              </span>
            </p>
            <p class="small">
              {t('detail.accessReason')}: {accessReason(c.access)}
            </p>
          </section>
          {investigation && hasSomeRole(user.roles, CASE_COMPLEX_CHANGE_ROLES) ? <Actions complex={c} onChange={(next) => set({ caseComplex: next })} reload={reload} /> : null}
        </div>
      </div>
    </>
  );
}

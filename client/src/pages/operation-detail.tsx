// A joint operation: for the lead, invitations (double bookings shown before they are made), state
// moves and outcomes; for an invitee, accept (naming attendees) or decline. Briefing point and
// targets come from the API only after acceptance, so before it they are not in the page at all.
import { useRef, useState } from 'preact/hooks';
import { ApiError, currentUser, download, gql } from '../api/client';
import { ActionForm } from '../components/action-form';
import { Alert, CheckboxGroup, errorsOf, Loading, Row, usePageTitle, type TFieldErrors } from '../components/ui';
import {
  AttendeeCandidatesDocument,
  CancelOperationDocument,
  CompleteOperationDocument,
  ConfirmOperationDocument,
  InviteToOperationDocument,
  OperationDocument,
  OperationsDocument,
  OrganisationsDocument,
  RecordOperationOutcomeDocument,
  RespondToInvitationDocument,
  StartOperationDocument,
  type OperationDetailFragment,
} from '../gql/graphql';
import { LinkToComplex } from '../components/link-to-complex';
import { DoubleBookingConfirm, DoubleBookings, Interpreters, NameOfficers, useDoubleBookingCheck } from '../components/operation-people';
import { MoveOperation } from '../components/operation-time';
import { useLoad } from '../hooks';
import { accessReason, enumLabel, formatDateTime, t } from '../i18n';

type TOp = OperationDetailFragment;

function Invite(props: { op: TOp; onChange: (op: TOp) => void }) {
  const op = props.op;
  const user = currentUser()!;
  const [codes, setCodes] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  // Planning a draft can book its named staff twice: the API refuses until it is confirmed.
  const [doubleBooked, setDoubleBooked] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<TFieldErrors>({});
  const details = useRef<HTMLDetailsElement>(null);
  const orgs = useLoad(() => gql(OrganisationsDocument), 'orgs');
  const invited = new Set(op.invitations.map((i) => i.organisation.code));
  // Double bookings before they are made: the chosen organisations' operations that overlap this window.
  const overlaps = useLoad(
    async () => {
      const found: Array<{ org: string; codename: string | null }> = [];
      for (const code of codes) {
        const data = await gql(OperationsDocument, { filter: { from: op.startsAt, to: op.endsAt, organisationCode: code }, first: 20 });
        for (const { node } of data.operations.edges) {
          if (node.id !== op.id && node.state !== 'CANCELLED' && node.state !== 'COMPLETED') found.push({ org: code, codename: node.codename });
        }
      }
      return found;
    },
    codes.join(','),
  );
  const options = (orgs.data?.organisations ?? []).filter((o) => o.id !== user.organisation.id && !invited.has(o.code)).map((o) => ({ value: o.code, label: `${o.name} (${o.code})` }));
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    setErrors({});
    try {
      const data = await gql(InviteToOperationDocument, { id: op.id, codes, ...(doubleBooked ? { confirmDoubleBooking: confirm, doubleBookingReason: reason || null } : {}) });
      setCodes([]);
      setDoubleBooked(false);
      if (details.current) details.current.open = false;
      props.onChange(data.inviteToOperation);
    } catch (e) {
      if (e instanceof ApiError && e.extensions?.rule === 'DOUBLE_BOOKING_NOT_CONFIRMED') setDoubleBooked(true);
      else if (e instanceof ApiError && e.field === 'doubleBookingReason') setErrors(errorsOf(e).fields);
      else setError(e instanceof ApiError ? e.message : t('app.error'));
    }
  };
  return (
    <details class="action-details" data-testid="invite" ref={details}>
      <summary>{t('ops.invite')}</summary>
      <form class="action-body" onSubmit={submit} noValidate>
        {error ? <Alert kind="error">{error}</Alert> : null}
        <CheckboxGroup legend={t('ops.inviteOrgs')} name="organisations" values={codes} onChange={setCodes} options={options} />
        {(overlaps.data ?? []).map((o) => (
          <Alert key={`${o.org}-${o.codename}`} kind="warning" testId="conflict-before">
            {t('ops.conflictBefore', { org: o.org })} {o.codename ? `(${o.codename})` : ''}
          </Alert>
        ))}
        {doubleBooked ? (
          <>
            <Alert kind="warning" heading={t('people.doubleHeading')} testId="plan-double-booking-warning">
              {t('move.planDoubleBooked')}
            </Alert>
            <DoubleBookingConfirm confirm={confirm} setConfirm={setConfirm} reason={reason} setReason={setReason} errors={errors} />
          </>
        ) : null}
        <button type="submit" class="button button-primary" disabled={codes.length === 0}>
          {t('ops.invite')}
        </button>
      </form>
    </details>
  );
}

function Respond(props: { op: TOp; onChange: (op: TOp) => void }) {
  const op = props.op;
  const candidates = useLoad(() => gql(AttendeeCandidatesDocument, { operationId: op.id }), op.id);
  const [attendees, setAttendees] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const check = useDoubleBookingCheck(op.id, attendees, []);
  const respond = async (accept: boolean) => {
    setError(null);
    setErrors({});
    try {
      const data = await gql(RespondToInvitationDocument, { operationId: op.id, accept, attendeeUserIds: accept ? attendees : null, note: note || null, ...(accept ? check.variables : {}) });
      props.onChange(data.respondToInvitation);
    } catch (e) {
      const { fields, form } = errorsOf(e);
      setErrors(fields);
      if (form) setError(form);
    }
  };
  return (
    <section class="detail-section" data-testid="respond">
      <h2>{t('tasks.invitations')}</h2>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <CheckboxGroup
        legend={t('ops.attendees')}
        name="attendees"
        values={attendees}
        onChange={setAttendees}
        error={errors.attendeeUserIds}
        options={(candidates.data?.operationAttendeeCandidates ?? []).map((c) => ({ value: c.id, label: c.name }))}
      />
      <DoubleBookings conflicts={check.conflicts} testId="double-booking-warning" />
      {check.confirmFields(errors)}
      <div class="form-group">
        <label class="form-label" for="respond-note">
          {t('ops.note')}
        </label>
        <textarea id="respond-note" class="form-input" rows={2} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </div>
      <div class="button-row">
        <button type="button" class="button button-primary" data-testid="accept" onClick={() => respond(true)}>
          {t('ops.accept')}
        </button>
        <button type="button" class="button button-secondary" data-testid="decline" onClick={() => respond(false)}>
          {t('ops.decline')}
        </button>
      </div>
    </section>
  );
}

export function OperationDetailPage(props: { id: string }) {
  usePageTitle('title.operation');
  const { data, error, loading, set } = useLoad(() => gql(OperationDocument, { id: props.id }), props.id);
  const [downloadError, setDownloadError] = useState(false);
  if (loading && !data) return <Loading />;
  const op = data?.operation;
  if (error || !op) return <Alert kind="error">{t('app.notFound')}</Alert>;
  const user = currentUser()!;
  const lead = op.leadOrganisation.id === user.organisation.id;
  const coordinator = user.roles.includes('COORDINATOR');
  const update = (next: TOp) => set({ operation: next });
  const full = op.access.level === 'FULL';
  const active = op.state !== 'CANCELLED' && op.state !== 'COMPLETED';
  const conflicts = lead ? op.conflicts : (op.myInvitation?.conflicts ?? []);
  return (
    <>
      <div class="page-heading">
        <h1>
          {t('title.operation')} <span class="reference">{op.codename}</span>
        </h1>
        <span class="badge badge-info state-badge" data-testid="operation-state">
          {enumLabel('OperationState', op.state)}
        </span>
      </div>
      {op.erasedAt ? (
        <Alert kind="info" heading={t('retention.erasedHeading')}>
          <span data-testid="erased">{t('retention.operationErased', { date: formatDateTime(op.erasedAt) })}</span>
        </Alert>
      ) : null}
      {conflicts.length ? (
        <div data-testid="conflicts">
          {conflicts.map((c, i) => (
            <Alert key={i} kind="warning" heading={t('ops.conflicts')}>
              {t('ops.conflictWarn', { org: c.organisation.name, other: c.operation ? ` (${c.operation.codename})` : '' })}
            </Alert>
          ))}
        </div>
      ) : null}
      <DoubleBookings conflicts={op.attendeeConflicts} own testId="attendee-conflicts" />
      <div class="detail-grid">
        <div>
          <section class="detail-section">
            <dl class="facts">
              <Row term={t('ops.objective')}>{op.objective}</Row>
              <Row term={t('ops.col.when')}>
                {formatDateTime(op.startsAt)} – {formatDateTime(op.endsAt)}
              </Row>
              <Row term={t('ops.region')}>{enumLabel('Region', op.region)}</Row>
              {op.sector ? <Row term={t('ops.sector')}>{enumLabel('Sector', op.sector)}</Row> : null}
              <Row term={t('ops.col.lead')}>{op.leadOrganisation.name}</Row>
              <Row term={t('ops.cmmAttendance')}>{op.requestCmmAttendance ? t('app.yes') : t('app.no')}</Row>
              {op.briefingPoint != null ? (
                <Row term={t('ops.briefingPoint')}>
                  <span data-testid="briefing-point">{op.briefingPoint}</span>
                </Row>
              ) : null}
            </dl>
            {op.targets ? (
              <>
                <h2 class="section-heading">{t('ops.targetsHeading')}</h2>
                <ul data-testid="targets">
                  {op.targets.map((target, i) => (
                    <li key={i}>
                      {target.address}
                      {target.description ? ` — ${target.description}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p class="muted" data-testid="hidden-until-accept">
                {t('ops.hiddenUntilAccept')}
              </p>
            )}
            <p>
              <button
                type="button"
                class="button button-secondary"
                data-testid="ics"
                onClick={() => download(`/operations/${op.id}.ics`, `operation-${op.id}.ics`).then(() => setDownloadError(false), () => setDownloadError(true))}
              >
                {t('ops.ics')}
              </button>
            </p>
            {downloadError ? <Alert kind="error">{t('app.error')}</Alert> : null}
          </section>
          <Interpreters op={op} canArrange={lead && coordinator && (op.state === 'DRAFT' || op.state === 'PLANNED' || op.state === 'CONFIRMED')} onChange={update} />
          {op.outcomes?.length || (op.totals && (op.state === 'IN_PROGRESS' || op.state === 'COMPLETED')) ? (
            <section class="detail-section" data-testid="outcomes">
              <h2>{t('ops.outcomes')}</h2>
              {op.totals ? (
                <p>
                  {t('ops.totals', { persons: op.totals.personsEncountered, victims: op.totals.possibleVictimsSpokenWith, arrests: op.totals.arrests, referrals: op.totals.referralsMade })}
                </p>
              ) : null}
              <ul>
                {(op.outcomes ?? []).map((o) => (
                  <li key={o.organisation.id}>
                    <strong>{o.organisation.name}</strong>: {t('ops.outcomeLine', { persons: o.personsEncountered, victims: o.possibleVictimsSpokenWith, arrests: o.arrests })}
                    {o.findings ? ` — ${o.findings}` : ''}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section class="detail-section" data-testid="operation-referrals">
            <h2>{t('ops.referrals')}</h2>
            <ul>
              {op.referrals.edges.map(({ node }) => (
                <li key={node.id}>
                  <a href={`/referrals/${node.id}`}>{node.reference}</a> · {enumLabel('ReferralState', node.state)}
                </li>
              ))}
            </ul>
            {full && active && user.roles.some((r) => r === 'CASEWORKER' || r === 'COORDINATOR') ? <a href={`/referrals/new?operation=${op.id}`}>{t('ops.referFrom')}</a> : null}
          </section>
        </div>
        <div>
          <section class="detail-section" data-testid="invitations">
            <h2>{t('ops.invitations')}</h2>
            {op.leadAttendees ? (
              <p data-testid="lead-attendees">
                <strong>{t('people.leadAttendees')}</strong>: {op.leadAttendees.length ? op.leadAttendees.map((a) => a.name).join(', ') : t('people.none')}
              </p>
            ) : null}
            <ul class="grant-list nobullet-list">
              {op.invitations.map((i) => (
                <li key={i.organisation.id}>
                  <strong>{i.organisation.name}</strong> · {enumLabel('InvitationStatus', i.status)}
                  {i.attendees?.length ? <span class="small"> · {i.attendees.map((a) => a.name).join(', ')}</span> : null}
                </li>
              ))}
            </ul>
          </section>
          {!lead && op.myInvitation?.status === 'INVITED' && active ? <Respond op={op} onChange={update} /> : null}
          {lead && coordinator && active ? (
            <section class="detail-section" data-testid="lead-actions">
              <h2>{t('detail.actions')}</h2>
              {op.state === 'DRAFT' || op.state === 'PLANNED' || op.state === 'CONFIRMED' ? <Invite op={op} onChange={update} /> : null}
              {op.state === 'DRAFT' || op.state === 'PLANNED' || op.state === 'CONFIRMED' ? <NameOfficers op={op} onChange={update} /> : null}
              {op.state === 'DRAFT' || op.state === 'PLANNED' || op.state === 'CONFIRMED' ? <MoveOperation op={op} onChange={update} /> : null}
              {op.state === 'PLANNED' ? <ActionForm testId="op-confirm" title={t('ops.confirm')} fields={[]} run={async () => update((await gql(ConfirmOperationDocument, { id: op.id })).confirmOperation)} /> : null}
              {op.state === 'CONFIRMED' ? <ActionForm testId="op-start" title={t('ops.start')} fields={[]} run={async () => update((await gql(StartOperationDocument, { id: op.id })).startOperation)} /> : null}
              {op.state === 'IN_PROGRESS' ? <ActionForm testId="op-complete" title={t('ops.complete')} fields={[]} run={async () => update((await gql(CompleteOperationDocument, { id: op.id })).completeOperation)} /> : null}
              <ActionForm
                testId="op-cancel"
                tone="warning"
                title={t('ops.cancel')}
                fields={[{ name: 'reason', label: t('ops.cancelReason'), kind: 'textarea' }]}
                run={async (v) => update((await gql(CancelOperationDocument, { id: op.id, reason: v.reason ?? '' })).cancelOperation)}
              />
            </section>
          ) : null}
          {full && (op.state === 'IN_PROGRESS' || op.state === 'COMPLETED') && user.roles.some((r) => r === 'CASEWORKER' || r === 'COORDINATOR') ? (
            <ActionForm
              testId="op-outcome"
              title={t('ops.outcome')}
              fields={[
                { name: 'personsEncountered', label: t('ops.persons'), kind: 'number', initial: '0' },
                { name: 'possibleVictimsSpokenWith', label: t('ops.victims'), kind: 'number', initial: '0' },
                { name: 'arrests', label: t('ops.arrests'), kind: 'number', initial: '0' },
                { name: 'findings', label: t('ops.findings'), kind: 'textarea' },
              ]}
              run={async (v) =>
                update(
                  (
                    await gql(RecordOperationOutcomeDocument, {
                      operationId: op.id,
                      input: { personsEncountered: Number(v.personsEncountered), possibleVictimsSpokenWith: Number(v.possibleVictimsSpokenWith), arrests: Number(v.arrests), findings: v.findings || null },
                    })
                  ).recordOperationOutcome,
                )
              }
            />
          ) : null}
          <section class="detail-section access-box">
            <h2>{t('detail.access')}</h2>
            <p>
              <span class="badge badge-success">{enumLabel('AccessLevel', op.access.level)}</span>
            </p>
            <p class="small">
              {t('detail.accessReason')}: {accessReason(op.access)}
            </p>
          </section>
          <LinkToComplex operationId={op.id} asSection />
        </div>
      </div>
    </>
  );
}

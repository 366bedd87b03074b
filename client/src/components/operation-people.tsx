// Journey 1's people and interpreters on the operation screen: the lead names its own staff, the
// double bookings that naming would make are shown before saving and need a confirmation with a
// reason, and the lead's coordinators request interpreters per language and record their status.
import { useEffect, useState } from 'preact/hooks';
import { gql } from '../api/client';
import {
  AttendeeCandidatesDocument,
  AttendeeConflictsDocument,
  NameOperationAttendeesDocument,
  RequestInterpreterDocument,
  SetInterpreterStatusDocument,
  type AttendeeConflictItemFragment,
  type InterpreterStatus,
  type OperationDetailFragment,
} from '../gql/graphql';
import { useLoad } from '../hooks';
import { enumLabel, formatDateTime, languageNames, t } from '../i18n';
import { Alert, Checkbox, CheckboxGroup, errorsOf, SelectField, TextArea, TextField, type TFieldErrors } from './ui';

type TOp = OperationDetailFragment;

/** One line per double booking; the other operation named only when the API shows it. */
export function DoubleBookings(props: { conflicts: readonly AttendeeConflictItemFragment[]; own?: boolean; testId: string }) {
  if (props.conflicts.length === 0) return null;
  return (
    <Alert kind="warning" heading={t('people.doubleHeading')} testId={props.testId}>
      <ul class="nobullet-list">
        {props.conflicts.map((c, i) => (
          <li key={i}>
            {t(props.own ? 'people.doubleOwn' : 'people.doubleWarn', {
              name: c.attendee.name,
              from: formatDateTime(c.startsAt),
              to: formatDateTime(c.endsAt),
              other: c.operation ? ` (${c.operation.codename})` : '',
            })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** The confirmation a double booking needs: a tick, then the reason (sealed with the operation). */
export function DoubleBookingConfirm(props: { confirm: boolean; setConfirm: (v: boolean) => void; reason: string; setReason: (v: string) => void; errors: TFieldErrors }) {
  return (
    <div data-testid="double-booking-confirm">
      <Checkbox label={t('people.confirm')} name="confirmDoubleBooking" checked={props.confirm} onChange={props.setConfirm} />
      {props.confirm ? <TextArea label={t('people.reason')} name="doubleBookingReason" rows={2} value={props.reason} onInput={props.setReason} error={props.errors.doubleBookingReason} /> : null}
    </div>
  );
}

/**
 * The double bookings choosing `userIds` would make, asked of the API as the choice changes,
 * and the confirmation with a reason they need.
 */
export function useDoubleBookingCheck(operationId: string, userIds: string[], alreadyNamed: readonly string[]) {
  const fresh = userIds.filter((id) => !alreadyNamed.includes(id));
  const key = `${operationId}:${[...fresh].sort().join(',')}`;
  const check = useLoad(async () => (fresh.length ? (await gql(AttendeeConflictsDocument, { operationId, userIds: fresh })).attendeeConflicts : []), key);
  const [confirm, setConfirm] = useState(false);
  const [reason, setReason] = useState('');
  const conflicts = check.data ?? [];
  useEffect(() => {
    if (conflicts.length === 0) setConfirm(false);
  }, [conflicts.length]);
  return {
    conflicts,
    variables: conflicts.length ? { confirmDoubleBooking: confirm, doubleBookingReason: reason || null } : {},
    confirmFields: (errors: TFieldErrors) =>
      conflicts.length ? <DoubleBookingConfirm confirm={confirm} setConfirm={setConfirm} reason={reason} setReason={setReason} errors={errors} /> : null,
    reset: () => {
      setConfirm(false);
      setReason('');
    },
  };
}

/** The lead's coordinators name the lead's own staff. */
export function NameOfficers(props: { op: TOp; onChange: (op: TOp) => void }) {
  const op = props.op;
  const named = (op.leadAttendees ?? []).map((a) => a.id);
  const candidates = useLoad(() => gql(AttendeeCandidatesDocument, { operationId: op.id }), `candidates:${op.id}`);
  const [chosen, setChosen] = useState<string[]>(named);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const check = useDoubleBookingCheck(op.id, chosen, named);
  const submit = async (event: Event) => {
    event.preventDefault();
    setErrors({});
    setError(null);
    setSaved(false);
    try {
      const data = await gql(NameOperationAttendeesDocument, { operationId: op.id, userIds: chosen, ...check.variables });
      check.reset();
      setSaved(true);
      props.onChange(data.nameOperationAttendees);
    } catch (e) {
      const { fields, form } = errorsOf(e);
      setErrors(fields);
      if (form) setError(form);
    }
  };
  return (
    <details class="action-details" data-testid="name-officers">
      <summary>{t('people.heading')}</summary>
      <form class="action-body" onSubmit={submit} noValidate>
        <p class="small">{t('people.intro')}</p>
        {error ? <Alert kind="error">{error}</Alert> : null}
        {saved ? <Alert kind="success">{t('people.saved')}</Alert> : null}
        <CheckboxGroup
          legend={t('people.choose')}
          name="officers"
          values={chosen}
          onChange={setChosen}
          error={errors.userIds}
          options={(candidates.data?.operationAttendeeCandidates ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
        <DoubleBookings conflicts={check.conflicts} testId="double-booking-warning" />
        {check.confirmFields(errors)}
        <button type="submit" class="button button-primary">
          {t('people.save')}
        </button>
      </form>
    </details>
  );
}

const STATUSES: InterpreterStatus[] = ['REQUESTED', 'CONFIRMED', 'UNAVAILABLE', 'CANCELLED'];

function InterpreterStatusForm(props: { op: TOp; interpreter: TOp['interpreters'][number]; onChange: (op: TOp) => void }) {
  const { op, interpreter } = props;
  const [status, setStatus] = useState<string>(interpreter.status);
  const [provider, setProvider] = useState(interpreter.provider ?? '');
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    setErrors({});
    setError(null);
    try {
      const data = await gql(SetInterpreterStatusDocument, { operationId: op.id, interpreterId: interpreter.id, status: status as InterpreterStatus, provider: provider || null });
      props.onChange(data.setInterpreterStatus);
    } catch (e) {
      const { fields, form } = errorsOf(e);
      setErrors(fields);
      if (form) setError(form);
    }
  };
  return (
    <form class="interpreter-form" onSubmit={submit} noValidate data-testid={`interpreter-${interpreter.language}`}>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <SelectField label={t('interp.status')} name="status" value={status} onChange={setStatus} options={STATUSES.map((s) => ({ value: s, label: enumLabel('InterpreterStatus', s) }))} error={errors.status} />
      <TextField label={t('interp.provider')} name="provider" value={provider} onInput={setProvider} error={errors.provider} />
      <button type="submit" class="button button-secondary">
        {t('interp.setStatus')}
      </button>
    </form>
  );
}

/** The interpreters asked for; the lead's coordinators ask for more and record the answers. */
export function Interpreters(props: { op: TOp; canArrange: boolean; onChange: (op: TOp) => void }) {
  const op = props.op;
  const [language, setLanguage] = useState('');
  const [provider, setProvider] = useState('');
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const request = async (event: Event) => {
    event.preventDefault();
    setErrors({});
    setError(null);
    try {
      const data = await gql(RequestInterpreterDocument, { operationId: op.id, language, provider: provider || null });
      setLanguage('');
      setProvider('');
      props.onChange(data.requestInterpreter);
    } catch (e) {
      const { fields, form } = errorsOf(e);
      setErrors(fields);
      if (form) setError(form);
    }
  };
  return (
    <section class="detail-section" data-testid="interpreters">
      <h2>{t('interp.heading')}</h2>
      {op.interpreters.length === 0 ? <p class="muted">{t('interp.none')}</p> : null}
      <ul class="nobullet-list grant-list">
        {op.interpreters.map((i) => (
          <li key={i.id}>
            <strong>{t('interp.forLanguage', { language: languageNames([i.language]) })}</strong> · <span class="badge badge-info">{enumLabel('InterpreterStatus', i.status)}</span> ·{' '}
            <span class="small">{i.provider ?? t('interp.noProvider')}</span>
            {props.canArrange && i.status !== 'CANCELLED' ? (
              <details class="action-details">
                <summary>{t('interp.setStatus')}</summary>
                <div class="action-body">
                  <InterpreterStatusForm op={op} interpreter={i} onChange={props.onChange} />
                </div>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
      {props.canArrange ? (
        <details class="action-details" data-testid="request-interpreter">
          <summary>{t('interp.request')}</summary>
          <form class="action-body" onSubmit={request} noValidate>
            {error ? <Alert kind="error">{error}</Alert> : null}
            <TextField label={t('interp.language')} name="language" value={language} onInput={setLanguage} error={errors.language} required />
            <TextField label={t('interp.provider')} name="provider" value={provider} onInput={setProvider} error={errors.provider} />
            <button type="submit" class="button button-primary">
              {t('interp.request')}
            </button>
          </form>
        </details>
      ) : null}
    </section>
  );
}

// The lead moves a planned operation's time window. A move that books someone named on it twice is
// refused by the API until confirmed with a reason; the warning and the confirmation appear then,
// as when naming (the API, not the page, knows every organisation's people).
import { useState } from 'preact/hooks';
import { ApiError, gql } from '../api/client';
import { UpdateOperationDocument, type OperationDetailFragment } from '../gql/graphql';
import { t } from '../i18n';
import { DoubleBookingConfirm } from './operation-people';
import { Alert, errorsOf, TextField, type TFieldErrors } from './ui';
import { instant } from './action-form';

type TOp = OperationDetailFragment;

/** An instant as the value of a datetime-local field, in the browser's time zone. */
function local(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function MoveOperation(props: { op: TOp; onChange: (op: TOp) => void }) {
  const op = props.op;
  const [startsAt, setStartsAt] = useState(local(op.startsAt));
  const [endsAt, setEndsAt] = useState(local(op.endsAt));
  const [doubleBooked, setDoubleBooked] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setErrors({});
    setError(null);
    setSaved(false);
    try {
      const data = await gql(UpdateOperationDocument, {
        id: op.id,
        version: op.version,
        input: { startsAt: instant(startsAt), endsAt: instant(endsAt) },
        ...(doubleBooked ? { confirmDoubleBooking: confirm, doubleBookingReason: reason || null } : {}),
      });
      setDoubleBooked(false);
      setConfirm(false);
      setReason('');
      setSaved(true);
      props.onChange(data.updateOperation);
    } catch (e) {
      // The refusal is the warning: it is shown above the confirmation, not at the time field.
      if (e instanceof ApiError && e.extensions?.rule === 'DOUBLE_BOOKING_NOT_CONFIRMED') {
        setDoubleBooked(true);
        return;
      }
      const { fields, form } = errorsOf(e);
      setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^input\./, ''), v])));
      if (form) setError(form);
    }
  };
  return (
    <details class="action-details" data-testid="move-operation">
      <summary>{t('move.heading')}</summary>
      <form class="action-body" onSubmit={submit} noValidate>
        {error ? <Alert kind="error">{error}</Alert> : null}
        {saved ? <Alert kind="success">{t('move.saved')}</Alert> : null}
        <TextField label={t('move.startsAt')} name="startsAt" type="datetime-local" value={startsAt} onInput={setStartsAt} error={errors.startsAt} />
        <TextField label={t('move.endsAt')} name="endsAt" type="datetime-local" value={endsAt} onInput={setEndsAt} error={errors.endsAt} />
        {doubleBooked ? (
          <>
            <Alert kind="warning" heading={t('people.doubleHeading')} testId="move-double-booking-warning">
              {t('move.doubleBooked')}
            </Alert>
            <DoubleBookingConfirm confirm={confirm} setConfirm={setConfirm} reason={reason} setReason={setReason} errors={errors} />
          </>
        ) : null}
        <button type="submit" class="button button-primary">
          {t('move.save')}
        </button>
      </form>
    </details>
  );
}

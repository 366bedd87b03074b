import { useState } from 'preact/hooks';
import { gql } from '../api/client';
import { instant } from '../components/action-form';
import { Alert, Checkbox, errorsOf, SelectField, TextArea, TextField, usePageTitle, type TFieldErrors } from '../components/ui';
import { CreateOperationDocument, type Region, type Sector } from '../gql/graphql';
import { enumOptions, fieldErrorText, t } from '../i18n';
import { navigate } from '../router';
import { formField } from './referral-form';

function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function OperationNewPage() {
  usePageTitle('title.operationNew');
  const tomorrow = new Date(Date.now() + 86_400_000);
  tomorrow.setHours(6, 0, 0, 0);
  const [f, setF] = useState({
    codename: '',
    objective: '',
    sector: '',
    region: '',
    startsAt: localInput(tomorrow),
    endsAt: localInput(new Date(tomorrow.getTime() + 6 * 3_600_000)),
    briefingPoint: '',
    targets: '',
    requestCmmAttendance: false,
    interpreterLanguages: '',
  });
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof typeof f) => (value: string | boolean) => setF((old) => ({ ...old, [key]: value }));

  const submit = async (event: Event) => {
    event.preventDefault();
    setErrors({});
    setError(null);
    const missing: TFieldErrors = {};
    for (const key of ['codename', 'objective', 'region'] as const) if (!f[key].trim()) missing[key] = fieldErrorText('REQUIRED', {}, '');
    if (Object.keys(missing).length) return setErrors(missing);
    try {
      const data = await gql(CreateOperationDocument, {
        input: {
          codename: f.codename,
          objective: f.objective,
          region: f.region as Region,
          ...(f.sector ? { sector: f.sector as Sector } : {}),
          startsAt: instant(f.startsAt),
          endsAt: instant(f.endsAt),
          briefingPoint: f.briefingPoint.trim() || null,
          targets: f.targets
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean)
            .map((address) => ({ address })),
          requestCmmAttendance: f.requestCmmAttendance,
          interpreterLanguages: f.interpreterLanguages
            .split(/[,\s]+/)
            .map((s) => s.trim())
            .filter(Boolean),
        },
      });
      navigate(`/operations/${data.createOperation.id}`);
    } catch (e) {
      const { fields, form } = errorsOf(e);
      const mapped = Object.fromEntries(Object.entries(fields).map(([k, v]) => [formField(k).split('.')[0]!, v]));
      setErrors(mapped);
      if (form) setError(form);
      else if (!Object.keys(mapped).length) setError(t('app.error'));
    }
  };

  return (
    <>
      <h1>{t('ops.new')}</h1>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <form onSubmit={submit} noValidate class="narrow-form" data-testid="operation-form">
        <TextField label={t('ops.codename')} name="codename" value={f.codename} onInput={set('codename')} error={errors.codename} required />
        <TextArea label={t('ops.objective')} name="objective" value={f.objective} onInput={set('objective')} error={errors.objective} rows={3} />
        <SelectField label={t('ops.region')} name="region" value={f.region} onChange={set('region')} options={enumOptions('Region')} error={errors.region} required />
        <SelectField label={t('ops.sector')} name="sector" value={f.sector} onChange={set('sector')} options={enumOptions('Sector')} error={errors.sector} />
        <TextField label={t('ops.startsAt')} name="startsAt" type="datetime-local" value={f.startsAt} onInput={set('startsAt')} error={errors.startsAt} required />
        <TextField label={t('ops.endsAt')} name="endsAt" type="datetime-local" value={f.endsAt} onInput={set('endsAt')} error={errors.endsAt} required />
        <TextField label={t('ops.briefingPoint')} name="briefingPoint" value={f.briefingPoint} onInput={set('briefingPoint')} error={errors.briefingPoint} />
        <TextArea label={t('ops.targets')} name="targets" value={f.targets} onInput={set('targets')} error={errors.targets} rows={3} />
        <Checkbox label={t('ops.cmm')} name="requestCmmAttendance" checked={f.requestCmmAttendance} onChange={set('requestCmmAttendance')} />
        <TextField label={t('ops.interpreters')} name="interpreterLanguages" value={f.interpreterLanguages} onInput={set('interpreterLanguages')} error={errors.interpreterLanguages} />
        <button type="submit" class="button button-primary">
          {t('ops.create')}
        </button>
      </form>
    </>
  );
}

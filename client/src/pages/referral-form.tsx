// The referral form: the fields a DRAFT needs come first (region and suspected exploitation); once
// they are there the draft is created on the server, and every later change is saved to it,
// debounced. What was typed since the last save waits in memory (drafts.ts) when the session
// ends, and is saved once the same user is back. A stale version shows the conflict.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, gql } from '../api/client';
import { Alert, CheckboxGroup, errorsOf, Loading, SelectField, TextArea, TextField, usePageTitle, type TFieldErrors } from '../components/ui';
import { dropDraft, keepDraft, takeDraft } from '../drafts';
import {
  CreateReferralDocument,
  ReferralDocument,
  SubmitReferralDocument,
  UpdateReferralDocument,
  type Consent,
  type CreateReferralInput,
  type ExploitationForm,
  type Gender,
  type ReferralDetailFragment,
  type Region,
  type ResidenceStatus,
  type Sector,
  type Urgency,
} from '../gql/graphql';
import { enumOptions, formatTime, t } from '../i18n';
import { navigate } from '../router';
import { IndicatorChecklist } from '../components/indicator-checklist';
import { useIndicatorCatalogue } from './referral-addendum';

export type TReferralForm = {
  region: string;
  suspectedExploitation: string[];
  urgency: string;
  sector: string;
  location: string;
  narrative: string;
  indicators: string;
  /** Codes of the maintained indicator list (issue 14). */
  indicatorCodes: string[];
  name: string;
  alias: string;
  dateOfBirth: string;
  estimatedAge: string;
  gender: string;
  nationality: string;
  languages: string;
  residenceStatus: string;
  contact: string;
  whereabouts: string;
  toReferral: string;
  toDisclosure: string;
};

const EMPTY: TReferralForm = {
  region: '',
  suspectedExploitation: [],
  urgency: '',
  sector: '',
  location: '',
  narrative: '',
  indicators: '',
  indicatorCodes: [],
  name: '',
  alias: '',
  dateOfBirth: '',
  estimatedAge: '',
  gender: '',
  nationality: '',
  languages: '',
  residenceStatus: '',
  contact: '',
  whereabouts: '',
  toReferral: '',
  toDisclosure: '',
};

const SAVE_AFTER_MS = 800;

function fromReferral(r: ReferralDetailFragment): TReferralForm {
  const s = r.subject;
  return {
    region: r.region,
    suspectedExploitation: [...r.suspectedExploitation],
    urgency: r.urgency,
    sector: r.sector ?? '',
    location: r.location ?? '',
    narrative: r.narrative ?? '',
    indicators: (r.indicators ?? []).join('\n'),
    indicatorCodes: [...(r.indicatorCodes ?? [])],
    name: s.identity?.name ?? '',
    alias: s.identity?.alias ?? '',
    dateOfBirth: s.identity?.dateOfBirth ?? '',
    estimatedAge: s.identity?.estimatedAge == null ? '' : String(s.identity.estimatedAge),
    gender: s.gender,
    nationality: s.nationality ?? '',
    languages: s.languages.join(', '),
    residenceStatus: s.residenceStatus,
    contact: s.contact ?? '',
    whereabouts: s.whereabouts ?? '',
    toReferral: r.consent.toReferral,
    toDisclosure: r.consent.toDisclosure,
  };
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** The whole form as the API's input (empty text clears a field; an unset choice is left out). */
export function toInput(f: TReferralForm, operationId: string | null): CreateReferralInput {
  const age = f.estimatedAge.trim() === '' ? null : Number(f.estimatedAge);
  return {
    region: f.region as Region,
    suspectedExploitation: f.suspectedExploitation as ExploitationForm[],
    ...(f.urgency ? { urgency: f.urgency as Urgency } : {}),
    ...(f.sector ? { sector: f.sector as Sector } : {}),
    location: orNull(f.location),
    narrative: orNull(f.narrative),
    indicators: f.indicators
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    // A draft kept before the checklist existed has no codes.
    indicatorCodes: f.indicatorCodes ?? [],
    ...(operationId ? { operationId } : {}),
    subject: {
      name: orNull(f.name),
      alias: orNull(f.alias),
      dateOfBirth: orNull(f.dateOfBirth),
      estimatedAge: age === null || Number.isNaN(age) ? null : age,
      ...(f.gender ? { gender: f.gender as Gender } : {}),
      nationality: orNull(f.nationality),
      languages: f.languages
        .split(/[,\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
      ...(f.residenceStatus ? { residenceStatus: f.residenceStatus as ResidenceStatus } : {}),
      contact: orNull(f.contact),
      whereabouts: orNull(f.whereabouts),
    },
    consent: { ...(f.toReferral ? { toReferral: f.toReferral as Consent } : {}), ...(f.toDisclosure ? { toDisclosure: f.toDisclosure as Consent } : {}) },
  };
}

/** `input.subject.languages.0` → `subject.languages`: the form's name for the field at fault. */
export function formField(field: string): string {
  return field
    .replace(/^input\./, '')
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
}

/** A refused submit's errors with each field's under the form's name for it (formField), and the form's own. */
export function formErrorsOf(error: unknown): { fields: TFieldErrors; form: string | null } {
  const { fields, form } = errorsOf(error);
  const mapped: TFieldErrors = {};
  for (const [k, v] of Object.entries(fields)) mapped[formField(k)] = v;
  return { fields: mapped, form };
}

type TSave = 'idle' | 'dirty' | 'saving' | 'saved' | 'failed';

export function ReferralFormPage(props: { id: string | null; operationId: string | null }) {
  usePageTitle(props.id ? 'title.referral' : 'title.referralNew');
  const draftKey = props.id ?? 'new';
  const [form, setForm] = useState<TReferralForm | null>(props.id ? null : (takeDraft<TReferralForm>('new') ?? EMPTY));
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const catalogue = useIndicatorCatalogue();
  const [save, setSave] = useState<TSave>('idle');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [loads, setLoads] = useState(0);
  const version = useRef<number | null>(null);
  const latest = useRef<TReferralForm | null>(form);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const creating = useRef(false);
  const operationId = useRef<string | null>(props.operationId);
  const conflictRef = useRef(false);

  useEffect(() => {
    if (!props.id) {
      if (takeDraft('new')) scheduleSave();
      return;
    }
    gql(ReferralDocument, { id: props.id }).then(
      (data) => {
        const r = data.referral;
        if (!r) return setFormError(t('app.notFound'));
        if (r.state !== 'DRAFT') return navigate(`/referrals/${r.id}`, { replace: true });
        version.current = r.version;
        operationId.current = r.operationId ?? null;
        const pending = takeDraft<TReferralForm>(draftKey);
        const initial = pending ?? fromReferral(r);
        latest.current = initial;
        setForm(initial);
        if (pending) scheduleSave();
        else setSave('saved');
      },
      (e: unknown) => setFormError(errorsOf(e).form),
    );
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [props.id, loads]);

  // "Load the latest version": the server's draft replaces what was typed here (in the page, no reload).
  const loadLatest = () => {
    dropDraft(draftKey);
    conflictRef.current = false;
    setConflict(false);
    setErrors({});
    setFormError(null);
    setLoads((n) => n + 1);
  };

  const scheduleSave = () => {
    setSave('dirty');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), SAVE_AFTER_MS);
  };

  const saveNow = async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    const f = latest.current;
    if (!f || conflictRef.current) return false;
    // A draft needs region and a suspected form before the server can keep it.
    if (!f.region || f.suspectedExploitation.length === 0) return false;
    if (!props.id && creating.current) return false;
    setSave('saving');
    try {
      if (!props.id) {
        creating.current = true;
        const data = await gql(CreateReferralDocument, { input: toInput(f, operationId.current) });
        const created = data.createReferral;
        // Keep what was typed while creating, then continue on the draft's own page.
        const now = latest.current ?? f;
        dropDraft('new');
        if (now !== f) keepDraft(created.id, now);
        navigate(`/referrals/${created.id}/edit`, { replace: true });
        return true;
      }
      const { operationId: _op, ...input } = toInput(f, null);
      const data = await gql(UpdateReferralDocument, { id: props.id, version: version.current!, input });
      version.current = data.updateReferral.version;
      if (latest.current === f) {
        dropDraft(draftKey);
        setSave('saved');
      } else scheduleSave();
      setSavedAt(new Date().toISOString());
      setErrors({});
      setFormError(null);
      return true;
    } catch (e) {
      creating.current = false;
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        conflictRef.current = true;
        setConflict(true);
        setSave('failed');
        return false;
      }
      if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') {
        // The session ended: what was typed waits in memory for the same user to sign in again.
        keepDraft(draftKey, f);
        return false;
      }
      const { fields, form: message } = errorsOf(e);
      setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [formField(k), v])));
      setFormError(message ?? t('form.saveFailed'));
      setSave('failed');
      return false;
    }
  };

  if (!form) return formError ? <Alert kind="error">{formError}</Alert> : <Loading />;

  const set = <K extends keyof TReferralForm>(key: K) => (value: TReferralForm[K]) => {
    const next = { ...latest.current!, [key]: value };
    latest.current = next;
    keepDraft(draftKey, next);
    setForm(next);
    scheduleSave();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!props.id) return void saveNow();
    if (!(await saveNow())) return;
    try {
      const data = await gql(SubmitReferralDocument, { id: props.id });
      dropDraft(draftKey);
      navigate(`/referrals/${data.submitReferral.id}`);
    } catch (e) {
      const { fields, form: message } = errorsOf(e);
      setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [formField(k), v])));
      setFormError(message ?? t('form.saveFailed'));
    }
  };

  const status =
    save === 'saving' ? t('form.saving') : save === 'saved' ? (savedAt ? t('form.draftSaved', { time: formatTime(savedAt) }) : t('form.stored')) : save === 'dirty' ? t('form.unsaved') : '';

  return (
    <>
      <h1>{t('title.referralNew')}</h1>
      <p>{t('form.intro')}</p>
      {conflict ? (
        <Alert kind="warning" heading={t('conflict.heading')} testId="conflict">
          <p>{t('conflict.text')}</p>
          <button type="button" class="button button-secondary" onClick={loadLatest}>
            {t('conflict.reload')}
          </button>
        </Alert>
      ) : null}
      {formError && !conflict ? <Alert kind="error" testId="form-error">{formError}</Alert> : null}
      <p class="save-status" role="status" aria-live="polite" data-testid="save-status" data-state={save}>
        {status}
      </p>
      <form onSubmit={submit} noValidate class="referral-form">
        <fieldset>
          <legend class="h2">{t('form.case')}</legend>
          <SelectField label={t('field.region')} name="region" value={form.region} onChange={set('region')} options={enumOptions('Region')} error={errors.region} required />
          <CheckboxGroup legend={t('field.exploitation')} name="suspectedExploitation" values={form.suspectedExploitation} onChange={set('suspectedExploitation')} options={enumOptions('ExploitationForm')} error={errors.suspectedExploitation} required />
          <SelectField label={t('field.urgency')} name="urgency" value={form.urgency} onChange={set('urgency')} options={enumOptions('Urgency')} error={errors.urgency} />
          <SelectField label={t('field.sector')} name="sector" value={form.sector} onChange={set('sector')} options={enumOptions('Sector')} error={errors.sector} />
          <TextField label={t('field.location')} name="location" value={form.location} onInput={set('location')} error={errors.location} />
          <TextArea label={t('field.narrative')} name="narrative" value={form.narrative} onInput={set('narrative')} error={errors.narrative} rows={6} />
          <fieldset class="form-group">
            <legend class="form-label">{t('indicators.heading')}</legend>
            <IndicatorChecklist catalogue={catalogue} selected={form.indicatorCodes ?? []} onChange={set('indicatorCodes')} idPrefix="indicator" error={errors.indicatorCodes} />
          </fieldset>
          <TextArea label={t('indicators.other')} name="indicators" value={form.indicators} onInput={set('indicators')} error={errors.indicators} />
        </fieldset>
        <fieldset>
          <legend class="h2">{t('form.person')}</legend>
          <TextField label={t('field.name')} name="name" value={form.name} onInput={set('name')} error={errors['subject.name']} />
          <TextField label={t('field.alias')} name="alias" value={form.alias} onInput={set('alias')} error={errors['subject.alias']} />
          <TextField label={t('field.dateOfBirth')} name="dateOfBirth" value={form.dateOfBirth} onInput={set('dateOfBirth')} error={errors['subject.dateOfBirth']} />
          <TextField label={t('field.estimatedAge')} name="estimatedAge" type="number" value={form.estimatedAge} onInput={set('estimatedAge')} error={errors['subject.estimatedAge']} />
          <SelectField label={t('field.gender')} name="gender" value={form.gender} onChange={set('gender')} options={enumOptions('Gender')} error={errors['subject.gender']} />
          <TextField label={t('field.nationality')} name="nationality" value={form.nationality} onInput={set('nationality')} error={errors['subject.nationality']} />
          <TextField label={t('field.languages')} name="languages" value={form.languages} onInput={set('languages')} error={errors['subject.languages']} />
          <SelectField label={t('field.residenceStatus')} name="residenceStatus" value={form.residenceStatus} onChange={set('residenceStatus')} options={enumOptions('ResidenceStatus')} error={errors['subject.residenceStatus']} />
          <TextField label={t('field.contact')} name="contact" value={form.contact} onInput={set('contact')} error={errors['subject.contact']} />
          <TextField label={t('field.whereabouts')} name="whereabouts" value={form.whereabouts} onInput={set('whereabouts')} error={errors['subject.whereabouts']} />
        </fieldset>
        <fieldset>
          <legend class="h2">{t('form.consentHeading')}</legend>
          <SelectField label={t('field.toReferral')} name="toReferral" value={form.toReferral} onChange={set('toReferral')} options={enumOptions('Consent')} error={errors['consent.toReferral']} />
          <SelectField label={t('field.toDisclosure')} name="toDisclosure" value={form.toDisclosure} onChange={set('toDisclosure')} options={enumOptions('Consent')} error={errors['consent.toDisclosure']} />
        </fieldset>
        {props.id ? (
          <button type="submit" class="button button-primary" data-testid="submit-referral">
            {t('form.submit')}
          </button>
        ) : null}
      </form>
    </>
  );
}

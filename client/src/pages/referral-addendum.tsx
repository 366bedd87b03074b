// Issue 14, journey 2: the referrer adds what it learned after submission (indicators from the
// maintained list, free text, a narrative) as an entry of the referral's timeline.
import { useState } from 'preact/hooks';
import { gql } from '../api/client';
import { IndicatorChecklist, indicatorLabel } from '../components/indicator-checklist';
import { Alert, errorsOf, TextArea, type TFieldErrors } from '../components/ui';
import { AddReferralAddendumDocument, IndicatorCatalogueDocument, type IndicatorEntryFragment, type ReferralDetailFragment } from '../gql/graphql';
import { useLoad } from '../hooks';
import { t } from '../i18n';

/** The maintained list with retired entries, so that codes already stored still read as words. */
export function useIndicatorCatalogue(): readonly IndicatorEntryFragment[] {
  return useLoad(() => gql(IndicatorCatalogueDocument, { includeRetired: true }), 'indicator-catalogue').data?.indicatorCatalogue ?? [];
}

export function IndicatorCodes(props: { codes: readonly string[]; catalogue: readonly IndicatorEntryFragment[]; testId?: string }) {
  if (props.codes.length === 0) return null;
  return (
    <ul data-testid={props.testId}>
      {props.codes.map((code) => (
        <li key={code}>{indicatorLabel(props.catalogue, code)}</li>
      ))}
    </ul>
  );
}

export function AddendumForm(props: { referralId: string; catalogue: readonly IndicatorEntryFragment[]; run: (p: Promise<Record<string, ReferralDetailFragment>>) => Promise<void> }) {
  const [codes, setCodes] = useState<string[]>([]);
  const [other, setOther] = useState('');
  const [narrative, setNarrative] = useState('');
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setError(null);
    try {
      const indicators = other
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      await props.run(gql(AddReferralAddendumDocument, { id: props.referralId, input: { indicatorCodes: codes, indicators, narrative: narrative || null } }));
      setCodes([]);
      setOther('');
      setNarrative('');
    } catch (e) {
      const { fields, form } = errorsOf(e);
      const mapped: TFieldErrors = {};
      for (const [field, message] of Object.entries(fields)) {
        if (field.startsWith('input.indicatorCodes')) mapped.codes = message;
        else if (field.startsWith('input.indicators')) mapped.other = message;
        else if (field === 'input.narrative') mapped.narrative = message;
        else setError(message);
      }
      setErrors(mapped);
      if (form) setError(form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="action-details">
      <summary>{t('addendum.title')}</summary>
      <div class="action-body">
        <form onSubmit={submit} noValidate data-testid="action-addendum">
          <p>{t('addendum.intro')}</p>
          {error ? <Alert kind="error">{error}</Alert> : null}
          <h3>{t('indicators.heading')}</h3>
          <IndicatorChecklist catalogue={props.catalogue} selected={codes} onChange={setCodes} idPrefix="addendum" error={errors.codes} />
          <TextArea label={t('indicators.other')} name="other" value={other} onInput={setOther} error={errors.other} rows={2} />
          <TextArea label={t('addendum.narrative')} name="narrative" value={narrative} onInput={setNarrative} error={errors.narrative} rows={4} />
          <button type="submit" class="button button-primary" disabled={busy}>
            {t('addendum.submit')}
          </button>
        </form>
      </div>
    </details>
  );
}

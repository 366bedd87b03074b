// The maintained indicator list as a checklist grouped by exploitation form, in the user's
// language (issue 14): what a referral or an addendum stores as codes. Retired entries are shown
// only where already ticked, so an old referral still reads right.
import type { IndicatorEntryFragment } from '../gql/graphql';
import { enumLabel, getLang, t } from '../i18n';
import { ENUMS } from '../i18n/enums';

export function indicatorLabel(catalogue: readonly IndicatorEntryFragment[], code: string): string {
  const entry = catalogue.find((i) => i.code === code);
  if (!entry) return code;
  return getLang() === 'en' ? entry.labelEn : entry.labelDa;
}

export function IndicatorChecklist(props: { catalogue: readonly IndicatorEntryFragment[]; selected: readonly string[]; onChange: (codes: string[]) => void; idPrefix: string; error?: string }) {
  const shown = props.catalogue.filter((i) => i.active || props.selected.includes(i.code));
  // In the order the schema lists the forms, as every other choice of form reads.
  const order = Object.keys(ENUMS.ExploitationForm);
  const forms = [...new Set(shown.map((i) => i.exploitationForm))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const toggle = (code: string, on: boolean) => props.onChange(on ? [...props.selected, code] : props.selected.filter((c) => c !== code));
  return (
    <div class="indicator-checklist" data-testid="indicator-checklist">
      <p class="form-hint">{t('indicators.intro')}</p>
      {props.error ? (
        <span class="form-error-message" role="alert">
          {props.error}
        </span>
      ) : null}
      {forms.map((form) => (
        <fieldset key={form} class="form-group">
          <legend class="form-label">{enumLabel('ExploitationForm', form)}</legend>
          <ul class="nobullet-list checkbox-list">
            {shown
              .filter((i) => i.exploitationForm === form)
              .map((i) => {
                const id = `${props.idPrefix}-${i.code}`;
                return (
                  <li key={i.code}>
                    <input type="checkbox" class="form-checkbox" id={id} name={`${props.idPrefix}-codes`} value={i.code} checked={props.selected.includes(i.code)} onChange={(e) => toggle(i.code, (e.target as HTMLInputElement).checked)} />
                    <label for={id}>
                      {getLang() === 'en' ? i.labelEn : i.labelDa} {i.active ? null : <span class="muted">{t('indicators.retired')}</span>}
                    </label>
                  </li>
                );
              })}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}

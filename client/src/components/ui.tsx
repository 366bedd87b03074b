// Small building blocks in Det Fælles Designsystem's markup (classes from dkfds' CSS).
import type { ComponentChildren } from 'preact';
import { useEffect, useId } from 'preact/hooks';
import { ApiError } from '../api/client';
import type { TKey } from '../i18n/catalogue';
import { fieldErrorText, t } from '../i18n';

export function usePageTitle(key: TKey): void {
  // Titles name the page only: never a person, never a reference.
  useEffect(() => {
    document.title = `${t(key)} – ${t('app.name')}`;
  });
}

export type TFieldErrors = Record<string, string>;

/** An API error as texts per field (`extensions.field`, the rule's text) and one for the form. */
export function errorsOf(error: unknown): { fields: TFieldErrors; form: string | null; code: string | null } {
  if (error instanceof ApiError) {
    const field = error.field;
    if (error.code === 'BAD_USER_INPUT' && field) {
      return { fields: { [field]: fieldErrorText(error.extensions?.rule, error.extensions ?? {}, error.message) }, form: null, code: error.code };
    }
    return { fields: {}, form: error.code === 'NETWORK' || error.code === 'INTERNAL_SERVER_ERROR' ? t('app.error') : error.message, code: error.code };
  }
  return { fields: {}, form: t('app.error'), code: null };
}

type TFieldProps = {
  label: string;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  children: (id: string, describedBy: string | undefined) => ComponentChildren;
};

export function Field({ label, error, hint, required, children }: TFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`form-group${error ? ' form-error' : ''}`}>
      <label class="form-label" for={id}>
        {label}
        {required ? <span class="required-mark"> ({t('form.required').toLowerCase()})</span> : null}
      </label>
      {hint ? (
        <span class="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="form-error-message" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : null}
      {children(id, describedBy)}
    </div>
  );
}

export function TextField(props: { label: string; value: string; onInput: (v: string) => void; error?: string | undefined; type?: string; required?: boolean; name?: string; autocomplete?: string; hint?: string }) {
  return (
    <Field label={props.label} error={props.error} required={props.required} hint={props.hint}>
      {(id, describedBy) => (
        <input
          id={id}
          name={props.name}
          class="form-input"
          type={(props.type ?? 'text') as 'text'}
          value={props.value}
          autocomplete={props.autocomplete ?? 'off'}
          aria-describedby={describedBy}
          aria-invalid={props.error ? 'true' : undefined}
          required={props.required}
          onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
}

export function TextArea(props: { label: string; value: string; onInput: (v: string) => void; error?: string | undefined; name?: string; rows?: number }) {
  return (
    <Field label={props.label} error={props.error}>
      {(id, describedBy) => (
        <textarea
          id={id}
          name={props.name}
          class="form-input"
          rows={props.rows ?? 4}
          value={props.value}
          aria-describedby={describedBy}
          aria-invalid={props.error ? 'true' : undefined}
          onInput={(e) => props.onInput((e.target as HTMLTextAreaElement).value)}
        />
      )}
    </Field>
  );
}

export function SelectField(props: { label: string; value: string; onChange: (v: string) => void; options: Array<{ value: string; label: string }>; error?: string | undefined; required?: boolean; name?: string; emptyLabel?: string }) {
  return (
    <Field label={props.label} error={props.error} required={props.required}>
      {(id, describedBy) => (
        <select
          id={id}
          name={props.name}
          class="form-select"
          value={props.value}
          aria-describedby={describedBy}
          aria-invalid={props.error ? 'true' : undefined}
          onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}
        >
          <option value="">{props.emptyLabel ?? t('field.choose')}</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxGroup(props: { legend: string; values: string[]; onChange: (v: string[]) => void; options: Array<{ value: string; label: string }>; error?: string | undefined; required?: boolean; name: string }) {
  const id = useId();
  return (
    <fieldset class={`form-group${props.error ? ' form-error' : ''}`} aria-describedby={props.error ? `${id}-error` : undefined}>
      <legend class="form-label">
        {props.legend}
        {props.required ? <span class="required-mark"> ({t('form.required').toLowerCase()})</span> : null}
      </legend>
      {props.error ? (
        <span class="form-error-message" id={`${id}-error`} role="alert">
          {props.error}
        </span>
      ) : null}
      <ul class="nobullet-list checkbox-list">
        {props.options.map((o) => (
          <li key={o.value}>
            <input
              type="checkbox"
              class="form-checkbox"
              id={`${id}-${o.value}`}
              name={props.name}
              value={o.value}
              checked={props.values.includes(o.value)}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                props.onChange(on ? [...props.values, o.value] : props.values.filter((v) => v !== o.value));
              }}
            />
            <label for={`${id}-${o.value}`}>{o.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function Checkbox(props: { label: string; checked: boolean; onChange: (v: boolean) => void; name?: string }) {
  const id = useId();
  return (
    <div class="form-group checkbox-single">
      <input type="checkbox" class="form-checkbox" id={id} name={props.name} checked={props.checked} onChange={(e) => props.onChange((e.target as HTMLInputElement).checked)} />
      <label for={id}>{props.label}</label>
    </div>
  );
}

export function Alert(props: { kind: 'error' | 'warning' | 'success' | 'info'; heading?: string; children?: ComponentChildren; testId?: string }) {
  return (
    <div class={`alert alert-${props.kind}`} role={props.kind === 'error' || props.kind === 'warning' ? 'alert' : 'status'} data-testid={props.testId}>
      <div class="alert-body">
        {props.heading ? <p class="alert-heading">{props.heading}</p> : null}
        {props.children ? <div class="alert-text">{props.children}</div> : null}
      </div>
    </div>
  );
}

export function Loading() {
  return <p class="loading">{t('app.loading')}</p>;
}

/** A term and its value, as a row of a description list. */
export function Row(props: { term: string; children: ComponentChildren }) {
  return (
    <div class="dl-row">
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

// One action as a small form that opens on demand: its fields, its submit, its server errors at the field.
import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { Alert, errorsOf, SelectField, TextArea, TextField, type TFieldErrors } from './ui';
import { formField } from '../pages/referral-form';

export type TFieldSpec = {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'date' | 'datetime' | 'number' | 'select';
  options?: Array<{ value: string; label: string }>;
  initial?: string;
  /** The API's name for the field when it differs (extensions.field). */
  apiField?: string;
};

export function ActionForm(props: { title: string; fields: TFieldSpec[]; submitLabel?: string; run: (values: Record<string, string>) => Promise<unknown>; testId: string; tone?: 'primary' | 'warning'; open?: boolean; intro?: string }) {
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>(Object.fromEntries(props.fields.map((f) => [f.name, f.initial ?? ''])));
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const set = (name: string) => (v: string) => setValues((old) => ({ ...old, [name]: v }));

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setErrors({});
    try {
      await props.run(values);
      // Done: the form closes and forgets what was typed.
      setValues(Object.fromEntries(props.fields.map((f) => [f.name, f.initial ?? ''])));
      if (details.current) details.current.open = false;
    } catch (e) {
      const { fields, form } = errorsOf(e);
      const mapped: TFieldErrors = {};
      for (const [k, v] of Object.entries(fields)) {
        const name = formField(k);
        const spec = props.fields.find((f) => f.name === name || f.apiField === name || `input.${f.name}` === k || name.endsWith(`.${f.name}`));
        if (spec) mapped[spec.name] = v;
        else setError(v);
      }
      setErrors(mapped);
      if (form) setError(form);
    } finally {
      setBusy(false);
    }
  };

  const body = (
    <form onSubmit={submit} noValidate data-testid={props.testId}>
      {props.intro ? <Alert kind="warning">{props.intro}</Alert> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      {props.fields.map((f) => {
        if (f.kind === 'select') return <SelectField key={f.name} name={f.name} label={f.label} value={values[f.name] ?? ''} onChange={set(f.name)} options={f.options ?? []} error={errors[f.name]} />;
        if (f.kind === 'textarea') return <TextArea key={f.name} name={f.name} label={f.label} value={values[f.name] ?? ''} onInput={set(f.name)} error={errors[f.name]} rows={3} />;
        const type = f.kind === 'datetime' ? 'datetime-local' : f.kind === 'text' ? 'text' : f.kind;
        return <TextField key={f.name} name={f.name} label={f.label} type={type} value={values[f.name] ?? ''} onInput={set(f.name)} error={errors[f.name]} />;
      })}
      <button type="submit" class={`button ${props.tone === 'warning' ? 'button-secondary' : 'button-primary'}`} disabled={busy}>
        {props.submitLabel ?? props.title}
      </button>
    </form>
  );
  if (props.fields.length === 0 && !props.intro) {
    return (
      <div class="action-inline">
        {error ? <Alert kind="error">{error}</Alert> : null}
        <button type="button" class="button button-primary" disabled={busy} data-testid={props.testId} onClick={submit}>
          {props.title}
        </button>
      </div>
    );
  }
  return (
    <details class="action-details" open={props.open} id={id} ref={details}>
      <summary>{props.title}</summary>
      <div class="action-body">{body}</div>
    </details>
  );
}

/**
 * A creation form that opens on demand (the administration pages): the summary, an intro, the
 * form's own error, the fields (children) and the submit button. The page keeps the state.
 */
export function DisclosureForm(props: {
  title: string;
  intro: string;
  testId: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  error: string | null;
  busy: boolean;
  onSubmit: (event: Event) => void;
  children: ComponentChildren;
}) {
  return (
    <details class="action-details" open={props.open} onToggle={(e) => props.onToggle((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{props.title}</summary>
      <div class="action-body">
        <form onSubmit={props.onSubmit} noValidate data-testid={props.testId} class="narrow-form">
          <p class="small">{props.intro}</p>
          {props.error ? <Alert kind="error">{props.error}</Alert> : null}
          {props.children}
          <button type="submit" class="button button-primary" disabled={props.busy}>
            {props.title}
          </button>
        </form>
      </div>
    </details>
  );
}

/** `2026-12-01T10:00` typed in the page (local time) as an instant. */
export function instant(local: string): string {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

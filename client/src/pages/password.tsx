import { useState } from 'preact/hooks';
import { ApiError, changePassword } from '../api/client';
import { Alert, errorsOf, TextField, usePageTitle } from '../components/ui';
import { t } from '../i18n';

export function PasswordPage() {
  usePageTitle('title.password');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const submit = async (event: Event) => {
    event.preventDefault();
    setMessage(null);
    setFieldErrors({});
    if (next !== repeat) {
      setFieldErrors({ repeat: t('password.mismatch') });
      return;
    }
    try {
      await changePassword(current, next);
      setCurrent('');
      setNext('');
      setRepeat('');
      setMessage({ kind: 'success', text: t('password.changed') });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') return setFieldErrors({ currentPassword: t('signIn.bad') });
      const { fields, form } = errorsOf(e);
      setFieldErrors(fields);
      if (form) setMessage({ kind: 'error', text: form });
    }
  };

  return (
    <>
      <h1>{t('title.password')}</h1>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <form onSubmit={submit} noValidate class="narrow-form">
        <TextField label={t('password.current')} type="password" autocomplete="current-password" value={current} onInput={setCurrent} error={fieldErrors.currentPassword} required />
        <TextField label={t('password.new')} type="password" autocomplete="new-password" value={next} onInput={setNext} error={fieldErrors.newPassword} required />
        <TextField label={t('password.repeat')} type="password" autocomplete="new-password" value={repeat} onInput={setRepeat} error={fieldErrors.repeat} required />
        <button type="submit" class="button button-primary">
          {t('app.save')}
        </button>
      </form>
    </>
  );
}

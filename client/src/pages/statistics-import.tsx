// The administrator loads CMM's historical register: a CSV file chosen here, read in the browser
// and sent as importHistory(csv). All or nothing: when any line is wrong, the server imports no
// line and names each wrong line and column (never the value), which is all this page shows.
import { useId, useState } from 'preact/hooks';
import { gql } from '../api/client';
import { Alert, errorsOf, usePageTitle } from '../components/ui';
import { ImportHistoryDocument, type ImportHistoryMutation } from '../gql/graphql';
import { t } from '../i18n';

type TResult = ImportHistoryMutation['importHistory'];

/** Far above the register since 2007 (a few thousand rows); the server has its own limit too. */
const MAX_BYTES = 20 * 1024 * 1024;

export function StatisticsImportPage() {
  usePageTitle('title.statisticsImport');
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setResult(null);
    setError(null);
    if (!file) return setError(t('import.chooseFile'));
    if (file.size > MAX_BYTES) return setError(t('import.tooLarge'));
    setBusy(true);
    try {
      const csv = await file.text();
      setResult((await gql(ImportHistoryDocument, { csv })).importHistory);
    } catch (e) {
      const { fields, form } = errorsOf(e);
      setError(Object.values(fields)[0] ?? form ?? t('app.error'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p class="no-print">
        <a href="/statistics">{t('import.back')}</a>
      </p>
      <h1>{t('import.heading')}</h1>
      <p>{t('import.intro')}</p>
      <p class="small muted">{t('import.columns')}</p>
      <form onSubmit={submit} noValidate data-testid="import-form">
        <div class={`form-group${error ? ' form-error' : ''}`}>
          <label class="form-label" for={id}>
            {t('import.file')}
          </label>
          <span class="form-hint" id={`${id}-hint`}>
            {t('import.fileHint')}
          </span>
          {error ? (
            <span class="form-error-message" id={`${id}-error`} role="alert">
              {error}
            </span>
          ) : null}
          <input
            id={id}
            name="file"
            type="file"
            class="form-input"
            accept=".csv,text/csv"
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)}
          />
        </div>
        <button type="submit" class="button button-primary" disabled={busy}>
          {t('import.submit')}
        </button>
      </form>
      {result ? (
        result.errors.length > 0 ? (
          <section class="detail-section" data-testid="import-errors" aria-labelledby="import-errors-h">
            <Alert kind="error" heading={t('import.rejected', { n: result.errors.length })}>
              {t('import.nothingImported')}
            </Alert>
            <h2 id="import-errors-h">{t('import.errorsHeading')}</h2>
            <table class="table table--compact table--zebra">
              <caption class="sr-only">{t('import.errorsHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col" class="num">
                    {t('import.line')}
                  </th>
                  <th scope="col">{t('import.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {result.errors.map((e) => (
                  <tr key={`${e.line}-${e.reason}`} data-line={e.line}>
                    <td class="num">{e.line}</td>
                    {/* The server's words, in English: marked so, for a screen reader. */}
                    <td lang="en">{e.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : (
          <Alert kind="success" testId="import-done" heading={t('import.done')}>
            {t('import.counts', { imported: result.imported, skipped: result.skipped })}
          </Alert>
        )
      ) : null}
    </>
  );
}

// A data subject's request for access: the auditor finds the person by name and date of birth
// (findDataSubjects: itself audited, answering with pseudonyms and referral references only) and
// opens the subject access report, printable. The name typed stays in this page's memory: the
// path carries the subject's id only.
import { useState } from 'preact/hooks';
import { ApiError, gql } from '../api/client';
import { Alert, errorsOf, Loading, TextField, usePageTitle, type TFieldErrors } from '../components/ui';
import { FindDataSubjectsDocument, SubjectAccessReportDocument, type FindDataSubjectsQuery } from '../gql/graphql';
import { useLoad } from '../hooks';
import { formatDateTime, t } from '../i18n';
import { AuditHead, AuditNav, AuditRow } from './audit';

type THit = FindDataSubjectsQuery['findDataSubjects'][number];

export function AuditSubjectsPage() {
  usePageTitle('title.auditSubjects');
  const [form, setForm] = useState({ name: '', dateOfBirth: '' });
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [hits, setHits] = useState<THit[] | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    setErrors({});
    setError(null);
    const missing: TFieldErrors = {};
    if (!form.name.trim()) missing.name = t('form.required');
    if (!form.dateOfBirth) missing.dateOfBirth = t('form.required');
    if (Object.keys(missing).length > 0) return setErrors(missing);
    setBusy(true);
    try {
      setHits((await gql(FindDataSubjectsDocument, { name: form.name.trim(), dateOfBirth: form.dateOfBirth })).findDataSubjects);
    } catch (e) {
      const { fields, form: formError } = errorsOf(e);
      setErrors(fields);
      if (formError) setError(formError);
      else if (e instanceof ApiError && e.code === 'BAD_USER_INPUT' && Object.keys(fields).length === 0) setError(t('form.invalid'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h1>{t('audit.heading')}</h1>
      <AuditNav />
      <h2>{t('subjects.heading')}</h2>
      <p>{t('subjects.intro')}</p>
      <form class="filters" onSubmit={submit} noValidate data-testid="subject-find" aria-label={t('subjects.heading')}>
        <TextField name="name" label={t('subjects.name')} hint={t('subjects.nameHint')} value={form.name} onInput={(v) => setForm({ ...form, name: v })} error={errors.name} />
        <TextField name="dateOfBirth" type="date" label={t('subjects.dateOfBirth')} value={form.dateOfBirth} onInput={(v) => setForm({ ...form, dateOfBirth: v })} error={errors.dateOfBirth} />
        <button type="submit" class="button button-primary" disabled={busy}>
          {t('subjects.find')}
        </button>
      </form>
      <p class="small muted">{t('subjects.audited')}</p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {hits ? (
        hits.length === 0 ? (
          <p data-testid="subject-none">{t('subjects.none')}</p>
        ) : (
          <table class="table table--compact table--zebra" data-testid="subject-hits">
            <caption class="sr-only">{t('subjects.hits')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('subjects.pseudonym')}</th>
                <th scope="col">{t('subjects.referrals')}</th>
                <th scope="col">
                  <span class="sr-only">{t('subjects.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {hits.map((h) => (
                <tr key={h.subjectId}>
                  <td class="nowrap">{h.pseudonym}</td>
                  <td>{h.referrals.join(', ') || t('app.none')}</td>
                  <td>
                    <a href={`/audit/subjects/${h.subjectId}`} aria-label={t('subjects.openFor', { pseudonym: h.pseudonym })}>
                      {t('subjects.open')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
    </>
  );
}

export function SubjectAccessReportPage(props: { subjectId: string }) {
  usePageTitle('title.subjectReport');
  const report = useLoad(() => gql(SubjectAccessReportDocument, { subjectId: props.subjectId }), props.subjectId);
  const notFound = report.error instanceof ApiError && report.error.code === 'NOT_FOUND';
  const printedAt = new Date().toISOString();
  return (
    <>
      <div class="no-print">
        <AuditNav />
        <p>
          <a href="/audit/subjects">{t('report.back')}</a>
        </p>
      </div>
      <div class="page-heading">
        <h1>{t('report.heading')}</h1>
        <button type="button" class="button button-secondary no-print" data-testid="report-print" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>
      <dl class="facts report-meta">
        <div class="dl-row">
          <dt>{t('report.subject')}</dt>
          <dd class="details-code">{props.subjectId}</dd>
        </div>
        <div class="dl-row print-only">
          <dt>{t('report.printedAt')}</dt>
          <dd>{formatDateTime(printedAt)}</dd>
        </div>
      </dl>
      <p>{t('report.intro')}</p>
      {report.loading && !report.data ? <Loading /> : null}
      {notFound ? <Alert kind="error">{t('report.notFound')}</Alert> : report.error ? <Alert kind="error">{t('app.error')}</Alert> : null}
      {report.data ? (
        report.data.subjectAccessReport.length === 0 ? (
          <p>{t('report.empty')}</p>
        ) : (
          <>
            <p data-testid="report-count">{t('report.count', { n: report.data.subjectAccessReport.length })}</p>
            <div class="table-wrap" tabIndex={0} role="region" aria-label={t('report.heading')}>
              <table class="table table--compact table--zebra audit-table audit-table--report" data-testid="report-table">
                <caption class="sr-only">{t('report.heading')}</caption>
                <AuditHead showSubject={false} />
                <tbody>
                  {report.data.subjectAccessReport.map((e) => (
                    <AuditRow key={`${e.id}-${e.objectId ?? ''}`} e={e} showSubject={false} />
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )
      ) : null}
    </>
  );
}

// The auditor's pages: the search of the audit trail (filters and paging in the path's query: ids,
// codes and times only), and the verification of the hash chain with its result in words. How much
// of the trail an auditor sees is the server's rule (CMM all of it, others their organisation's).
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError, gql } from '../api/client';
import { instant } from '../components/action-form';
import { Alert, errorsOf, Loading, Row, SelectField, TextField, usePageTitle, type TFieldErrors } from '../components/ui';
import { AuditEventsDocument, VerifyAuditChainDocument, type AuditEventFilter, type AuditEventItemFragment, type AuditOutcome, type Role, type VerifyAuditChainQuery } from '../gql/graphql';
import { useLoad } from '../hooks';
import { auditLabel, enumLabel, formatDate, formatDateTime, formatNumber, formatTime, t } from '../i18n';
import { AUDIT_OBJECT_TYPES } from '../i18n/audit-vocabulary';
import type { TKey } from '../i18n/catalogue';
import { navigate, usePath } from '../router';
import '../statistics-audit.css';

const PAGE = 25;

const AUDIT_PAGES: Array<[string, TKey]> = [
  ['/audit', 'audit.nav.search'],
  ['/audit/chain', 'audit.nav.chain'],
  ['/audit/subjects', 'audit.nav.subjects'],
  ['/audit/emergency', 'audit.nav.emergency'],
];

export function AuditNav() {
  const path = usePath().split('?')[0]!;
  const current = (href: string) => (href === '/audit' ? path === '/audit' : path.startsWith(href));
  return (
    <nav aria-label={t('audit.nav.label')}>
      <ul class="sub-nav nobullet-list no-max-width">
        {AUDIT_PAGES.map(([href, label]) => (
          <li key={href}>
            <a href={href} aria-current={current(href) ? 'page' : undefined}>
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const DATA_CATEGORIES = ['IDENTITY', 'NARRATIVE', 'WHEREABOUTS', 'HEALTH', 'CONTACT', 'SUSPECT', 'ACCOUNT', 'OPERATION_TARGETS', 'NONE'] as const;

export function categoryLabel(code: string | null | undefined): string {
  if (!code) return t('app.none');
  // A listing that showed personal data names every category it showed, comma separated (ADR 0022, decision 33).
  return code
    .split(',')
    .map((one) => ((DATA_CATEGORIES as readonly string[]).includes(one) ? t(`audit.category.${one}` as TKey) : one))
    .join(', ');
}

export function OutcomeBadge(props: { outcome: AuditOutcome }) {
  return <span class={`badge ${props.outcome === 'DENIED' ? 'badge-error' : 'badge-success'}`}>{t(props.outcome === 'DENIED' ? 'audit.outcome.DENIED' : 'audit.outcome.ALLOWED')}</span>;
}

/** Long ids (uuids, hashes) as their first 8 characters: the full value in the tooltip and for screen readers. */
const LONG_ID = /^[0-9a-f][0-9a-f-]{15,}$/i;

function shortId(id: string): string {
  return id.length > 9 ? `${id.slice(0, 8)}…` : id;
}

/**
 * An id shortened, linking to the records that name it (the full id in its label and in the
 * link): the table stays readable, and the auditor follows an id with one click.
 */
function IdLink(props: { filter: 'actorUserId' | 'objectId' | 'subjectId'; id: string }) {
  return (
    <a class="details-code" href={`/audit?${props.filter}=${encodeURIComponent(props.id)}`} title={props.id} aria-label={t('audit.recordsOf', { id: props.id })}>
      {shortId(props.id)}
    </a>
  );
}

function ShortId(props: { id: string }) {
  return (
    <>
      <span class="details-code" title={props.id} aria-hidden="true">
        {shortId(props.id)}
      </span>
      <span class="sr-only">{props.id}</span>
    </>
  );
}

/**
 * A code of the trail as an auditor types it into the search (a line break allowed after each
 * underscore, so a narrow column never breaks it mid-word).
 */
function Code(props: { code: string }) {
  const parts = props.code.split('_');
  return (
    <span class="details-code audit-code">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 ? (
            <>
              _<wbr />
            </>
          ) : null}
        </Fragment>
      ))}
    </span>
  );
}

/** One value of details in words: codes named, ids shortened, times and numbers in the page's language. */
function DetailValue(props: { action: string; value: unknown }) {
  const v = props.value;
  if (v === null || v === undefined) return <>{t('app.none')}</>;
  if (typeof v === 'boolean') return <>{t(v ? 'app.yes' : 'app.no')}</>;
  if (typeof v === 'number') return <>{formatNumber(v)}</>;
  if (Array.isArray(v))
    return (
      <>
        {v.map((item, i) => (
          <Fragment key={i}>
            {i > 0 ? ', ' : null}
            <DetailValue action={props.action} value={item} />
          </Fragment>
        ))}
      </>
    );
  if (typeof v !== 'string') return <span class="details-code">{JSON.stringify(v)}</span>;
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(v)) return <>{formatDateTime(v)}</>;
  if (LONG_ID.test(v)) return <ShortId id={v} />;
  if (/^[A-Z][A-Z0-9_]*$/.test(v)) {
    const named = auditLabel.detailValue(v, props.action.startsWith('OPERATION_') ? ['OperationState'] : []);
    return named ? <span title={v}>{named}</span> : <Code code={v} />;
  }
  return <>{v}</>;
}

/** The details (JSON of codes, counts and ids) as one line per entry, in words. */
function Details(props: { action: string; json: string | null | undefined }) {
  if (!props.json) return null;
  let entries: Array<[string, unknown]>;
  try {
    const value: unknown = JSON.parse(props.json);
    entries = value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [['', value]];
  } catch {
    return <span class="details-code">{props.json}</span>;
  }
  return (
    <ul class="nobullet-list no-max-width audit-details">
      {entries.map(([k, v]) => (
        <li key={k}>
          {k ? <span class="muted">{auditLabel.detailKey(k)}: </span> : null}
          <DetailValue action={props.action} value={v} />
        </li>
      ))}
    </ul>
  );
}

/** One record as a table row; `showSubject` off in a subject's own report (it is the same person throughout). */
export function AuditRow(props: { e: AuditEventItemFragment; showSubject?: boolean }) {
  const e = props.e;
  return (
    <tr data-seq={e.seq} data-action={e.action}>
      <td class="num">{e.seq}</td>
      <td>
        <span class="nowrap">{formatDate(e.at)}</span> <span class="nowrap">{formatTime(e.at)}</span>
      </td>
      <td>
        {e.actorOrganisation ? <abbr title={e.actorOrganisation.name}>{e.actorOrganisation.code}</abbr> : t('audit.system')}
        {e.actorRoles.length > 0 ? <span class="small muted audit-line">{e.actorRoles.map((r) => enumLabel('Role', r as Role)).join(', ')}</span> : null}
        {e.actorUserId ? (
          <span class="small audit-line">
            <IdLink filter="actorUserId" id={e.actorUserId} />
          </span>
        ) : null}
      </td>
      {/* In words, with the trail's own code (core/audit-actions.ts) beneath: the code an auditor searches by. */}
      <td>
        {auditLabel.action(e.action)}
        <span class="small muted audit-line audit-code-line">
          <Code code={e.action} />
        </span>
      </td>
      <td>
        {e.objectType ? <span title={e.objectType}>{auditLabel.objectType(e.objectType)}</span> : t('app.none')}
        {e.objectId ? (
          <span class="small audit-line">
            <IdLink filter="objectId" id={e.objectId} />
          </span>
        ) : null}
      </td>
      {props.showSubject === false ? null : <td class="small">{e.subjectId ? <IdLink filter="subjectId" id={e.subjectId} /> : t('app.none')}</td>}
      <td>{categoryLabel(e.dataCategory)}</td>
      <td>{e.purpose ? <span title={e.purpose}>{auditLabel.purpose(e.purpose)}</span> : t('app.none')}</td>
      <td>
        <OutcomeBadge outcome={e.outcome} />
      </td>
      <td class="small audit-details-cell">
        <Details action={e.action} json={e.details} />
      </td>
    </tr>
  );
}

/** The columns' widths (statistics-audit.css): a fixed layout, so the table fits the page and the A4 sheet. */
export function AuditHead(props: { showSubject?: boolean }) {
  return (
    <>
      <colgroup>
        <col class="audit-col-seq" />
        <col class="audit-col-at" />
        <col class="audit-col-actor" />
        <col class="audit-col-action" />
        <col class="audit-col-object" />
        {props.showSubject === false ? null : <col class="audit-col-subject" />}
        <col class="audit-col-category" />
        <col class="audit-col-purpose" />
        <col class="audit-col-outcome" />
        <col class="audit-col-details" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" class="num">
            {t('audit.col.seq')}
          </th>
          <th scope="col">{t('audit.col.at')}</th>
          <th scope="col">{t('audit.col.actor')}</th>
          <th scope="col">{t('audit.col.action')}</th>
          <th scope="col">{t('audit.col.object')}</th>
          {props.showSubject === false ? null : <th scope="col">{t('audit.col.subject')}</th>}
          <th scope="col">{t('audit.col.category')}</th>
          <th scope="col">{t('audit.col.purpose')}</th>
          <th scope="col">{t('audit.col.outcome')}</th>
          <th scope="col">{t('audit.col.details')}</th>
        </tr>
      </thead>
    </>
  );
}

const FILTER_KEYS = ['action', 'outcome', 'organisationCode', 'actorUserId', 'objectType', 'objectId', 'subjectId', 'dataCategory', 'from', 'to'] as const;
type TFilterKey = (typeof FILTER_KEYS)[number];

export function AuditSearchPage(props: { query: URLSearchParams }) {
  usePageTitle('title.audit');
  const q = props.query;
  const [form, setForm] = useState<Record<TFilterKey, string>>(Object.fromEntries(FILTER_KEYS.map((k) => [k, q.get(k) ?? ''])) as Record<TFilterKey, string>);
  const after = q.get('after');
  const filter: AuditEventFilter = {};
  for (const key of FILTER_KEYS) {
    const value = q.get(key);
    if (!value) continue;
    if (key === 'from' || key === 'to') filter[key] = instant(value);
    else if (key === 'outcome') filter.outcome = value as AuditOutcome;
    else filter[key] = value;
  }
  const { data, error, loading } = useLoad(() => gql(AuditEventsDocument, { filter, first: PAGE, after }), q.toString());
  const problems: TFieldErrors = {};
  const failure = error instanceof ApiError ? errorsOf(error) : null;
  for (const [field, text] of Object.entries(failure?.fields ?? {})) problems[field.replace(/^filter\./, '')] = text;
  const set = (key: TFilterKey) => (v: string) => setForm((old) => ({ ...old, [key]: v }));
  const apply = (event: Event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) if (form[key].trim()) next.set(key, form[key].trim());
    const s = next.toString();
    navigate(`/audit${s ? `?${s}` : ''}`);
  };
  const pageLink = (cursor: string | null) => {
    const next = new URLSearchParams(q);
    if (cursor) next.set('after', cursor);
    else next.delete('after');
    return `/audit?${next.toString()}`;
  };
  return (
    <>
      <h1>{t('audit.heading')}</h1>
      <AuditNav />
      <p class="muted">{t('audit.searchIntro')}</p>
      <form class="filters" onSubmit={apply} aria-label={t('audit.filters')} data-testid="audit-filters">
        <TextField name="action" label={t('audit.filter.action')} hint={t('audit.filter.actionHint')} value={form.action} onInput={set('action')} error={problems.action} />
        <SelectField
          name="outcome"
          label={t('audit.filter.outcome')}
          value={form.outcome}
          onChange={set('outcome')}
          emptyLabel={t('audit.filter.all')}
          options={[
            { value: 'ALLOWED', label: t('audit.outcome.ALLOWED') },
            { value: 'DENIED', label: t('audit.outcome.DENIED') },
          ]}
        />
        <TextField name="organisationCode" label={t('audit.filter.organisation')} hint={t('audit.filter.organisationHint')} value={form.organisationCode} onInput={set('organisationCode')} error={problems.organisationCode} />
        <SelectField name="dataCategory" label={t('audit.filter.category')} value={form.dataCategory} onChange={set('dataCategory')} emptyLabel={t('audit.filter.all')} options={DATA_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }))} />
        <TextField name="actorUserId" label={t('audit.filter.actorUserId')} value={form.actorUserId} onInput={set('actorUserId')} error={problems.actorUserId} />
        <SelectField
          name="objectType"
          label={t('audit.filter.objectType')}
          value={form.objectType}
          onChange={set('objectType')}
          emptyLabel={t('audit.filter.all')}
          error={problems.objectType}
          options={Object.keys(AUDIT_OBJECT_TYPES)
            .map((code) => ({ value: code, label: auditLabel.objectType(code) }))
            .sort((a, b) => a.label.localeCompare(b.label))}
        />
        <TextField name="objectId" label={t('audit.filter.objectId')} value={form.objectId} onInput={set('objectId')} error={problems.objectId} />
        <TextField name="subjectId" label={t('audit.filter.subjectId')} value={form.subjectId} onInput={set('subjectId')} error={problems.subjectId} />
        <TextField name="from" type="datetime-local" label={t('audit.filter.from')} value={form.from} onInput={set('from')} error={problems.from} />
        <TextField name="to" type="datetime-local" label={t('audit.filter.to')} value={form.to} onInput={set('to')} error={problems.to} />
        <button type="submit" class="button button-secondary">
          {t('audit.filter.apply')}
        </button>
      </form>
      {loading && !data ? <Loading /> : null}
      {error ? <Alert kind="error">{failure && Object.keys(failure.fields).length > 0 ? t('audit.filterInvalid') : (failure?.form ?? t('app.error'))}</Alert> : null}
      {data && !error ? (
        data.auditEvents.edges.length === 0 ? (
          <p data-testid="audit-empty">{t('audit.empty')}</p>
        ) : (
          <>
            <div class="table-wrap" tabIndex={0} role="region" aria-label={t('audit.heading')}>
              <table class="table table--compact table--zebra audit-table" data-testid="audit-table">
                <caption class="sr-only">{t('audit.heading')}</caption>
                <AuditHead />
                <tbody>
                  {data.auditEvents.edges.map(({ node }) => (
                    <AuditRow key={node.id} e={node} />
                  ))}
                </tbody>
              </table>
            </div>
            <p class="pager">
              <span data-testid="audit-count">{t('app.of', { shown: data.auditEvents.edges.length, total: data.auditEvents.totalCount })}</span>
              {after ? <a href={pageLink(null)}>{t('app.first')}</a> : null}
              {data.auditEvents.pageInfo.hasNextPage && data.auditEvents.pageInfo.endCursor ? <a href={pageLink(data.auditEvents.pageInfo.endCursor)}>{t('app.next')}</a> : null}
            </p>
          </>
        )
      ) : null}
    </>
  );
}

type TVerification = VerifyAuditChainQuery['verifyAuditChain'];

function VerificationResult(props: { v: TVerification }) {
  const v = props.v;
  return (
    <section data-testid="chain-result" data-ok={String(v.ok)}>
      {v.ok ? (
        <Alert kind="success" heading={t('chain.ok.heading')}>
          {v.checkpointsChecked === 0 ? t('chain.ok.textNoCheckpoint', { checked: formatNumber(v.checked) }) : t('chain.ok.text', { checked: formatNumber(v.checked), checkpoints: formatNumber(v.checkpointsChecked) })}
        </Alert>
      ) : (
        <Alert kind="error" heading={t('chain.broken.heading')}>
          <p>{v.firstBrokenId ? t('chain.broken.record', { seq: v.firstBrokenId }) : null}</p>
          {v.firstBrokenCheckpoint !== null && v.firstBrokenCheckpoint !== undefined ? <p>{t('chain.broken.checkpoint', { seq: v.firstBrokenCheckpoint })}</p> : null}
          <p>{t('chain.broken.what')}</p>
        </Alert>
      )}
      <dl class="facts">
        <Row term={t('chain.checked')}>{formatNumber(v.checked)}</Row>
        <Row term={t('chain.head')}>{formatNumber(v.headSeq)}</Row>
        <Row term={t('chain.checkpoints')}>{formatNumber(v.checkpointsChecked)}</Row>
        <Row term={t('chain.lastCheckpoint')}>{v.lastCheckpoint ? t('chain.lastCheckpointText', { seq: v.lastCheckpoint.seq, at: formatDateTime(v.lastCheckpoint.createdAt) }) : t('chain.noCheckpoint')}</Row>
        <Row term={t('chain.since')}>
          {formatNumber(v.recordsSinceLastCheckpoint)}
          <span class="small muted"> — {t('chain.sinceExplained')}</span>
        </Row>
        {v.reason ? (
          <Row term={t('chain.reason')}>
            <span lang="en">{v.reason}</span>
          </Row>
        ) : null}
      </dl>
      {v.knownBadInputIds.length > 0 ? <Alert kind="info">{t('chain.knownBadInput', { n: v.knownBadInputIds.length, ids: v.knownBadInputIds.join(', ') })}</Alert> : null}
      {v.warnings.length > 0 ? (
        <Alert kind="warning" heading={t('chain.warnings')}>
          <ul>
            {v.warnings.map((w) => (
              <li key={w} lang="en">
                {w}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </section>
  );
}

export function AuditChainPage() {
  usePageTitle('title.auditChain');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TVerification | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult((await gql(VerifyAuditChainDocument, {})).verifyAuditChain);
    } catch (e) {
      setError(errorsOf(e).form ?? t('app.error'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h1>{t('audit.heading')}</h1>
      <AuditNav />
      <h2>{t('chain.heading')}</h2>
      <p>{t('chain.intro')}</p>
      <p>
        <button type="button" class="button button-primary" data-testid="chain-verify" disabled={busy} onClick={run}>
          {busy ? t('chain.running') : t('chain.verify')}
        </button>
      </p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {result ? <VerificationResult v={result} /> : null}
    </>
  );
}

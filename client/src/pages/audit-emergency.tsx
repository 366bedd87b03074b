// Emergency accesses for the auditor to review: break-glass uses (4 hours of OPERATIONAL access
// taken with a justification) and consent overrides (FULL access granted without the person's
// consent). Which the auditor sees, and may review, is the server's rule (its own organisation's,
// every organisation's for CMM); a refusal is shown where it happened.
import { useState } from 'preact/hooks';
import { gql } from '../api/client';
import { ActionForm } from '../components/action-form';
import { Alert, Checkbox, Loading, Row, usePageTitle } from '../components/ui';
import { EmergencyAccessesDocument, ReviewBreakGlassDocument, ReviewConsentOverrideDocument, type EmergencyGrantFragment } from '../gql/graphql';
import { useLoad } from '../hooks';
import { enumLabel, formatDateTime, legalBasis, t } from '../i18n';
import { AuditNav } from './audit';

function Grant(props: { g: EmergencyGrantFragment; kind: 'breakGlass' | 'consentOverride'; onReviewed: () => void }) {
  const g = props.g;
  const overdue = !g.reviewedAt && g.reviewDueAt !== null && g.reviewDueAt !== undefined && Date.parse(g.reviewDueAt) < Date.now();
  return (
    <li data-testid={`emergency-${props.kind}`} data-grant={g.id} data-reviewed={String(Boolean(g.reviewedAt))}>
      <p>
        <strong>{g.organisation.name}</strong> · {enumLabel('AccessLevel', g.level)} · {formatDateTime(g.grantedAt)}{' '}
        {g.reviewedAt ? <span class="badge badge-success">{t('emergency.reviewed')}</span> : <span class={`badge ${overdue ? 'badge-error' : 'badge-warning'}`}>{overdue ? t('emergency.overdue') : t('emergency.unreviewed')}</span>}
      </p>
      <dl class="facts">
        <Row term={t('emergency.referral')}>
          <span class="details-code">{g.referralId ?? t('app.none')}</span>
        </Row>
        {g.userId ? (
          <Row term={t('emergency.user')}>
            <span class="details-code">{g.userId}</span>
          </Row>
        ) : null}
        {g.grantedByOrganisation ? <Row term={t('emergency.grantedBy')}>{g.grantedByOrganisation.name}</Row> : null}
        <Row term={t('emergency.purpose')}>
          {enumLabel('AccessPurpose', g.purpose)} · {legalBasis(g.legalBasis)}
        </Row>
        {g.justification ? <Row term={t('emergency.justification')}>{g.justification}</Row> : null}
        {g.consentOverrideReason ? <Row term={t('emergency.overrideReason')}>{g.consentOverrideReason}</Row> : null}
        <Row term={t('emergency.expires')}>
          {formatDateTime(g.expiresAt)} ({enumLabel('AccessGrantStatus', g.status)})
        </Row>
        {g.reviewDueAt ? <Row term={t('emergency.reviewDue')}>{formatDateTime(g.reviewDueAt)}</Row> : null}
        {g.reviewedAt ? (
          <Row term={t('emergency.review')}>
            {formatDateTime(g.reviewedAt)}: {g.reviewNote}
          </Row>
        ) : null}
      </dl>
      {g.reviewedAt ? null : (
        <ActionForm
          testId={`review-${g.id}`}
          title={t('emergency.doReview')}
          intro={t(props.kind === 'breakGlass' ? 'emergency.reviewIntroBreakGlass' : 'emergency.reviewIntroOverride')}
          fields={[{ name: 'note', label: t('emergency.note'), kind: 'textarea' }]}
          run={async (v) => {
            const note = v.note ?? '';
            if (props.kind === 'breakGlass') await gql(ReviewBreakGlassDocument, { grantId: g.id, note });
            else await gql(ReviewConsentOverrideDocument, { grantId: g.id, note });
            props.onReviewed();
          }}
        />
      )}
    </li>
  );
}

export function AuditEmergencyPage() {
  usePageTitle('title.auditEmergency');
  const [unreviewedOnly, setUnreviewedOnly] = useState(false);
  const list = useLoad(() => gql(EmergencyAccessesDocument, { unreviewedOnly }), String(unreviewedOnly));
  return (
    <>
      <h1>{t('audit.heading')}</h1>
      <AuditNav />
      <h2>{t('emergency.heading')}</h2>
      <p>{t('emergency.intro')}</p>
      <Checkbox label={t('emergency.unreviewedOnly')} checked={unreviewedOnly} onChange={setUnreviewedOnly} name="unreviewedOnly" />
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <Alert kind="error">{t('app.error')}</Alert> : null}
      {list.data ? (
        <>
          <section class="detail-section" aria-labelledby="bg-h" data-testid="break-glass-list">
            <h3 id="bg-h">{t('emergency.breakGlass', { n: list.data.breakGlassUses.length })}</h3>
            {list.data.breakGlassUses.length === 0 ? <p class="muted">{t('emergency.none')}</p> : null}
            <ul class="grant-list nobullet-list">
              {list.data.breakGlassUses.map((g) => (
                <Grant key={g.id} g={g} kind="breakGlass" onReviewed={list.reload} />
              ))}
            </ul>
          </section>
          <section class="detail-section" aria-labelledby="co-h" data-testid="consent-override-list">
            <h3 id="co-h">{t('emergency.consentOverrides', { n: list.data.consentOverrides.length })}</h3>
            {list.data.consentOverrides.length === 0 ? <p class="muted">{t('emergency.none')}</p> : null}
            <ul class="grant-list nobullet-list">
              {list.data.consentOverrides.map((g) => (
                <Grant key={g.id} g={g} kind="consentOverride" onReviewed={list.reload} />
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </>
  );
}

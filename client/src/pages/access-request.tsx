// One access request (the mail link /access-requests/<id>): the controller approves or refuses it.
import { currentUser, gql } from '../api/client';
import { ActionForm, instant } from '../components/action-form';
import { Alert, Loading, Row, usePageTitle } from '../components/ui';
import { AccessRequestDocument, ApproveAccessRequestDocument, RefuseAccessRequestDocument } from '../gql/graphql';
import { useLoad } from '../hooks';
import { enumLabel, formatDateTime, t } from '../i18n';

export function AccessRequestPage(props: { id: string }) {
  usePageTitle('title.accessRequest');
  const { data, error, loading, set } = useLoad(() => gql(AccessRequestDocument, { id: props.id }), props.id);
  if (loading && !data) return <Loading />;
  const r = data?.accessRequest;
  if (error || !r) return <Alert kind="error">{t('app.notFound')}</Alert>;
  const user = currentUser()!;
  const decide = r.state === 'PENDING' && user.roles.includes('COORDINATOR') && r.organisation.id !== user.organisation.id;
  const expiry = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 16);
  return (
    <>
      <h1>{t('title.accessRequest')}</h1>
      <section class="detail-section">
        <dl class="facts">
          <Row term={t('ar.referral')}>
            <a href={`/referrals/${r.referralId}`}>{t('title.referral')}</a>
          </Row>
          <Row term={t('ar.requester')}>{r.organisation.name}</Row>
          <Row term={t('access.level')}>{enumLabel('AccessLevel', r.level)}</Row>
          {r.purpose ? <Row term={t('access.purpose')}>{enumLabel('AccessPurpose', r.purpose)}</Row> : null}
          {r.legalBasis ? <Row term={t('access.legalBasis')}>{r.legalBasis}</Row> : null}
          {r.reason ? <Row term={t('ar.reason')}>{r.reason}</Row> : null}
          <Row term={t('access.requestState')}>
            <span data-testid="request-state">{enumLabel('AccessRequestState', r.state)}</span>
          </Row>
          <Row term={t('detail.created')}>{formatDateTime(r.createdAt)}</Row>
          {r.refusalReason ? <Row term={t('access.refuseReason')}>{r.refusalReason}</Row> : null}
        </dl>
      </section>
      {decide ? (
        <section class="detail-section">
          <ActionForm
            testId="approve"
            title={t('access.approve')}
            fields={[{ name: 'expiresAt', label: t('ar.expires'), kind: 'datetime', initial: expiry }]}
            run={async (v) => set({ accessRequest: (await gql(ApproveAccessRequestDocument, { id: r.id, expiresAt: instant(v.expiresAt ?? '') })).approveAccessRequest })}
          />
          <ActionForm
            testId="refuse"
            tone="warning"
            title={t('access.refuse')}
            fields={[{ name: 'reason', label: t('access.refuseReason'), kind: 'textarea' }]}
            run={async (v) => set({ accessRequest: (await gql(RefuseAccessRequestDocument, { id: r.id, reason: v.reason ?? '' })).refuseAccessRequest })}
          />
        </section>
      ) : null}
    </>
  );
}

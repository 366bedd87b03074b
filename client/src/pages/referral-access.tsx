// Need to know on a referral: the grants (and revoking them), granting access, recording consent,
// asking the controller for access, and emergency access with its warning and visible mark.
import { useState } from 'preact/hooks';
import { ApiError, currentUser, gql } from '../api/client';
import { Alert } from '../components/ui';
import { ActionForm, instant } from '../components/action-form';

import {
  AccessGrantsDocument,
  BreakGlassDocument,
  GrantAccessDocument,
  OrganisationsDocument,
  RecordConsentDocument,
  RequestAccessDocument,
  RevokeAccessDocument,
  type AccessLevel,
  type AccessPurpose,
  type Consent,
  type ReferralDetailFragment,
} from '../gql/graphql';
import { useLoad } from '../hooks';
import { enumLabel, enumOptions, formatDateTime, legalBasis, t } from '../i18n';

const GRANT_LEVELS = enumOptions('AccessLevel').filter((o) => o.value !== 'NONE');

function inMonths(months: number): string {
  const d = new Date();
  d.setMonth(d.getMonth() + months);
  return d.toISOString().slice(0, 16);
}

export function AccessPanel(props: { referral: ReferralDetailFragment; onChange: (r?: ReferralDetailFragment) => void; onConflict: () => void }) {
  const r = props.referral;
  const user = currentUser()!;
  const controller = r.competentAuthority?.id === user.organisation.id || user.organisation.code === 'CMM';
  const grants = useLoad(() => gql(AccessGrantsDocument, { referralId: r.id }), `${r.id}-${r.version}-${r.access.level}`);
  const orgs = useLoad(() => (controller ? gql(OrganisationsDocument) : Promise.resolve(null)), `orgs-${controller}`);
  const myBreakGlass = (grants.data?.accessGrants ?? []).find((g) => g.breakGlass && g.status === 'ACTIVE' && g.userId === user.id);
  const limited = r.access.level === 'SUMMARY';
  const [requested, setRequested] = useState(false);

  return (
    <section class="detail-section" data-testid="need-to-know" aria-labelledby="ntk-heading">
      <h2 id="ntk-heading">{t('access.heading')}</h2>
      {myBreakGlass ? (
        <div class="break-glass-mark" data-testid="break-glass-mark" role="status">
          {t('access.breakGlassActive', { time: formatDateTime(myBreakGlass.expiresAt) })}
        </div>
      ) : null}
      <h3>{t('access.grants')}</h3>
      {(grants.data?.accessGrants ?? []).length === 0 ? (
        <p class="muted">{t('access.noGrants')}</p>
      ) : (
        <ul class="grant-list nobullet-list" data-testid="grants">
          {grants.data!.accessGrants.map((g) => (
            <li key={g.id} class={g.breakGlass ? 'grant-break-glass' : undefined}>
              <strong>{g.organisation.name}</strong> · {enumLabel('AccessLevel', g.level)} · {enumLabel('AccessPurpose', g.purpose)} · {enumLabel('AccessGrantStatus', g.status)}
              {g.breakGlass ? ` · ${t('access.breakGlass')}` : ''}
              <br />
              <span class="small">
                {t('access.legalBasis')}: {legalBasis(g.legalBasis)} · {t('access.expires')}: {formatDateTime(g.expiresAt)}
              </span>
              {controller && g.status === 'ACTIVE' && !g.breakGlass ? (
                <ActionForm
                  testId={`revoke-${g.id}`}
                  title={t('access.revoke')}
                  tone="warning"
                  fields={[{ name: 'reason', label: t('access.revokeReason'), kind: 'textarea' }]}
                  run={async (v) => {
                    await gql(RevokeAccessDocument, { grantId: g.id, reason: v.reason ?? '' });
                    grants.reload();
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {controller ? (
        <>
          <ActionForm
            testId="grant-access"
            title={t('access.grant')}
            fields={[
              { name: 'organisationCode', label: t('access.organisation'), kind: 'select', options: (orgs.data?.organisations ?? []).filter((o) => o.id !== user.organisation.id).map((o) => ({ value: o.code, label: o.name })) },
              { name: 'level', label: t('access.level'), kind: 'select', options: GRANT_LEVELS },
              { name: 'purpose', label: t('access.purpose'), kind: 'select', options: enumOptions('AccessPurpose') },
              { name: 'legalBasis', label: t('access.legalBasis'), kind: 'text' },
              { name: 'expiresAt', label: t('access.expires'), kind: 'datetime', initial: inMonths(3) },
            ]}
            run={async (v) => {
              await gql(GrantAccessDocument, {
                input: { referralId: r.id, organisationCode: v.organisationCode ?? '', level: v.level as AccessLevel, purpose: v.purpose as AccessPurpose, legalBasis: v.legalBasis ?? '', expiresAt: instant(v.expiresAt ?? '') },
              });
              grants.reload();
            }}
          />
          {r.state !== 'CLOSED' && r.state !== 'WITHDRAWN' ? (
            <ActionForm
              testId="record-consent"
              title={t('access.consent')}
              fields={[
                { name: 'toReferral', label: t('field.toReferral'), kind: 'select', options: enumOptions('Consent'), initial: r.consent.toReferral },
                { name: 'toDisclosure', label: t('field.toDisclosure'), kind: 'select', options: enumOptions('Consent'), initial: r.consent.toDisclosure },
                { name: 'note', label: t('access.consentNote'), kind: 'textarea' },
              ]}
              run={async (v) => {
                try {
                  const data = await gql(RecordConsentDocument, { referralId: r.id, toDisclosure: v.toDisclosure as Consent, toReferral: (v.toReferral || null) as Consent | null, note: v.note ?? '', version: r.version });
                  props.onChange(data.recordConsent);
                } catch (e) {
                  if (e instanceof ApiError && e.code === 'CONFLICT') props.onConflict();
                  throw e;
                }
              }}
            />
          ) : null}
        </>
      ) : null}
      {limited && !controller ? (
        <>
          <ActionForm
            testId="request-access"
            title={t('access.request')}
            fields={[
              { name: 'level', label: t('access.level'), kind: 'select', options: GRANT_LEVELS.filter((o) => o.value !== 'SUMMARY') },
              { name: 'purpose', label: t('access.purpose'), kind: 'select', options: enumOptions('AccessPurpose') },
              { name: 'legalBasis', label: t('access.legalBasis'), kind: 'text' },
              { name: 'reason', label: t('access.requestReason'), kind: 'textarea' },
            ]}
            run={async (v) => {
              await gql(RequestAccessDocument, { input: { referralId: r.id, level: v.level as AccessLevel, purpose: v.purpose as AccessPurpose, legalBasis: v.legalBasis ?? '', reason: v.reason ?? '' } });
              setRequested(true);
            }}
          />
          <ActionForm
            testId="break-glass"
            title={t('access.breakGlass')}
            submitLabel={t('access.breakGlassUse')}
            tone="warning"
            intro={t('access.breakGlassWarn')}
            fields={[{ name: 'justification', label: t('access.justification'), kind: 'textarea' }]}
            run={async (v) => {
              await gql(BreakGlassDocument, { referralId: r.id, justification: v.justification ?? '' });
              props.onChange();
              grants.reload();
            }}
          />
        </>
      ) : null}
      {requested ? <Alert kind="success">{t('access.requested')}</Alert> : null}
    </section>
  );
}

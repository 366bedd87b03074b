// Linking a referral or an operation into a case complex, from the record's own page. The list
// offers the complexes the viewer sees in full; whether it may link (it must lead the complex,
// and see the record) is the server's rule, and its refusal is shown as it comes.
import { useState } from 'preact/hooks';
import { currentUser, gql } from '../api/client';
import { CaseComplexesDocument, LinkOperationToCaseComplexDocument, LinkReferralToCaseComplexDocument } from '../gql/graphql';
import { useLoad } from '../hooks';
import { t } from '../i18n';
import { CASE_COMPLEX_CHANGE_ROLES, hasSomeRole } from '../pages/case-complex-roles';
import { ActionForm } from './action-form';
import { Alert } from './ui';

export function LinkToComplex(props: { referralId?: string; operationId?: string; onLinked?: () => void; asSection?: boolean }) {
  const user = currentUser()!;
  const may = hasSomeRole(user.roles, CASE_COMPLEX_CHANGE_ROLES);
  const complexes = useLoad(() => (may ? gql(CaseComplexesDocument) : Promise.resolve(null)), `cc-${may}`);
  const [linked, setLinked] = useState<{ id: string; name: string } | null>(null);
  const options = (complexes.data?.caseComplexes ?? []).filter((c) => c.access.level === 'INVESTIGATION').map((c) => ({ value: c.id, label: `${c.name} (${c.leadOrganisation.code})` }));
  if (!may || options.length === 0) return null;
  const form = (
    <div data-testid="link-to-complex">
      {linked ? (
        <Alert kind="success">
          {t('cc.linked')} <a href={`/case-complexes/${linked.id}`}>{linked.name}</a>
        </Alert>
      ) : null}
      <ActionForm
        testId="cc-link"
        title={t('cc.link')}
        fields={[{ name: 'caseComplexId', label: t('cc.chooseComplex'), kind: 'select', options }]}
        run={async (v) => {
          const caseComplexId = v.caseComplexId ?? '';
          const done = props.referralId
            ? (await gql(LinkReferralToCaseComplexDocument, { caseComplexId, referralId: props.referralId })).linkReferralToCaseComplex
            : (await gql(LinkOperationToCaseComplexDocument, { caseComplexId, operationId: props.operationId ?? '' })).linkOperationToCaseComplex;
          setLinked({ id: done.id, name: done.name });
          props.onLinked?.();
        }}
      />
    </div>
  );
  if (!props.asSection) return form;
  return (
    <section class="detail-section" aria-labelledby="link-to-complex-heading">
      <h2 id="link-to-complex-heading">{t('cc.heading')}</h2>
      {form}
    </section>
  );
}

// The case complexes a referral belongs to, as far as the viewer may learn them (the API gives
// null to a referring organisation outside police and prosecution), and linking it into one.
import { gql } from '../api/client';
import { ReferralCaseComplexesDocument } from '../gql/graphql';
import { useLoad } from '../hooks';
import { t } from '../i18n';
import { LinkToComplex } from './link-to-complex';

export function ReferralComplexes(props: { referralId: string }) {
  const { data, reload } = useLoad(() => gql(ReferralCaseComplexesDocument, { id: props.referralId }), props.referralId);
  const complexes = data?.referral?.caseComplexes;
  if (!complexes) return null;
  return (
    <section class="detail-section" data-testid="referral-complexes" aria-labelledby="referral-complexes-heading">
      <h2 id="referral-complexes-heading">{t('cc.heading')}</h2>
      {complexes.length === 0 ? <p class="muted">{t('cc.notInAny')}</p> : null}
      <ul class="grant-list">
        {complexes.map((c) => (
          <li key={c.id}>
            <a href={`/case-complexes/${c.id}`}>{c.name}</a> · {c.leadOrganisation.name}
          </li>
        ))}
      </ul>
      <LinkToComplex referralId={props.referralId} onLinked={reload} />
    </section>
  );
}

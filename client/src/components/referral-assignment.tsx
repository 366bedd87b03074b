// Who has the referral at the receiving authority (issue 14): the caseworker and the deputy, shown
// to that organisation; a coordinator of it may assign someone else (Referral.mayReassign).
import { gql } from '../api/client';
import { AssignReferralDocument, ReferralAssigneeCandidatesDocument, type ReferralDetailFragment } from '../gql/graphql';
import { useLoad } from '../hooks';
import { t } from '../i18n';
import { ActionForm } from './action-form';
import { Row } from './ui';

function Reassign(props: { referral: ReferralDetailFragment; onChange: () => void }) {
  const r = props.referral;
  const candidates = useLoad(() => gql(ReferralAssigneeCandidatesDocument, {}), 'assignee-candidates');
  const people = (candidates.data?.referralAssigneeCandidates ?? []).map((u) => ({ value: u.id, label: u.name }));
  if (!candidates.data) return null;
  return (
    <ActionForm
      testId="assign-referral"
      title={t('asg.reassign')}
      submitLabel={t('asg.save')}
      fields={[
        { name: 'assigneeId', label: t('asg.assignee'), kind: 'select', options: people, initial: r.assignee?.id ?? people[0]?.value ?? '' },
        { name: 'deputyId', label: t('asg.deputy'), kind: 'select', options: [{ value: '', label: t('asg.noDeputy') }, ...people], initial: r.deputy?.id ?? '' },
      ]}
      run={async (v) => {
        await gql(AssignReferralDocument, { id: r.id, assigneeId: v.assigneeId ?? '', deputyId: v.deputyId || null });
        props.onChange();
      }}
    />
  );
}

export function AssignmentPanel(props: { referral: ReferralDetailFragment; onChange: () => void }) {
  const r = props.referral;
  // Shown to the receiving organisation only: the server answers null to everyone else.
  if (!r.assignee && !r.mayReassign) return null;
  return (
    <section class="detail-section" data-testid="assignment" aria-labelledby="assignment-heading">
      <h2 id="assignment-heading">{t('asg.heading')}</h2>
      <dl class="facts">
        <Row term={t('asg.assignee')}>{r.assignee?.name ?? t('asg.nobody')}</Row>
        <Row term={t('asg.deputy')}>{r.deputy?.name ?? t('app.none')}</Row>
      </dl>
      {r.mayReassign ? <Reassign referral={r} onChange={props.onChange} /> : null}
    </section>
  );
}

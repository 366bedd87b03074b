// The home page: what needs the signed-in user now, by role.
import { gql, currentUser } from '../api/client';
import { Alert, Loading, usePageTitle } from '../components/ui';
import { AccessRequestsDocument, NotificationsDocument, OperationsDocument, ReferralsDocument, UnconfirmedInterpretersDocument, type ReferralListItemFragment } from '../gql/graphql';
import { useLoad } from '../hooks';
import { enumLabel, formatDateTime, languageNames, t } from '../i18n';
import { Inbox } from './notifications';

const REFERRAL_ROLES = ['CASEWORKER', 'COORDINATOR', 'ASSESSOR', 'INVESTIGATOR'];

export function hoursText(deadline: string | null | undefined, now = Date.now()): string | null {
  if (!deadline) return null;
  const hours = Math.round((Date.parse(deadline) - now) / 3_600_000);
  return hours >= 0 ? t('tasks.hoursLeft', { hours }) : t('tasks.hoursPast', { hours: -hours });
}

type TTask = { referral: ReferralListItemFragment; deadline: string | null };

function byUrgency(a: TTask, b: TTask): number {
  // Overdue first, then the nearest deadline.
  if (a.referral.overdue !== b.referral.overdue) return a.referral.overdue ? -1 : 1;
  return (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999');
}

async function loadTasks() {
  const user = currentUser()!;
  const mine = (r: ReferralListItemFragment) => r.receivingOrganisation?.code === user.organisation.code;
  const canReferrals = user.roles.some((r) => REFERRAL_ROLES.includes(r));
  const coordinator = user.roles.includes('COORDINATOR');
  const [submitted, received, operations, requests, notifications, interpreters] = await Promise.all([
    canReferrals ? gql(ReferralsDocument, { filter: { state: 'SUBMITTED' }, first: 50 }) : null,
    canReferrals ? gql(ReferralsDocument, { filter: { state: 'RECEIVED' }, first: 50 }) : null,
    canReferrals ? gql(OperationsDocument, { filter: { from: new Date().toISOString() }, first: 50 }) : null,
    user.roles.includes('COORDINATOR') ? gql(AccessRequestsDocument, { state: 'PENDING' }) : null,
    gql(NotificationsDocument, { unreadOnly: false }),
    coordinator ? gql(UnconfirmedInterpretersDocument) : null,
  ]);
  const acknowledge = (submitted?.referrals.edges ?? []).map((e) => e.node).filter(mine).map((referral) => ({ referral, deadline: referral.deadlines.acknowledgeBy ?? null }));
  const interview = (received?.referrals.edges ?? [])
    .map((e) => e.node)
    .filter((r) => mine(r) && !r.interviewAt)
    .map((referral) => ({ referral, deadline: referral.deadlines.interviewBy ?? null }));
  const invitations = (operations?.operations.edges ?? []).map((e) => e.node).filter((o) => o.myInvitation?.status === 'INVITED');
  const accessRequests = (requests?.accessRequests ?? []).filter((r) => r.organisation.code !== user.organisation.code);
  return { acknowledge: acknowledge.sort(byUrgency), interview: interview.sort(byUrgency), invitations, accessRequests, notifications: notifications.notifications, interpreters: interpreters?.unconfirmedInterpreters ?? [] };
}

function ReferralTasks(props: { heading: string; tasks: TTask[]; testId: string }) {
  return (
    <section class="task-section" data-testid={props.testId}>
      <h2>
        {props.heading} <span class="count">({props.tasks.length})</span>
      </h2>
      {props.tasks.length === 0 ? (
        <p class="muted">{t('tasks.nothing')}</p>
      ) : (
        <ul class="task-list nobullet-list">
          {props.tasks.map(({ referral, deadline }) => (
            <li key={referral.id} class={referral.overdue ? 'overdue' : undefined}>
              <a href={`/referrals/${referral.id}`}>{referral.reference}</a> · {referral.subject.pseudonym} · {enumLabel('Urgency', referral.urgency)} · {enumLabel('Region', referral.region)}
              {deadline ? (
                <span class={`deadline${referral.overdue ? ' deadline-overdue' : ''}`}>
                  {formatDateTime(deadline)} — {hoursText(deadline)}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function TasksPage() {
  usePageTitle('title.tasks');
  const { data, error, loading, reload } = useLoad(loadTasks, 'tasks');
  if (loading && !data) return <Loading />;
  if (error || !data) return <Alert kind="error">{t('app.error')}</Alert>;
  return (
    <>
      <h1>{t('tasks.heading')}</h1>
      <div class="task-grid">
        <div>
          <ReferralTasks heading={t('tasks.acknowledge')} tasks={data.acknowledge} testId="tasks-acknowledge" />
          <ReferralTasks heading={t('tasks.interview')} tasks={data.interview} testId="tasks-interview" />
          <section class="task-section" data-testid="tasks-invitations">
            <h2>
              {t('tasks.invitations')} <span class="count">({data.invitations.length})</span>
            </h2>
            {data.invitations.length === 0 ? (
              <p class="muted">{t('tasks.nothing')}</p>
            ) : (
              <ul class="task-list nobullet-list">
                {data.invitations.map((o) => (
                  <li key={o.id}>
                    <a href={`/operations/${o.id}`}>{o.codename}</a> · {t('tasks.inviteFrom', { org: o.leadOrganisation.name })} · {formatDateTime(o.startsAt)}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {currentUser()?.roles.includes('COORDINATOR') ? (
            <section class="task-section" data-testid="tasks-interpreters">
              <h2>
                {t('tasks.interpreters')} <span class="count">({data.interpreters.length})</span>
              </h2>
              {data.interpreters.length === 0 ? (
                <p class="muted">{t('tasks.nothing')}</p>
              ) : (
                <ul class="task-list nobullet-list">
                  {data.interpreters.map(({ operation, interpreter }) => (
                    <li key={interpreter.id}>
                      <a href={`/operations/${operation.id}`}>{operation.codename}</a> ·{' '}
                      {t('tasks.interpreterLine', { language: languageNames([interpreter.language]), status: enumLabel('InterpreterStatus', interpreter.status).toLowerCase(), when: formatDateTime(operation.startsAt) })}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}
          {currentUser()?.roles.includes('COORDINATOR') ? (
            <section class="task-section" data-testid="tasks-access-requests">
              <h2>
                {t('tasks.accessRequests')} <span class="count">({data.accessRequests.length})</span>
              </h2>
              {data.accessRequests.length === 0 ? (
                <p class="muted">{t('tasks.nothing')}</p>
              ) : (
                <ul class="task-list nobullet-list">
                  {data.accessRequests.map((r) => (
                    <li key={r.id}>
                      <a href={`/access-requests/${r.id}`}>{r.organisation.name}</a> · {enumLabel('AccessLevel', r.level)} · {formatDateTime(r.createdAt)}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}
        </div>
        <Inbox notifications={data.notifications} onChange={reload} compact />
      </div>
    </>
  );
}

import { gql } from '../api/client';
import { Alert, Loading, usePageTitle } from '../components/ui';
import { MarkNotificationReadDocument, NotificationsDocument, type NotificationsQuery } from '../gql/graphql';
import { useLoad } from '../hooks';
import { formatDateTime, getLang, t } from '../i18n';

type TNotification = NotificationsQuery['notifications'][number];

export function Inbox(props: { notifications: TNotification[]; onChange: () => void; compact?: boolean; asPage?: boolean }) {
  const unread = props.notifications.filter((n) => !n.readAt).length;
  const shown = props.compact ? props.notifications.slice(0, 10) : props.notifications;
  const markRead = async (id: string) => {
    await gql(MarkNotificationReadDocument, { id });
    props.onChange();
  };
  return (
    <section class={props.asPage ? "task-section" : "task-section inbox"} data-testid="inbox" aria-labelledby="inbox-heading">
      {props.asPage ? (
        <h1 id="inbox-heading">
          {t('notif.heading')} <span class="badge badge-info" data-testid="unread-count">{t('tasks.unread', { count: unread })}</span>
        </h1>
      ) : (
        <h2 id="inbox-heading">
          {t('tasks.inbox')} <span class="badge badge-info" data-testid="unread-count">{t('tasks.unread', { count: unread })}</span>
        </h2>
      )}
      {shown.length === 0 ? (
        <p class="muted">{t('notif.empty')}</p>
      ) : (
        <ul class="inbox-list nobullet-list">
          {shown.map((n) => (
            <li key={n.id} class={n.readAt ? 'read' : 'unread'}>
              <a href={n.link}>{getLang() === 'en' ? n.titleEn : n.title}</a>
              <span class="muted small"> {formatDateTime(n.createdAt)}</span>
              {n.readAt ? (
                <span class="muted small"> · {t('tasks.read')}</span>
              ) : (
                <button type="button" class="button button-tertiary small-button" onClick={() => markRead(n.id)}>
                  {t('tasks.markRead')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {props.compact && props.notifications.length > shown.length ? <a href="/notifications">{t('notif.heading')} →</a> : null}
    </section>
  );
}

export function NotificationsPage() {
  usePageTitle('title.notifications');
  const { data, error, loading, reload } = useLoad(() => gql(NotificationsDocument, { unreadOnly: false }), 'notifications');
  if (loading && !data) return <Loading />;
  if (error || !data) return <Alert kind="error">{t('app.error')}</Alert>;
  return (
<Inbox notifications={data.notifications} onChange={reload} asPage />
  );
}

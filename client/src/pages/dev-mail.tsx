// Development only: the mail Samvirke "sent" (GET /dev/mailbox, absent in production).
import { Alert, Loading, usePageTitle } from '../components/ui';
import { useLoad } from '../hooks';
import { formatDateTime, t } from '../i18n';

type TMessage = { id: string; to: string; subject: string; text: string; link: string | null; sentAt: string };

async function loadMailbox(): Promise<TMessage[] | null> {
  const res = await fetch('/dev/mailbox', { cache: 'no-store' });
  if (!res.ok || !(res.headers.get('content-type') ?? '').includes('json')) return null;
  return ((await res.json()) as { messages: TMessage[] }).messages;
}

export function DevMailPage() {
  usePageTitle('title.devMail');
  const { data, loading } = useLoad(loadMailbox, 'mailbox');
  if (loading && data === null) return <Loading />;
  return (
    <>
      <h1>{t('dev.heading')}</h1>
      {data === null ? (
        <Alert kind="info">{t('dev.unavailable')}</Alert>
      ) : (
        <>
          <p>{t('dev.intro')}</p>
          <div class="table-wrap">
            <table class="table table--compact table--zebra" data-testid="mailbox">
              <thead>
                <tr>
                  <th scope="col">{t('dev.sent')}</th>
                  <th scope="col">{t('dev.to')}</th>
                  <th scope="col">{t('dev.subject')}</th>
                  <th scope="col">{t('dev.link')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((m) => (
                  <tr key={m.id}>
                    <td>{formatDateTime(m.sentAt)}</td>
                    <td>{m.to}</td>
                    <td>{m.subject}</td>
                    <td>{m.link ? <MailLink link={m.link} /> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

/**
 * A mail's link on this server's own address. A fragment (the password-reset token) is kept in the
 * href and the link opens as a full page load (data-external): the in-app router drops fragments.
 */
function MailLink(props: { link: string }) {
  const url = new URL(props.link, window.location.origin);
  if (!url.hash) return <a href={url.pathname}>{url.pathname}</a>;
  return (
    <a href={url.pathname + url.hash} data-external="">
      {url.pathname}
    </a>
  );
}

// The signed-in user's personal calendar feed: create it (the address with its secret is shown
// once, in this page's memory only), copy it, make a new one (the old stops at once) or stop it.
import { useState } from 'preact/hooks';
import { gql } from '../api/client';
import '../admin.css';
import { Alert, errorsOf, Loading, usePageTitle } from '../components/ui';
import { CreateCalendarFeedDocument, MyCalendarFeedDocument, RevokeCalendarFeedDocument } from '../gql/graphql';
import { useLoad } from '../hooks';
import { formatDateTime, t } from '../i18n';

export function CalendarFeedPage() {
  usePageTitle('title.calendarFeed');
  const feed = useLoad(() => gql(MyCalendarFeedDocument), 'my-calendar-feed');
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (e) {
      setError(errorsOf(e).form ?? t('app.error'));
    } finally {
      setBusy(false);
    }
  };
  const create = () =>
    run(async () => {
      const created = (await gql(CreateCalendarFeedDocument)).createCalendarFeed;
      setUrl(created.url);
      feed.set({ myCalendarFeed: created.feed });
    });
  const revoke = () =>
    run(async () => {
      await gql(RevokeCalendarFeedDocument);
      setUrl(null);
      feed.set({ myCalendarFeed: null });
      setNotice(t('feed.revoked'));
    });
  const copy = () =>
    run(async () => {
      if (url) await navigator.clipboard.writeText(url);
      setNotice(t('feed.copied'));
    });

  const current = feed.data?.myCalendarFeed ?? null;
  return (
    <>
      <h1>{t('title.calendarFeed')}</h1>
      <p class="page-intro">{t('feed.intro')}</p>
      <p class="small">{t('feed.secretNote')}</p>
      {feed.loading && !feed.data ? <Loading /> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      {notice ? (
        <Alert kind="success" testId="feed-notice">
          {notice}
        </Alert>
      ) : null}
      {feed.data ? (
        <section class="detail-section" data-testid="calendar-feed">
          <p data-testid="feed-state">{current ? t('feed.active', { date: formatDateTime(current.createdAt) }) : t('feed.none')}</p>
          {url ? (
            <div class="form-group">
              <label class="form-label" for="feed-url">
                {t('feed.url')}
              </label>
              <input id="feed-url" class="form-input feed-url" type="text" readOnly value={url} data-testid="feed-url" onFocus={(e) => (e.target as HTMLInputElement).select()} />
              <p>
                <button type="button" class="button button-secondary" data-testid="feed-copy" onClick={copy} disabled={busy}>
                  {t('feed.copy')}
                </button>
              </p>
            </div>
          ) : null}
          <div class="button-row">
            <button type="button" class="button button-primary" data-testid={current ? 'feed-rotate' : 'feed-create'} onClick={create} disabled={busy}>
              {current ? t('feed.rotate') : t('feed.create')}
            </button>
            {current ? (
              <button type="button" class="button button-secondary" data-testid="feed-revoke" onClick={revoke} disabled={busy}>
                {t('feed.revoke')}
              </button>
            ) : null}
          </div>
        </section>
      ) : null}
    </>
  );
}

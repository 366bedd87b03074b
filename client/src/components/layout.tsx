import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { currentUser } from '../api/client';
import { getLang, setLang, t } from '../i18n';
import { CASE_COMPLEX_READ_ROLES, hasSomeRole, REFERENCE_GROUP_ROLES } from '../pages/case-complex-roles';
import { usePath } from '../router';

export function LanguageSwitch() {
  return (
    <button type="button" class="button button-tertiary lang-switch" lang={getLang() === 'da' ? 'en' : 'da'} aria-label={t('app.languageLabel')} onClick={() => setLang(getLang() === 'da' ? 'en' : 'da')}>
      {t('app.language')}
    </button>
  );
}

/** The development mailbox link shows only where the server offers it (never in production). */
function useDevMailbox(): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    fetch('/dev/mailbox', { cache: 'no-store' })
      .then((res) => setAvailable(res.ok && (res.headers.get('content-type') ?? '').includes('json')))
      .catch(() => setAvailable(false));
  }, []);
  return available;
}

export function Layout(props: { onSignOut: () => void; children: ComponentChildren }) {
  const path = usePath();
  const user = currentUser();
  const devMail = useDevMailbox();
  // Menu entries by the roles the API's @auth directives name (the server keeps every finer rule).
  const casework = hasSomeRole(user?.roles, CASE_COMPLEX_READ_ROLES);
  const nav: Array<[string, string]> = [
    ['/', t('nav.tasks')],
    // Referrals and operations are the caseworkers' (the API shows others none of them).
    ...(casework
      ? ([
          ['/referrals', t('nav.referrals')],
          ['/operations', t('nav.operations')],
        ] as Array<[string, string]>)
      : []),
    ...(casework ? ([['/case-complexes', t('nav.caseComplexes')]] as Array<[string, string]>) : []),
    // The reviews: the groups' members, and CMM's coordinators and analysts (every region, issue 14).
    ...(hasSomeRole(user?.roles, REFERENCE_GROUP_ROLES) || (hasSomeRole(user?.roles, ['COORDINATOR', 'ANALYST']) && user?.organisation.kind === 'CMM')
      ? ([['/reference-group', t('nav.referenceGroup')]] as Array<[string, string]>)
      : []),
    // CMM's hotline: its caseworkers and coordinators.
    ...(hasSomeRole(user?.roles, ['CASEWORKER', 'COORDINATOR']) && user?.organisation.kind === 'CMM' ? ([['/inquiries', t('nav.inquiries')]] as Array<[string, string]>) : []),
    // statistics: ANALYST, or COORDINATOR of CMM; importHistory: ADMIN; the audit queries: AUDITOR.
    ...(hasSomeRole(user?.roles, ['ANALYST']) || (hasSomeRole(user?.roles, ['COORDINATOR']) && user?.organisation.kind === 'CMM') ? ([['/statistics', t('nav.statistics')]] as Array<[string, string]>) : []),
    ...(hasSomeRole(user?.roles, ['ADMIN']) ? ([['/statistics/import', t('nav.statisticsImport')]] as Array<[string, string]>) : []),
    ...(hasSomeRole(user?.roles, ['AUDITOR']) ? ([['/audit', t('nav.audit')]] as Array<[string, string]>) : []),
    ...(hasSomeRole(user?.roles, ['ADMIN'])
      ? ([
          ['/admin/users', t('nav.adminUsers')],
          ['/admin/reference-groups', t('nav.adminReferenceGroups')],
          ['/admin/indicators', t('admin.indicators.nav')],
          ['/admin/service-accounts', t('nav.adminServiceAccounts')],
          ['/admin/identity-providers', t('nav.adminIdentityProviders')],
        ] as Array<[string, string]>)
      : []),
  ];
  const active = (href: string) => (href === '/' ? path === '/' || path.startsWith('/notifications') : path.startsWith(href));
  return (
    <>
      <a class="skipnav" href="#main-content">
        {t('app.skip')}
      </a>
      <header class="app-header">
        <div class="container app-header-inner">
          <a href="/" class="app-logo">
            {t('app.name')}
          </a>
          <div class="app-user">
            {user ? <span class="app-user-name">{t('nav.signedInAs', { name: user.name, org: user.organisation.code })}</span> : null}
            <LanguageSwitch />
            <a href="/account/password" class="button button-tertiary">
              {t('nav.password')}
            </a>
            <a href="/account/two-factor" class="button button-tertiary">
              {t('nav.twoFactor')}
            </a>
            {user?.roles.some((r) => r === 'CASEWORKER' || r === 'COORDINATOR' || r === 'ASSESSOR' || r === 'INVESTIGATOR') ? (
              <a href="/account/calendar" class="button button-tertiary" data-testid="nav-calendar">
                {t('nav.calendarFeed')}
              </a>
            ) : null}
            <button type="button" class="button button-secondary" data-testid="sign-out" onClick={props.onSignOut}>
              {t('nav.signOut')}
            </button>
          </div>
        </div>
        <nav class="app-nav" aria-label={t('nav.main')}>
          <div class="container">
          <ul class="nobullet-list app-nav-list">
            {nav.map(([href, label]) => (
              <li key={href}>
                <a href={href} class={active(href) ? 'active' : undefined} aria-current={active(href) ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
          </div>
        </nav>
      </header>
      <main id="main-content" class="container app-main" tabIndex={-1}>
        {props.children}
      </main>
      <footer class="app-footer">
        <div class="container">
          <span>{t('app.tagline')}</span>
          {devMail ? (
            <a href="/development/mail" class="dev-mail-link">
              {t('app.devMail')}
            </a>
          ) : null}
        </div>
      </footer>
    </>
  );
}

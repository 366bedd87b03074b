import { t } from './i18n';
import { AccessRequestPage } from './pages/access-request';
import { TwoFactorPage } from './pages/account-two-factor';
import { AdminReferenceGroupsPage } from './pages/admin-reference-groups';
import { AdminUsersPage } from './pages/admin-users';
import { CaseComplexDetailPage } from './pages/case-complex-detail';
import { CaseComplexesPage } from './pages/case-complexes';
import { DevMailPage } from './pages/dev-mail';
import { NotificationsPage } from './pages/notifications';
import { OperationDetailPage } from './pages/operation-detail';
import { OperationNewPage } from './pages/operation-new';
import { OperationsPage } from './pages/operations';
import { PasswordPage } from './pages/password';
import { ReferralDetailPage } from './pages/referral-detail';
import { ReferralFormPage } from './pages/referral-form';
import { ReferenceGroupPage } from './pages/reference-group';
import { ReferralsPage } from './pages/referrals';
import { TasksPage } from './pages/tasks';

const ID = '([A-Za-z0-9-]{1,64})';

export function routePage(fullPath: string) {
  const path = fullPath.split('?')[0]!.replace(/\/+$/, '') || '/';
  const query = new URLSearchParams(fullPath.split('?')[1] ?? '');
  let m: RegExpMatchArray | null;
  if (path === '/') return <TasksPage />;
  if (path === '/notifications') return <NotificationsPage />;
  if (path === '/account/password') return <PasswordPage />;
  if (path === '/account/two-factor') return <TwoFactorPage />;
  if (path === '/admin/users') return <AdminUsersPage query={query} />;
  if (path === '/admin/reference-groups') return <AdminReferenceGroupsPage />;
  if (path === '/referrals') return <ReferralsPage query={query} />;
  if (path === '/referrals/new') return <ReferralFormPage id={null} operationId={query.get('operation')} />;
  if ((m = path.match(new RegExp(`^/referrals/${ID}/edit$`)))) return <ReferralFormPage key={m[1]} id={m[1]!} operationId={null} />;
  if ((m = path.match(new RegExp(`^/referrals/${ID}$`)))) return <ReferralDetailPage key={m[1]} id={m[1]!} />;
  if (path === '/operations') return <OperationsPage query={query} />;
  if (path === '/operations/new') return <OperationNewPage />;
  if ((m = path.match(new RegExp(`^/operations/${ID}$`)))) return <OperationDetailPage key={m[1]} id={m[1]!} />;
  if (path === '/case-complexes') return <CaseComplexesPage />;
  if ((m = path.match(new RegExp(`^/case-complexes/${ID}$`)))) return <CaseComplexDetailPage key={m[1]} id={m[1]!} />;
  if (path === '/reference-group') return <ReferenceGroupPage />;
  if ((m = path.match(new RegExp(`^/access-requests/${ID}$`)))) return <AccessRequestPage key={m[1]} id={m[1]!} />;
  if (path === '/development/mail') return <DevMailPage />;
  return <p>{t('app.notFound')}</p>;
}

// The viewer a service account's access token stands for (ADR 0027): the account's user, marked as
// a service account with the purpose its reads of personal data are recorded with. Read from the
// service_accounts table on every request, so a deactivated account stops at once; the roles it
// can never hold are dropped here too, whatever its user row says.
import { eq } from 'drizzle-orm';
import { serviceAccounts } from '../../../db/schema/index.js';
import { mayServiceAccountHold, type TViewer } from '../../core/access.js';
import type { TExecutor } from '../../core/db.js';

export function asServiceAccount(ex: TExecutor, viewer: TViewer): TViewer | null {
  const account = ex
    .select({ id: serviceAccounts.id, purpose: serviceAccounts.purpose, active: serviceAccounts.active })
    .from(serviceAccounts)
    .where(eq(serviceAccounts.userId, viewer.userId))
    .get();
  if (!account || !account.active) return null;
  return { ...viewer, roles: viewer.roles.filter(mayServiceAccountHold), serviceAccount: { id: account.id, purpose: account.purpose } };
}

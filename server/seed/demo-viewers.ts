// The demo users as the services see them, for the seed's calls made in their name.
import type { TViewer } from '../core/access.js';
import type { TDeps } from '../core/types.js';
import { viewerForUser } from '../modules/auth/auth.service.js';
import { findUserByEmail } from '../modules/auth/auth.repo.js';

/**
 * The viewer of a demo user by e-mail, each read once per seed step: the seed acts as a dozen
 * users a few hundred times, and a user's roles and organisation do not change while it runs.
 */
export function demoViewers(deps: TDeps): (email: string) => TViewer {
  const known = new Map<string, TViewer>();
  return (email) => {
    let viewer = known.get(email);
    if (!viewer) {
      const user = findUserByEmail(deps.db, email);
      if (!user) throw new Error(`Demo user ${email} is missing`);
      viewer = viewerForUser({ user, sessionId: 'demo-seed', secondFactor: true, requireTotpForPrivileged: false });
      known.set(email, viewer);
    }
    return viewer;
  };
}

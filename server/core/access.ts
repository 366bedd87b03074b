// The one access gate. Every decision about who may call what, and (as the domains grow) what
// level a viewer holds on a record and why, is made here. Default is deny.
import { AppError } from './errors.js';

export const ROLES = [
  'CASEWORKER',
  'COORDINATOR',
  'ASSESSOR',
  'INVESTIGATOR',
  'REFERENCE_GROUP_MEMBER',
  'ANALYST',
  'AUDITOR',
  'ADMIN',
] as const;
export type TRole = (typeof ROLES)[number];

/** Roles that only count when the user signed in with a second factor, if that is required. */
export const PRIVILEGED_ROLES: readonly TRole[] = ['ADMIN', 'AUDITOR'];

export type TViewer = {
  userId: string;
  organisationId: string;
  organisationCode: string;
  organisationKind: string;
  region: string | null;
  roles: TRole[];
  referenceGroup: string | null;
  sessionId: string;
};

/** What a root field declares in the schema: @public, or @auth(roles: [...]) (empty: any signed-in user). */
export type TFieldRule = { kind: 'public' } | { kind: 'auth'; roles: TRole[] };

export function hasAnyRole(viewer: TViewer, roles: readonly TRole[]): boolean {
  return roles.some((role) => viewer.roles.includes(role));
}

export function assertMayCallField(options: { viewer: TViewer | null; rule: TFieldRule }): void {
  const { viewer, rule } = options;
  if (rule.kind === 'public') return;
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  if (rule.roles.length > 0 && !hasAnyRole(viewer, rule.roles)) {
    throw new AppError('FORBIDDEN', 'Your roles do not allow this');
  }
}

export function requireViewer(viewer: TViewer | null): TViewer {
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return viewer;
}

/**
 * Roles that take effect for a session: privileged roles are dropped when the organisation
 * requires a second factor for them and the user has not signed in with one.
 */
export function effectiveRoles(options: { roles: TRole[]; secondFactor: boolean; requireTotpForPrivileged: boolean }): TRole[] {
  if (!options.requireTotpForPrivileged || options.secondFactor) return options.roles;
  return options.roles.filter((role) => !PRIVILEGED_ROLES.includes(role));
}

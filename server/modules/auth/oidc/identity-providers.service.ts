// The identity providers of the organisations (ADR 0028): an ADMIN of the organisation configures
// its OpenID Connect issuer, client id and secret (sealed at rest, never returned), whether the IdP's
// MFA counts as Samvirke's second factor and whether passwords still work; anyone may list which
// organisations have one (the sign-in page's buttons), ADMINs the configurations.
import { z } from 'zod';
import { mayConfigureIdentityProvider } from '../../../core/access.js';
import { runAudited } from '../../../core/audit.js';
import type { TContext } from '../../../core/context.js';
import { AppError, badInput } from '../../../core/errors.js';
import { newId, sha256Hex } from '../../../core/ids.js';
import { parseInput } from '../../../core/validation.js';
import { findOrganisationByCode } from '../../organisations/organisations.service.js';
import { findRefreshToken } from '../auth.repo.js';
import { requireAdmin } from '../users.service.js';
import * as repo from './oidc.repo.js';

export type { TProviderRow } from './oidc.repo.js';

/** The address registered at the IdP as the redirect URI. */
export function callbackUrl(publicUrl: string): string {
  return `${publicUrl}/auth/oidc/callback`;
}

/** An issuer identifier: an absolute URL without query or fragment, https:// in production (OIDC Discovery § 2). */
function issuerSchema(production: boolean) {
  return z
    .string()
    .trim()
    .min(1, 'The issuer is required')
    .max(500)
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          if (url.search || url.hash || url.username || url.password) return false;
          return production ? url.protocol === 'https:' : url.protocol === 'https:' || url.protocol === 'http:';
        } catch {
          return false;
        }
      },
      { message: production ? 'The issuer must be an https:// URL without query or fragment' : 'The issuer must be an http(s):// URL without query or fragment', params: { rule: 'INVALID_FORMAT' } },
    )
    .transform((value) => value.replace(/\/$/, ''));
}

const printable = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} is required`)
    .max(max)
    .refine((value) => /^[\x21-\x7e]+$/.test(value), { message: `${what} must be printable ASCII without spaces`, params: { rule: 'INVALID_FORMAT' } });

export type TConfigureIdentityProviderInput = { issuer: string; clientId: string; clientSecret: string; requireMfaFromIdp: boolean; passwordSignInAllowed: boolean };

/**
 * Creates or replaces the organisation's identity provider. Only an ADMIN of that organisation
 * (core/access.ts mayConfigureIdentityProvider). The secret is given every time (it is never
 * returned, so an ADMIN cannot read it back to keep it) and sealed.
 */
export async function configureIdentityProvider(ctx: TContext, input: { organisationCode: string; input: TConfigureIdentityProviderInput }): Promise<repo.TProviderRow> {
  const viewer = requireAdmin(ctx.viewer);
  const organisation = findOrganisationByCode(ctx.deps.db, String(input.organisationCode ?? '').trim());
  if (!organisation) throw badInput('organisationCode', 'Unknown organisation', 'UNKNOWN_ORGANISATION');
  if (!mayConfigureIdentityProvider(viewer, organisation.id)) throw new AppError('FORBIDDEN', "Only an ADMIN of the organisation may configure its identity provider");
  const values = parseInput(
    z.object({
      issuer: issuerSchema(ctx.deps.config.isProduction),
      clientId: printable(255, 'The client id'),
      clientSecret: printable(1000, 'The client secret'),
      requireMfaFromIdp: z.boolean(),
      passwordSignInAllowed: z.boolean(),
    }),
    input.input,
    'input',
  );
  return await runAudited(ctx, (unit) => {
    const before = repo.findProviderByOrganisation(unit.tx, organisation.id);
    const id = before?.id ?? newId();
    repo.upsertProvider(unit.tx, ctx.deps.sealer, { id, organisationId: organisation.id, ...values, at: unit.now.toISOString(), by: viewer.userId });
    const fields = before
      ? (['issuer', 'clientId', 'requireMfaFromIdp', 'passwordSignInAllowed'] as const).filter((field) => before[field] !== values[field])
      : ['issuer', 'clientId', 'requireMfaFromIdp', 'passwordSignInAllowed'];
    // The secret is always replaced; whether it changed is not worth opening the old one for.
    unit.audit({ action: 'IDENTITY_PROVIDER_CONFIGURE', objectType: 'IdentityProvider', objectId: id, dataCategory: 'ACCOUNT', details: { organisationId: organisation.id, created: !before, fields: [...fields, 'clientSecret'] } });
    return repo.findProviderById(unit.tx, id)!;
  });
}

/** ADMIN: every organisation's identity provider, without secrets. */
export function listIdentityProviders(ctx: TContext): repo.TProviderRow[] {
  requireAdmin(ctx.viewer);
  return repo.listProviders(ctx.deps.db);
}

/** Anyone (the sign-in page): the organisations that have an identity provider, codes and names only. */
export function listPublicIdentityProviders(ctx: TContext): Array<{ organisationCode: string; organisationName: string }> {
  return repo.listProviders(ctx.deps.db).map((row) => ({ organisationCode: row.organisationCode, organisationName: row.organisationName }));
}

/**
 * Where the browser goes after signing out of a session begun at an IdP (RP-initiated logout);
 * null otherwise. Answered with the session's login or refresh (AuthPayload), so the web client
 * holds it and needs no request with its token after signing out.
 */
export function identityProviderSignOutUrl(ctx: TContext, refreshToken: string): string | null {
  const token = findRefreshToken(ctx.deps.db, sha256Hex(refreshToken));
  return token ? repo.openSessionSignOutUrl(ctx.deps.db, ctx.deps.sealer, token.familyId) : null;
}

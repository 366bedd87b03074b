import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';

// Sign-in through an organisation's own OpenID Connect provider (issue 16 §1, ADR 0028).

/** At most one identity provider per organisation. The client secret is sealed (never plaintext, never returned). */
export const identityProviders = sqliteTable('identity_providers', {
  id: text('id').primaryKey(),
  organisationId: text('organisation_id').notNull().unique().references(() => organisations.id),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  /** Sealed under the provider's own data key (identity-provider-<id>). */
  clientSecret: text('client_secret').notNull(),
  requireMfaFromIdp: integer('require_mfa_from_idp', { mode: 'boolean' }).notNull(),
  passwordSignInAllowed: integer('password_sign_in_allowed', { mode: 'boolean' }).notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  /** The ADMIN who configured it last. */
  updatedBy: text('updated_by').notNull().references(() => users.id),
});

/**
 * A sign-in begun at GET /auth/oidc/:organisationCode and not yet finished: kept here (not in a
 * cookie) so that any server can finish it. Keyed by the SHA-256 of `state`; single use.
 */
export const oidcFlows = sqliteTable(
  'oidc_flows',
  {
    stateHash: text('state_hash').primaryKey(),
    providerId: text('provider_id').notNull().references(() => identityProviders.id, { onDelete: 'cascade' }),
    codeVerifier: text('code_verifier').notNull(),
    nonce: text('nonce').notNull(),
    /** A local path of the web client to return to. */
    returnTo: text('return_to').notNull(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('oidc_flows_expires_idx').on(t.expiresAt)],
);

/** A Samvirke user linked to the IdP's subject (first sign-in by verified e-mail, by subject ever after). */
export const oidcIdentities = sqliteTable(
  'oidc_identities',
  {
    userId: text('user_id').primaryKey().references(() => users.id),
    providerId: text('provider_id').notNull().references(() => identityProviders.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    linkedAt: text('linked_at').notNull(),
  },
  (t) => [uniqueIndex('oidc_identities_subject_idx').on(t.providerId, t.subject)],
);

/** A Samvirke session (refresh-token family) begun at an IdP: when it must end, and how to sign out there. */
export const oidcSessions = sqliteTable(
  'oidc_sessions',
  {
    familyId: text('family_id').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id),
    providerId: text('provider_id').notNull().references(() => identityProviders.id, { onDelete: 'cascade' }),
    /** OIDC_SESSION_MAX_MINUTES after the sign-in at the IdP: then the person goes through the IdP again. */
    endsAt: text('ends_at').notNull(),
    /** The IdP's end-session URL for this session (with id_token_hint), sealed; null when the IdP has none. */
    signOutUrl: text('sign_out_url'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('oidc_sessions_ends_idx').on(t.endsAt)],
);

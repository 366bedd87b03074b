// PostgreSQL mirror of db/schema/identity-providers.ts (ADR 0029): same tables, columns and indexes, types mapped as
// the ADR's table says. What each column means is written there.

import { boolean, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';
export const identityProviders = pgTable('identity_providers', {
  id: text('id').primaryKey(),
  organisationId: text('organisation_id').notNull().unique().references(() => organisations.id),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  clientSecret: text('client_secret').notNull(),
  requireMfaFromIdp: boolean('require_mfa_from_idp').notNull(),
  passwordSignInAllowed: boolean('password_sign_in_allowed').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by').notNull().references(() => users.id),
});
export const oidcFlows = pgTable(
  'oidc_flows',
  {
    stateHash: text('state_hash').primaryKey(),
    providerId: text('provider_id').notNull().references(() => identityProviders.id, { onDelete: 'cascade' }),
    codeVerifier: text('code_verifier').notNull(),
    nonce: text('nonce').notNull(),
    returnTo: text('return_to').notNull(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('oidc_flows_expires_idx').on(t.expiresAt)],
);
export const oidcIdentities = pgTable(
  'oidc_identities',
  {
    userId: text('user_id').primaryKey().references(() => users.id),
    providerId: text('provider_id').notNull().references(() => identityProviders.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    linkedAt: text('linked_at').notNull(),
  },
  (t) => [uniqueIndex('oidc_identities_subject_idx').on(t.providerId, t.subject)],
);
export const oidcSessions = pgTable(
  'oidc_sessions',
  {
    familyId: text('family_id').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id),
    providerId: text('provider_id').notNull().references(() => identityProviders.id, { onDelete: 'cascade' }),
    endsAt: text('ends_at').notNull(),
    signOutUrl: text('sign_out_url'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('oidc_sessions_ends_idx').on(t.endsAt)],
);

// PostgreSQL mirror of db/schema/auth.ts (ADR 0029): same tables, columns and indexes, types mapped as
// the ADR's table says. What each column means is written there.

import { boolean, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
export const users = pgTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  organisationId: text('organisation_id').notNull().references(() => organisations.id),
  roles: jsonb('roles').$type<string[]>().notNull(),
  referenceGroup: text('reference_group'),
  passwordHash: text('password_hash').notNull(),
  totpSecret: text('totp_secret'),
  totpEnabled: boolean('totp_enabled').notNull().default(false),
  totpLastStep: integer('totp_last_step'),
  active: boolean('active').notNull().default(true),
  createdAt: text('created_at').notNull(),
  deactivatedAt: text('deactivated_at'),
});
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: text('id').primaryKey(),
    familyId: text('family_id').notNull(),
    userId: text('user_id').notNull().references(() => users.id),
    tokenHash: text('token_hash').notNull().unique(),
    secondFactor: boolean('second_factor').notNull().default(false),
    sessionStartedAt: text('session_started_at').notNull(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    rotatedAt: text('rotated_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('refresh_tokens_family_idx').on(t.familyId), index('refresh_tokens_user_idx').on(t.userId)],
);
export const loginAttempts = pgTable('login_attempts', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: text('window_started_at').notNull(),
  lockedUntil: text('locked_until'),
});
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    requestedBy: text('requested_by').notNull().references(() => users.id),
  },
  (t) => [index('password_reset_tokens_user_idx').on(t.userId)],
);

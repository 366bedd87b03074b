import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';

// Service accounts of integrations (issue 16 § 2, ADR 0027). Each is also a row of `users` (its
// `userId`), so whatever it does is done, recorded and audited as that account; this row holds
// what only a system has: its client id, the hash of its client secret, and the purpose its reads
// of personal data are recorded with. The secret itself is shown once and never kept.
export const serviceAccounts = sqliteTable(
  'service_accounts',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .unique()
      .references(() => users.id),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    clientId: text('client_id').notNull().unique(),
    /** SHA-256 (hex) of the 256-bit random client secret: high entropy needs no slow hash (ADR 0027). */
    secretHash: text('secret_hash').notNull(),
    purpose: text('purpose').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    secretRotatedAt: text('secret_rotated_at'),
    deactivatedAt: text('deactivated_at'),
  },
  (t) => [index('service_accounts_organisation_idx').on(t.organisationId)],
);

import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Append-only, hash-chained. Holds ids and categories only, never personal data.
export const auditEvents = sqliteTable(
  'audit_events',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    actorUserId: text('actor_user_id'),
    actorOrganisationId: text('actor_organisation_id'),
    actorRoles: text('actor_roles'),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    subjectId: text('subject_id'),
    dataCategory: text('data_category'),
    purpose: text('purpose'),
    outcome: text('outcome').notNull(),
    requestId: text('request_id'),
    details: text('details'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_object_idx').on(t.objectType, t.objectId),
    index('audit_events_subject_idx').on(t.subjectId),
    index('audit_events_actor_idx').on(t.actorUserId),
  ],
);

// Append-only (triggers in 0005_audit-checkpoints-append-only.sql).
// Signed checkpoints of the chain (sequence, head hash), signed with a key kept outside the
// database, so that a chain recomputed by someone who can write the file no longer verifies.
export const auditCheckpoints = sqliteTable('audit_checkpoints', {
  seq: integer('seq').primaryKey(),
  headHash: text('head_hash').notNull(),
  createdAt: text('created_at').notNull(),
  keyId: text('key_id').notNull(),
  signature: text('signature').notNull(),
});

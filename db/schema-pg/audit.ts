// PostgreSQL mirror of db/schema/audit.ts (ADR 0029): same tables, columns and indexes, types mapped as
// the ADR's table says. What each column means is written there.

import { bigint, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
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
    hitCount: integer('hit_count'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_object_idx').on(t.objectType, t.objectId),
    index('audit_events_subject_idx').on(t.subjectId),
    index('audit_events_actor_idx').on(t.actorUserId),
  ],
);
export const auditSearchHits = pgTable(
  'audit_search_hits',
  {
    seq: bigint('seq', { mode: 'number' })
      .notNull()
      .references(() => auditEvents.seq),
    position: integer('position').notNull(),
    objectId: text('object_id').notNull(),
    subjectId: text('subject_id'),
    purpose: text('purpose'),
    dataCategory: text('data_category'),
    details: text('details'),
  },
  (t) => [primaryKey({ columns: [t.seq, t.position] }), index('audit_search_hits_subject_idx').on(t.subjectId), index('audit_search_hits_object_idx').on(t.objectId)],
);
export const auditCheckpoints = pgTable('audit_checkpoints', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  headHash: text('head_hash').notNull(),
  createdAt: text('created_at').notNull(),
  keyId: text('key_id').notNull(),
  signature: text('signature').notNull(),
});

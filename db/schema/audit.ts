import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
    /**
     * Set on a record whose hits are in audit_search_hits (a search: one row per referral it
     * returned); null on every other record. The hash covers the count and the hits.
     */
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

// Append-only (triggers in 0011_audit-search-hits.sql). What one search or read record showed: one
// narrow row per referral returned (a search) or per referral and category of personal data read
// (a read), written by one statement with the record and covered by its hash, so the subject
// access report finds every search and read that showed a person without a full audit record per
// hit (ADR 0022).
export const auditSearchHits = sqliteTable(
  'audit_search_hits',
  {
    seq: integer('seq')
      .notNull()
      .references(() => auditEvents.seq),
    position: integer('position').notNull(),
    objectId: text('object_id').notNull(),
    subjectId: text('subject_id'),
    purpose: text('purpose'),
    /** A read's hit: the category of personal data read; null on a search's hits. */
    dataCategory: text('data_category'),
    /** A read's hit: what its record's details were (the grant it was read under), as JSON; null otherwise. */
    details: text('details'),
  },
  (t) => [primaryKey({ columns: [t.seq, t.position] }), index('audit_search_hits_subject_idx').on(t.subjectId), index('audit_search_hits_object_idx').on(t.objectId)],
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

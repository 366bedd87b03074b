// Helpers of the auditor-tool tests: the three queries over HTTP, and a second connection to the
// database file that edits it behind the server's back (as someone who can write the file could).
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { computeAuditHash } from '../../../server/core/audit.js';
import type { TChainReport } from '../../../server/modules/audit/audit-chain.js';
import type { TGraphQLResponse, TTestServer } from '../../support/test-server.js';

export const EVENT_FIELDS = `id seq at actorUserId actorOrganisation { code } actorRoles action objectType objectId subjectId dataCategory purpose outcome requestId details`;

export type TAuditEvent = {
  id: string;
  seq: number;
  at: string;
  actorUserId: string | null;
  actorOrganisation: { code: string } | null;
  actorRoles: string[];
  action: string;
  objectType: string | null;
  objectId: string | null;
  subjectId: string | null;
  dataCategory: string | null;
  purpose: string | null;
  outcome: 'ALLOWED' | 'DENIED';
  requestId: string | null;
  details: string | null;
};

export type TAuditConnection = {
  edges: Array<{ cursor: string; node: TAuditEvent }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
};

export const AUDIT_EVENTS = `query($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) { edges { cursor node { ${EVENT_FIELDS} } } pageInfo { hasNextPage endCursor } totalCount }
}`;

export const VERIFY = `{ verifyAuditChain { ok checked firstBrokenId firstBrokenCheckpoint reason headSeq checkpointsChecked lastCheckpoint { seq createdAt } recordsSinceLastCheckpoint knownBadInputIds warnings } }`;

/** VERIFY asks for every field of the report, so the answer has the service's shape. */
export type TVerification = TChainReport;

export const REPORT = `query($subjectId: ID!) { subjectAccessReport(subjectId: $subjectId) { ${EVENT_FIELDS} } }`;

export function ok<T>(res: TGraphQLResponse<Record<string, T>>, field: string): T {
  expect(res.body.errors, `${field} failed`).toBeUndefined();
  return res.body.data![field] as T;
}

export async function verify(server: TTestServer, token: string): Promise<TVerification> {
  return ok(await server.gql<{ verifyAuditChain: TVerification }>(VERIFY, {}, { token }), 'verifyAuditChain');
}

type TRawRow = Parameters<typeof computeAuditHash>[0] & { hash: string };

const SELECT_ROWS = `select seq, at, actor_user_id as actorUserId, actor_organisation_id as actorOrganisationId, actor_roles as actorRoles, action,
  object_type as objectType, object_id as objectId, subject_id as subjectId, data_category as dataCategory, purpose, outcome,
  request_id as requestId, details, prev_hash as prevHash, hash from audit_events`;

/**
 * Opens the database file with a connection of its own, drops the append-only triggers and runs
 * `edit`: what someone with write access to the file can do, without the server knowing.
 */
export function tamper(server: TTestServer, edit: (db: Database.Database) => void): void {
  const db = new Database(server.deps.config.databasePath);
  try {
    for (const trigger of ['audit_events_no_update', 'audit_events_no_delete', 'audit_checkpoints_no_update', 'audit_checkpoints_no_delete', 'audit_search_hits_no_update', 'audit_search_hits_no_delete']) {
      db.exec(`DROP TRIGGER IF EXISTS ${trigger}`);
    }
    edit(db);
  } finally {
    db.close();
  }
}

/** The "rewrite" attack: change record `seq`, then recompute its hash and every later one so the chain holds again (`only`: its own hash only). */
export function rewriteFrom(db: Database.Database, seq: number, change: Partial<TRawRow>, options: { only?: boolean } = {}): void {
  const rows = (db.prepare(`${SELECT_ROWS} where seq >= ? order by seq`).all(seq) as TRawRow[]).slice(0, options.only ? 1 : undefined);
  const update = db.prepare('update audit_events set object_id = ?, action = ?, prev_hash = ?, hash = ? where seq = ?');
  let prevHash = rows[0]!.prevHash;
  for (const [i, original] of rows.entries()) {
    const row = { ...original, ...(i === 0 ? change : {}), prevHash };
    const { hash: _old, ...fields } = row;
    const hash = computeAuditHash(fields);
    update.run(row.objectId, row.action, prevHash, hash, row.seq);
    prevHash = hash;
  }
}

export function maxSeq(server: TTestServer): number {
  return (server.deps.sqlite.prepare('select coalesce(max(seq), 0) as n from audit_events').get() as { n: number }).n;
}

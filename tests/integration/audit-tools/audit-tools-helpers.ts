// Helpers of the auditor-tool tests: the three queries over HTTP, and a second connection to the
// database file that edits it behind the server's back (as someone who can write the file could).
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { computeAuditHash } from '../../../server/core/audit.js';
import type { TGraphQLResponse, TTestServer } from '../../support/test-server.js';
import {
  AuditEventsDocument,
  SubjectAccessReportInFullDocument,
  VerifyAuditChainDocument,
  type AuditEventFieldsFragment,
  type AuditEventsQuery,
  type VerifyAuditChainQuery,
} from '../../gql/generated/graphql.js';

export type TAuditEvent = AuditEventFieldsFragment;
export type TAuditConnection = AuditEventsQuery['auditEvents'];
export type TVerification = VerifyAuditChainQuery['verifyAuditChain'];

/** The operations as typed documents, for the tests that send them as given (refusals, bad input). */
export const AUDIT_EVENTS = AuditEventsDocument;
export const VERIFY = VerifyAuditChainDocument;
export const REPORT = SubjectAccessReportInFullDocument;

/** One field of a response that must have succeeded (its value may be empty). */
export function ok<TData, TField extends keyof TData & string>(res: TGraphQLResponse<TData>, field: TField): TData[TField] {
  expect(res.body.errors, `${field} failed`).toBeUndefined();
  return res.body.data![field];
}

export async function verify(server: TTestServer, token: string): Promise<TVerification> {
  return ok(await server.as({ token })(VerifyAuditChainDocument), 'verifyAuditChain');
}

/** A data subject's report of who touched their data, as `holder` (an auditor) asks for it. */
export async function subjectReport(server: TTestServer, holder: { token: string }, subjectId: string): Promise<TAuditEvent[]> {
  return ok(await server.as(holder)(SubjectAccessReportInFullDocument, { subjectId }), 'subjectAccessReport');
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

// Audit actions that only tests write, to exercise the writer itself (chaining, rollback, hooks).
// They are not in the production vocabulary (core/audit-actions.ts); a test names them through
// these casts so that the casts are in one place and read as what they are.
import type { TAuditAction, TAuditRecord } from '../../server/core/audit-actions.js';

export function testAction(name: `TEST_${string}`): TAuditAction {
  return name as TAuditAction;
}

/** A record of a test action with details of no action's shape (what the writer stores and hashes, whatever they are). */
export function testRecord(record: Omit<TAuditRecord, 'action' | 'details'> & { action: `TEST_${string}`; details?: Record<string, string | number> }): TAuditRecord {
  return record as unknown as TAuditRecord;
}

// Audit actions that only tests write, to exercise the writer itself (chaining, rollback, hooks).
// They are not in the production vocabulary (core/audit-actions.ts); a test names them through
// this cast so that the cast is in one place and reads as what it is.
import type { TAuditAction } from '../../server/core/audit-actions.js';

export function testAction(name: `TEST_${string}`): TAuditAction {
  return name as TAuditAction;
}

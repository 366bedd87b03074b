// The audit vocabulary's details (core/audit-actions.ts): the writer takes only the details of the
// record's action (or, refused, a denial), and the auditor's search reads them back in that shape.
// The first half is checked by tsc (npm run typecheck): an @ts-expect-error the writer no longer
// needs fails the build, so a writer that took any details would not pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, type TAuditAction, type TAuditDetails, type TAuditEntryDetails } from '../../../server/core/audit-actions.js';
import { recordAudit, type TUnitOfWork } from '../../../server/core/audit.js';
import { systemContext, type TContext } from '../../../server/core/context.js';
import { listAuditEvents } from '../../../server/modules/audit/audit.service.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';

/** Every action has its entry in the details map, and the map names no other. */
type TMissing = Exclude<TAuditAction, keyof TAuditDetails>;
type TExtra = Exclude<keyof TAuditDetails, TAuditAction>;
const complete: [TMissing, TExtra] extends [never, never] ? true : false = true;

export async function writerAcceptsOnlyTheActionsDetails(write: TUnitOfWork['audit'], ctx: TContext): Promise<void> {
  write({ action: 'LOGIN', objectType: 'User', details: { secondFactor: true, delayedMs: 0 } });
  write({ action: 'LOGIN', outcome: 'DENIED', details: { reason: 'BAD_CREDENTIALS', delayedMs: 10, delayedBy: 'PAIR' } });
  write({ action: 'LOGOUT' });
  await recordAudit(ctx, [{ action: 'HISTORY_IMPORT', details: { rows: 3, imported: 2, skipped: 1 } }]);
  // @ts-expect-error another action's details
  write({ action: 'LOGIN', details: { removed: 3 } });
  // @ts-expect-error a detail the action does not record (it could carry personal data)
  write({ action: 'HISTORY_IMPORT', details: { rows: 1, imported: 1, skipped: 0, name: 'Maria' } });
  // @ts-expect-error an action that records details must give them
  write({ action: 'BREAK_GLASS', objectType: 'Referral' });
  // @ts-expect-error an action that records none takes none
  write({ action: 'LOGOUT', details: { sessions: 1 } });
  // @ts-expect-error a refusal names a known reason
  write({ action: 'JOB_RUN', outcome: 'DENIED', details: { reason: 'BECAUSE' } });
  // @ts-expect-error the details of an allowed record are not a refusal
  await recordAudit(ctx, [{ action: 'STATISTICS_EXPORT', details: { reason: 'NOT_PERMITTED' } }]);
  // @ts-expect-error not an action of the trail
  write({ action: 'REFERRAL_PEEK' });
}

/** What a reader learns by narrowing on action and outcome. */
function importedOf(entry: TAuditEntryDetails): number | null {
  if (entry.action !== 'HISTORY_IMPORT' || entry.outcome !== 'ALLOWED' || !entry.details) return null;
  return entry.details.imported;
}

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

function auditor(): TContext {
  const ctx = systemContext(server.deps, `audit-details-${Math.random().toString(36).slice(2, 10)}`);
  return {
    ...ctx,
    viewer: { userId: 'auditor', organisationId: 'cmm', organisationCode: 'CMM', organisationKind: 'CMM', region: null, roles: ['AUDITOR'], referenceGroup: null, sessionId: 's' },
  };
}

describe('audit details', () => {
  it('every action of the vocabulary has a shape', () => {
    expect(complete).toBe(true);
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it('the auditor search reads a record back with its action’s details, and a refusal with its reason', async () => {
    const objectId = `register-${Math.random().toString(36).slice(2, 10)}`;
    await recordAudit(auditor(), [
      { action: 'HISTORY_IMPORT', objectType: 'HistoricalRegister', objectId, details: { rows: 5, imported: 4, skipped: 1 } },
      { action: 'HISTORY_IMPORT', objectType: 'HistoricalRegister', objectId, outcome: 'DENIED', details: { reason: 'NOT_PERMITTED' } },
    ]);
    const found = await listAuditEvents(auditor(), { filter: { objectId, action: 'HISTORY_IMPORT' } });
    const [denied, allowed] = found.edges.map((e) => e.node);
    expect(importedOf(allowed!)).toBe(4);
    expect(allowed).toMatchObject({ action: 'HISTORY_IMPORT', outcome: 'ALLOWED', details: { rows: 5, imported: 4, skipped: 1 } });
    expect(importedOf(denied!)).toBeNull();
    expect(denied).toMatchObject({ outcome: 'DENIED', details: { reason: 'NOT_PERMITTED' } });
  });
});

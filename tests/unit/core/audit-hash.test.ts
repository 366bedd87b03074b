import { describe, expect, it } from 'vitest';
import { computeAuditHash, GENESIS_HASH } from '../../../server/core/audit.js';
import { sha256Hex } from '../../../server/core/ids.js';

type TRecord = Parameters<typeof computeAuditHash>[0];

const record: TRecord = {
  seq: 1,
  at: '2026-11-23T09:00:00.000Z',
  actorUserId: 'user-1',
  actorOrganisationId: 'org-cmm',
  actorRoles: 'CASEWORKER',
  action: 'REFERRAL_READ',
  objectType: 'Referral',
  objectId: 'ref-1',
  subjectId: 'subject-1',
  dataCategory: 'IDENTITY',
  purpose: 'case handling',
  outcome: 'ALLOWED',
  requestId: 'req-1',
  details: null,
  prevHash: GENESIS_HASH,
};

describe('computeAuditHash', () => {
  it('is SHA-256 over the previous hash and the canonical record, fields in a fixed order', () => {
    const canonical = JSON.stringify([
      1, '2026-11-23T09:00:00.000Z', 'user-1', 'org-cmm', 'CASEWORKER', 'REFERRAL_READ', 'Referral', 'ref-1', 'subject-1', 'IDENTITY', 'case handling', 'ALLOWED', 'req-1', null,
    ]);
    expect(computeAuditHash(record)).toBe(sha256Hex(`${GENESIS_HASH}\n${canonical}`));
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });

  it('does not depend on the order of the object’s keys', () => {
    const reversed = Object.fromEntries(Object.entries(record).reverse()) as TRecord;
    expect(computeAuditHash(reversed)).toBe(computeAuditHash(record));
  });

  it('changes when any field or the previous hash changes', () => {
    const base = computeAuditHash(record);
    const changes: Array<Partial<TRecord>> = [
      { seq: 2 },
      { at: '2026-11-23T09:00:00.001Z' },
      { actorUserId: 'user-2' },
      { actorOrganisationId: 'org-at' },
      { actorRoles: 'ADMIN' },
      { action: 'REFERRAL_UPDATE' },
      { objectType: 'Operation' },
      { objectId: 'ref-2' },
      { subjectId: null },
      { dataCategory: 'HEALTH' },
      { purpose: null },
      { outcome: 'DENIED' },
      { requestId: 'req-2' },
      { details: '{}' },
      { prevHash: 'f'.repeat(64) },
    ];
    const hashes = changes.map((change) => computeAuditHash({ ...record, ...change }));
    for (const hash of hashes) expect(hash).not.toBe(base);
    expect(new Set(hashes).size).toBe(changes.length);
  });
});

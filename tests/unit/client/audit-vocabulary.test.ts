// The auditor reads words, not codes: every action the trail may record (the closed list in
// server/core/audit-actions.ts) has a Danish and an English name, and every enum of the schema that
// reaches a user has its names in enums.ts (or is named elsewhere, listed here with where).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../../server/core/audit-actions.js';
import { AUDIT_ACTION_NAMES, AUDIT_DETAIL_KEYS, AUDIT_DETAIL_VALUES, AUDIT_OBJECT_TYPES, AUDIT_PURPOSE_NAMES } from '../../../client/src/i18n/audit-vocabulary.js';
import { ACTIONS, ENUMS } from '../../../client/src/i18n/enums.js';

const schemaDir = path.resolve(import.meta.dirname, '../../../schema');
const schema = fs
  .readdirSync(schemaDir)
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => fs.readFileSync(path.join(schemaDir, f), 'utf8'))
  .join('\n');

/** Schema enums the client names elsewhere, or never shows. */
const NAMED_ELSEWHERE: Record<string, string> = {
  AccessReasonCode: 'schema/access-reasons.ts (accessReason)',
  AuditOutcome: 'catalogue-audit.ts audit.outcome.*',
  ReferralAction: 'enums.ts ACTIONS (the timeline), tested below',
  JobRunStatus: 'not shown in the client',
  InquiryKind: 'catalogue-review.ts inq.kind.*',
  InquiryOutcome: 'catalogue-review.ts inq.ledTo.*',
  ReviewPeriod: 'catalogue-review.ts rv.period.*',
};

describe('the audit trail in words', () => {
  it.each([...AUDIT_ACTIONS])('action %s has a Danish and an English name', (action) => {
    const pair = AUDIT_ACTION_NAMES[action];
    expect(pair, action).toBeDefined();
    expect(pair![0].trim()).not.toBe('');
    expect(pair![1].trim()).not.toBe('');
    expect(pair![0]).not.toBe(action);
  });

  it('names purposes, object types, detail keys and values in both languages', () => {
    for (const [name, table] of Object.entries({ AUDIT_PURPOSE_NAMES, AUDIT_OBJECT_TYPES, AUDIT_DETAIL_KEYS, AUDIT_DETAIL_VALUES })) {
      for (const [code, pair] of Object.entries(table)) {
        expect(pair[0].trim(), `${name}.${code} da`).not.toBe('');
        expect(pair[1].trim(), `${name}.${code} en`).not.toBe('');
      }
    }
  });

  it('names every object type the server records', () => {
    const server = path.resolve(import.meta.dirname, '../../../server');
    const found = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts')) for (const m of fs.readFileSync(full, 'utf8').matchAll(/objectType: '([A-Za-z]+)'/g)) found.add(m[1]!);
      }
    };
    walk(server);
    expect(found.size).toBeGreaterThan(5);
    for (const type of found) expect(AUDIT_OBJECT_TYPES[type], type).toBeDefined();
  });
});

describe('every schema enum has names', () => {
  const enums = [...schema.matchAll(/^enum (\w+) \{/gm)].map((m) => m[1]!);

  it.each(enums)('%s is named in enums.ts or listed as named elsewhere', (name) => {
    expect(name in ENUMS || name in NAMED_ELSEWHERE, `${name}: add it to client/src/i18n/enums.ts`).toBe(true);
  });

  it('names every ReferralAction on the timeline', () => {
    const body = schema.match(/enum ReferralAction \{([^}]*)\}/)?.[1] ?? '';
    const values = body.split('\n').map((l) => l.trim()).filter((l) => /^[A-Z][A-Z0-9_]*$/.test(l));
    expect(values.length).toBeGreaterThan(5);
    for (const value of values) expect(ACTIONS[value], value).toBeDefined();
  });
});

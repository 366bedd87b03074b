// The Danish access reasons translate sentences the API really gives: each one still occurs in the access gate.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCESS_REASONS_DA } from '../../../client/src/i18n/access-reasons.js';

const gate = fs.readFileSync(path.resolve(import.meta.dirname, '../../../server/core/access.ts'), 'utf8');

describe('Danish access reasons', () => {
  it.each(Object.keys(ACCESS_REASONS_DA))('"%s" is a reason the server gives', (reason) => {
    expect(gate).toContain(`'${reason}'`);
  });
  it('covers the grant sentences the client parses', () => {
    expect(gate).toContain("const on = grant.caseComplexId ? ' on the case complex this referral belongs to' : '';");
    expect(gate).toContain('`Access granted to your organisation${on} for ${grant.purpose} until ${grant.expiresAt} under ${grant.legalBasis}`');
    expect(gate).toContain('`${base}; the person has not consented to disclosure and the grant has no legal-basis override, so it gives OPERATIONAL access`');
  });

  it('covers the break-glass sentence the client parses', () => {
    expect(gate).toContain("`You broke the glass: emergency ${grant.level} access until ${grant.expiresAt}; your organisation's auditors review it`");
  });
});

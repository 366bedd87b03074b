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
  it('covers the break-glass sentence the client parses', () => {
    expect(gate).toContain("`You broke the glass: emergency ${grant.level} access until ${grant.expiresAt}; your organisation's auditors review it`");
  });
});

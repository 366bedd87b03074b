// The access gate's rules for service accounts (ADR 0027): never ADMIN or AUDITOR, never break-glass;
// and a service account's access token says so (`svc`), a person's does not.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.js';
import { mayBreakGlass, mayServiceAccountHold, ROLES, type TViewer } from '../../../server/core/access.js';
import { generateSigningKeys } from '../../../server/modules/auth/keys.js';
import { signAccessToken, verifyAccessToken } from '../../../server/modules/auth/tokens.js';

const viewer: TViewer = {
  userId: 'u-1',
  organisationId: 'o-1',
  organisationCode: 'AT',
  organisationKind: 'AGENCY',
  region: null,
  roles: ['CASEWORKER'],
  referenceGroup: null,
  sessionId: 's-1',
};

describe('service accounts in the access gate', () => {
  it('may hold every role but ADMIN and AUDITOR', () => {
    expect(ROLES.filter((role) => !mayServiceAccountHold(role))).toEqual(['AUDITOR', 'ADMIN']);
  });

  it('never break the glass; people may', () => {
    expect(mayBreakGlass(viewer)).toBe(true);
    expect(mayBreakGlass({ ...viewer, serviceAccount: { id: 'sa-1', purpose: 'Sagsbehandling' } })).toBe(false);
  });
});

describe('the svc claim', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-svc-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const config = loadConfig({ env: { DATABASE_PATH: path.join(dir, 'db.sqlite') }, readFile: (p) => { throw new Error(`unexpected read of ${p}`); } });

  it('is carried by a service account’s token only', async () => {
    const keys = await generateSigningKeys();
    const now = new Date('2026-03-02T10:00:00Z');
    const person = await signAccessToken({ keys, config, now, claims: { userId: 'u-1', sessionId: 's-1', secondFactor: false } });
    const system = await signAccessToken({ keys, config, now, claims: { userId: 'u-2', sessionId: 's-2', secondFactor: false, serviceAccount: true } });
    expect(await verifyAccessToken({ keys, config, now, token: person.token })).toEqual({ userId: 'u-1', sessionId: 's-1', secondFactor: false });
    expect(await verifyAccessToken({ keys, config, now, token: system.token })).toEqual({ userId: 'u-2', sessionId: 's-2', secondFactor: false, serviceAccount: true });
  });
});

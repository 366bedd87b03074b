// The access reason codes (schema/access-reasons.ts) are one set with the GraphQL enum
// AccessReasonCode, every code has a Danish and an English text naming the same values, the API's
// English `reason` is the table's text, and the gate (server/core/access.ts) writes no words of its own.
import fs from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ACCESS_REASON_CODES, ACCESS_REASONS, accessReasonText, isAccessReasonCode } from '../../../schema/access-reasons.js';
import { auditTrailScope, because, caseComplexAccess, operationAccess, referralAccess, type TViewer } from '../../../server/core/access.js';

const read = (path: string) => fs.readFileSync(new URL(path, import.meta.url), 'utf8');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const viewer = (organisationId: string, organisationKind: string, roles: TViewer['roles'] = ['CASEWORKER']): TViewer => ({
  userId: `u-${organisationId}`,
  organisationId,
  organisationCode: organisationId,
  organisationKind,
  region: null,
  roles,
  referenceGroup: null,
  sessionId: 's',
});

describe('access reason codes', () => {
  it('are unique UPPER_SNAKE codes, the same set as the GraphQL enum AccessReasonCode', () => {
    for (const code of ACCESS_REASON_CODES) expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
    const sdl = fs.readdirSync(new URL('../../../schema/', import.meta.url)).filter((f) => f.endsWith('.graphql')).map((f) => read(`../../../schema/${f}`));
    const type = buildSchema(sdl.join('\n'), { assumeValidSDL: true }).getType('AccessReasonCode');
    if (!isEnumType(type)) throw new Error('AccessReasonCode is not an enum');
    expect(type.getValues().map((v) => v.name).sort()).toEqual([...ACCESS_REASON_CODES].sort());
  });

  it('every code has a Danish and an English text that name the same values, and only values the API gives', () => {
    for (const code of ACCESS_REASON_CODES) {
      const text = ACCESS_REASONS[code];
      expect(text.da.trim(), code).not.toBe('');
      expect(text.en.trim(), code).not.toBe('');
      expect(text.da, code).not.toBe(text.en);
      expect(placeholders(text.da), code).toEqual(placeholders(text.en));
      for (const name of placeholders(text.en)) expect(['level', 'until', 'purpose', 'legalBasis'], code).toContain(name);
    }
  });

  it('fills the values in, formatted by the caller, and knows no other codes', () => {
    const params = { purpose: 'INVESTIGATION', until: '2026-12-24T12:00:00.000Z', legalBasis: 'Retsplejeloven § 804' };
    expect(accessReasonText('REFERRAL_GRANT', params, 'en')).toBe('Access granted to your organisation for INVESTIGATION until 2026-12-24T12:00:00.000Z under Retsplejeloven § 804');
    expect(accessReasonText('REFERRAL_GRANT', params, 'da', (name, value) => (name === 'until' ? value.slice(0, 10) : value.toLowerCase()))).toBe(
      'Din organisation har fået adgang med formålet investigation indtil 2026-12-24 efter retsplejeloven § 804',
    );
    expect(accessReasonText('OPERATION_LEAD', null, 'da')).toBe('Din organisation leder aktionen');
    expect(isAccessReasonCode('REFERRAL_GRANT')).toBe(true);
    expect(isAccessReasonCode('toString')).toBe(false);
    expect(isAccessReasonCode('referral_grant')).toBe(false);
  });

  it('the API keeps its English reason: the table text of the code with its values', () => {
    expect(because({ code: 'REFERRAL_BREAK_GLASS', params: { level: 'OPERATIONAL', until: '2026-12-02T08:00:00.000Z' } })).toEqual({
      reasonCode: 'REFERRAL_BREAK_GLASS',
      reasonParams: { level: 'OPERATIONAL', until: '2026-12-02T08:00:00.000Z' },
      reason: "You broke the glass: emergency OPERATIONAL access until 2026-12-02T08:00:00.000Z; your organisation's auditors review it",
    });
    expect(because({ code: 'NO_ACCESS' })).toEqual({ reasonCode: 'NO_ACCESS', reasonParams: null, reason: 'No access' });
  });

  it('every decision of the gate carries a code and the English text of that code', () => {
    const referral = { state: 'SUBMITTED', referringOrganisationId: 'AT', receivingOrganisationId: 'SKTST', competentAuthorityId: 'CMM' };
    const decisions = [
      referralAccess(viewer('CMM', 'CMM'), referral),
      referralAccess(viewer('SKTST', 'AGENCY'), referral),
      referralAccess(viewer('AT', 'LABOUR'), referral),
      referralAccess(viewer('FYNPOL', 'POLICE'), referral),
      operationAccess(viewer('KBHPOL', 'POLICE'), { leadOrganisationId: 'KBHPOL', invitationStatus: null }),
      operationAccess(viewer('AT', 'LABOUR'), { leadOrganisationId: 'KBHPOL', invitationStatus: 'INVITED' }),
      caseComplexAccess(viewer('ANKL', 'PROSECUTION'), { leadOrganisationId: 'KBHPOL', formerLead: false, linkedRecordVisible: false, linkedReferralAsAuthority: false }),
      auditTrailScope(viewer('AT', 'LABOUR', ['AUDITOR'])),
    ];
    expect(decisions.map((d) => d.reasonCode)).toEqual([
      'REFERRAL_COMPETENT_AUTHORITY',
      'REFERRAL_RECEIVING_AUTHORITY',
      'REFERRAL_REFERRING_ORGANISATION',
      'NO_ACCESS',
      'OPERATION_LEAD',
      'OPERATION_INVITED',
      'CASE_COMPLEX_PROSECUTION',
      'AUDIT_OWN_ORGANISATION',
    ]);
    for (const d of decisions) expect(d.reason).toBe(accessReasonText(d.reasonCode, d.reasonParams, 'en'));
  });

  it('the codes file imports nothing; the gate writes no reason words of its own', () => {
    expect(read('../../../schema/access-reasons.ts')).not.toMatch(/^\s*(import|export .* from)\b/m);
    const gate = read('../../../server/core/access.ts');
    expect(gate).not.toMatch(/reason: ['"`]/);
  });
});

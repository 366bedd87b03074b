// Input rules for sharing: the grant, the break-glass justification, reasons and review notes.
import { z } from 'zod';
import { CONSENTS, GRANT_LEVELS, PURPOSES, REQUEST_STATES } from './sharing.policy.js';

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
const id = z.string().trim().min(1, 'Required').max(100, 'Not an id');

export const ZGrantAccessInput = z.object({
  referralId: id.nullish(),
  caseComplexId: id.nullish(),
  organisationCode: z.string().trim().min(1, 'Required').max(20, 'Unknown organisation'),
  level: z.enum(GRANT_LEVELS, 'A grant gives SUMMARY, OPERATIONAL or FULL access'),
  purpose: z.enum(PURPOSES),
  legalBasis: text(500).min(5, 'Name the legal basis (at least 5 characters)'),
  expiresAt: z.date('Give the expiry as a DateTime'),
  consentOverride: z.boolean().nullish(),
  consentOverrideReason: text(2000).nullish(),
});
export type TGrantAccessInput = z.infer<typeof ZGrantAccessInput>;

export const ZJustification = text(2000).min(20, 'Justify breaking the glass (at least 20 characters)');
export const ZRevokeReason = text(2000).min(3, 'Give a reason (at least 3 characters)');
export const ZReviewNote = text(2000).min(3, 'Write a review note (at least 3 characters)');

/** The controller's own written reason for disclosing without consent: stored on the grant and shown to auditors. */
export const ZConsentOverrideReason = text(2000).min(20, 'Explain the override (at least 20 characters)');

const legalBasis = text(500).min(5, 'Name the legal basis (at least 5 characters)');
const reason = text(2000).min(10, 'Explain the need (at least 10 characters)');

export const ZRequestAccessInput = z.object({
  referralId: id.nullish(),
  caseComplexId: id.nullish(),
  level: z.enum(GRANT_LEVELS, 'Ask for SUMMARY, OPERATIONAL or FULL access'),
  purpose: z.enum(PURPOSES),
  legalBasis,
  reason,
});

export const ZConfirmAccessRequestInput = z.object({
  level: z.enum(GRANT_LEVELS, 'Ask for SUMMARY, OPERATIONAL or FULL access').nullish(),
  purpose: z.enum(PURPOSES),
  legalBasis,
  reason,
});

export const ZApproveAccessRequest = z.object({
  expiresAt: z.date('Give the expiry as a DateTime'),
  level: z.enum(GRANT_LEVELS, 'Approve SUMMARY, OPERATIONAL or FULL access').nullish(),
  consentOverrideReason: ZConsentOverrideReason.nullish(),
});

export const ZRefusalReason = text(2000).min(10, 'Give the reason for the refusal (at least 10 characters)');
export const ZRequestState = z.enum(REQUEST_STATES).nullish();

export const ZRecordConsent = z.object({
  toDisclosure: z.enum(CONSENTS),
  toReferral: z.enum(CONSENTS).nullish(),
  note: text(2000).min(3, 'Say how and when the person gave their answer (at least 3 characters)'),
  version: z.number().int().positive().nullish(),
});

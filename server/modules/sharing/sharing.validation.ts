// Input rules for sharing: the grant, the break-glass justification, reasons and review notes.
import { z } from 'zod';
import { GRANT_LEVELS, PURPOSES } from './sharing.policy.js';

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
});
export type TGrantAccessInput = z.infer<typeof ZGrantAccessInput>;

export const ZJustification = text(2000).min(20, 'Justify breaking the glass (at least 20 characters)');
export const ZRevokeReason = text(2000).min(3, 'Give a reason (at least 3 characters)');
export const ZReviewNote = text(2000).min(3, 'Write a review note (at least 3 characters)');

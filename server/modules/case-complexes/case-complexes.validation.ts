// Input rules for case complexes, suspects and case events. Errors name the field (core/validation.ts).
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { isRealDate } from '../../core/vocabulary.js';

export const CASE_EVENT_KINDS = ['REPORTED', 'CHARGED', 'INDICTED', 'CONVICTED', 'ACQUITTED', 'DROPPED'] as const;
export const PROVISIONS = ['STRAFFELOVEN_262A', 'STRAFFELOVEN_282_286', 'OTHER'] as const;

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
/** Empty or absent is null. */
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => v || null);
const ZDay = z.string().refine(isRealDate, { message: 'Must be a real date, YYYY-MM-DD', params: { rule: 'INVALID_DATE' } });

export const ZCreateCaseComplexInput = z.object({
  name: text(200).min(1, 'Give the complex a name'),
  description: optionalText(5000),
});

export const ZSuspectInput = z.object({
  name: text(200).min(1, 'Give the suspect a name'),
  dateOfBirth: ZDay.nullish()
    .refine((v) => !v || v >= '1900-01-01', { message: 'Must be after 1900', params: { rule: 'DATE_TOO_EARLY' } })
    .transform((v) => v ?? null),
  nationality: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => /^[A-Z]{2}$/.test(v) && countries.isValid(v), { message: 'Must be an ISO 3166-1 alpha-2 country code, e.g. RO', params: { rule: 'INVALID_COUNTRY' } })
    .nullish()
    .transform((v) => v ?? null),
  roleInNetwork: optionalText(200),
  notes: optionalText(5000),
});
export type TSuspectInput = z.infer<typeof ZSuspectInput>;

export const ZCaseEventInput = z
  .object({
    suspectId: z.uuid('Not a suspect id'),
    kind: z.enum(CASE_EVENT_KINDS),
    provision: z.enum(PROVISIONS),
    provisionText: optionalText(300),
    occurredOn: ZDay,
    note: optionalText(2000),
  })
  .superRefine((value, check) => {
    if (value.provision === 'OTHER' && !value.provisionText) {
      check.addIssue({ code: 'custom', path: ['provisionText'], message: 'Name the provision when it is OTHER', params: { rule: 'REQUIRED' } });
    }
    if (value.provision !== 'OTHER' && value.provisionText) {
      check.addIssue({ code: 'custom', path: ['provisionText'], message: 'Only for provision OTHER', params: { rule: 'NOT_APPLICABLE' } });
    }
  });
export type TCaseEventInput = z.infer<typeof ZCaseEventInput>;

// Input rules for referrals: lengths, enums, dates, ISO 3166-1 alpha-2 nationalities and
// ISO 639-1 languages. Errors name the field (see core/validation.ts).
import countries from 'i18n-iso-countries';
import ISO6391 from 'iso-639-1';
import { z } from 'zod';

import { GENDERS, RESIDENCE_STATUSES, EXPLOITATION_FORMS, SECTORS, URGENCIES, REGIONS, DECISIONS, OUTCOMES, CONSENTS, isRealDate } from '../../core/vocabulary.js';

export { GENDERS, RESIDENCE_STATUSES, EXPLOITATION_FORMS, SECTORS, URGENCIES, REGIONS, DECISIONS, OUTCOMES, CONSENTS, isRealDate };
export type { TUrgency } from '../../core/vocabulary.js';

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
// Absent stays absent (an update leaves it alone); an empty string clears it.
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null));

export const ZDate = z.string().refine(isRealDate, { message: 'Must be a real date, YYYY-MM-DD', params: { rule: 'INVALID_DATE' } });

const ZSubject = z.object({
  name: optionalText(200),
  alias: optionalText(200),
  dateOfBirth: ZDate.nullish().refine((v) => !v || v >= '1900-01-01', { message: 'Must be after 1900', params: { rule: 'DATE_TOO_EARLY' } }),
  estimatedAge: z.number().int('Whole years').min(0).max(120).nullish(),
  gender: z.enum(GENDERS).nullish(),
  nationality: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => /^[A-Z]{2}$/.test(v) && countries.isValid(v), { message: 'Must be an ISO 3166-1 alpha-2 country code, e.g. RO', params: { rule: 'INVALID_COUNTRY' } })
    .nullish(),
  languages: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .refine((v) => ISO6391.validate(v), { message: 'Must be an ISO 639-1 language code, e.g. ro', params: { rule: 'INVALID_LANGUAGE' } }),
    )
    .max(10, 'At most 10 languages')
    .nullish(),
  residenceStatus: z.enum(RESIDENCE_STATUSES).nullish(),
  contact: optionalText(500),
  whereabouts: optionalText(500),
});

const ZReferralFields = {
  subject: ZSubject,
  suspectedExploitation: z.array(z.enum(EXPLOITATION_FORMS)).min(1, 'Name at least one suspected form (UNDETERMINED if unsure)').max(EXPLOITATION_FORMS.length),
  sector: z.enum(SECTORS).nullish(),
  region: z.enum(REGIONS),
  location: optionalText(300),
  indicators: z.array(text(300).min(1, 'Empty indicator')).max(30, 'At most 30 indicators').nullish(),
  /** Codes of the maintained indicator list (indicators.ts checks them against it). */
  indicatorCodes: z.array(z.string()).nullish(),
  narrative: optionalText(10_000),
  urgency: z.enum(URGENCIES).nullish(),
  operationId: z.uuid('Not an operation id').nullish(),
  consent: z.object({ toReferral: z.enum(CONSENTS).nullish(), toDisclosure: z.enum(CONSENTS).nullish() }).nullish(),
};

export const ZCreateReferralInput = z.object({ ...ZReferralFields, existingSubjectId: z.uuid('Not a subject id').nullish() });
export type TCreateReferralInput = z.infer<typeof ZCreateReferralInput>;

/** An update names only what changes; subject fields merge into what is there. */
export const ZUpdateReferralInput = z.object({
  subject: ZSubject.partial().nullish(),
  suspectedExploitation: ZReferralFields.suspectedExploitation.nullish(),
  sector: ZReferralFields.sector,
  region: z.enum(REGIONS).nullish(),
  location: ZReferralFields.location,
  indicators: ZReferralFields.indicators,
  indicatorCodes: ZReferralFields.indicatorCodes,
  narrative: ZReferralFields.narrative,
  urgency: ZReferralFields.urgency,
  operationId: ZReferralFields.operationId,
  consent: ZReferralFields.consent,
});
export type TUpdateReferralInput = z.infer<typeof ZUpdateReferralInput>;

/**
 * A correction of the person's data after submission (by the controller): only what changes;
 * null or an empty string clears a field. Residence status is not here: it decides the competent
 * authority, which changes by forwarding.
 */
export const ZSubjectCorrectionInput = ZSubject.omit({ residenceStatus: true }).partial().strict();
export type TSubjectCorrectionInput = z.infer<typeof ZSubjectCorrectionInput>;

export const ZAssessmentInput = z.object({
  decision: z.enum(DECISIONS),
  primaryExploitation: z.enum(EXPLOITATION_FORMS),
  grounds: text(10_000).min(10, 'Give the grounds (at least 10 characters)'),
  assessedOn: ZDate,
});

export const ZReason = text(2000).min(3, 'Give a reason (at least 3 characters)');
/** A representative's name, or who appointed them ("US" is an answer): required, not a reason. */
export const ZRepresentativeText = text(200).min(1, 'Required');
export const ZNote = optionalText(2000);

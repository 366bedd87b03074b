// Input rules for joint operations: lengths, enums, ISO 639-1 interpreter languages, targets and
// counts. Errors name the field (see core/validation.ts). Time windows are checked in the policy.
import ISO6391 from 'iso-639-1';
import { z } from 'zod';
import { REGIONS, SECTORS } from '../../core/vocabulary.js';

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
const required = (max: number) => text(max).min(1, 'Required');
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null));

const instant = z.date({ message: 'Must be a date and time' });

export const ZTarget = z.object({
  address: required(300),
  description: optionalText(1000),
});

export const ZLanguage = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ISO6391.validate(v), { message: 'Must be an ISO 639-1 language code, e.g. ro', params: { rule: 'INVALID_LANGUAGE' } });

const ZLanguages = z.array(ZLanguage).max(10, 'At most 10 languages');

/** The agency or organisation that provides an interpreter. */
export const ZProvider = optionalText(200);

export const MAX_TARGETS = 50;

const fields = {
  codename: required(100),
  objective: required(2000),
  sector: z.enum(SECTORS).nullish(),
  region: z.enum(REGIONS),
  startsAt: instant,
  endsAt: instant,
  briefingPoint: optionalText(300),
  targets: z.array(ZTarget).max(MAX_TARGETS, `At most ${MAX_TARGETS} targets`),
  requestCmmAttendance: z.boolean(),
  interpreterLanguages: ZLanguages,
};

export const ZCreateOperationInput = z.object({
  ...fields,
  targets: fields.targets.nullish(),
  requestCmmAttendance: fields.requestCmmAttendance.nullish(),
  interpreterLanguages: fields.interpreterLanguages.nullish(),
});
export type TCreateOperationInput = z.infer<typeof ZCreateOperationInput>;

/** An update names only what changes; `targets` replaces the whole list. */
export const ZUpdateOperationInput = z.object({
  codename: fields.codename.nullish(),
  objective: fields.objective.nullish(),
  sector: fields.sector,
  region: fields.region.nullish(),
  startsAt: instant.nullish(),
  endsAt: instant.nullish(),
  briefingPoint: fields.briefingPoint,
  targets: fields.targets.nullish(),
  requestCmmAttendance: fields.requestCmmAttendance.nullish(),
  interpreterLanguages: fields.interpreterLanguages.nullish(),
});
export type TUpdateOperationInput = z.infer<typeof ZUpdateOperationInput>;

const count = z.number().int('A whole number').min(0, 'Not negative').max(10_000, 'At most 10000');

export const ZOutcomeInput = z.object({
  personsEncountered: count,
  possibleVictimsSpokenWith: count,
  arrests: count,
  findings: optionalText(5000),
});
export type TOutcomeInput = z.infer<typeof ZOutcomeInput>;

export const ZReason = text(2000).min(3, 'Give a reason (at least 3 characters)');
export const ZNote = optionalText(2000);
export const ZOrganisationCodes = z.array(z.string().trim().toUpperCase().min(1).max(20)).max(30, 'At most 30 organisations');
export const ZAttendeeIds = z.array(z.string().max(64)).max(50, 'At most 50 attendees');

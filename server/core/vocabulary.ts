// The contract's shared vocabularies (schema/*.graphql enums) that more than one domain validates
// against: referrals, statistics, reference groups, operations and case complexes.
//
// The words come from the schema (schema/enums.generated.ts, generated from it, holds them as types
// in alphabetical order); these lists add what the types cannot hold: the order in which the
// statistics and the reference groups' reviews show them. `_sameWords` below makes the type checker
// (and so CI) fail when a list and its schema enum differ by a single word.
import type { AssessmentDecision, Consent, ExploitationForm, Gender, ReferralOutcome, Region, ResidenceStatus, Sector, Urgency } from '../../schema/enums.generated.js';

export const GENDERS = ['FEMALE', 'MALE', 'TRANSGENDER', 'UNKNOWN'] as const;
export const RESIDENCE_STATUSES = ['DANISH_CITIZEN', 'LAWFUL', 'ASYLUM_SEEKER', 'UNLAWFUL', 'UNKNOWN'] as const;
export const EXPLOITATION_FORMS = [
  'SEXUAL',
  'FORCED_LABOUR',
  'CRIMINAL_ACTIVITY',
  'DOMESTIC_SERVITUDE',
  'BEGGING',
  'ORGAN_REMOVAL',
  'OTHER',
  'UNDETERMINED',
] as const;
export const SECTORS = [
  'CONSTRUCTION',
  'AGRICULTURE',
  'CLEANING',
  'HOSPITALITY',
  'TRANSPORT',
  'MASSAGE_CLINIC',
  'STREET_PROSTITUTION',
  'ESCORT',
  'PRIVATE_HOME',
  'MANUFACTURING',
  'RETAIL',
  'OTHER',
] as const;
export const URGENCIES = ['URGENT', 'HIGH', 'NORMAL'] as const;
export const REGIONS = ['HOVEDSTADEN', 'SJAELLAND', 'SYDDANMARK', 'MIDTJYLLAND', 'NORDJYLLAND'] as const;
export const DECISIONS = ['TRAFFICKED', 'NOT_TRAFFICKED'] as const;
export const OUTCOMES = [
  'PREPARED_RETURN',
  'RETURNED_INDEPENDENTLY',
  'REMAINED_IN_DENMARK',
  'DISAPPEARED',
  'DECLINED_SUPPORT',
  'DUBLIN_TRANSFER',
  'NOT_TRAFFICKED',
  'OTHER',
] as const;

/** The schema's enum exactly: every word of it, and nothing else. */
type TSameWords<TList extends readonly string[], TEnum extends string> = [TList[number]] extends [TEnum] ? ([TEnum] extends [TList[number]] ? true : false) : false;

const _sameWords: Record<string, true> = {
  GENDERS: true satisfies TSameWords<typeof GENDERS, Gender>,
  RESIDENCE_STATUSES: true satisfies TSameWords<typeof RESIDENCE_STATUSES, ResidenceStatus>,
  EXPLOITATION_FORMS: true satisfies TSameWords<typeof EXPLOITATION_FORMS, ExploitationForm>,
  SECTORS: true satisfies TSameWords<typeof SECTORS, Sector>,
  URGENCIES: true satisfies TSameWords<typeof URGENCIES, Urgency>,
  REGIONS: true satisfies TSameWords<typeof REGIONS, Region>,
  DECISIONS: true satisfies TSameWords<typeof DECISIONS, AssessmentDecision>,
  OUTCOMES: true satisfies TSameWords<typeof OUTCOMES, ReferralOutcome>,
  CONSENTS: true satisfies TSameWords<typeof CONSENTS, Consent>,
};

export type TUrgency = (typeof URGENCIES)[number];
export type TRegion = (typeof REGIONS)[number];
export type TOutcome = (typeof OUTCOMES)[number];

/** Whether `value` is one of a vocabulary's words, so the type system knows it is. */
export function isOneOf<const TWord extends string>(words: readonly TWord[], value: string): value is TWord {
  return (words as readonly string[]).includes(value);
}
/** The subject's consent to being referred and to disclosure of their data to others (sharing). */
export const CONSENTS = ['GIVEN', 'REFUSED', 'NOT_ASKED', 'NOT_REQUIRED_MINOR'] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}


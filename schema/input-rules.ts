// Every rule an input can break, by its stable code: BAD_USER_INPUT errors carry one in
// extensions.rule (beside extensions.field), so a client can show its own words for it in its own
// language (client/src/i18n/field-errors.ts has a Danish and an English text for every code).
// Part of the public contract, like the SDL next to it. This file imports nothing, so the web
// client can import it without pulling in any server code; keep it that way.
//
// A code names the rule, not the field: the same rule on another field keeps its code. Add a code
// when a new rule needs words of its own; never rename or reuse one (API clients key on them).
// Where the rule has a bound, the error also carries it: extensions.limit (one bound, e.g. the
// {max} characters of TOO_LONG) or extensions.min and extensions.max (OUT_OF_RANGE).
export const INPUT_RULES = [
  // Presence and shape
  'REQUIRED',
  'NOT_APPLICABLE',
  'UNKNOWN_FIELD',
  'INVALID_TYPE',
  'INVALID_VALUE',
  'NOT_ALLOWED_VALUE',
  'INVALID_FORMAT',
  'ILL_FORMED_TEXT',
  'EXACTLY_ONE_OF',
  // Sizes (extensions.limit holds the bound)
  'TOO_SHORT',
  'TOO_LONG',
  'TOO_SMALL',
  'TOO_LARGE',
  'TOO_FEW',
  'TOO_MANY',
  'OUT_OF_RANGE',
  // Codes and references
  'INVALID_COUNTRY',
  'INVALID_LANGUAGE',
  'UNKNOWN_ORGANISATION',
  'UNKNOWN_REFERENCE',
  'INVALID_CURSOR',
  // Dates and times
  'INVALID_DATE',
  'DATE_IN_FUTURE',
  'DATE_TOO_EARLY',
  'NOT_IN_FUTURE',
  'END_BEFORE_START',
  'PERIOD_TOO_LONG',
  // Accounts and sign-in
  'WRONG_PASSWORD',
  'INVALID_CODE',
  'PASSWORD_UNCHANGED',
  'NOTHING_TO_CHANGE',
  'NOT_A_POSSIBLE_MATCH',
  'NOT_FOR_YOURSELF',
  'REFERENCE_GROUP_MISMATCH',
  'INVALID_RESET_TOKEN',
  'NO_ROLE_LEFT',
  'ROLE_NOT_ALLOWED',
  // Casework rules
  'ORGANISATION_NOT_ALLOWED',
  'ALREADY_IN_EFFECT',
  'DRAFT_NOT_ALLOWED',
  'REFLECTION_TOTAL_EXCEEDED',
  'MINORS_ONLY',
  'OUTCOME_MISMATCH',
  'ATTENDEES_REQUIRED',
  'ATTENDEES_NOT_ALLOWED',
  'ATTENDEE_NOT_ALLOWED',
  'ATTENDEE_CANNOT_ATTEND',
  'DOUBLE_BOOKING_NOT_CONFIRMED',
  'DOUBLE_BOOKING_REASON_REQUIRED',
  'LEVEL_TOO_HIGH',
  'CONSENT_OVERRIDE_REQUIRED',
  'CONSENT_OVERRIDE_REASON_REQUIRED',
  'CONSENT_OVERRIDE_NOT_ALLOWED',
  'NOT_ALLOWED_IN_PRODUCTION',
] as const;

export type TInputRule = (typeof INPUT_RULES)[number];

export function isInputRule(value: unknown): value is TInputRule {
  return typeof value === 'string' && (INPUT_RULES as readonly string[]).includes(value);
}

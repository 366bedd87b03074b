// The words the web client shows beside a field for each input rule the server can report
// (extensions.rule of a BAD_USER_INPUT error), in Danish and English. The codes come from
// schema/input-rules.ts, which imports nothing, so this file pulls no server code into the bundle.
// {limit}, {min} and {max} are filled from extensions.limit / .min / .max when the error has them.
// tests/unit/core/input-rules.test.ts fails when a code has no text here or a text has no code.
import type { TInputRule } from '../../../schema/input-rules.js';

export type { TInputRule as RuleCode } from '../../../schema/input-rules.js';
export { INPUT_RULES as RULE_CODES, isInputRule as isRuleCode } from '../../../schema/input-rules.js';

export type TFieldErrorText = { da: string; en: string };

export const FIELD_ERRORS: Record<TInputRule, TFieldErrorText> = {
  REQUIRED: { da: 'Skal udfyldes', en: 'Required' },
  NOT_APPLICABLE: { da: 'Skal ikke udfyldes her', en: 'Leave this empty here' },
  UNKNOWN_FIELD: { da: 'Feltet kendes ikke', en: 'Unknown field' },
  INVALID_TYPE: { da: 'Værdien har den forkerte form', en: 'The value has the wrong form' },
  INVALID_VALUE: { da: 'Ugyldig værdi', en: 'Not a valid value' },
  NOT_ALLOWED_VALUE: { da: 'Vælg en af de mulige værdier', en: 'Choose one of the possible values' },
  INVALID_FORMAT: { da: 'Formatet er ikke gyldigt', en: 'The format is not valid' },
  ILL_FORMED_TEXT: { da: 'Teksten indeholder tegn, der ikke kan gemmes', en: 'The text holds characters that cannot be stored' },
  EXACTLY_ONE_OF: { da: 'Angiv præcis én af mulighederne', en: 'Give exactly one of the options' },
  TOO_SHORT: { da: 'Mindst {limit} tegn', en: 'At least {limit} characters' },
  TOO_LONG: { da: 'Højst {limit} tegn', en: 'At most {limit} characters' },
  TOO_SMALL: { da: 'Mindst {limit}', en: 'At least {limit}' },
  TOO_LARGE: { da: 'Højst {limit}', en: 'At most {limit}' },
  TOO_FEW: { da: 'Vælg mindst {limit}', en: 'Choose at least {limit}' },
  TOO_MANY: { da: 'Vælg højst {limit}', en: 'Choose at most {limit}' },
  OUT_OF_RANGE: { da: 'Skal være fra {min} til {max}', en: 'Must be from {min} to {max}' },
  INVALID_COUNTRY: { da: 'Vælg et land fra listen', en: 'Choose a country from the list' },
  INVALID_LANGUAGE: { da: 'Vælg et sprog fra listen', en: 'Choose a language from the list' },
  UNKNOWN_ORGANISATION: { da: 'Organisationen findes ikke', en: 'No such organisation' },
  UNKNOWN_REFERENCE: { da: 'Det valgte findes ikke, eller du har ikke adgang til det', en: 'What you chose does not exist, or you have no access to it' },
  INVALID_CURSOR: { da: 'Listen er ændret; indlæs den igen', en: 'The list has changed; load it again' },
  INVALID_DATE: { da: 'Ikke en gyldig dato', en: 'Not a valid date' },
  DATE_IN_FUTURE: { da: 'Datoen kan ikke ligge i fremtiden', en: 'The date cannot be in the future' },
  DATE_TOO_EARLY: { da: 'Datoen er for tidlig', en: 'The date is too early' },
  NOT_IN_FUTURE: { da: 'Skal ligge i fremtiden', en: 'Must be in the future' },
  END_BEFORE_START: { da: 'Slutningen skal ligge efter starten', en: 'The end must be after the start' },
  PERIOD_TOO_LONG: { da: 'Perioden er for lang', en: 'The period is too long' },
  WRONG_PASSWORD: { da: 'Adgangskoden er forkert', en: 'The password is not correct' },
  INVALID_CODE: { da: 'Koden er ikke gyldig', en: 'The code is not valid' },
  PASSWORD_UNCHANGED: { da: 'Den nye adgangskode skal være en anden end den nuværende', en: 'The new password must differ from the current one' },
  NOTHING_TO_CHANGE: { da: 'Der er intet at rette: alle værdier er dem, der allerede er registreret', en: 'Nothing to correct: every value given is the one already recorded' },
  NOT_A_POSSIBLE_MATCH: { da: 'Personen er ikke et muligt match for denne henvisning (eller matchet er afvist)', en: 'Not a possible match for this referral (or the match was dismissed)' },
  NOT_FOR_YOURSELF: { da: 'Det kan du ikke gøre for dig selv', en: 'You cannot do this for yourself' },
  INVALID_RESET_TOKEN: {
    da: 'Linket virker ikke: det er brugt, erstattet af et nyere eller mere end en time gammelt. Bed administratoren om et nyt',
    en: 'The link does not work: it has been used, replaced by a newer one, or is more than an hour old. Ask the administrator for a new one',
  },
  NO_ROLE_LEFT: { da: 'Brugeren ville ikke have nogen rolle tilbage; deaktivér brugeren i stedet', en: 'The user would have no role left; deactivate them instead' },
  ROLE_NOT_ALLOWED: { da: 'En servicekonto kan ikke have rollerne administrator eller revisor', en: 'A service account cannot hold the administrator or auditor role' },
  REFERENCE_GROUP_MISMATCH: {
    da: 'Angiv en referencegruppe, netop når brugeren er medlem af en referencegruppe',
    en: 'Give a reference group exactly when the user is a reference group member',
  },
  ORGANISATION_NOT_ALLOWED: { da: 'Den organisation kan ikke vælges her', en: 'That organisation cannot be chosen here' },
  ALREADY_IN_EFFECT: { da: 'Det er allerede tilfældet', en: 'That is the case already' },
  DRAFT_NOT_ALLOWED: { da: 'En kladde kan ikke bruges her; send den først', en: 'A draft cannot be used here; submit it first' },
  REFLECTION_TOTAL_EXCEEDED: { da: 'Refleksionsperioden må højst vare {limit} dage i alt', en: 'The reflection period may last at most {limit} days in total' },
  MINORS_ONLY: { da: 'Kun for mindreårige', en: 'For minors only' },
  OUTCOME_MISMATCH: { da: 'Udfaldet passer ikke til vurderingen', en: 'The outcome does not match the assessment' },
  ATTENDEES_REQUIRED: { da: 'Angiv mindst én deltager', en: 'Name at least one attendee' },
  ATTENDEES_NOT_ALLOWED: { da: 'Angiv ingen deltagere, når I takker nej', en: 'Name no attendees when declining' },
  ATTENDEE_NOT_ALLOWED: { da: 'Deltagere skal være aktive brugere i din organisation', en: 'Attendees must be active users of your organisation' },
  ATTENDEE_CANNOT_ATTEND: { da: 'Kun sagsbehandlere, koordinatorer og efterforskere kan deltage', en: 'Only caseworkers, coordinators and investigators can attend' },
  DOUBLE_BOOKING_NOT_CONFIRMED: { da: 'En person er allerede sat på en anden aktion på samme tid: bekræft dobbeltbookingen med en begrundelse', en: 'Someone is already named on another operation at the same time: confirm the double booking with a reason' },
  DOUBLE_BOOKING_REASON_REQUIRED: { da: 'Skriv en begrundelse for dobbeltbookingen (mindst 3 tegn)', en: 'Give a reason for the double booking (at least 3 characters)' },
  LEVEL_TOO_HIGH: { da: 'Adgangsniveauet er for højt her', en: 'The access level is too high here' },
  CONSENT_OVERRIDE_REQUIRED: {
    da: 'Personen har ikke givet samtykke: fuld adgang kræver, at I udtrykkeligt tilsidesætter det',
    en: 'The person has not consented: full access needs an explicit override',
  },
  CONSENT_OVERRIDE_REASON_REQUIRED: {
    da: 'Skriv begrundelsen for at tilsidesætte det manglende samtykke (mindst 20 tegn)',
    en: 'Write the reason for overriding the missing consent (at least 20 characters)',
  },
  CONSENT_OVERRIDE_NOT_ALLOWED: { da: 'Samtykke kan ikke tilsidesættes her', en: 'Consent cannot be overridden here' },
  NOT_ALLOWED_IN_PRODUCTION: { da: 'Ikke tilladt i drift', en: 'Not allowed in production' },
};

/** The text for a rule in a language, with its bounds filled in (unknown rule: null, so the caller shows the server's message). */
export function fieldErrorText(rule: unknown, language: 'da' | 'en', bounds: { limit?: unknown; min?: unknown; max?: unknown } = {}): string | null {
  if (typeof rule !== 'string' || !Object.hasOwn(FIELD_ERRORS, rule)) return null;
  const text = FIELD_ERRORS[rule as TInputRule][language];
  return text.replace(/\{(limit|min|max)\}/g, (whole, key: 'limit' | 'min' | 'max') => (typeof bounds[key] === 'number' ? String(bounds[key]) : whole));
}

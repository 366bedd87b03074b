// PLACEHOLDER until issue 9's server branch (9B) is merged: 9B owns this file and its version,
// with a text for every input-rule code of server/core/input-rules.ts, replaces this one.
// Same shape: FIELD_ERRORS[rule] = { da, en }; `{max}`/`{min}` are filled from extensions.limit.
export type RuleCode = 'REQUIRED' | 'TOO_LONG' | 'TOO_SHORT' | 'INVALID_FORMAT' | 'INVALID_DATE' | 'NOT_IN_FUTURE' | 'NOT_ALLOWED_VALUE';

export const FIELD_ERRORS: Record<RuleCode, { da: string; en: string }> = {
  REQUIRED: { da: 'Skal udfyldes.', en: 'Required.' },
  TOO_LONG: { da: 'Højst {max} tegn.', en: 'At most {max} characters.' },
  TOO_SHORT: { da: 'Mindst {min} tegn.', en: 'At least {min} characters.' },
  INVALID_FORMAT: { da: 'Formatet er ikke gyldigt.', en: 'The format is not valid.' },
  INVALID_DATE: { da: 'Ikke en gyldig dato.', en: 'Not a valid date.' },
  NOT_IN_FUTURE: { da: 'Skal ligge ude i fremtiden.', en: 'Must be in the future.' },
  NOT_ALLOWED_VALUE: { da: 'Værdien er ikke tilladt.', en: 'The value is not allowed.' },
};

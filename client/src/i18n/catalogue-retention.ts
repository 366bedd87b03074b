// Strings of retention's traces in the client: a record whose personal data retention erased.
export const da = {
  'retention.erasedHeading': 'Slettet efter reglerne for opbevaring',
  'retention.operationErased': 'Aktionens adresser, mødested og noter blev slettet {date}. Den kan ikke længere ændres.',
  'retention.complexErased': 'Sagskompleksets beskrivelse, noter og mistænkte blev slettet {date}. Det kan ikke længere ændres.',
} as const;

export const en: Record<keyof typeof da, string> = {
  'retention.erasedHeading': 'Erased under the retention rules',
  'retention.operationErased': "The operation's addresses, briefing point and notes were erased on {date}. It can no longer be changed.",
  'retention.complexErased': "The case complex's description, notes and suspects were erased on {date}. It can no longer be changed.",
};

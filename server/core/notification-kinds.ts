// Every kind of notification, with the words the inbox and the e-mail use for it. E-mails carry
// only these words and a link: no names, reference numbers, nationalities or operation details.
export const NOTIFICATION_KINDS = {
  ACCOUNT_CREATED: { da: 'Du er oprettet som bruger i Samvirke', en: 'You have been given a Samvirke account' },
  ACCOUNT_LOCKED: {
    da: 'Din konto er midlertidigt spærret efter gentagne mislykkede login',
    en: 'Your account is temporarily locked after repeated failed sign-ins',
  },
} as const satisfies Record<string, { da: string; en: string }>;

export type TNotificationKind = keyof typeof NOTIFICATION_KINDS;

export function renderMail(options: { kind: TNotificationKind; url: string }): { subject: string; text: string } {
  const words = NOTIFICATION_KINDS[options.kind];
  return {
    subject: `Samvirke: ${words.da}`,
    text: [
      'Hej,',
      '',
      `${words.da}.`,
      'Log ind i Samvirke for at se mere:',
      options.url,
      '',
      '---',
      `${words.en}.`,
      'Sign in to Samvirke to see more:',
      options.url,
      '',
      'Denne e-mail indeholder bevidst ingen personoplysninger. / This e-mail deliberately contains no personal data.',
    ].join('\n'),
  };
}

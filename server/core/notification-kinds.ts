// Every kind of notification, with the words the inbox and the e-mail use for it. E-mails carry
// only these words and a link: no names, reference numbers, nationalities or operation details.
export const NOTIFICATION_KINDS = {
  ACCOUNT_CREATED: { da: 'Du er oprettet som bruger i Samvirke', en: 'You have been given a Samvirke account' },
  ACCOUNT_LOCKED: {
    da: 'Din konto er midlertidigt spærret efter gentagne mislykkede login',
    en: 'Your account is temporarily locked after repeated failed sign-ins',
  },
  REFERRAL_SUBMITTED: { da: 'En ny henvisning er sendt til din organisation', en: 'A new referral has been sent to your organisation' },
  REFERRAL_URGENT: { da: 'En hastende henvisning er sendt til din organisation', en: 'An urgent referral has been sent to your organisation' },
  REFERRAL_FORWARDED_TO_YOU: { da: 'En henvisning er videresendt til din organisation', en: 'A referral has been forwarded to your organisation' },
  REFERRAL_WITHDRAWN: { da: 'En henvisning til din organisation er trukket tilbage', en: 'A referral to your organisation has been withdrawn' },
  REFERRAL_RECEIVED: { da: 'Din henvisning er modtaget', en: 'Your referral has been received' },
  REFERRAL_FORWARDED: { da: 'Din henvisning er videresendt til en anden myndighed', en: 'Your referral has been forwarded to another authority' },
  REFERRAL_ASSESSED: { da: 'Din henvisning er vurderet', en: 'Your referral has been assessed' },
  REFERRAL_CLOSED: { da: 'Din henvisning er afsluttet', en: 'Your referral has been closed' },
  ACKNOWLEDGEMENT_OVERDUE: { da: 'En henvisning er ikke kvitteret for inden fristen', en: 'A referral has not been acknowledged in time' },
  INTERVIEW_OVERDUE: { da: 'En identifikationssamtale er ikke holdt inden fristen', en: 'An identification interview is overdue' },
  REFLECTION_PERIOD_ENDS_IN_7_DAYS: { da: 'En refleksionsperiode udløber om 7 dage', en: 'A reflection period ends in 7 days' },
  REFLECTION_PERIOD_ENDS_IN_1_DAY: { da: 'En refleksionsperiode udløber i morgen', en: 'A reflection period ends tomorrow' },
} as const satisfies Record<string, { da: string; en: string }>;

export type TNotificationKind = keyof typeof NOTIFICATION_KINDS;

export function isNotificationKind(kind: string): kind is TNotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, kind);
}

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

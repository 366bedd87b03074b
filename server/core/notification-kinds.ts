// Every kind of notification, with the words the inbox and the e-mail use for it. E-mails carry
// only these words and a link: no names, reference numbers, nationalities or operation details.
export const NOTIFICATION_KINDS = {
  ACCOUNT_CREATED: { da: 'Du er oprettet som bruger i Samvirke', en: 'You have been given a Samvirke account' },
  ACCOUNT_LOCKED: {
    da: 'Din konto er midlertidigt spærret efter gentagne mislykkede login',
    en: 'Your account is temporarily locked after repeated failed sign-ins',
  },
  SIGN_IN_SLOWED: {
    da: 'Mange mislykkede login på din konto: login bremses en tid. Skift adgangskode, hvis det ikke var dig',
    en: 'Many failed sign-ins on your account: signing in is slowed for a while. Change your password if it was not you',
  },
  PASSWORD_CHANGED: {
    da: 'Din adgangskode til Samvirke er ændret, og dine andre sessioner er afsluttet; kontakt administratoren, hvis det ikke var dig',
    en: 'Your Samvirke password has been changed and your other sessions have ended; contact the administrator if it was not you',
  },
  PASSWORD_RESET: {
    da: 'En administrator har sendt dig et link til at vælge en ny adgangskode til Samvirke',
    en: 'An administrator has sent you a link to choose a new Samvirke password',
  },
  ACCOUNT_REACTIVATED: { da: 'Din konto i Samvirke er genaktiveret', en: 'Your Samvirke account has been reactivated' },
  SECOND_FACTOR_RESET: {
    da: 'Din anden faktor (TOTP) er nulstillet af en administrator; opsæt den igen, og kontakt administratoren, hvis det ikke var dig',
    en: 'Your second factor (TOTP) has been reset by an administrator; set it up again, and contact the administrator if you did not ask for it',
  },
  REFERRAL_SUBMITTED: { da: 'En ny henvisning er sendt til din organisation', en: 'A new referral has been sent to your organisation' },
  REFERRAL_URGENT: { da: 'En hastende henvisning er sendt til din organisation', en: 'An urgent referral has been sent to your organisation' },
  REFERRAL_FORWARDED_TO_YOU: { da: 'En henvisning er videresendt til din organisation', en: 'A referral has been forwarded to your organisation' },
  REFERRAL_SUBMITTED_IN_REGION: {
    da: 'En mulig menneskehandelssag i jeres region er henvist til myndighederne; kontakt CMM for adgang',
    en: 'A possible trafficking case in your region has been referred to the authorities; contact CMM for access',
  },
  REFERRAL_WITHDRAWN: { da: 'En henvisning til din organisation er trukket tilbage', en: 'A referral to your organisation has been withdrawn' },
  REFERRAL_ADDENDUM: { da: 'Henviseren har tilføjet nye oplysninger til en henvisning', en: 'The referrer has added information to a referral' },
  CASE_COMPLEX_CONTRIBUTOR_INVITED: { da: 'Din organisation er inviteret til at bidrage til et sagskompleks', en: 'Your organisation has been invited to contribute to a case complex' },
  CASE_COMPLEX_CONTRIBUTION_ADDED: { da: 'En samarbejdspartner har tilføjet et bidrag til et sagskompleks', en: 'A partner agency has added a contribution to a case complex' },
  REFERRAL_RECEIVED: { da: 'Din henvisning er modtaget', en: 'Your referral has been received' },
  REFERRAL_FORWARDED: { da: 'Din henvisning er videresendt til en anden myndighed', en: 'Your referral has been forwarded to another authority' },
  REFERRAL_ASSESSED: { da: 'Din henvisning er vurderet', en: 'Your referral has been assessed' },
  REFERRAL_CLOSED: { da: 'Din henvisning er afsluttet', en: 'Your referral has been closed' },
  ACKNOWLEDGEMENT_OVERDUE: { da: 'En henvisning er ikke kvitteret for inden fristen', en: 'A referral has not been acknowledged in time' },
  INTERVIEW_OVERDUE: { da: 'En identifikationssamtale er ikke holdt inden fristen', en: 'An identification interview is overdue' },
  INTERVIEW_OVERDUE_ESCALATED: {
    da: 'En identifikationssamtale er stadig ikke holdt et døgn efter fristen',
    en: 'An identification interview is still overdue a day after its deadline',
  },
  REFERRAL_ASSIGNED: { da: 'En henvisning er tildelt dig (som sagsbehandler eller stedfortræder)', en: 'A referral has been assigned to you (as caseworker or deputy)' },
  REFLECTION_PERIOD_ENDS_IN_7_DAYS: { da: 'En refleksionsperiode udløber om 7 dage', en: 'A reflection period ends in 7 days' },
  REFLECTION_PERIOD_ENDS_IN_1_DAY: { da: 'En refleksionsperiode udløber i morgen', en: 'A reflection period ends tomorrow' },
  OPERATION_INVITATION: { da: 'Din organisation er inviteret til en fælles aktion', en: 'Your organisation has been invited to a joint operation' },
  OPERATION_ACCEPTED: { da: 'En organisation har takket ja til en fælles aktion', en: 'An organisation has accepted an invitation to a joint operation' },
  OPERATION_DECLINED: { da: 'En organisation har takket nej til en fælles aktion', en: 'An organisation has declined an invitation to a joint operation' },
  OPERATION_CHANGED: { da: 'Tidspunktet for en fælles aktion er ændret', en: 'The time of a joint operation has changed' },
  OPERATION_CANCELLED: { da: 'En fælles aktion er aflyst', en: 'A joint operation has been cancelled' },
  OPERATION_REMINDER_24H: { da: 'En fælles aktion begynder om 24 timer', en: 'A joint operation starts in 24 hours' },
  OPERATION_REMINDER_2H: { da: 'En fælles aktion begynder om 2 timer', en: 'A joint operation starts in 2 hours' },
  OPERATION_CMM_ANSWER_MISSING: {
    da: 'CMM har ikke svaret på en invitation til en fælles aktion, der begynder inden for 48 timer',
    en: 'CMM has not answered an invitation to a joint operation starting within 48 hours',
  },
  ACCESS_GRANTED: { da: 'Din organisation har fået adgang til en sag', en: 'Your organisation has been given access to a case' },
  ACCESS_REVOKED: { da: 'En adgang for din organisation er tilbagekaldt', en: 'An access given to your organisation has been revoked' },
  GRANT_EXPIRING: { da: 'En adgang for din organisation udløber snart', en: 'An access given to your organisation expires soon' },
  BREAK_GLASS_USED: { da: 'Der er brugt nødadgang (break-glass) til en sag', en: 'Emergency access (break-glass) has been used on a case' },
  CASE_COMPLEX_HANDED_OVER: { da: 'Et sagskompleks er overdraget til din organisation', en: 'A case complex has been handed over to your organisation' },
  BREAK_GLASS_REVIEW_OVERDUE: {
    da: 'En nødadgang (break-glass) er ikke gennemgået af en revisor inden for 3 arbejdsdage',
    en: 'An emergency access (break-glass) has not been reviewed by an auditor within 3 working days',
  },
  CONSENT_OVERRIDE_USED: {
    da: 'Der er givet fuld adgang til en sag uden personens samtykke; gennemgå begrundelsen',
    en: "Full access to a case has been given without the person's consent; review the reason",
  },
  ACCESS_REQUESTED: { da: 'En organisation har bedt om adgang til en sag, som I er dataansvarlige for', en: 'An organisation has asked for access to a case you are the controller of' },
  ACCESS_REQUEST_TO_CONFIRM: {
    da: 'Der er åbnet en anmodning om adgang for din organisation; bekræft formål og retsgrundlag',
    en: 'An access request has been opened for your organisation; confirm its purpose and legal basis',
  },
  ACCESS_REQUEST_APPROVED: { da: 'En anmodning om adgang fra din organisation er godkendt', en: "Your organisation's access request has been approved" },
  ACCESS_REQUEST_REFUSED: { da: 'En anmodning om adgang fra din organisation er afvist', en: "Your organisation's access request has been refused" },
  ACCESS_CAPPED: {
    da: 'En adgang for din organisation er begrænset til overblik; der er åbnet en anmodning til den dataansvarlige',
    en: 'An access given to your organisation has been limited to a summary; a request to the controller has been opened',
  },
  ACCESS_LIMITED_BY_CONSENT: {
    da: 'Personen har trukket sit samtykke til videregivelse tilbage; din organisations adgang er begrænset',
    en: "The person has withdrawn their consent to disclosure; your organisation's access has been limited",
  },
} as const satisfies Record<string, { da: string; en: string }>;

export type TNotificationKind = keyof typeof NOTIFICATION_KINDS;

export function isNotificationKind(kind: string): kind is TNotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, kind);
}

/** What the mail asks the reader to do with its link, where it is not "sign in to see more". */
const LINK_WORDS: Partial<Record<TNotificationKind, { da: string; en: string }>> = {
  PASSWORD_RESET: {
    da: 'Åbn linket for at vælge en ny adgangskode. Det virker én gang og i 1 time. Kontakt administratoren, hvis du ikke har bedt om det',
    en: 'Open the link to choose a new password. It works once, for 1 hour. Contact the administrator if you did not ask for it',
  },
};

export function renderMail(options: { kind: TNotificationKind; url: string }): { subject: string; text: string } {
  const words = NOTIFICATION_KINDS[options.kind];
  const link = LINK_WORDS[options.kind] ?? { da: 'Log ind i Samvirke for at se mere', en: 'Sign in to Samvirke to see more' };
  return {
    subject: `Samvirke: ${words.da}`,
    text: [
      'Hej,',
      '',
      `${words.da}.`,
      `${link.da}:`,
      options.url,
      '',
      '---',
      `${words.en}.`,
      `${link.en}:`,
      options.url,
      '',
      'Denne e-mail indeholder bevidst ingen personoplysninger. / This e-mail deliberately contains no personal data.',
    ].join('\n'),
  };
}

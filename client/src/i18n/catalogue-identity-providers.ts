// Strings of sign-in through the organisation's identity provider (ADR 0028): the sign-in page's
// buttons and what a refused sign-in there means (the code in ?signInError=, never a detail).
export const da = {
  'signIn.idp.heading': 'Log ind gennem din organisation',
  'signIn.idp.button': 'Log ind med {organisation}',
  'signIn.idp.or': 'Eller log ind med e-mail og adgangskode',
  'signIn.idp.error.UNKNOWN_USER': 'Du er ikke oprettet i Samvirke for denne organisation. Kontakt din administrator.',
  'signIn.idp.error.USER_DEACTIVATED': 'Din adgang til Samvirke er lukket. Kontakt din administrator.',
  'signIn.idp.error.IDP_ERROR': 'Din organisations login blev afbrudt eller afvist. Prøv igen.',
  'signIn.idp.error.IDP_UNAVAILABLE': 'Din organisations login svarer ikke lige nu. Prøv igen om lidt.',
  'signIn.idp.error.FLOW_EXPIRED': 'Login tog for lang tid. Prøv igen.',
  'signIn.idp.error.other': 'Login gennem din organisation lykkedes ikke. Prøv igen.',
  'signIn.passwordDisabled': 'Din organisation logger ind gennem sit eget login. Brug knappen ovenfor.',
} as const;

export const en: Record<keyof typeof da, string> = {
  'signIn.idp.heading': 'Sign in through your organisation',
  'signIn.idp.button': 'Sign in with {organisation}',
  'signIn.idp.or': 'Or sign in with e-mail and password',
  'signIn.idp.error.UNKNOWN_USER': 'You have no Samvirke account in this organisation. Contact your administrator.',
  'signIn.idp.error.USER_DEACTIVATED': 'Your access to Samvirke has been closed. Contact your administrator.',
  'signIn.idp.error.IDP_ERROR': "Your organisation's sign-in was cancelled or refused. Try again.",
  'signIn.idp.error.IDP_UNAVAILABLE': "Your organisation's sign-in does not answer right now. Try again shortly.",
  'signIn.idp.error.FLOW_EXPIRED': 'Signing in took too long. Try again.',
  'signIn.idp.error.other': 'Signing in through your organisation did not succeed. Try again.',
  'signIn.passwordDisabled': "Your organisation signs in through its own sign-in. Use the button above.",
};

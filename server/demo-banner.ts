// What `npm run demo` says last when it is ready: where to go, whom to sign in as for which
// journey (PRODUCT.md), and where the mail the demo sends can be read. Printed once, to stdout,
// as plain text (not a log entry). Demo users and their password are fiction (server/seed/demo.ts).

/** The demo users a newcomer needs first, with the journey each one is for. */
export const DEMO_GUIDE: ReadonlyArray<{ email: string; role: string }> = [
  { email: 'tilsyn@at.demo', role: 'Journey 2 · labour inspector: refers a forced-labour suspicion' },
  { email: 'sagsbehandler@cmm.demo', role: 'Journey 2 · CMM caseworker: acknowledges, interviews, assesses, reflection period' },
  { email: 'koordinator@kbhpol.demo', role: 'Journey 1 · police coordinator: plans a joint operation, invites SKTST and CMM' },
  { email: 'kontrol@sktst.demo', role: 'Journey 1 · tax inspector: answers the invitation, then sees the briefing point' },
  { email: 'efterforsker@nsk.demo', role: 'Journey 3 · NSK investigator: case complexes, suspects and the stages of the criminal case' },
  { email: 'anklager@ra.demo', role: 'Journey 3 · prosecutor (Rigsadvokaten): records indictments in a case complex' },
  { email: 'referencegruppe@syd.demo', role: 'Journey 4 · reference group Syddanmark: the region review and its notes' },
  { email: 'revisor@cmm.demo', role: 'Auditor: the audit trail and emergency-access reviews' },
  { email: 'admin@samvirke.demo', role: 'Administrator: users and second factors' },
];

export function demoBanner(options: { url: string; passwordIsDefault: boolean; defaultPassword: string; mailbox: boolean }): string {
  const { url } = options;
  const width = Math.max(...DEMO_GUIDE.map((u) => u.email.length));
  const password = options.passwordIsDefault ? `the password "${options.defaultPassword}"` : 'the DEMO_PASSWORD you set';
  const lines = [
    '',
    `  Samvirke demo is ready: ${url}`,
    '',
    `  Sign in with ${password} as:`,
    ...DEMO_GUIDE.map((u) => `    ${u.email.padEnd(width)}  ${u.role}`),
    '',
    options.mailbox ? `  Mail the demo sends (no SMTP_URL): ${url}/development/mail  (as JSON: ${url}/dev/mailbox)` : '  Mail goes to the mail server in SMTP_URL.',
    '  Stop with Ctrl+C.',
    '',
  ];
  return lines.join('\n') + '\n';
}

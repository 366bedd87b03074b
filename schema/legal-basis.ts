// The legal basis the server records on a break-glass grant, and its words in both languages: the
// grant stores the English sentence (other agencies' systems read it over the API); the web client
// shows it in the page's language. One place for both, as with access-reasons.ts.
export const BREAK_GLASS_LEGAL_BASIS = 'Break-glass: emergency access, justified by the user and reviewed by the auditors';

const TEXTS: Record<string, { da: string; en: string }> = {
  [BREAK_GLASS_LEGAL_BASIS]: { da: 'Nødadgang: begrundet af brugeren og gennemgået af revisionen', en: BREAK_GLASS_LEGAL_BASIS },
};

/** A legal basis in the page's language: the system's own known texts translated, what a user typed as it is. */
export function legalBasisText(basis: string, lang: 'da' | 'en'): string {
  return TEXTS[basis]?.[lang] ?? basis;
}

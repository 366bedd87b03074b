// Why a viewer holds the access it holds, by a stable code: the access gate (server/core/access.ts)
// decides with a code and the values its text names; the API gives the code (reasonCode), those
// values (reasonParams) and, for clients that predate the codes, the English text (reason); the web
// client shows the text of the code in the reader's language. This table is the one place the words
// live, in Danish and English. Part of the public contract, like the SDL next to it (the enum
// AccessReasonCode in schema/base.graphql lists the same codes; a unit test keeps them in step).
// This file imports nothing, so the web client can import it without pulling in server code.
//
// A text names its values as {name}; both languages name the same ones. Never rename or reuse a
// code (API clients key on them); add one when a rule gets a reason of its own.
export const ACCESS_REASONS = {
  NO_ACCESS: {
    en: 'No access',
    da: 'Ingen adgang',
  },
  // Referrals
  REFERRAL_COMPETENT_AUTHORITY: {
    en: 'Your organisation is the competent authority for this referral',
    da: 'Din organisation er kompetent myndighed for henvisningen',
  },
  REFERRAL_RECEIVING_AUTHORITY: {
    en: 'The referral was sent to your organisation',
    da: 'Henvisningen er sendt til din organisation',
  },
  REFERRAL_NATIONAL_CENTRE: {
    en: 'CMM is the national centre and contact for every possible victim',
    da: 'CMM er det nationale center og kontaktpunkt for alle mulige ofre',
  },
  REFERRAL_REFERRING_ORGANISATION: {
    en: 'Your organisation made this referral: you see it as sent and its progress, not the assessment grounds, support or outcome',
    da: 'Din organisation har lavet henvisningen: du ser den som sendt og forløbet, ikke vurderingens begrundelse, støtten eller udfaldet',
  },
  REFERRAL_HANDED_OVER: {
    en: 'Your organisation handed this referral over and no longer has access to it',
    da: 'Din organisation har overdraget henvisningen og har ikke længere adgang til den',
  },
  REFERRAL_BREAK_GLASS: {
    en: "You broke the glass: emergency {level} access until {until}; your organisation's auditors review it",
    da: 'Du har brugt nødadgang: {level} adgang til {until}; din organisations revisorer gennemgår brugen',
  },
  REFERRAL_GRANT: {
    en: 'Access granted to your organisation for {purpose} until {until} under {legalBasis}',
    da: 'Din organisation har fået adgang med formålet {purpose} indtil {until} efter {legalBasis}',
  },
  REFERRAL_CASE_COMPLEX_GRANT: {
    en: 'Access granted to your organisation on the case complex this referral belongs to for {purpose} until {until} under {legalBasis}',
    da: 'Din organisation har fået adgang på det sagskompleks, henvisningen hører til, med formålet {purpose} indtil {until} efter {legalBasis}',
  },
  REFERRAL_GRANT_WITHOUT_CONSENT: {
    en: 'Access granted to your organisation for {purpose} until {until} under {legalBasis}; the person has not consented to disclosure and the grant has no legal-basis override, so it gives OPERATIONAL access',
    da: 'Din organisation har fået adgang med formålet {purpose} indtil {until} efter {legalBasis}; personen har ikke samtykket til videregivelse, og adgangen har intet retsgrundlag for at se bort fra det, så den giver operationel adgang',
  },
  REFERRAL_GRANT_CONSENT_OVERRIDE: {
    en: 'Access granted to your organisation for {purpose} until {until} under {legalBasis}, overriding the absence of consent to disclosure',
    da: 'Din organisation har fået adgang med formålet {purpose} indtil {until} efter {legalBasis}, uden samtykke til videregivelse efter et retsgrundlag for at se bort fra det',
  },
  // Joint operations
  OPERATION_LEAD: {
    en: 'Your organisation leads this operation',
    da: 'Din organisation leder aktionen',
  },
  OPERATION_ACCEPTED: {
    en: 'Your organisation has accepted the invitation: you see the targets and the briefing point',
    da: 'Din organisation har accepteret invitationen: du ser adresserne og mødestedet',
  },
  OPERATION_INVITED: {
    en: 'Your organisation is invited: targets and briefing point are shown once it accepts',
    da: 'Din organisation er inviteret: adresser og mødested vises, når den har accepteret',
  },
  OPERATION_DECLINED: {
    en: 'Your organisation declined the invitation: targets and briefing point are not shown',
    da: 'Din organisation har afslået invitationen: adresser og mødested vises ikke',
  },
  // Case complexes
  CASE_COMPLEX_LEAD: {
    en: 'Your organisation leads this case complex',
    da: 'Din organisation leder sagskomplekset',
  },
  CASE_COMPLEX_NATIONAL_UNIT: {
    en: 'NSK investigates organised trafficking nationally and sees every case complex',
    da: 'NSK efterforsker organiseret menneskehandel i hele landet og ser alle sagskomplekser',
  },
  CASE_COMPLEX_FORMER_LEAD: {
    en: 'Your organisation led this case complex before it was handed over',
    da: 'Din organisation ledte sagskomplekset, før det blev overdraget',
  },
  CASE_COMPLEX_PARTICIPANT: {
    en: 'A referral or operation of your organisation is linked to this case complex',
    da: 'En henvisning eller aktion fra din organisation er knyttet til sagskomplekset',
  },
  CASE_COMPLEX_PROSECUTION: {
    en: 'The prosecution service charges and brings the cases of every complex to court',
    da: 'Anklagemyndigheden rejser tiltale og fører sagerne i alle sagskomplekser for retten',
  },
  REFERRAL_CASE_COMPLEX_CONTRIBUTOR: {
    en: 'Linked to a case complex your organisation contributes to: non-identifying facts only',
    da: 'Tilknyttet et sagskompleks, din organisation bidrager til: kun oplysninger, der ikke identificerer personen',
  },
  CASE_COMPLEX_CONTRIBUTOR: {
    en: 'Your organisation was invited to contribute to this case complex: you see its name, lead and linked referrals without identity, never the suspects',
    da: 'Din organisation er inviteret til at bidrage til sagskomplekset: du ser dets navn, leder og tilknyttede henvisninger uden identitet, aldrig de mistænkte',
  },
  CASE_COMPLEX_LINKED_REFERRAL: {
    en: 'A referral your organisation handles belongs to this case complex: you see its name and lead, never the suspects',
    da: 'En henvisning, din organisation behandler, hører til sagskomplekset: du ser dets navn og leder, aldrig de mistænkte',
  },
  // The audit trail (ADR 0009)
  AUDIT_WHOLE_TRAIL: {
    en: 'CMM audits the whole trail',
    da: 'CMM reviderer hele loggen',
  },
  AUDIT_OWN_ORGANISATION: {
    en: "Your organisation's auditors see what your organisation's users did",
    da: 'Din organisations revisorer ser, hvad din organisations brugere har gjort',
  },
} as const satisfies Record<string, { en: string; da: string }>;

export type TAccessReasonCode = keyof typeof ACCESS_REASONS;
export type TReasonLang = 'da' | 'en';

export const ACCESS_REASON_CODES = Object.keys(ACCESS_REASONS) as TAccessReasonCode[];

/** The {name}s of a text. */
type TPlaceholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | TPlaceholders<Rest> : never;

/** The values a code's text names: level (an AccessLevel), until (a DateTime), purpose (an AccessPurpose), legalBasis (free text). */
export type TAccessReasonParams<C extends TAccessReasonCode> = Record<TPlaceholders<(typeof ACCESS_REASONS)[C]['en']>, string>;

/** A code with exactly the values its text names. */
export type TAccessReason = { [C in TAccessReasonCode]: [TPlaceholders<(typeof ACCESS_REASONS)[C]['en']>] extends [never] ? { code: C } : { code: C; params: TAccessReasonParams<C> } }[TAccessReasonCode];

export function isAccessReasonCode(value: unknown): value is TAccessReasonCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ACCESS_REASONS, value);
}

/**
 * The text of a code in one language, its values filled in. `format` turns a value into words of
 * that language (the client names levels and purposes and writes dates its own way); without it a
 * value is written as given, which is what the API's English `reason` does.
 */
export function accessReasonText(
  code: TAccessReasonCode,
  params: Readonly<Record<string, string | null | undefined>> | null | undefined,
  lang: TReasonLang,
  format: (name: string, value: string) => string = (_name, value) => value,
): string {
  return ACCESS_REASONS[code][lang].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    return value == null ? '' : format(name, value);
  });
}

// The API explains each access level in an English sentence (ReferralAccess.reason,
// OperationAccess.reason). Until it gives a code per reason, the fixed sentences are shown in
// Danish from this table; a sentence not here (e.g. one naming a grant's dates) is shown as given.
// tests/unit/client/access-reasons.test.ts checks every key still occurs in server/core/access.ts.
export const ACCESS_REASONS_DA: Record<string, string> = {
  'No access': 'Ingen adgang',
  'Your organisation is the competent authority for this referral': 'Din organisation er kompetent myndighed for henvisningen',
  'The referral was sent to your organisation': 'Henvisningen er sendt til din organisation',
  'CMM is the national centre and contact for every possible victim': 'CMM er det nationale center og kontaktpunkt for alle mulige ofre',
  'Your organisation made this referral: you see it as sent and its progress, not the assessment grounds, support or outcome':
    'Din organisation har lavet henvisningen: du ser den som sendt og forløbet, ikke vurderingens begrundelse, støtten eller udfaldet',
  'Your organisation leads this operation': 'Din organisation leder aktionen',
  'Your organisation has accepted the invitation: you see the targets and the briefing point': 'Din organisation har accepteret invitationen: du ser adresserne og mødestedet',
  'Your organisation is invited: targets and briefing point are shown once it accepts': 'Din organisation er inviteret: adresser og mødested vises, når den har accepteret',
  'Your organisation declined the invitation: targets and briefing point are not shown': 'Din organisation har afslået invitationen: adresser og mødested vises ikke',
};

// Strings of the hotline's counts on the statistics screen (issue 14).
export const da = {
  'stats.inquiries': 'Henvendelser til hotlinen',
  'stats.inquiriesIntro': 'Årets henvendelser til CMM’s hotline efter emne, afsender og hvad de førte til. Ingen personoplysninger.',
  'stats.inquiriesTotal': 'Henvendelser i alt: {count}',
  'stats.inquiriesByKind': 'Efter emne',
  'stats.inquiriesBySource': 'Efter afsender',
  'stats.inquiriesByOutcome': 'Efter hvad de førte til',
};

export const en: Record<keyof typeof da, string> = {
  'stats.inquiries': 'Inquiries to the hotline',
  'stats.inquiriesIntro': 'The year’s inquiries to CMM’s hotline by subject, caller and what they led to. No personal data.',
  'stats.inquiriesTotal': 'Inquiries in all: {count}',
  'stats.inquiriesByKind': 'By subject',
  'stats.inquiriesBySource': 'By caller',
  'stats.inquiriesByOutcome': 'By what they led to',
};

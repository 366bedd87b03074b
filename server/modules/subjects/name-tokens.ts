// Pure: a person's name as a set of normalised tokens, so that the same name written with or
// without diacritics, in another order, or transliterated from another script gives the same
// tokens; and a spelling-variant ("sound") key per token, so that Ioan/Ion or Mohammed/Muhammad
// come close. Only their keyed HMACs are stored (blind-index.ts), never these values.

/** Letters that Unicode decomposition does not reduce to a Latin base letter. */
const SPECIAL: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
};

/** Cyrillic and Greek to Latin, as passports commonly transliterate them (ICAO 9303 in the main). */
const TRANSLITERATION: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia', ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o',
  π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** At most this many tokens of one name are indexed and matched (a longer "name" is not one). */
export const MAX_NAME_TOKENS = 8;

function latinise(text: string): string {
  // Decomposed first, so accented Greek and Cyrillic letters map by their base letter; the
  // combining marks are dropped at the end: é → e, ș → s, ñ → n, ί → i.
  let out = '';
  // Greek ου is one sound, written ou (ICAO 9303), not o + y.
  const decomposed = text.normalize('NFKD').toLowerCase().replace(/ο\p{M}*υ/gu, 'ou');
  for (const char of decomposed) out += SPECIAL[char] ?? TRANSLITERATION[char] ?? char;
  return out.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/**
 * The distinct tokens of a name, accent-free, lower case, sorted: "Probé, Ion" and "ION PROBE"
 * give ["ion", "probe"]. Single letters (initials) are left out: they match too much.
 */
export function nameTokens(name: string | null | undefined): string[] {
  if (!name) return [];
  const tokens = latinise(name)
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length >= 2);
  return [...new Set(tokens)].sort().slice(0, MAX_NAME_TOKENS);
}

/**
 * A key that spelling variants of one name share: common transliteration pairs folded together
 * (ph/f, kh/h, w/v, y/j/i, c/k/q, z/s, x/ks), vowels after the first letter dropped, doubled
 * letters collapsed. "ioan" and "ion" give "in"; "mohammed" and "muhammad" give "mhmd".
 * Null for tokens too short to say anything.
 */
export function soundKey(token: string): string | null {
  if (token.length < 3) return null;
  const folded = token
    .replace(/tsch|sch|sh|ch|ts|tz|cz|sz/g, 's')
    .replace(/ph/g, 'f')
    .replace(/kh|gh/g, 'h')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/ck|c|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/z/g, 's');
  const key = (folded[0]! + folded.slice(1).replace(/[aeiou]/g, '')).replace(/(.)\1+/g, '$1');
  return key.length >= 2 ? key : null;
}

// Finding the earlier subjects a referral's person may be: candidates come only through the
// blind index (equal HMAC tokens of a normalised name or alias token, of its sound key, or of the
// date of birth), never by scanning; each candidate referral is then scored on the name overlap,
// the date of birth or an estimated age that fits, and the nationality, and each subject keeps the
// score of its best referral. Pure scoring below, the two indexed queries in subjects.repo.ts.
import type { TExecutor } from '../../core/db.js';
import { findPersonalData } from '../referrals/referrals.service.js';
import type { TSealer } from '../../core/sealing/sealer.js';
import { blindToken, nameFieldTokens, type TBlindIndexKey } from './blind-index.js';
import * as repo from './subjects.repo.js';

export const MATCH_REASONS = ['SAME_NAME', 'SIMILAR_NAME', 'MATCHES_ALIAS', 'SAME_DATE_OF_BIRTH', 'AGE_FITS', 'SAME_NATIONALITY'] as const;
export type TMatchReason = (typeof MATCH_REASONS)[number];

/** What is matched: a referral's identity as it stands, and the subject it belongs to (never a candidate). */
export type TMatchProbe = {
  subjectId: string;
  name: string | null;
  alias: string | null;
  dateOfBirth: string | null;
  estimatedAge: number | null;
  nationality: string | null;
  /** The day an estimated age was given on (YYYY-MM-DD). */
  day: string;
};

export type TMatchCandidate = { subjectId: string; referralId: string; score: number; reasons: TMatchReason[] };

/** Proposed from this score (0–100) up: a whole name alone (55) is, a date of birth with the nationality (45) is. */
export const MATCH_THRESHOLD = 45;
/** Candidate referrals scored in full, after a first ranking on the tokens alone (in SQL, on the index). */
const RANKED = 300;

const WEIGHT = { name: 55, birth: 30, ageFits: 15, nationality: 15, birthDiffers: -15, nationalityDiffers: -10 } as const;
/** An alias matching an alias counts for this much of a name matching a name. */
const ALIAS_PAIR_CREDIT = 0.6;
/** A spelling variant counts for this much of an exact token. */
const SOUND_CREDIT = 0.8;

type TQueryToken = { plain: string; exact: string; sound: string | null };

function queryTokens(key: TBlindIndexKey, field: 'NAME' | 'ALIAS', value: string | null): TQueryToken[] {
  const byPlain = new Map<string, TQueryToken>();
  for (const t of nameFieldTokens(key, field, value)) {
    const entry = byPlain.get(t.plain) ?? { plain: t.plain, exact: '', sound: null };
    if (t.kind === 'EXACT') entry.exact = t.token;
    else entry.sound = t.token;
    byPlain.set(t.plain, entry);
  }
  return [...byPlain.values()];
}

/** How much of `query` the candidate's tokens in one field cover (1 = every token, exactly). */
function overlap(query: TQueryToken[], hits: Set<string>, candidateCount: number | null): { score: number; exact: boolean } {
  if (query.length === 0 || hits.size === 0) return { score: 0, exact: false };
  let credit = 0;
  let exactCount = 0;
  for (const t of query) {
    if (hits.has(t.exact)) {
      credit += 1;
      exactCount += 1;
    } else if (t.sound && hits.has(t.sound)) credit += SOUND_CREDIT;
  }
  const denominator = Math.max(query.length, candidateCount ?? query.length);
  return { score: credit / denominator, exact: exactCount === query.length && (candidateCount ?? query.length) === query.length };
}

/** The birth years a date of birth or an estimated age (on a day) allows. */
export function birthYears(options: { dateOfBirth: string | null; estimatedAge: number | null; day: string }): [number, number] | null {
  if (options.dateOfBirth) {
    const year = Number(options.dateOfBirth.slice(0, 4));
    return [year, year];
  }
  if (options.estimatedAge === null) return null;
  const year = Number(options.day.slice(0, 4)) - options.estimatedAge;
  return [year - 1, year];
}

/** An estimated age fits within two years either way (estimates are rough; a passport may be false). */
export function yearsFit(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] + 2 && b[0] <= a[1] + 2;
}

/**
 * The candidates for `probe`, best first: at most `limit` subjects scoring MATCH_THRESHOLD or more.
 * Who may see them (and which were dismissed) is the service's business.
 */
export function findCandidates(ex: TExecutor, key: TBlindIndexKey, sealer: TSealer, probe: TMatchProbe, options: { limit: number; exclude?: ReadonlySet<string>; onlySubjectId?: string; accept?: (subjectId: string) => boolean }): TMatchCandidate[] {
  const nameQuery = queryTokens(key, 'NAME', probe.name);
  const aliasQuery = queryTokens(key, 'ALIAS', probe.alias);
  const birthToken = probe.dateOfBirth ? blindToken(key, 'BIRTH', probe.dateOfBirth) : null;
  const wanted = new Set<string>();
  for (const t of [...nameQuery, ...aliasQuery]) {
    wanted.add(t.exact);
    if (t.sound) wanted.add(t.sound);
  }
  if (birthToken) wanted.add(birthToken);
  // Only the best-ranked referrals on the index are looked at (however common a name is); a
  // decision on one subject ranks that subject's referrals alone.
  const within = options.onlySubjectId ? repo.referralsOfSubject(ex, options.onlySubjectId).map((r) => r.id) : undefined;
  const ranked = repo.rankByTokens(ex, { tokens: [...wanted], limit: RANKED, withinReferralIds: within });
  const candidates = new Map(
    repo
      .candidateReferrals(ex, ranked)
      .filter((r) => r.subjectId !== probe.subjectId && !options.exclude?.has(r.subjectId))
      .map((r) => [r.id, r]),
  );
  const hits = repo.tokenHits(ex, { tokens: [...wanted], referralIds: [...candidates.keys()] });
  if (hits.length === 0) return [];

  // Per candidate referral: the tokens it shares, by field.
  const byReferral = new Map<string, { subjectId: string; name: Set<string>; alias: Set<string>; birth: boolean }>();
  for (const hit of hits) {
    const subjectId = candidates.get(hit.referralId)!.subjectId;
    let entry = byReferral.get(hit.referralId);
    if (!entry) byReferral.set(hit.referralId, (entry = { subjectId, name: new Set(), alias: new Set(), birth: false }));
    if (hit.field === 'NAME') entry.name.add(hit.token);
    else if (hit.field === 'ALIAS') entry.alias.add(hit.token);
    else entry.birth = true;
  }
  // The new name against the candidate's name and alias, and the new alias against both.
  const combos = [
    { query: nameQuery, fromAlias: false },
    { query: aliasQuery, fromAlias: true },
  ].filter((c) => c.query.length > 0);
  const nameScore = (entry: { name: Set<string>; alias: Set<string> }, counts: { NAME?: number; ALIAS?: number } | null) => {
    let best = { score: 0, exact: false, viaAlias: false };
    for (const { query, fromAlias } of combos) {
      for (const field of ['NAME', 'ALIAS'] as const) {
        const result = overlap(query, field === 'NAME' ? entry.name : entry.alias, counts ? (counts[field] ?? 0) : null);
        // Two aliases alike say less than two names: street names and nicknames are shared.
        const score = fromAlias && field === 'ALIAS' ? result.score * ALIAS_PAIR_CREDIT : result.score;
        if (score > best.score) best = { ...result, score, viaAlias: fromAlias || field === 'ALIAS' };
      }
    }
    return best;
  };

  const ids = [...byReferral.keys()];
  const counts = new Map<string, { NAME?: number; ALIAS?: number }>();
  for (const row of repo.exactTokenCounts(ex, ids)) counts.set(row.referralId, { ...counts.get(row.referralId), [row.field]: row.n });
  const personal = new Map(findPersonalData(ex, sealer, ids).map((p) => [p.referralId, p]));
  const probeYears = birthYears(probe);

  const bestBySubject = new Map<string, TMatchCandidate>();
  for (const [referralId, entry] of byReferral) {
    const reasons: TMatchReason[] = [];
    let score = 0;
    const name = nameScore(entry, counts.get(referralId) ?? {});
    if (name.score > 0) {
      score += name.score * WEIGHT.name;
      reasons.push(name.exact && !name.viaAlias ? 'SAME_NAME' : 'SIMILAR_NAME');
      if (name.viaAlias) reasons.push('MATCHES_ALIAS');
    }
    const fact = candidates.get(referralId);
    const data = personal.get(referralId);
    if (entry.birth) {
      score += WEIGHT.birth;
      reasons.push('SAME_DATE_OF_BIRTH');
    } else if (probeYears && data) {
      const day = (fact?.submittedAt ?? fact?.createdAt ?? `${probe.day}T00:00:00Z`).slice(0, 10);
      const years = birthYears({ dateOfBirth: data.dateOfBirth, estimatedAge: data.estimatedAge, day });
      if (probe.dateOfBirth && data.dateOfBirth) score += WEIGHT.birthDiffers;
      else if (years && yearsFit(probeYears, years)) {
        score += WEIGHT.ageFits;
        reasons.push('AGE_FITS');
      }
    }
    if (probe.nationality && fact?.nationality) {
      if (probe.nationality === fact.nationality) {
        score += WEIGHT.nationality;
        reasons.push('SAME_NATIONALITY');
      } else score += WEIGHT.nationalityDiffers;
    }
    const rounded = Math.max(0, Math.min(100, Math.round(score)));
    if (rounded < MATCH_THRESHOLD) continue;
    const current = bestBySubject.get(entry.subjectId);
    if (!current || rounded > current.score) bestBySubject.set(entry.subjectId, { subjectId: entry.subjectId, referralId, score: rounded, reasons });
  }
  // Whom the viewer may be shown is decided on the scored few, before the limit, so subjects it may
  // not see never crowd out those it may.
  const out: TMatchCandidate[] = [];
  for (const candidate of [...bestBySubject.values()].sort((a, b) => b.score - a.score || a.subjectId.localeCompare(b.subjectId))) {
    if (out.length === options.limit) break;
    if (options.accept?.(candidate.subjectId) ?? true) out.push(candidate);
  }
  return out;
}

// Pure rules of the reference-group review: small-count suppression of a table (primary and
// secondary, so no suppressed count can be worked out from the total by subtraction), and medians.
// Only counts that describe persons (gender, age band, exploitation form, sector, urgency, the
// assessment's decision) are suppressed; counts of the process (states, who referred, deadlines
// met, medians) are not personal data and are shown whatever their size (issue 14: at a region's
// real volumes every cell read "<3", and the review said nothing).

export const SMALL_COUNT_LIMIT = 3;

export type TSuppression = 'NONE' | 'SMALL' | 'COMPLEMENTARY';
export type TCell = { key: string; count: number | null; display: string; suppression: TSuppression };
export type TTable = { cells: TCell[]; total: TCell; personal: boolean };

const shown = (key: string, count: number): TCell => ({ key, count, display: String(count), suppression: 'NONE' });
const small = (key: string): TCell => ({ key, count: null, display: '<3', suppression: 'SMALL' });
const complementary = (key: string): TCell => ({ key, count: null, display: 'x', suppression: 'COMPLEMENTARY' });

/**
 * The values a suppressed cell can take given what is shown: the total minus the shown cells is
 * the sum of the suppressed ones, a SMALL cell lies in 0..2 and a COMPLEMENTARY one is at least 3
 * (it would read "<3" otherwise). With one sum and these bounds the range of each is exact.
 */
export function feasibleRange(options: { suppressed: Array<{ small: boolean }>; rest: number; index: number }): { min: number; max: number } {
  const lower = (s: { small: boolean }) => (s.small ? 0 : SMALL_COUNT_LIMIT);
  const upper = (s: { small: boolean }) => (s.small ? SMALL_COUNT_LIMIT - 1 : Number.POSITIVE_INFINITY);
  const self = options.suppressed[options.index]!;
  const others = options.suppressed.filter((_, i) => i !== options.index);
  const othersMax = others.reduce((sum, s) => sum + upper(s), 0);
  const othersMin = others.reduce((sum, s) => sum + lower(s), 0);
  return { min: Math.max(lower(self), options.rest - othersMax), max: Math.min(upper(self), options.rest - othersMin) };
}

/**
 * Suppresses a table of counts. Every count below 3 reads "<3". When the table adds up to its total
 * (`additive`), more cells are suppressed — the smallest shown first — until at least two cells are
 * suppressed and no suppressed count can be derived from the total and the shown cells; if no cell
 * is left to suppress, the total is suppressed too. A total below 3 is itself "<3" and then every
 * cell is (each is at most the total). A table whose rows overlap (one referral in several rows)
 * gets the same protection against a single suppressed cell.
 */
export function suppressTable(options: { counts: ReadonlyArray<{ key: string; count: number }>; total: number; additive: boolean }): TTable {
  const { counts, total } = options;
  const isSmall = counts.map((c) => c.count < SMALL_COUNT_LIMIT);
  const isComplementary = counts.map(() => false);
  if (total < SMALL_COUNT_LIMIT) {
    return { cells: counts.map((c) => small(c.key)), total: small('TOTAL'), personal: true };
  }
  let totalSuppressed = false;
  const suppressedIndexes = () => counts.map((_, i) => i).filter((i) => isSmall[i] || isComplementary[i]);
  const disclosed = (): boolean => {
    const idx = suppressedIndexes();
    if (idx.length === 0) return false;
    if (idx.length === 1) return true;
    if (!options.additive) return false;
    const shownSum = counts.reduce((sum, c, i) => (idx.includes(i) ? sum : sum + c.count), 0);
    const suppressed = idx.map((i) => ({ small: isSmall[i]! }));
    return suppressed.some((_, k) => {
      const range = feasibleRange({ suppressed, rest: total - shownSum, index: k });
      return range.min === range.max;
    });
  };
  while (disclosed()) {
    const candidates = counts.map((c, i) => ({ c, i })).filter(({ i }) => !isSmall[i] && !isComplementary[i]);
    if (candidates.length === 0) {
      totalSuppressed = true;
      break;
    }
    candidates.sort((x, y) => x.c.count - y.c.count || x.i - y.i);
    isComplementary[candidates[0]!.i] = true;
  }
  return {
    cells: counts.map((c, i) => (isSmall[i] ? small(c.key) : isComplementary[i] ? complementary(c.key) : shown(c.key, c.count))),
    total: totalSuppressed ? complementary('TOTAL') : shown('TOTAL', total),
    personal: true,
  };
}

/** A table of process counts: every cell shown, however small. */
export function processTable(options: { counts: ReadonlyArray<{ key: string; count: number }>; total: number }): TTable {
  return { cells: options.counts.map((c) => shown(c.key, c.count)), total: shown('TOTAL', options.total), personal: false };
}

/** The median of some numbers (mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A median of handling times is a process figure: shown on however few referrals it rests. */
export function processMedian(values: readonly number[]): { days: number | null; basedOn: TCell } {
  const m = median(values);
  return { days: m === null ? null : Math.round(m * 10) / 10, basedOn: shown('BASED_ON', values.length) };
}

/** A median withheld below 3 durations (kept for figures that would describe a person). */
export function protectedMedian(values: readonly number[]): { days: number | null; basedOn: TCell } {
  const basedOn = values.length < SMALL_COUNT_LIMIT ? small('BASED_ON') : shown('BASED_ON', values.length);
  const m = values.length < SMALL_COUNT_LIMIT ? null : median(values);
  return { days: m === null ? null : Math.round(m * 10) / 10, basedOn };
}

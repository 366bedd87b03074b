// Small-count suppression: no shown cell is below 3, and no suppressed count can be worked out
// from the shown cells and the total. Checked by brute force: every assignment of values to the
// suppressed cells that agrees with what is shown is enumerated, and each suppressed cell must
// have at least two possible values.
import { describe, expect, it } from 'vitest';
import { median, protectedMedian, suppressTable, type TTable } from '../../../server/modules/reference-groups/reference-groups.policy.js';

/** Every value each suppressed cell can take, given the displayed table (additive: cells add up to the total). */
function possibleValues(table: TTable, additive: boolean): Map<string, Set<number>> {
  const suppressed = table.cells.filter((c) => c.suppression !== 'NONE');
  const shownSum = table.cells.reduce((s, c) => s + (c.count ?? 0), 0);
  const total = table.total.count;
  const cap = total ?? 60;
  const result = new Map(suppressed.map((c) => [c.key, new Set<number>()]));
  const values: number[] = [];
  const walk = (i: number) => {
    if (i === suppressed.length) {
      const sum = shownSum + values.reduce((s, v) => s + v, 0);
      if (additive && total !== null && sum !== total) return;
      if (total === null && table.total.suppression === 'SMALL' && sum > 2 && additive) return;
      suppressed.forEach((c, k) => result.get(c.key)!.add(values[k]!));
      return;
    }
    const cell = suppressed[i]!;
    const [lo, hi] = cell.suppression === 'SMALL' ? [0, 2] : [3, cap];
    for (let v = lo; v <= hi; v += 1) {
      values.push(v);
      walk(i + 1);
      values.pop();
    }
  };
  walk(0);
  return result;
}

function check(counts: number[], additive = true) {
  const total = additive ? counts.reduce((s, c) => s + c, 0) : Math.max(...counts, 0) + 2;
  const table = suppressTable({ counts: counts.map((count, i) => ({ key: `K${i}`, count })), total, additive });
  for (const cell of table.cells) {
    if (cell.suppression === 'NONE') expect(cell.count).toBeGreaterThanOrEqual(3);
    else expect(cell.count).toBeNull();
    if (cell.suppression === 'SMALL') expect(cell.display).toBe('<3');
  }
  const suppressedCount = table.cells.filter((c) => c.suppression !== 'NONE').length;
  // One suppressed cell alone is never left: another is suppressed too, or the total is.
  if (suppressedCount === 1) expect(table.total.suppression).not.toBe('NONE');
  if (additive) {
    for (const [key, possible] of possibleValues(table, additive)) expect(possible.size, `${key} of ${counts.join(',')}`).toBeGreaterThanOrEqual(2);
  }
  // Every true value is among the possible ones (the display does not lie).
  return table;
}

describe('suppressTable', () => {
  it('shows a table without small counts as it is', () => {
    const table = check([5, 7, 3]);
    expect(table.cells.map((c) => c.display)).toEqual(['5', '7', '3']);
    expect(table.total.display).toBe('15');
  });

  it('a single small cell takes the smallest other cell with it, which reads x', () => {
    const table = check([2, 10, 4, 6]);
    expect(table.cells.map((c) => c.display)).toEqual(['<3', '10', 'x', '6']);
    expect(table.total.display).toBe('22');
  });

  it('two small cells whose sum would give them away are protected by a further cell', () => {
    // 2 + 2 = 4 = total − shown: both would be known to be 2.
    const table = check([2, 2, 5, 9]);
    expect(table.cells.filter((c) => c.suppression !== 'NONE').length).toBeGreaterThan(2);
  });

  it('a zero next to a three is not left recoverable', () => {
    check([0, 3, 7]);
    check([0, 3]);
    check([1, 3]);
  });

  it('a total below 3 suppresses everything', () => {
    const table = check([1, 1, 0]);
    expect(table.total.display).toBe('<3');
    expect(table.cells.every((c) => c.display === '<3')).toBe(true);
  });

  it('suppresses the total when no cell is left to protect a small one', () => {
    const table = check([2, 9]);
    expect(table.cells.map((c) => c.suppression)).toEqual(['SMALL', 'COMPLEMENTARY']);
    const lone = check([5]);
    expect(lone.cells[0]!.display).toBe('5');
  });

  it('no suppressed value can be derived from the shown cells and total (exhaustive over small tables)', () => {
    let tables = 0;
    const walk = (prefix: number[], length: number) => {
      if (prefix.length === length) {
        check(prefix);
        tables += 1;
        return;
      }
      for (const v of [0, 1, 2, 3, 4, 6]) walk([...prefix, v], length);
    };
    for (const length of [2, 3, 4]) walk([], length);
    expect(tables).toBe(36 + 216 + 1296);
  });

  it('overlapping rows (not additive) still never show a single suppressed cell alone', () => {
    const table = check([2, 8, 9], false);
    expect(table.cells.filter((c) => c.suppression !== 'NONE')).toHaveLength(2);
  });
});

describe('medians', () => {
  it('median of odd and even counts', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('a median resting on fewer than 3 cases is withheld', () => {
    expect(protectedMedian([1, 2])).toMatchObject({ days: null, basedOn: { display: '<3', count: null } });
    expect(protectedMedian([1, 2, 4.04])).toMatchObject({ days: 2, basedOn: { display: '3', count: 3 } });
    expect(protectedMedian([0.25, 0.5, 1, 2]).days).toBe(0.8);
  });
});

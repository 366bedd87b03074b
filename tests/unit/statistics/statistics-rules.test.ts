// The pure parts of the statistics: the RFC 4180 reader and writer, the year rules, breakdown
// order, and the access rule that joins role and organisation.
import { describe, expect, it } from 'vitest';
import { mayImportHistory, mayReadStatistics, type TRole, type TViewer } from '../../../server/core/access.js';
import { parseCsv, toCsv } from '../../../server/modules/statistics/csv.js';
import { assertYear, fixedBreakdown, seriesYears, share, sortedBreakdown, yearBounds } from '../../../server/modules/statistics/statistics.policy.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and keeps the starting line', () => {
    const { records, problems } = parseCsv('a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\nlast,\n');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
      { line: 6, fields: ['last', ''] },
    ]);
  });

  it('ignores a byte order mark and reports malformed lines without stopping', () => {
    const { records, problems } = parseCsv('\ufeffa,b\nx"y,1\n"q"r,2\nok,3\n"open,4\n');
    expect(records.map((r) => r.fields[0])).toEqual(['a', 'ok']);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 5]);
  });

  it('writes what it reads', () => {
    const rows = [['a', 'b, c'], ['"q"', 'line\nbreak'], ['', '3']];
    expect(parseCsv(toCsv(rows)).records.map((r) => r.fields)).toEqual(rows);
    expect(toCsv([[1, null]])).toBe('1,\r\n');
  });
});

describe('the year rules', () => {
  const now = new Date('2026-01-01T00:30:00Z'); // already 2026 in Copenhagen
  it('allows 2007 up to the current year in Copenhagen', () => {
    expect(assertYear(2007, now)).toBe(2007);
    expect(assertYear(2026, now)).toBe(2026);
    for (const bad of [2006, 2027, 2025.5, '2025', null]) expect(() => assertYear(bad, now)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'year', rule: 'OUT_OF_RANGE', min: 2007, max: 2026 } }));
  });

  it('bounds a year in Copenhagen time', () => {
    expect(yearBounds(2025)).toEqual({ fromDay: '2025-01-01', toDay: '2026-01-01', fromInstant: '2024-12-31T23:00:00.000Z', toInstant: '2025-12-31T23:00:00.000Z' });
    expect(seriesYears(2025)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('orders breakdowns and computes shares', () => {
    expect(fixedBreakdown(['A', 'B', 'C'], new Map([['C', 2], ['X', 1]]))).toEqual([{ key: 'A', count: 0 }, { key: 'B', count: 0 }, { key: 'C', count: 2 }, { key: 'X', count: 1 }]);
    expect(sortedBreakdown(new Map([['RO', 2], ['BG', 2], ['NG', 5], ['TH', 0]]))).toEqual([{ key: 'NG', count: 5 }, { key: 'BG', count: 2 }, { key: 'RO', count: 2 }]);
    expect([share(6, 7), share(0, 0), share(1, 1)]).toEqual([0.857, null, 1]);
  });
});

describe('who may read the statistics', () => {
  const viewer = (kind: string, roles: TRole[]): TViewer => ({ userId: 'u', organisationId: 'o', organisationCode: kind, organisationKind: kind, region: null, roles, referenceGroup: null, sessionId: 's' });
  it('an ANALYST anywhere, a COORDINATOR only of CMM; the import is ADMIN only', () => {
    expect(mayReadStatistics(viewer('CMM', ['ANALYST']))).toBe(true);
    expect(mayReadStatistics(viewer('POLICE', ['ANALYST']))).toBe(true);
    expect(mayReadStatistics(viewer('CMM', ['COORDINATOR']))).toBe(true);
    expect(mayReadStatistics(viewer('POLICE', ['COORDINATOR']))).toBe(false);
    expect(mayReadStatistics(viewer('CMM', ['CASEWORKER', 'ASSESSOR', 'AUDITOR', 'ADMIN']))).toBe(false);
    expect(mayImportHistory(viewer('CMM', ['ADMIN']))).toBe(true);
    expect(mayImportHistory(viewer('CMM', ['ANALYST', 'COORDINATOR']))).toBe(false);
  });
});

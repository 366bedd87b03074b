// The historical criminal-justice figures (issue 14): one CSV of counts per year and provision
// group, checked whole like the register (history-import.validation.ts): every problem by line and
// column, never the value. Pure: the service passes the current year.
import { parseCsv } from './csv.js';
import { FIRST_YEAR } from './statistics.policy.js';
import type { THistoryError } from './history-import.validation.js';

export const CRIMINAL_JUSTICE_COLUMNS = ['year', 'provision', 'charged', 'indicted', 'convicted', 'acquitted'] as const;
export const PROVISION_GROUPS = ['TRAFFICKING', 'RELATED'] as const;
const COUNTS = ['charged', 'indicted', 'convicted', 'acquitted'] as const;
const MAX_COUNT = 100_000;
const MAX_ROWS = 1000;

export type TCriminalJusticeRow = { year: number; provisionGroup: string; charged: number; indicted: number; convicted: number; acquitted: number };

export function validateCriminalJusticeCsv(csv: string, options: { currentYear: number }): { rows: TCriminalJusticeRow[]; errors: THistoryError[] } {
  const { records, problems } = parseCsv(csv);
  const errors: THistoryError[] = problems.map((p) => ({ line: p.line, reason: p.reason }));
  const [header, ...body] = records;
  const expected = CRIMINAL_JUSTICE_COLUMNS.join(',');
  if (!header || header.line !== 1) return { rows: [], errors: [{ line: 1, reason: `The header row is required on line 1: ${expected}` }, ...errors] };
  const names = header.fields.map((f) => f.trim());
  const missing = CRIMINAL_JUSTICE_COLUMNS.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !(CRIMINAL_JUSTICE_COLUMNS as readonly string[]).includes(n));
  if (missing.length > 0 || unknown.length > 0 || new Set(names).size !== names.length) {
    const parts = [missing.length > 0 ? `missing column(s) ${missing.join(', ')}` : '', unknown.length > 0 ? `${unknown.length} unknown column(s)` : '', new Set(names).size !== names.length ? 'repeated column(s)' : ''];
    return { rows: [], errors: [{ line: 1, reason: `Header: ${parts.filter(Boolean).join('; ')}. Expected: ${expected}` }, ...errors] };
  }
  if (body.length > MAX_ROWS) return { rows: [], errors: [{ line: 1, reason: `At most ${MAX_ROWS} rows per import` }] };
  const position = new Map(names.map((name, index) => [name, index]));
  const seen = new Map<string, number>();
  const rows: TCriminalJusticeRow[] = [];
  for (const record of body) {
    if (record.fields.length !== names.length) {
      errors.push({ line: record.line, reason: `Expected ${names.length} fields, found ${record.fields.length}` });
      continue;
    }
    const raw = (column: string) => record.fields[position.get(column)!]!.trim();
    const reasons: string[] = [];
    const whole = (column: string, min: number, max: number): number => {
      const value = raw(column);
      if (value === '') reasons.push(`${column}: required`);
      else if (!/^\d{1,6}$/.test(value) || Number(value) < min || Number(value) > max) reasons.push(`${column}: must be a whole number from ${min} to ${max}`);
      return Number(value);
    };
    const year = whole('year', FIRST_YEAR, options.currentYear);
    const provision = raw('provision').toUpperCase();
    if (provision === '') reasons.push('provision: required');
    else if (!(PROVISION_GROUPS as readonly string[]).includes(provision)) reasons.push(`provision: must be one of ${PROVISION_GROUPS.join(', ')}`);
    const counts = Object.fromEntries(COUNTS.map((c) => [c, whole(c, 0, MAX_COUNT)])) as Record<(typeof COUNTS)[number], number>;
    if (reasons.length === 0) {
      const key = `${year}|${provision}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) reasons.push(`year, provision: the same year and provision as line ${earlier}`);
      else seen.set(key, record.line);
    }
    if (reasons.length > 0) {
      errors.push({ line: record.line, reason: reasons.join('; ') });
      continue;
    }
    rows.push({ year, provisionGroup: provision, ...counts });
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}

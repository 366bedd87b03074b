// The rules for CMM's historical register (issue 6 § 4): the columns, every value of every row,
// and the row hash that makes a second import of the same file change nothing. Pure: the
// service passes today's date and the known organisation codes.
import countries from 'i18n-iso-countries';
import { sha256Hex } from '../../core/ids.js';
import { DECISIONS, EXPLOITATION_FORMS, GENDERS, OUTCOMES, REGIONS, isRealDate } from '../../core/vocabulary.js';
import { parseCsv } from './csv.js';
import { FIRST_YEAR } from './statistics.policy.js';

export const HISTORY_COLUMNS = [
  'person_key',
  'assessed_on',
  'decision',
  'authority',
  'gender',
  'nationality',
  'age_at_assessment',
  'primary_exploitation',
  'first_contact',
  'interview_held_on',
  'outcome',
  'region',
] as const;

type TColumn = (typeof HISTORY_COLUMNS)[number];

export const AUTHORITIES = ['CMM', 'US'] as const;

/** Beyond this the file is refused as a whole (the register since 2007 is a few thousand rows). */
export const MAX_HISTORY_ROWS = 100_000;

export type THistoryRow = {
  line: number;
  rowHash: string;
  personKey: string;
  assessedOn: string;
  decision: string;
  authority: string;
  gender: string;
  nationality: string;
  ageAtAssessment: number | null;
  primaryExploitation: string;
  firstContact: string;
  interviewHeldOn: string | null;
  outcome: string | null;
  region: string | null;
};

export type THistoryError = { line: number; reason: string };
export type THistoryImportResult = { imported: number; skipped: number; errors: THistoryError[] };

export type TValidatedHistory = { rows: THistoryRow[]; errors: THistoryError[] };

// An anonymous key: letters, digits and a few separators, no spaces, so a name cannot be typed in.
const PERSON_KEY = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

function oneOf(values: readonly string[]): (v: string) => boolean {
  return (v) => values.includes(v);
}

/**
 * Reads and checks the whole file. Returns the valid rows and one error per rejected line (all
 * problems of that line in one reason, by column name; values are never repeated in a reason, as
 * a wrongly filled column might hold something personal). The caller imports only when there
 * are no errors at all.
 */
export function validateHistoryCsv(csv: string, options: { today: string; organisationCodes: ReadonlySet<string> }): TValidatedHistory {
  const { records, problems } = parseCsv(csv);
  const errors: THistoryError[] = problems.map((p) => ({ line: p.line, reason: p.reason }));
  const [header, ...body] = records;
  if (!header || header.line !== 1) {
    return { rows: [], errors: [{ line: 1, reason: `The header row is required on line 1: ${HISTORY_COLUMNS.join(',')}` }, ...errors] };
  }
  const names = header.fields.map((f) => f.trim());
  const headerProblems: string[] = [];
  const missing = HISTORY_COLUMNS.filter((c) => !names.includes(c));
  const unknown = names.filter((name) => !(HISTORY_COLUMNS as readonly string[]).includes(name));
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (missing.length > 0) headerProblems.push(`missing column(s) ${missing.join(', ')}`);
  if (unknown.length > 0) headerProblems.push(`${unknown.length} unknown column(s)`);
  if (repeated.length > 0) headerProblems.push(`repeated column(s) ${[...new Set(repeated)].filter((r) => (HISTORY_COLUMNS as readonly string[]).includes(r)).join(', ') || '(unknown)'}`);
  if (headerProblems.length > 0) {
    return { rows: [], errors: [{ line: 1, reason: `Header: ${headerProblems.join('; ')}. Expected: ${HISTORY_COLUMNS.join(',')}` }, ...errors] };
  }
  if (body.length > MAX_HISTORY_ROWS) {
    return { rows: [], errors: [{ line: 1, reason: `At most ${MAX_HISTORY_ROWS} rows per import` }] };
  }
  const position = new Map(names.map((name, index) => [name as TColumn, index]));

  const rows: THistoryRow[] = [];
  for (const record of body) {
    if (record.fields.length !== names.length) {
      errors.push({ line: record.line, reason: `Expected ${names.length} fields, found ${record.fields.length}` });
      continue;
    }
    const raw = (column: TColumn) => record.fields[position.get(column)!]!.trim();
    const code = (column: TColumn) => raw(column).toUpperCase();
    const reasons: string[] = [];
    const required = (column: TColumn, value: string, valid: (v: string) => boolean, rule: string): string => {
      if (value === '') reasons.push(`${column}: required`);
      else if (!valid(value)) reasons.push(`${column}: ${rule}`);
      return value;
    };
    const optional = (column: TColumn, value: string, valid: (v: string) => boolean, rule: string): string | null => {
      if (value === '') return null;
      if (!valid(value)) reasons.push(`${column}: ${rule}`);
      return value;
    };
    const pastDate = (v: string) => isRealDate(v) && v <= options.today;

    const personKey = required('person_key', raw('person_key'), (v) => PERSON_KEY.test(v), 'must be an anonymous key of 1 to 64 letters, digits, ".", "_", ":" or "-"');
    const assessedOn = required('assessed_on', raw('assessed_on'), (v) => pastDate(v) && v >= `${FIRST_YEAR}-01-01`, `must be a real date YYYY-MM-DD from ${FIRST_YEAR}-01-01 up to today`);
    const decision = required('decision', code('decision'), oneOf(DECISIONS), `must be one of ${DECISIONS.join(', ')}`);
    const authority = required('authority', code('authority'), oneOf(AUTHORITIES), `must be one of ${AUTHORITIES.join(', ')}`);
    const gender = required('gender', code('gender'), oneOf(GENDERS), `must be one of ${GENDERS.join(', ')}`);
    const nationality = required('nationality', code('nationality'), (v) => /^[A-Z]{2}$/.test(v) && countries.isValid(v), 'must be an ISO 3166-1 alpha-2 country code, e.g. RO');
    const age = optional('age_at_assessment', raw('age_at_assessment'), (v) => /^\d{1,3}$/.test(v) && Number(v) <= 120, 'must be whole years from 0 to 120, or empty');
    const primaryExploitation = required('primary_exploitation', code('primary_exploitation'), oneOf(EXPLOITATION_FORMS), `must be one of ${EXPLOITATION_FORMS.join(', ')}`);
    const firstContact = required('first_contact', code('first_contact'), (v) => v === 'OTHER' || options.organisationCodes.has(v), 'must be an organisation code (e.g. KBHPOL, 3F) or OTHER');
    const interviewHeldOn = optional('interview_held_on', raw('interview_held_on'), pastDate, 'must be a real date YYYY-MM-DD up to today, or empty');
    const outcome = optional('outcome', code('outcome'), oneOf(OUTCOMES), `must be one of ${OUTCOMES.join(', ')}, or empty`);
    const region = optional('region', code('region'), oneOf(REGIONS), `must be one of ${REGIONS.join(', ')}, or empty`);
    // The same rule as closing a referral: NOT_TRAFFICKED is the outcome exactly when that was the decision.
    if (outcome && (DECISIONS as readonly string[]).includes(decision) && (decision === 'NOT_TRAFFICKED') !== (outcome === 'NOT_TRAFFICKED')) {
      reasons.push('outcome: NOT_TRAFFICKED is the outcome exactly when the decision is NOT_TRAFFICKED');
    }
    if (reasons.length > 0) {
      errors.push({ line: record.line, reason: reasons.join('; ') });
      continue;
    }
    const ageAtAssessment = age === null ? null : Number(age);
    const normalised = [personKey, assessedOn, decision, authority, gender, nationality, ageAtAssessment ?? '', primaryExploitation, firstContact, interviewHeldOn ?? '', outcome ?? '', region ?? ''];
    rows.push({
      line: record.line,
      rowHash: sha256Hex(normalised.join('\u001f')),
      personKey,
      assessedOn,
      decision,
      authority,
      gender,
      nationality,
      ageAtAssessment,
      primaryExploitation,
      firstContact,
      interviewHeldOn,
      outcome,
      region,
    });
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}

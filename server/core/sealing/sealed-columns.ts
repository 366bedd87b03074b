// Every sealed column in one list (docs/data-protection.md § Sealed at rest names the same ones):
// which record's data key seals it and what identifies its row. The repos seal and open through
// these specs, and the start-up step (seal-existing.ts) seals a database's plaintext in place by them.
import { isSealed, SealError } from './cipher.js';
import { recordKeyId, type TSealer } from './sealer.js';

export type TSealedSpec = {
  table: string;
  /** Property name (as the repo's rows have it) → column name. */
  columns: Readonly<Record<string, string>>;
  /** SQL giving the row's id as bound into each value (its place), from the table's columns. */
  rowIdSql: string;
  /** SQL giving the id of the data key that seals the row. */
  keyIdSql: string;
  /** Rows not sealed at all (SQL condition), if some are not. */
  onlyWhere?: string;
  /** Properties of NOT NULL columns: erased or shredded, they read as '' rather than null. */
  notNull?: readonly string[];
};

const referralKey = `'referral-' || referral_id`;

export const SEALED = {
  referralPersonalData: {
    table: 'referral_personal_data',
    columns: {
      name: 'name',
      alias: 'alias',
      dateOfBirth: 'date_of_birth',
      contact: 'contact',
      whereabouts: 'whereabouts',
      location: 'location',
      indicators: 'indicators',
      narrative: 'narrative',
      assessmentGrounds: 'assessment_grounds',
      representativeName: 'representative_name',
      representativeAppointedBy: 'representative_appointed_by',
    },
    rowIdSql: 'referral_id',
    keyIdSql: referralKey,
  },
  referralEvents: { table: 'referral_events', columns: { note: 'note' }, rowIdSql: 'id', keyIdSql: referralKey },
  subjectCorrections: { table: 'subject_corrections', columns: { previous: 'previous' }, rowIdSql: 'id', keyIdSql: referralKey, onlyWhere: `data_class <> 'SUMMARY'` },
  suspects: {
    table: 'suspects',
    // Nationality too: nothing counts or searches suspects by it, and beside the complex's facts a rare one identifies.
    columns: { name: 'name', dateOfBirth: 'date_of_birth', nationality: 'nationality', roleInNetwork: 'role_in_network', notes: 'notes' },
    rowIdSql: 'id',
    keyIdSql: `'suspect-' || id`,
    notNull: ['name'],
  },
  operations: { table: 'operations', columns: { briefingPoint: 'briefing_point', cancelReason: 'cancel_reason' }, rowIdSql: 'id', keyIdSql: `'operation-' || id` },
  operationTargets: { table: 'operation_targets', columns: { address: 'address', description: 'description' }, rowIdSql: 'id', keyIdSql: `'operation-' || operation_id`, notNull: ['address'] },
  operationInvitations: { table: 'operation_invitations', columns: { note: 'note' }, rowIdSql: `operation_id || ':' || organisation_id`, keyIdSql: `'operation-' || operation_id` },
  operationOutcomes: { table: 'operation_outcomes', columns: { findings: 'findings' }, rowIdSql: `operation_id || ':' || organisation_id`, keyIdSql: `'operation-' || operation_id` },
  operationInterpreters: { table: 'operation_interpreters', columns: { provider: 'provider' }, rowIdSql: 'id', keyIdSql: `'operation-' || operation_id` },
  operationDoubleBookings: { table: 'operation_double_bookings', columns: { reason: 'reason' }, rowIdSql: 'id', keyIdSql: `'operation-' || operation_id`, notNull: ['reason'] },
  caseComplexes: { table: 'case_complexes', columns: { description: 'description' }, rowIdSql: 'id', keyIdSql: `'complex-' || id` },
  // A suspect's criminal-case events are the suspect's: erased with it; the complex's own timeline is the complex's.
  caseEvents: {
    table: 'case_events',
    columns: { note: 'note', provisionText: 'provision_text' },
    rowIdSql: 'id',
    keyIdSql: `case when suspect_id is not null then 'suspect-' || suspect_id else 'complex-' || case_complex_id end`,
  },
  // The legal basis is not sealed: it cites the law a grant rests on and is shown in the access reason (docs/data-protection.md).
  accessGrants: {
    table: 'access_grants',
    columns: { justification: 'justification', revokeReason: 'revoke_reason', reviewNote: 'review_note', consentOverrideReason: 'consent_override_reason' },
    rowIdSql: 'id',
    keyIdSql: `case when referral_id is not null then 'referral-' || referral_id else 'complex-' || case_complex_id end`,
  },
  // A reference group's review note belongs to no person's record, yet may name one: its own key.
  reviewNotes: { table: 'review_notes', columns: { text: 'text' }, rowIdSql: 'id', keyIdSql: `'reviewNote-' || id`, notNull: ['text'] },
  accessRequests: {
    table: 'access_requests',
    columns: { reason: 'reason', refusalReason: 'refusal_reason' },
    rowIdSql: 'id',
    keyIdSql: referralKey,
  },
} satisfies Record<string, TSealedSpec>;

export type TSealedTable = keyof typeof SEALED;

/** The row's place and key, given the same values the SQL specs compute. */
export type TRowRef = { rowId: string; keyId: string };

export function sealFields<T extends Record<string, unknown>>(sealer: TSealer, spec: TSealedSpec, ref: TRowRef, values: T): T {
  const out: Record<string, unknown> = { ...values };
  for (const [property, column] of Object.entries(spec.columns)) {
    if (!(property in values)) continue;
    const value = values[property];
    if (value !== null && value !== undefined && typeof value !== 'string') throw new Error(`${spec.table}.${column} is sealed and must be text`);
    out[property] = sealer.sealOrNull(ref.keyId, { table: spec.table, column, rowId: ref.rowId }, value as string | null | undefined);
  }
  return out as T;
}

// A spec's property → column pairs, listed once rather than for every row opened.
const entriesOf = new WeakMap<TSealedSpec, ReadonlyArray<readonly [string, string]>>();
function columnsOf(spec: TSealedSpec): ReadonlyArray<readonly [string, string]> {
  let entries = entriesOf.get(spec);
  if (!entries) entriesOf.set(spec, (entries = Object.entries(spec.columns)));
  return entries;
}

function openOne(sealer: TSealer, spec: TSealedSpec, ref: TRowRef, property: string, column: string, value: string): string | null {
  const opened = sealer.open(ref.keyId, { table: spec.table, column, rowId: ref.rowId }, value);
  return opened === null && spec.notNull?.includes(property) ? '' : opened;
}

/**
 * Opens a row's sealed fields. `written`: the row may be the one a service has just written and
 * holds in memory (still plaintext), so a value that is not sealed is passed through; everywhere
 * else a plaintext value where a sealed one belongs is an error.
 */
export function openFields<T extends Record<string, unknown>>(sealer: TSealer, spec: TSealedSpec, ref: TRowRef, row: T, options: { written?: boolean } = {}): T {
  const out: Record<string, unknown> = { ...row };
  for (const [property, column] of columnsOf(spec)) {
    if (!(property in row)) continue;
    const value = row[property];
    if (value === null || value === undefined || value === '') continue;
    if (options.written && !isSealed(value)) continue;
    out[property] = openOne(sealer, spec, ref, property, column, value as string);
  }
  return out as T;
}

/**
 * As openFields, but each sealed field is opened when it is first read (then kept): a listing
 * that shows a name and a date of birth does not pay for opening the narrative, the contact and
 * the rest. The fields stay plain enumerable properties to whoever reads them (spread, JSON). A
 * value that does not open throws when it is read, as openFields would have thrown at once.
 */
export function openFieldsLazily<T extends Record<string, unknown>>(sealer: TSealer, spec: TSealedSpec, ref: TRowRef, row: T): T {
  const out: Record<string, unknown> = { ...row };
  for (const [property, column] of columnsOf(spec)) {
    if (!(property in row)) continue;
    const value = row[property];
    if (value === null || value === undefined || value === '') continue;
    if (!isSealed(value)) throw new SealError('NOT_SEALED', `${spec.table}.${column} holds a value that is not sealed`);
    let opened: { value: string | null } | null = null;
    Object.defineProperty(out, property, {
      enumerable: true,
      configurable: true,
      get: () => (opened ??= { value: openOne(sealer, spec, ref, property, column, value) }).value,
      set: (next: unknown) => Object.defineProperty(out, property, { value: next, enumerable: true, configurable: true, writable: true }),
    });
  }
  return out as T;
}

export { recordKeyId };

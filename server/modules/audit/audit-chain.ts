// Verifying the audit trail: recompute the hash chain (core/audit.ts computeAuditHash) and check
// every signed checkpoint against it; and writing those checkpoints. A plain hash chain can be
// recomputed by anyone who can write the database file; a checkpoint is signed with a key kept
// outside it, so a rewritten chain no longer matches the head hash signed at that sequence.
import { computeAuditHash, GENESIS_HASH, runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import type { TDeps } from '../../core/types.js';
import * as repo from './audit.repo.js';
import { checkpointSignatureValid, signCheckpoint } from './checkpoint-key.js';

/** A checkpoint is written every hour: records older than this without one are worth a warning. */
export const CHECKPOINT_STALE_MS = 2 * 3600 * 1000;

export type TChainReport = {
  ok: boolean;
  /** Records read. */
  checked: number;
  /** The sequence number of the first record that fails (or is missing), as an ID. */
  firstBrokenId: string | null;
  /** The sequence number of the first checkpoint that fails, if one does. */
  firstBrokenCheckpoint: number | null;
  /** What is wrong, in words (ids and sequence numbers only). */
  reason: string | null;
  headSeq: number;
  checkpointsChecked: number;
  lastCheckpoint: { seq: number; createdAt: string } | null;
  /** Records after the last checkpoint: not yet protected against a rewrite. */
  recordsSinceLastCheckpoint: number;
  /**
   * Records that do not match their hash only because they hold a lone UTF-16 surrogate that was
   * hashed as given but stored as U+FFFD (written before the writer hashed the stored form): the
   * hash is reproduced by putting a surrogate back, so the record is as it was written.
   */
  knownBadInputIds: string[];
  warnings: string[];
};

type TBreak = { seq: number; reason: string };

type TEventRow = Parameters<typeof computeAuditHash>[0] & { hash: string; hits?: repo.TChainRow['hits'] };

// A lone surrogate is stored as its three-byte generalised UTF-8 form and read back as three U+FFFD.
const STORED_SURROGATE = '\uFFFD\uFFFD\uFFFD';
const TEXT_FIELDS = ['actorUserId', 'actorOrganisationId', 'actorRoles', 'action', 'objectType', 'objectId', 'subjectId', 'purpose', 'requestId'] as const;

/**
 * Does a record that fails its hash prove to be a record of a known-bad input rather than a
 * changed one? Before the writer hashed the stored form (core/audit.ts storedForm), a lone
 * surrogate in a text field was hashed as given but read back as three U+FFFD. With exactly one
 * such run in the record's text fields, each of the 2 048 surrogates is tried in its place: if
 * one reproduces the stored hash, the record is exactly what was written. Anything else (no run,
 * several, or no surrogate that fits) stays a break: nothing is explained away by guessing.
 */
export function explainedByLoneSurrogate(row: TEventRow): boolean {
  const spots = TEXT_FIELDS.flatMap((field) => {
    const value = row[field];
    if (typeof value !== 'string') return [];
    const found: Array<{ field: (typeof TEXT_FIELDS)[number]; at: number }> = [];
    for (let at = value.indexOf(STORED_SURROGATE); at >= 0; at = value.indexOf(STORED_SURROGATE, at + STORED_SURROGATE.length)) found.push({ field, at });
    return found;
  });
  if (spots.length !== 1) return false;
  const { field, at } = spots[0]!;
  const value = row[field] as string;
  for (let unit = 0xd800; unit <= 0xdfff; unit += 1) {
    const candidate = { ...row, [field]: value.slice(0, at) + String.fromCharCode(unit) + value.slice(at + STORED_SURROGATE.length) };
    if (computeAuditHash(candidate, row.hits) === row.hash) return true;
  }
  return false;
}

/**
 * Verifies the chain and the checkpoints. `incremental`: only from the last checkpoint on (its
 * signature and that the chain still has its head hash), as the checkpoint job does before it signs.
 * Runs on the connection as it is: inside a transaction, it sees that transaction.
 */
export function verifyAuditChain(deps: TDeps, options: { now: Date; incremental?: boolean }): TChainReport {
  const key = deps.checkpointKey;
  const checkpoints = repo.listCheckpoints(deps.db);
  const latest = checkpoints.at(-1) ?? null;
  const toCheck = options.incremental ? (latest ? [latest] : []) : checkpoints;
  const wanted = new Set(toCheck.map((c) => c.seq));
  const known = new Set(checkpoints.map((c) => c.seq));
  const startSeq = options.incremental && latest ? latest.seq : 1;

  const hashAt = new Map<number, string>();
  const referenced: Array<{ checkpointSeq: number; recordSeq: number }> = [];
  let chainBreak: TBreak | null = null;
  let expectedSeq = startSeq;
  // From a checkpoint, the first record's own link is not re-checked (its hash is, against the checkpoint).
  let prevHash: string | null = startSeq === 1 ? GENESIS_HASH : null;
  let checked = 0;
  let headSeq = 0;
  let firstUncoveredAt: string | null = null;
  const knownBadInputIds: string[] = [];

  for (const row of repo.iterateEvents(deps.sqlite, startSeq)) {
    checked += 1;
    if (!chainBreak) {
      if (row.seq !== expectedSeq) {
        const missing = row.seq - 1 > expectedSeq ? `records ${expectedSeq} to ${row.seq - 1} are` : `record ${expectedSeq} is`;
        chainBreak = { seq: expectedSeq, reason: `The chain has a gap: ${missing} missing (removed from the database)` };
      } else if (prevHash !== null && row.prevHash !== prevHash) {
        chainBreak = { seq: row.seq, reason: `Record ${row.seq} does not follow from record ${row.seq - 1}: record ${row.seq - 1} or this record's link was changed` };
      } else if (computeAuditHash(row, row.hits) !== row.hash) {
        if (explainedByLoneSurrogate(row)) knownBadInputIds.push(String(row.seq));
        else chainBreak = { seq: row.seq, reason: `Record ${row.seq} was changed: its content no longer matches its hash` };
      }
    }
    if (wanted.has(row.seq)) hashAt.set(row.seq, row.hash);
    if (row.action === 'AUDIT_CHECKPOINT' && row.outcome === 'ALLOWED' && row.objectId && /^\d+$/.test(row.objectId)) {
      referenced.push({ checkpointSeq: Number(row.objectId), recordSeq: row.seq });
    }
    if (latest && row.seq === latest.seq + 1) firstUncoveredAt = row.at;
    if (!latest && row.seq === 1) firstUncoveredAt = row.at;
    prevHash = row.hash;
    expectedSeq = row.seq + 1;
    headSeq = row.seq;
  }

  let checkpointBreak: TBreak | null = null;
  let rewrittenFrom: number | null = null;
  let lastGood = 0;
  let checkpointsChecked = 0;
  let currentKeySeen = false;
  for (const checkpoint of toCheck) {
    checkpointsChecked += 1;
    const keyKnown = checkpoint.keyId === key.keyId || key.retired.has(checkpoint.keyId);
    // Once the current key has signed, a retired key (which may have leaked: that is why keys are
    // replaced) may not vouch for anything later.
    const retiredTooLate = currentKeySeen && checkpoint.keyId !== key.keyId;
    if (retiredTooLate || !checkpointSignatureValid(key, checkpoint)) {
      const why = retiredTooLate && keyKnown
        ? `it is signed by the retired key ${checkpoint.keyId} after the current key took over`
        : keyKnown
          ? 'its signature does not verify: the checkpoint was altered or forged'
          : `it is signed by an unknown key (${checkpoint.keyId})`;
      checkpointBreak = { seq: checkpoint.seq, reason: `Checkpoint ${checkpoint.seq} is not valid: ${why}` };
      break;
    }
    if (checkpoint.keyId === key.keyId) currentKeySeen = true;
    const hash = hashAt.get(checkpoint.seq);
    if (hash === undefined) {
      checkpointBreak = { seq: checkpoint.seq, reason: `Checkpoint ${checkpoint.seq} names record ${checkpoint.seq}, which is no longer in the chain` };
      rewrittenFrom = Math.min(checkpoint.seq, headSeq + 1);
      break;
    }
    if (hash !== checkpoint.headHash) {
      checkpointBreak = {
        seq: checkpoint.seq,
        reason: `The chain at record ${checkpoint.seq} no longer has the head hash signed in checkpoint ${checkpoint.seq} (${checkpoint.createdAt}): records ${lastGood + 1} to ${checkpoint.seq} were rewritten`,
      };
      rewrittenFrom = lastGood + 1;
      break;
    }
    lastGood = checkpoint.seq;
  }
  if (!checkpointBreak) {
    const removed = referenced.find((r) => !known.has(r.checkpointSeq));
    if (removed) {
      checkpointBreak = { seq: removed.checkpointSeq, reason: `Checkpoint ${removed.checkpointSeq}, recorded in audit record ${removed.recordSeq}, has been removed` };
    }
  }

  const firstBroken = [chainBreak?.seq, rewrittenFrom].filter((n): n is number => typeof n === 'number');
  const reasons = [chainBreak?.reason, checkpointBreak?.reason].filter((r): r is string => Boolean(r));
  const recordsSinceLastCheckpoint = latest ? Math.max(0, headSeq - latest.seq) : headSeq;
  const warnings: string[] = [];
  if (knownBadInputIds.length > 0) {
    warnings.push(
      `${knownBadInputIds.length} record(s) (${knownBadInputIds.slice(0, 10).join(', ')}${knownBadInputIds.length > 10 ? ', …' : ''}) hold a lone surrogate that an older version hashed before storing it (it reads back as U+FFFD); each was proven unchanged by reproducing its hash, and the chain continues unbroken`,
    );
  }
  if (recordsSinceLastCheckpoint > 0 && firstUncoveredAt && options.now.getTime() - Date.parse(firstUncoveredAt) > CHECKPOINT_STALE_MS) {
    warnings.push(
      `${recordsSinceLastCheckpoint} records (from ${firstUncoveredAt}) are not covered by a signed checkpoint: is the audit-checkpoint job running?`,
    );
  }
  return {
    ok: !chainBreak && !checkpointBreak,
    checked,
    firstBrokenId: firstBroken.length > 0 ? String(Math.min(...firstBroken)) : null,
    firstBrokenCheckpoint: checkpointBreak?.seq ?? null,
    reason: reasons.length > 0 ? reasons.join('. ') : null,
    headSeq,
    checkpointsChecked,
    lastCheckpoint: latest ? { seq: latest.seq, createdAt: latest.createdAt } : null,
    recordsSinceLastCheckpoint,
    knownBadInputIds,
    warnings,
  };
}

export type TCheckpointSummary = { written: number; seq: number; checked: number };

/**
 * The audit-checkpoint job: signs the current head (sequence, head hash) after verifying the
 * records since the last checkpoint, in one immediate transaction so nothing slips in between.
 * Its own audit record (AUDIT_CHECKPOINT, naming the checkpoint) puts the checkpoint in the
 * chain, so a removed checkpoint is found too. Nothing new since the last one: nothing written.
 */
export async function writeAuditCheckpoint(ctx: TContext, now: Date): Promise<TCheckpointSummary> {
  const { deps } = ctx;
  const last = repo.latestCheckpoint(deps.db);
  const top = repo.head(deps.db);
  if (!top) return { written: 0, seq: 0, checked: 0 };
  if (last && (top.seq === last.seq || (top.seq === last.seq + 1 && top.action === 'AUDIT_CHECKPOINT' && top.objectId === String(last.seq)))) {
    return { written: 0, seq: last.seq, checked: 0 };
  }
  const result = await runAudited(ctx, (unit) => {
    const report = verifyAuditChain(deps, { now, incremental: true });
    if (!report.ok) {
      ctx.logger.error({ firstBrokenId: report.firstBrokenId, firstBrokenCheckpoint: report.firstBrokenCheckpoint }, 'audit chain does not verify: no checkpoint signed');
      throw new Error(`The audit chain does not verify (first broken record ${report.firstBrokenId ?? '-'}, checkpoint ${report.firstBrokenCheckpoint ?? '-'}); no checkpoint was signed`);
    }
    const current = repo.head(unit.tx)!;
    const createdAt = unit.now.toISOString();
    const signed = signCheckpoint(deps.checkpointKey, { seq: current.seq, headHash: current.hash, createdAt });
    repo.insertCheckpoint(unit.tx, { seq: current.seq, headHash: current.hash, createdAt, ...signed });
    unit.audit({ action: 'AUDIT_CHECKPOINT', objectType: 'AuditCheckpoint', objectId: String(current.seq), details: { keyId: signed.keyId } });
    return { seq: current.seq, headHash: current.hash, keyId: signed.keyId, checked: report.checked };
  });
  // The log is a witness outside the database: sequence and hash only, no personal data.
  ctx.logger.info({ seq: result.seq, headHash: result.headHash, keyId: result.keyId }, 'audit checkpoint signed');
  return { written: 1, seq: result.seq, checked: result.checked };
}

// Erasure by shredding: the record's data key is destroyed in every copy of the key store, inside
// the erasing unit of work. If the unit then fails, the key is gone while the record is not yet
// marked erased; the next run marks it (its values cannot be opened either way), so erasure never
// ends half-done in the direction that matters: nothing stays readable.
import type { TContext } from '../../core/context.js';
import { recordKeyId, type TRecordKind } from '../../core/sealing/sealer.js';
import type { TUnitOfWork } from '../../core/types.js';

export function shred(ctx: TContext, unit: TUnitOfWork, recordKind: TRecordKind, id: string, subjectId: string | null = null): void {
  const keyId = recordKeyId(recordKind, id);
  const existed = ctx.deps.sealer.shred([keyId]) > 0;
  unit.audit({ action: 'DATA_KEY_SHREDDED', objectType: OBJECT_TYPE[recordKind], objectId: id, subjectId, purpose: 'RETENTION', details: { recordKind, keyId, existed } });
}

const OBJECT_TYPE: Record<TRecordKind, string> = { referral: 'Referral', suspect: 'Suspect', operation: 'Operation', complex: 'CaseComplex', reviewNote: 'ReviewNote', inquiry: 'Inquiry' };

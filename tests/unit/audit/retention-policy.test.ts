import { describe, expect, it } from 'vitest';
import { addMonths, erasureDueAt, isDueForErasure, retentionRule, type TRetentionCandidate } from '../../../server/modules/retention/retention.policy.js';

const PERIODS = { shortMonths: 12, longYears: 5 };
const closed = (outcome: string, decision: string | null = outcome === 'NOT_TRAFFICKED' ? 'NOT_TRAFFICKED' : 'TRAFFICKED'): TRetentionCandidate => ({
  state: 'CLOSED',
  outcome,
  decision,
  closedAt: '2026-03-15T10:00:00.000Z',
  withdrawnAt: null,
});

describe('addMonths', () => {
  it('keeps the instant and the day of the month, and clamps to the month’s last day', () => {
    expect(addMonths(new Date('2026-03-15T10:00:00.000Z'), 12).toISOString()).toBe('2027-03-15T10:00:00.000Z');
    expect(addMonths(new Date('2026-01-31T23:30:00.000Z'), 1).toISOString()).toBe('2026-02-28T23:30:00.000Z');
    expect(addMonths(new Date('2027-01-31T00:00:00.000Z'), 13).toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(addMonths(new Date('2028-02-29T12:00:00.000Z'), 12).toISOString()).toBe('2029-02-28T12:00:00.000Z');
    expect(addMonths(new Date('2026-11-30T08:00:00.000Z'), 60).toISOString()).toBe('2031-11-30T08:00:00.000Z');
  });
});

describe('retentionRule', () => {
  it('NOT_TRAFFICKED and WITHDRAWN: the short period; other outcomes: the long one; open referrals: none', () => {
    expect(retentionRule(closed('NOT_TRAFFICKED'))).toEqual({ rule: 'SHORT', endedAt: '2026-03-15T10:00:00.000Z' });
    for (const outcome of ['PREPARED_RETURN', 'RETURNED_INDEPENDENTLY', 'REMAINED_IN_DENMARK', 'DISAPPEARED', 'DECLINED_SUPPORT', 'DUBLIN_TRANSFER', 'OTHER']) {
      expect(retentionRule(closed(outcome))?.rule).toBe('LONG');
    }
    expect(retentionRule({ state: 'WITHDRAWN', outcome: null, decision: null, closedAt: null, withdrawnAt: '2026-04-01T08:00:00.000Z' })).toEqual({ rule: 'SHORT', endedAt: '2026-04-01T08:00:00.000Z' });
    for (const state of ['DRAFT', 'SUBMITTED', 'RECEIVED', 'UNDER_ASSESSMENT', 'ASSESSED', 'IN_SUPPORT']) {
      expect(retentionRule({ state, outcome: null, decision: 'NOT_TRAFFICKED', closedAt: null, withdrawnAt: null })).toBeNull();
    }
    // A closed referral without a closing time, or a withdrawn one without its event, is not guessed at.
    expect(retentionRule({ ...closed('OTHER'), closedAt: null })).toBeNull();
    expect(retentionRule({ state: 'WITHDRAWN', outcome: null, decision: null, closedAt: null, withdrawnAt: null })).toBeNull();
  });
});

describe('isDueForErasure', () => {
  it('from the moment the period has passed, not a millisecond before', () => {
    const short = closed('NOT_TRAFFICKED');
    expect(erasureDueAt(short, PERIODS)?.dueAt.toISOString()).toBe('2027-03-15T10:00:00.000Z');
    expect(isDueForErasure(short, PERIODS, new Date('2027-03-15T09:59:59.999Z'))).toBeNull();
    expect(isDueForErasure(short, PERIODS, new Date('2027-03-15T10:00:00.000Z'))).toBe('SHORT');
    const long = closed('PREPARED_RETURN');
    expect(isDueForErasure(long, PERIODS, new Date('2031-03-15T09:59:59.999Z'))).toBeNull();
    expect(isDueForErasure(long, PERIODS, new Date('2031-03-15T10:00:00.000Z'))).toBe('LONG');
  });

  it('follows the configured periods', () => {
    expect(isDueForErasure(closed('NOT_TRAFFICKED'), { shortMonths: 6, longYears: 5 }, new Date('2026-09-15T10:00:00.000Z'))).toBe('SHORT');
    expect(isDueForErasure(closed('OTHER'), { shortMonths: 6, longYears: 2 }, new Date('2028-03-15T10:00:00.000Z'))).toBe('LONG');
    expect(isDueForErasure(closed('OTHER'), { shortMonths: 6, longYears: 2 }, new Date('2028-03-15T09:00:00.000Z'))).toBeNull();
  });
});

// Pure rules of operations: the time window, when reminders and the CMM notice are due,
// and the access gate's operation section (who sees, who sees targets, who plans, answers, reports).
import { describe, expect, it } from 'vitest';
import {
  mayPlanOperation,
  mayReadOperationTargets,
  mayRecordOperationOutcome,
  mayRespondToOperation,
  operationAccess,
  type TRole,
  type TViewer,
} from '../../../server/core/access.js';
import { AppError } from '../../../server/core/errors.js';
import { checkTimeWindow, cmmAnswerOverdue, reminderDue } from '../../../server/modules/operations/operations.policy.js';

const HOUR = 3_600_000;
const now = new Date('2026-11-23T09:00:00Z');
const at = (hours: number) => new Date(now.getTime() + hours * HOUR);

function fieldOf(fn: () => void): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).details.field;
  }
  return undefined;
}

describe('checkTimeWindow', () => {
  it('wants the end after the start, at most a week, and no start in the past when asked', () => {
    expect(fieldOf(() => checkTimeWindow({ startsAt: at(2), endsAt: at(8), notBefore: now, prefix: 'input.' }))).toBeUndefined();
    expect(fieldOf(() => checkTimeWindow({ startsAt: at(2), endsAt: at(2), notBefore: now, prefix: 'input.' }))).toBe('input.endsAt');
    expect(fieldOf(() => checkTimeWindow({ startsAt: at(2), endsAt: at(1), notBefore: now, prefix: 'input.' }))).toBe('input.endsAt');
    expect(fieldOf(() => checkTimeWindow({ startsAt: at(2), endsAt: at(2 + 7 * 24), notBefore: now, prefix: '' }))).toBeUndefined();
    expect(fieldOf(() => checkTimeWindow({ startsAt: at(2), endsAt: at(3 + 7 * 24), notBefore: now, prefix: '' }))).toBe('endsAt');
    expect(fieldOf(() => checkTimeWindow({ startsAt: at(-1), endsAt: at(1), notBefore: now, prefix: 'input.' }))).toBe('input.startsAt');
    expect(fieldOf(() => checkTimeWindow({ startsAt: at(-1), endsAt: at(1), notBefore: null, prefix: 'input.' }))).toBeUndefined();
  });
});

describe('reminderDue', () => {
  const start = at(100);
  const before = (hours: number) => new Date(start.getTime() - hours * HOUR);
  it('is the 24-hour reminder from 24 to 2 hours before, the 2-hour one after, nothing outside', () => {
    expect(reminderDue(start, before(25))).toBeNull();
    expect(reminderDue(start, before(24))).toBe('OPERATION_REMINDER_24H');
    expect(reminderDue(start, before(3))).toBe('OPERATION_REMINDER_24H');
    expect(reminderDue(start, before(2))).toBe('OPERATION_REMINDER_2H');
    expect(reminderDue(start, before(0.1))).toBe('OPERATION_REMINDER_2H');
    expect(reminderDue(start, before(0))).toBeNull();
    expect(reminderDue(start, before(-1))).toBeNull();
  });
});

describe('cmmAnswerOverdue', () => {
  it('is due within 48 hours of the start while CMM has not answered', () => {
    expect(cmmAnswerOverdue({ startsAt: at(48), now, cmmStatus: 'INVITED' })).toBe(true);
    expect(cmmAnswerOverdue({ startsAt: at(49), now, cmmStatus: 'INVITED' })).toBe(false);
    expect(cmmAnswerOverdue({ startsAt: at(1), now, cmmStatus: 'ACCEPTED' })).toBe(false);
    expect(cmmAnswerOverdue({ startsAt: at(1), now, cmmStatus: 'DECLINED' })).toBe(false);
    expect(cmmAnswerOverdue({ startsAt: at(1), now, cmmStatus: null })).toBe(false);
    expect(cmmAnswerOverdue({ startsAt: at(-1), now, cmmStatus: 'INVITED' })).toBe(false);
  });
});

describe('operationAccess and the operation rules', () => {
  const viewer = (roles: TRole[], organisationId = 'org-CMM'): TViewer => ({
    userId: 'u',
    organisationId,
    organisationCode: organisationId.slice(4),
    organisationKind: 'CMM',
    region: null,
    roles,
    referenceGroup: null,
    sessionId: 's',
  });
  const parties = (status: string | null, lead = 'org-KBHPOL') => ({ leadOrganisationId: lead, invitationStatus: status });

  it('gives FULL to the lead and accepted, SUMMARY to invited and declined, NONE otherwise', () => {
    const caseworker = viewer(['CASEWORKER']);
    expect(operationAccess(caseworker, parties(null, 'org-CMM'))).toMatchObject({ level: 'FULL', basis: 'LEAD' });
    expect(operationAccess(caseworker, parties('ACCEPTED'))).toMatchObject({ level: 'FULL', basis: 'ACCEPTED' });
    expect(operationAccess(caseworker, parties('INVITED'))).toMatchObject({ level: 'SUMMARY', basis: 'INVITED' });
    expect(operationAccess(caseworker, parties('DECLINED'))).toMatchObject({ level: 'SUMMARY', basis: 'DECLINED' });
    expect(operationAccess(caseworker, parties(null))).toMatchObject({ level: 'NONE' });
    expect(operationAccess(null, parties('ACCEPTED'))).toMatchObject({ level: 'NONE' });
    for (const role of ['ANALYST', 'AUDITOR', 'ADMIN', 'REFERENCE_GROUP_MEMBER'] as const) {
      expect(operationAccess(viewer([role]), parties(null, 'org-CMM')).level).toBe('NONE');
    }
    expect(mayReadOperationTargets(operationAccess(caseworker, parties('ACCEPTED')))).toBe(true);
    expect(mayReadOperationTargets(operationAccess(caseworker, parties('DECLINED')))).toBe(false);
  });

  it('lets only the lead’s coordinators plan, the invited answer, the participants report', () => {
    const coordinator = viewer(['COORDINATOR']);
    const caseworker = viewer(['CASEWORKER']);
    const investigator = viewer(['INVESTIGATOR']);
    const lead = parties(null, 'org-CMM');
    expect(mayPlanOperation(coordinator, operationAccess(coordinator, lead))).toBe(true);
    expect(mayPlanOperation(caseworker, operationAccess(caseworker, lead))).toBe(false);
    expect(mayPlanOperation(coordinator, operationAccess(coordinator, parties('ACCEPTED')))).toBe(false);
    expect(mayRespondToOperation(caseworker, operationAccess(caseworker, parties('INVITED')))).toBe(true);
    expect(mayRespondToOperation(caseworker, operationAccess(caseworker, parties('DECLINED')))).toBe(true);
    expect(mayRespondToOperation(investigator, operationAccess(investigator, parties('INVITED')))).toBe(false);
    expect(mayRespondToOperation(coordinator, operationAccess(coordinator, lead))).toBe(false);
    expect(mayRecordOperationOutcome(caseworker, operationAccess(caseworker, lead))).toBe(true);
    expect(mayRecordOperationOutcome(caseworker, operationAccess(caseworker, parties('ACCEPTED')))).toBe(true);
    expect(mayRecordOperationOutcome(caseworker, operationAccess(caseworker, parties('INVITED')))).toBe(false);
    expect(mayRecordOperationOutcome(caseworker, operationAccess(caseworker, parties('DECLINED')))).toBe(false);
  });
});

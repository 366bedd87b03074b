// The input rules of referrals, through parseInput as the service calls it: each refusal names
// the field at fault (e.g. input.subject.nationality), and accepted input is normalised.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../server/core/errors.js';
import { parseInput } from '../../../server/core/validation.js';
import {
  ZAssessmentInput,
  ZCreateReferralInput,
  ZNote,
  ZReason,
  ZRepresentativeText,
  ZUpdateReferralInput,
  isRealDate,
} from '../../../server/modules/referrals/referrals.validation.js';

const VALID = {
  subject: { name: 'Ana', dateOfBirth: '1990-01-02', gender: 'FEMALE', nationality: 'ro', languages: ['RO', 'en', 'ro'], residenceStatus: 'LAWFUL' },
  suspectedExploitation: ['SEXUAL'],
  region: 'HOVEDSTADEN',
};

function fieldOf(schema: Parameters<typeof parseInput>[0], input: unknown, prefix = 'input'): string | undefined {
  try {
    parseInput(schema, input, prefix);
  } catch (error) {
    if (error instanceof AppError && error.code === 'BAD_USER_INPUT') return error.details.field;
    throw error;
  }
  return undefined;
}

const long = (n: number) => 'x'.repeat(n);
const withSubject = (subject: Record<string, unknown>) => ({ ...VALID, subject: { ...VALID.subject, ...subject } });

describe('CreateReferralInput', () => {
  it('accepts a valid referral and normalises it', () => {
    const parsed = parseInput(ZCreateReferralInput, { ...VALID, subject: { ...VALID.subject, alias: '  ', contact: ' +45 1234 ' } }, 'input');
    expect(parsed.subject.nationality).toBe('RO');
    expect(parsed.subject.languages).toEqual(['ro', 'en', 'ro']);
    expect(parsed.subject.alias).toBeNull();
    expect(parsed.subject.contact).toBe('+45 1234');
  });

  it.each([
    ['nationality not a country', withSubject({ nationality: 'XX' }), 'input.subject.nationality'],
    ['nationality alpha-3', withSubject({ nationality: 'ROU' }), 'input.subject.nationality'],
    ['nationality with a digit', withSubject({ nationality: 'R1' }), 'input.subject.nationality'],
    ['language not ISO 639-1', withSubject({ languages: ['ro', 'xx'] }), 'input.subject.languages.1'],
    ['language alpha-3', withSubject({ languages: ['ron'] }), 'input.subject.languages.0'],
    ['more than 10 languages', withSubject({ languages: ['ro', 'en', 'da', 'de', 'fr', 'es', 'it', 'pl', 'bg', 'hu', 'uk'] }), 'input.subject.languages'],
    ['name too long', withSubject({ name: long(201) }), 'input.subject.name'],
    ['alias too long', withSubject({ alias: long(201) }), 'input.subject.alias'],
    ['contact too long', withSubject({ contact: long(501) }), 'input.subject.contact'],
    ['whereabouts too long', withSubject({ whereabouts: long(501) }), 'input.subject.whereabouts'],
    ['date of birth not a real date', withSubject({ dateOfBirth: '2001-02-29' }), 'input.subject.dateOfBirth'],
    ['date of birth before 1900', withSubject({ dateOfBirth: '1899-12-31' }), 'input.subject.dateOfBirth'],
    ['estimated age negative', withSubject({ estimatedAge: -1 }), 'input.subject.estimatedAge'],
    ['estimated age above 120', withSubject({ estimatedAge: 121 }), 'input.subject.estimatedAge'],
    ['estimated age not whole', withSubject({ estimatedAge: 16.5 }), 'input.subject.estimatedAge'],
    ['unknown gender', withSubject({ gender: 'OTHER' }), 'input.subject.gender'],
    ['unknown residence status', withSubject({ residenceStatus: 'TOURIST' }), 'input.subject.residenceStatus'],
    ['no suspected exploitation', { ...VALID, suspectedExploitation: [] }, 'input.suspectedExploitation'],
    ['unknown exploitation form', { ...VALID, suspectedExploitation: ['THEFT'] }, 'input.suspectedExploitation.0'],
    ['no region', { ...VALID, region: undefined }, 'input.region'],
    ['unknown region', { ...VALID, region: 'SKANE' }, 'input.region'],
    ['unknown sector', { ...VALID, sector: 'MINING' }, 'input.sector'],
    ['unknown urgency', { ...VALID, urgency: 'LOW' }, 'input.urgency'],
    ['location too long', { ...VALID, location: long(301) }, 'input.location'],
    ['narrative too long', { ...VALID, narrative: long(10_001) }, 'input.narrative'],
    ['an empty indicator', { ...VALID, indicators: ['ok', ' '] }, 'input.indicators.1'],
    ['an indicator too long', { ...VALID, indicators: [long(301)] }, 'input.indicators.0'],
    ['more than 30 indicators', { ...VALID, indicators: Array.from({ length: 31 }, (_, i) => `indicator ${i}`) }, 'input.indicators'],
    ['operation id not an id', { ...VALID, operationId: 'op-1' }, 'input.operationId'],
    ['subject id not an id', { ...VALID, existingSubjectId: 'P-1234' }, 'input.existingSubjectId'],
  ])('refuses %s, naming %s', (_label, input, field) => {
    expect(fieldOf(ZCreateReferralInput, input)).toBe(field);
  });

  it('accepts the limits themselves', () => {
    expect(
      fieldOf(ZCreateReferralInput, {
        ...withSubject({ name: long(200), contact: long(500), whereabouts: long(500), estimatedAge: 120, dateOfBirth: '1900-01-01', languages: Array(10).fill('ro') }),
        location: long(300),
        narrative: long(10_000),
        indicators: Array.from({ length: 30 }, () => long(300)),
      }),
    ).toBeUndefined();
  });
});

describe('UpdateReferralInput', () => {
  it('leaves what is absent absent, and clears with an empty string', () => {
    const parsed = parseInput(ZUpdateReferralInput, { subject: { name: '' }, narrative: 'new' }, 'input');
    expect(parsed.subject).toEqual({ name: null });
    expect(parsed.narrative).toBe('new');
    expect(parsed.location).toBeUndefined();
    expect(parsed.region).toBeUndefined();
  });

  it('applies the same rules as creation', () => {
    expect(fieldOf(ZUpdateReferralInput, { subject: { nationality: 'ZZ' } })).toBe('input.subject.nationality');
    expect(fieldOf(ZUpdateReferralInput, { suspectedExploitation: [] })).toBe('input.suspectedExploitation');
    expect(fieldOf(ZUpdateReferralInput, { narrative: long(10_001) })).toBe('input.narrative');
  });
});

describe('the other inputs', () => {
  it('wants assessment grounds of at least 10 characters and a real date', () => {
    const assessment = { decision: 'TRAFFICKED', primaryExploitation: 'SEXUAL', grounds: 'Clear indicators.', assessedOn: '2026-11-23' };
    expect(fieldOf(ZAssessmentInput, assessment)).toBeUndefined();
    expect(fieldOf(ZAssessmentInput, { ...assessment, grounds: 'short' })).toBe('input.grounds');
    expect(fieldOf(ZAssessmentInput, { ...assessment, grounds: long(10_001) })).toBe('input.grounds');
    expect(fieldOf(ZAssessmentInput, { ...assessment, assessedOn: '2026-13-01' })).toBe('input.assessedOn');
    expect(fieldOf(ZAssessmentInput, { ...assessment, decision: 'MAYBE' })).toBe('input.decision');
  });

  it('wants a reason of 3 to 2000 characters and a note of at most 2000', () => {
    expect(fieldOf(ZReason, 'ok', 'reason')).toBe('reason');
    expect(fieldOf(ZReason, '   abc  ', 'reason')).toBeUndefined();
    expect(fieldOf(ZReason, long(2001), 'reason')).toBe('reason');
    expect(fieldOf(ZNote, long(2001), 'note')).toBe('note');
    expect(parseInput(ZNote, undefined, 'note')).toBeUndefined();
  });

  it('wants a representative’s name and who appointed them, however short', () => {
    expect(parseInput(ZRepresentativeText, ' Bo ', 'name')).toBe('Bo');
    expect(parseInput(ZRepresentativeText, 'US', 'appointedBy')).toBe('US');
    expect(fieldOf(ZRepresentativeText, ' ', 'name')).toBe('name');
    expect(fieldOf(ZRepresentativeText, long(201), 'name')).toBe('name');
  });

  it('knows real dates', () => {
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2027-02-29')).toBe(false);
    expect(isRealDate('2027-2-1')).toBe(false);
    expect(isRealDate('2027-01-01T00:00:00Z')).toBe(false);
  });
});

// Input errors must name the field at fault and never repeat the value: it may be personal data.
import { describe, expect, it } from 'vitest';
import { describeInputError, withoutValues } from '../../../server/graphql/input-errors.js';

describe('describeInputError', () => {
  it('names a missing required field inside a variable without echoing the rest of it', () => {
    const raw = 'Variable "$input" got invalid value { subject: { name: "Maria Ionescu" }, suspectedExploitation: ["SEXUAL"] }; Field "region" of required type "Region!" was not provided.';
    const described = describeInputError(raw);
    expect(described).toEqual({ message: 'Invalid value for "input.region": Field "region" of required type "Region!" was not provided.', field: 'input.region', rule: 'REQUIRED' });
  });

  it('takes the path graphql-js gives and hides the bad value', () => {
    const described = describeInputError('Variable "$input" got invalid value "Maria" at "input.subject.gender"; Value "Maria" does not exist in "Gender" enum.');
    expect(described.field).toBe('input.subject.gender');
    expect(described.message).not.toContain('Maria');
  });

  it('keeps a value that contains "; " from confusing the split', () => {
    const described = describeInputError('Variable "$input" got invalid value { narrative: "a; Field b" } at "input.subject"; Field "gender2" is not defined by type "ReferralSubjectInput".');
    expect(described.field).toBe('input.subject.gender2');
    expect(described.message).not.toContain('narrative');
  });

  it('hides scalar values and names the variable', () => {
    const described = describeInputError('Variable "$first" got invalid value 1.5; Int cannot represent non-integer value: 1.5');
    expect(described).toEqual({ message: 'Invalid value for "first": Int cannot represent non-integer value.', field: 'first', rule: 'INVALID_VALUE' });
  });

  it('names a variable that was not provided', () => {
    expect(describeInputError('Variable "$id" of required type "ID!" was not provided.').field).toBe('id');
  });
});

describe('withoutValues', () => {
  it('removes literal values from validation messages', () => {
    expect(withoutValues('Expected value of type "Gender!", found "Maria Ionescu"; Value "Maria Ionescu" does not exist.')).not.toContain('Maria');
    expect(withoutValues('String cannot represent a non string value: { name: "Maria" }')).toBe('String cannot represent a non string value.');
  });
});

// Every string of the web client exists in Danish and English, and every enum value has a name in both.
import { describe, expect, it } from 'vitest';
import { da, en } from '../../../client/src/i18n/catalogue.js';
import { ACTIONS, ENUMS } from '../../../client/src/i18n/enums.js';
import { FIELD_ERRORS } from '../../../client/src/i18n/field-errors.js';

describe('the client catalogue', () => {
  it('has the same keys in Danish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
  });

  it('has a non-empty text for every key in both languages, with the same placeholders', () => {
    for (const key of Object.keys(da) as Array<keyof typeof da>) {
      expect(da[key].trim(), `da ${key}`).not.toBe('');
      expect(en[key].trim(), `en ${key}`).not.toBe('');
      const holes = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(holes(en[key]), `placeholders of ${key}`).toEqual(holes(da[key]));
    }
  });

  it('names every enum value and timeline action in both languages', () => {
    for (const [name, values] of Object.entries({ ...ENUMS, ACTIONS })) {
      for (const [value, pair] of Object.entries(values as Record<string, readonly [string, string]>)) {
        expect(pair[0].trim(), `${name}.${value} da`).not.toBe('');
        expect(pair[1].trim(), `${name}.${value} en`).not.toBe('');
      }
    }
  });

  it('has a Danish and an English text for every input-rule code', () => {
    for (const [rule, text] of Object.entries(FIELD_ERRORS)) {
      expect(text.da.trim(), rule).not.toBe('');
      expect(text.en.trim(), rule).not.toBe('');
    }
  });
});

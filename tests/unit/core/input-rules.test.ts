// The input rule codes (schema/input-rules.ts) and the client's words for them
// (client/src/i18n/field-errors.ts) are one set: every code has a Danish and an English text, and
// every text belongs to a code. The codes file imports nothing, so the client bundle takes no server code.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INPUT_RULES, isInputRule } from '../../../schema/input-rules.js';
import { FIELD_ERRORS, fieldErrorText } from '../../../client/src/i18n/field-errors.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('input rule codes', () => {
  it('are unique UPPER_SNAKE codes', () => {
    expect(new Set(INPUT_RULES).size).toBe(INPUT_RULES.length);
    for (const rule of INPUT_RULES) expect(rule).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });

  it('every server code has a Danish and an English text, and every text has a code', () => {
    expect(Object.keys(FIELD_ERRORS).sort()).toEqual([...INPUT_RULES].sort());
    for (const rule of INPUT_RULES) {
      const text = FIELD_ERRORS[rule];
      expect(text.da.trim(), rule).not.toBe('');
      expect(text.en.trim(), rule).not.toBe('');
      // Both languages fill in the same bounds, and only bounds the server sends.
      expect(placeholders(text.da), rule).toEqual(placeholders(text.en));
      for (const name of placeholders(text.da)) expect(['limit', 'min', 'max'], rule).toContain(name);
    }
  });

  it('fills the bounds in and knows no other codes', () => {
    expect(fieldErrorText('TOO_LONG', 'da', { limit: 200 })).toBe('Højst 200 tegn');
    expect(fieldErrorText('OUT_OF_RANGE', 'en', { min: 1, max: 100 })).toBe('Must be from 1 to 100');
    expect(fieldErrorText('NO_SUCH_RULE', 'da')).toBeNull();
    expect(fieldErrorText('toString', 'da')).toBeNull();
    expect(isInputRule('REQUIRED')).toBe(true);
    expect(isInputRule('required')).toBe(false);
  });

  it('the codes file imports nothing and the client file imports only it', () => {
    const rules = fs.readFileSync(new URL('../../../schema/input-rules.ts', import.meta.url), 'utf8');
    expect(rules).not.toMatch(/^\s*(import|export .* from)\b/m);
    const client = fs.readFileSync(new URL('../../../client/src/i18n/field-errors.ts', import.meta.url), 'utf8');
    const sources = [...client.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(new Set(sources)).toEqual(new Set(['../../../schema/input-rules.js']));
  });
});

// checkTotp: a code is valid within one time step either side, and only once.
import { generateSecret, generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { checkTotp } from '../../../server/modules/auth/auth.service.js';

const SECRET = generateSecret({ length: 20 });
const NOW = new Date('2026-11-23T09:00:10.000Z');
const STEP = Math.floor(NOW.getTime() / 30_000);

function codeAt(stepOffset: number): string {
  return generateSync({ secret: SECRET, epoch: Math.floor(NOW.getTime() / 1000) + stepOffset * 30 });
}

describe('checkTotp', () => {
  it('accepts the current code and the codes of the neighbouring steps, returning their step', () => {
    expect(checkTotp({ secret: SECRET, code: codeAt(0), lastStep: null, now: NOW })).toBe(STEP);
    expect(checkTotp({ secret: SECRET, code: codeAt(-1), lastStep: null, now: NOW })).toBe(STEP - 1);
    expect(checkTotp({ secret: SECRET, code: codeAt(1), lastStep: null, now: NOW })).toBe(STEP + 1);
  });

  it('refuses codes further away', () => {
    for (const offset of [-3, -2, 2, 3]) {
      const code = codeAt(offset);
      // A far code may by chance equal a near one; only test the ones that differ.
      if ([codeAt(-1), codeAt(0), codeAt(1)].includes(code)) continue;
      expect(checkTotp({ secret: SECRET, code, lastStep: null, now: NOW })).toBeNull();
    }
  });

  it('refuses a code whose step is not newer than the last one used', () => {
    expect(checkTotp({ secret: SECRET, code: codeAt(0), lastStep: STEP, now: NOW })).toBeNull();
    expect(checkTotp({ secret: SECRET, code: codeAt(-1), lastStep: STEP - 1, now: NOW })).toBeNull();
    expect(checkTotp({ secret: SECRET, code: codeAt(0), lastStep: STEP - 1, now: NOW })).toBe(STEP);
  });

  it('refuses anything that is not six digits', () => {
    for (const code of ['', '12345', '1234567', 'abcdef', ` ${codeAt(0)}`]) {
      expect(checkTotp({ secret: SECRET, code, lastStep: null, now: NOW })).toBeNull();
    }
  });
});

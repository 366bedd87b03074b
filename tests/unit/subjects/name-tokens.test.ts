// The normalisation behind subject matching (pure): diacritics, order, case, punctuation and
// other scripts give the same tokens; spelling variants share a sound key; the HMAC tokens are
// keyed (another key, other tokens) and never contain the value.
import { describe, expect, it } from 'vitest';
import { blindIndexKeyFrom, blindToken, identityTokens } from '../../../server/modules/subjects/blind-index.js';
import { birthYears, yearsFit } from '../../../server/modules/subjects/matching.js';
import { nameTokens, soundKey } from '../../../server/modules/subjects/name-tokens.js';

describe('nameTokens', () => {
  it('is the same set whatever the diacritics, order, case and punctuation', () => {
    const expected = ['ion', 'probe'];
    for (const name of ['Ion Probe', 'PROBE, Ion', 'Probé Ión', '  ion   probe ', 'Probe-Ion']) expect(nameTokens(name), name).toEqual(expected);
  });

  it('folds letters that decomposition leaves alone, and drops initials', () => {
    expect(nameTokens('Søren Æbelø Straße')).toEqual(['aebelo', 'soren', 'strasse']);
    expect(nameTokens('Łukasz Đorđević')).toEqual(['dordevic', 'lukasz']);
    expect(nameTokens('Ana M. Popescu')).toEqual(['ana', 'popescu']);
    expect(nameTokens('Ștefan Țurcanu')).toEqual(['stefan', 'turcanu']);
  });

  it('transliterates Cyrillic and Greek', () => {
    expect(nameTokens('Иван Петров')).toEqual(['ivan', 'petrov']);
    expect(nameTokens('Олена Шевченко')).toEqual(['olena', 'shevchenko']);
    expect(nameTokens('Νίκος Παπαδόπουλος')).toEqual(['nikos', 'papadopoulos']);
  });

  it('is empty for no name, and bounded for a very long one', () => {
    expect(nameTokens(null)).toEqual([]);
    expect(nameTokens('')).toEqual([]);
    expect(nameTokens('a b c')).toEqual([]);
    expect(nameTokens(Array.from({ length: 30 }, (_, i) => `name${i}`).join(' ')).length).toBe(8);
  });
});

describe('soundKey', () => {
  it('gives spelling variants and transliterations one key', () => {
    const same = (a: string, b: string) => expect(soundKey(a), `${a} ~ ${b}`).toBe(soundKey(b));
    same('ioan', 'ion');
    same('mohammed', 'muhammad');
    same('aleksandr', 'alexander');
    same('ivanov', 'iwanow');
    same('yusuf', 'jusuf');
    same('mikhail', 'mihail');
  });

  it('tells different names apart, and says nothing for very short tokens', () => {
    expect(soundKey('probe')).not.toBe(soundKey('popescu'));
    expect(soundKey('maria')).not.toBe(soundKey('mihai'));
    expect(soundKey('li')).toBeNull();
  });
});

describe('blind tokens', () => {
  const key = blindIndexKeyFrom(Buffer.alloc(32, 1));
  const other = blindIndexKeyFrom(Buffer.alloc(32, 2));

  it('are equal for equal values under one key, different under another key, and never the value', () => {
    const a = identityTokens(key, { name: 'Ion Probe', alias: null, dateOfBirth: '1990-01-02' });
    const b = identityTokens(key, { name: 'PROBÉ, Ion', alias: null, dateOfBirth: '1990-01-02' });
    expect(a).toEqual(b);
    expect(identityTokens(other, { name: 'Ion Probe', alias: null, dateOfBirth: '1990-01-02' }).map((t) => t.token)).not.toEqual(a.map((t) => t.token));
    const text = JSON.stringify(a);
    for (const plain of ['ion', 'probe', '1990', 'prb']) expect(text.toLowerCase()).not.toContain(plain);
    expect(key.keyId).not.toBe(other.keyId);
  });

  it('are separated by kind: a name token never equals a date or a sound token of the same text', () => {
    expect(blindToken(key, 'EXACT', 'in')).not.toBe(blindToken(key, 'SOUND', 'in'));
    expect(blindToken(key, 'EXACT', '1990-01-02')).not.toBe(blindToken(key, 'BIRTH', '1990-01-02'));
  });

  it('hold a name token and its sound key per name and alias token, and one date token', () => {
    const tokens = identityTokens(key, { name: 'Ion Probe', alias: 'Ionut', dateOfBirth: '1990-01-02' });
    expect(tokens.filter((t) => t.field === 'NAME').map((t) => t.kind).sort()).toEqual(['EXACT', 'EXACT', 'SOUND', 'SOUND']);
    expect(tokens.filter((t) => t.field === 'ALIAS').map((t) => t.kind).sort()).toEqual(['EXACT', 'SOUND']);
    expect(tokens.filter((t) => t.field === 'DATE_OF_BIRTH')).toHaveLength(1);
  });
});

describe('age fit', () => {
  it('compares a date of birth with an estimated age within two years', () => {
    const born = birthYears({ dateOfBirth: '1990-01-02', estimatedAge: null, day: '2026-11-23' })!;
    expect(born).toEqual([1990, 1990]);
    expect(yearsFit(born, birthYears({ dateOfBirth: null, estimatedAge: 35, day: '2026-11-23' })!)).toBe(true);
    expect(yearsFit(born, birthYears({ dateOfBirth: null, estimatedAge: 30, day: '2026-11-23' })!)).toBe(false);
    expect(birthYears({ dateOfBirth: null, estimatedAge: null, day: '2026-11-23' })).toBeNull();
  });
});

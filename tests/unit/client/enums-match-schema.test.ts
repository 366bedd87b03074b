// The client names exactly the values the schema has: a new enum value in schema/*.graphql fails here
// until it has a Danish and an English name.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENUMS } from '../../../client/src/i18n/enums.js';

const schema = fs
  .readdirSync(path.resolve(import.meta.dirname, '../../../schema'))
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => fs.readFileSync(path.resolve(import.meta.dirname, '../../../schema', f), 'utf8'))
  .join('\n');

function schemaEnum(name: string): string[] {
  const body = schema.match(new RegExp(`enum ${name} \\{([^}]*)\\}`))?.[1] ?? '';
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Z][A-Z0-9_]*$/.test(line))
    .sort();
}

describe('enum names in the client', () => {
  it.each(Object.keys(ENUMS))('%s has a name for every schema value', (name) => {
    expect(Object.keys(ENUMS[name as keyof typeof ENUMS]).sort()).toEqual(schemaEnum(name));
  });
});

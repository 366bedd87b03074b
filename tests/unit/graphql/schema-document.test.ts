// The prebuilt schema document (`npm run build` writes it beside the built schema; a production
// start reads it instead of parsing and validating the SDL): the same schema as the SDL files
// give, the same root-field rules, and a folder without it still reads and checks the SDL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { printSchema } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSchema, fieldRule, loadSchemaDefinition, loadTypeDefs, parseTypeDefs, SCHEMA_DOCUMENT_FILE, schemaFolder } from '../../../server/graphql/schema.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-schema-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the prebuilt schema document', () => {
  it('builds the schema the SDL files build, with the same @auth/@public rule on every root field', () => {
    fs.writeFileSync(path.join(dir, SCHEMA_DOCUMENT_FILE), JSON.stringify(parseTypeDefs(loadTypeDefs())));
    expect(loadSchemaDefinition(dir).prebuilt).toBe(true);
    const fromDocument = buildSchema({ folder: dir });
    const fromFiles = buildSchema();
    expect(printSchema(fromDocument)).toBe(printSchema(fromFiles));
    for (const type of ['Query', 'Mutation'] as const) {
      const fields = fromFiles.getType(type) as ReturnType<typeof fromFiles.getQueryType> & object;
      const prebuilt = fromDocument.getType(type) as typeof fields;
      for (const [name, field] of Object.entries(fields.getFields())) expect(fieldRule(prebuilt.getFields()[name]!), `${type}.${name}`).toEqual(fieldRule(field));
    }
  });

  it('is not in the source tree: there the SDL files are parsed and validated at start', () => {
    expect(fs.existsSync(path.join(schemaFolder, SCHEMA_DOCUMENT_FILE))).toBe(false);
    expect(loadSchemaDefinition().prebuilt).toBe(false);
  });
});

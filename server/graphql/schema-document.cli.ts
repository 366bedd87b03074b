// `npm run build` runs this (through tsx) to write the schema files as one parsed document into
// the built schema folder (dist/schema/schema.document.json, SCHEMA_DOCUMENT_FILE): a production
// start then neither parses nor validates the SDL (issue 12, start-up). The SDL is validated here
// instead, and the schema built from the document must print exactly as the one built from the
// files, its root fields declared as buildSchema requires, or the build fails.
import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { buildSchema, loadTypeDefs, MODULE_RESOLVERS, parseTypeDefs, SCHEMA_DOCUMENT_FILE } from './schema.js';

const folder = process.argv[2];
if (!folder) throw new Error('usage: schema-document.cli.ts <built schema folder>');
const typeDefs = loadTypeDefs(folder);
const checked = buildSchema({ typeDefs, resolvers: MODULE_RESOLVERS });
fs.writeFileSync(path.join(folder, SCHEMA_DOCUMENT_FILE), JSON.stringify(parseTypeDefs(typeDefs)));
if (printSchema(buildSchema({ folder })) !== printSchema(checked)) {
  fs.rmSync(path.join(folder, SCHEMA_DOCUMENT_FILE));
  throw new Error('The schema built from the parsed document differs from the one built from the SDL files');
}
process.stdout.write(`schema document: ${path.join(folder, SCHEMA_DOCUMENT_FILE)}\n`);

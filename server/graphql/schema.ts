// Assembles the executable schema from schema/*.graphql and the modules' resolvers, and makes
// the @auth / @public declarations binding: a root field without one stops the server, and
// every root resolver passes the access gate before it runs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema, type IExecutableSchemaDefinition } from '@graphql-tools/schema';
import { concatAST, defaultFieldResolver, isObjectType, Kind, parse, type DocumentNode, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { assertMayCallField, ROLES, type TFieldRule, type TRole } from '../core/access.js';
import { recordAudit } from '../core/audit.js';
import { authResolvers } from '../modules/auth/auth.resolvers.js';
import { identityProvidersResolvers } from '../modules/auth/oidc/identity-providers.resolvers.js';
import { jobsResolvers } from '../modules/jobs/jobs.resolvers.js';
import { notificationsResolvers } from '../modules/notifications/notifications.resolvers.js';
import { organisationsResolvers } from '../modules/organisations/organisations.resolvers.js';
import { referralsResolvers } from '../modules/referrals/referrals.resolvers.js';
import { addendaResolvers } from '../modules/referrals/addenda.resolvers.js';
import { caseComplexesResolvers } from '../modules/case-complexes/case-complexes.resolvers.js';
import { inquiriesResolvers } from '../modules/inquiries/inquiries.resolvers.js';
import { referenceGroupsResolvers } from '../modules/reference-groups/reference-groups.resolvers.js';
import { operationsResolvers } from '../modules/operations/operations.resolvers.js';
import { auditResolvers } from '../modules/audit/audit.resolvers.js';
import { retentionResolvers } from '../modules/retention/retention.resolvers.js';
import { sharingResolvers } from '../modules/sharing/sharing.resolvers.js';
import { statisticsResolvers } from '../modules/statistics/statistics.resolvers.js';
import { criminalJusticeResolvers } from '../modules/statistics/criminal-justice.resolvers.js';
import { serviceAccountsResolvers } from '../modules/service-accounts/service-accounts.resolvers.js';
import { subjectsResolvers } from '../modules/subjects/subjects.resolvers.js';
import { DateScalar, DateTimeScalar } from './scalars.js';
import type { Resolvers } from './resolvers.generated.js';
import type { TGraphQLContext } from './types.js';

export const schemaFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema');

export const MODULE_RESOLVERS: Resolvers[] = [authResolvers, identityProvidersResolvers, organisationsResolvers, notificationsResolvers, jobsResolvers, referralsResolvers, addendaResolvers, sharingResolvers, statisticsResolvers, criminalJusticeResolvers, auditResolvers, retentionResolvers, operationsResolvers, caseComplexesResolvers, referenceGroupsResolvers, subjectsResolvers, inquiriesResolvers, serviceAccountsResolvers];

export function loadTypeDefs(folder = schemaFolder): string[] {
  const files = fs.readdirSync(folder).filter((name) => name.endsWith('.graphql'));
  // base.graphql first: it declares the directives and the root types the others extend.
  files.sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));
  return files.map((name) => fs.readFileSync(path.join(folder, name), 'utf8'));
}

/**
 * The schema files as one parsed document, without source locations: what `npm run build` writes
 * beside the built schema (SCHEMA_DOCUMENT_FILE, after checking that it builds), so a production
 * start neither parses the SDL nor validates it again (a sixth of a seeded start, issue 12).
 */
export function parseTypeDefs(typeDefs: readonly string[]): DocumentNode {
  return concatAST(typeDefs.map((source) => parse(source, { noLocation: true })));
}

export const SCHEMA_DOCUMENT_FILE = 'schema.document.json';

/** The built schema document if the folder has one (dist/schema), else the SDL files to parse and validate (the source tree). */
export function loadSchemaDefinition(folder = schemaFolder): { typeDefs: DocumentNode; prebuilt: true } | { typeDefs: string[]; prebuilt: false } {
  const file = path.join(folder, SCHEMA_DOCUMENT_FILE);
  if (fs.existsSync(file)) return { typeDefs: JSON.parse(fs.readFileSync(file, 'utf8')) as DocumentNode, prebuilt: true };
  return { typeDefs: loadTypeDefs(folder), prebuilt: false };
}

/** Reads a root field's @public or @auth(roles: …) from its definition in the SDL. */
export function fieldRule(field: GraphQLField<unknown, unknown>): TFieldRule | null {
  const directives = field.astNode?.directives ?? [];
  const isPublic = directives.some((d) => d.name.value === 'public');
  const auth = directives.find((d) => d.name.value === 'auth');
  if (isPublic && auth) return null;
  if (isPublic) return { kind: 'public' };
  if (!auth) return null;
  const rolesArg = auth.arguments?.find((a) => a.name.value === 'roles');
  if (!rolesArg) return { kind: 'auth', roles: [] };
  // The SDL is not type-checked against the directive's arguments, so anything but known roles
  // is refused here: `roles: "ADMIN"`, `roles: null` or `roles: []` must not read as "any
  // signed-in user". A lone role (`roles: ADMIN`) is a list of one, as GraphQL coerces it.
  const items = rolesArg.value.kind === Kind.LIST ? rolesArg.value.values : [rolesArg.value];
  if (items.length === 0) return null;
  const roles: TRole[] = [];
  for (const item of items) {
    if (item.kind === Kind.ENUM && (ROLES as readonly string[]).includes(item.value)) roles.push(item.value as TRole);
    else return null;
  }
  return { kind: 'auth', roles };
}

/** Every Query and Mutation field must declare who may call it, exactly once. */
export function findUndeclaredRootFields(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      if (!fieldRule(field)) missing.push(`${type.name}.${field.name}`);
    }
  }
  return missing;
}

/**
 * The resolver of every non-root field that has none of its own. Views shaped `{ row, … }` (a
 * referral, operation, case complex or suspect with the viewer's access) show most columns of the
 * row as they are, so a field missing on the view is read from its row; anything else is GraphQL's
 * default (the parent's property of the field's name). Root fields never get it: each must have
 * its own resolver.
 */
export const rowFieldResolver: GraphQLFieldResolver<unknown, TGraphQLContext> = (parent, args, ctx, info) => {
  if (isObject(parent) && !(info.fieldName in parent) && isObject(parent.row)) return parent.row[info.fieldName];
  return defaultFieldResolver(parent, args, ctx, info);
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

type TAnyResolvers = Extract<IExecutableSchemaDefinition<TGraphQLContext>['resolvers'], unknown[]>[number];

/** The real schema, typed by the generated resolver types. */
export function buildSchema(options?: { resolvers?: Resolvers[]; folder?: string }): GraphQLSchema;
/** A schema with SDL beyond schema/*.graphql (tests): the generated types do not describe it. */
export function buildSchema(options: { typeDefs: string[]; resolvers: Array<Resolvers | TAnyResolvers> }): GraphQLSchema;
export function buildSchema(options: { typeDefs?: string[]; resolvers?: Array<Resolvers | TAnyResolvers>; folder?: string } = {}): GraphQLSchema {
  const definition = options.typeDefs ? { typeDefs: options.typeDefs, prebuilt: false } : loadSchemaDefinition(options.folder);
  const schema = makeExecutableSchema<TGraphQLContext>({
    typeDefs: definition.typeDefs,
    resolvers: [{ DateTime: DateTimeScalar, Date: DateScalar }, ...(options.resolvers ?? MODULE_RESOLVERS)],
    inheritResolversFromInterfaces: true,
    // The build checked the prebuilt document (scripts/build.mjs); SDL files are checked here.
    assumeValidSDL: definition.prebuilt,
    // The resolvers set on the schema just built, not on a copy of it: copying every type and
    // field (mapSchema) was a fifth of a seeded start's CPU (ADR 0022, decision 47).
    updateResolversInPlace: true,
  });
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || roots.has(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) field.resolve ??= rowFieldResolver;
  }
  const missing = findUndeclaredRootFields(schema);
  if (missing.length > 0) {
    throw new Error(`Every root field needs exactly one of @auth or @auth(roles: [known roles]) or @public; missing or wrong on: ${missing.join(', ')}`);
  }
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = fieldRule(field)!;
      const resolve = field.resolve;
      if (!resolve) throw new Error(`${type.name}.${field.name} has no resolver`);
      const name = `${type.name}.${field.name}`;
      field.resolve = (source, args, ctx: TGraphQLContext, info) => {
        try {
          assertMayCallField({ viewer: ctx.viewer, rule });
        } catch (error) {
          // A signed-in user calling beyond their roles is a refused attempt worth a record, written
          // before the refusal is answered; an allowed call stays synchronous up to its resolver.
          if (ctx.viewer) {
            return recordAudit(ctx, [{ action: 'CALL', objectType: 'GraphQLField', objectId: name, outcome: 'DENIED', details: { reason: 'ROLE' } }]).then(() => {
              throw error;
            });
          }
          throw error;
        }
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}

// Every Query and Mutation field declares who may call it (@auth(roles: […]) or @public),
// checked on the merged schema so that `extend type` fields are caught; the server refuses to
// build a schema with one that does not.
import { describe, expect, it } from 'vitest';
import { buildSchema, fieldRule, findUndeclaredRootFields, loadTypeDefs, MODULE_RESOLVERS } from '../../../server/graphql/schema.js';

function buildWith(extraTypeDefs: string, extraResolvers: Record<string, Record<string, () => unknown>>) {
  return () => buildSchema({ typeDefs: [...loadTypeDefs(), extraTypeDefs], resolvers: [...MODULE_RESOLVERS, extraResolvers] });
}

describe('the real schema', () => {
  it('has no root field without a declaration', () => {
    expect(findUndeclaredRootFields(buildSchema())).toEqual([]);
  });

  it('declares every root field with @public or @auth, and only login, refresh, logout (which needs no valid access token), resetPassword (its token is the credential) and publicIdentityProviders (codes and names for the sign-in buttons) are public', () => {
    const schema = buildSchema();
    const publicFields: string[] = [];
    for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(type.getFields())) {
        const rule = fieldRule(field);
        expect(rule, `${type.name}.${field.name}`).not.toBeNull();
        if (rule?.kind === 'public') publicFields.push(`${type.name}.${field.name}`);
      }
    }
    expect(publicFields.sort()).toEqual(['Mutation.login', 'Mutation.logout', 'Mutation.refresh', 'Mutation.resetPassword', 'Query.publicIdentityProviders']);
  });
});

describe('the server refuses to build a schema', () => {
  it('with a Query field added by `extend type` without a declaration, naming it', () => {
    const build = buildWith('extend type Query { sneaky: String }', { Query: { sneaky: () => 'gotcha' } });
    expect(build).toThrow(/Query\.sneaky/);
    expect(build).toThrow(/@auth.*@public/);
  });

  it('naming only the undeclared fields, Query and Mutation alike', () => {
    const build = buildWith('extend type Query { sneaky: String }\nextend type Mutation { sneakier: String, fine: String @auth }', {
      Query: { sneaky: () => 'x' },
      Mutation: { sneakier: () => 'x', fine: () => 'x' },
    });
    let message = '';
    try {
      build();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/missing or wrong on: Query\.sneaky, Mutation\.sneakier$/);
  });

  it('with a field that declares both @public and @auth', () => {
    const build = buildWith('extend type Mutation { both: String @public @auth(roles: [ADMIN]) }', { Mutation: { both: () => 'x' } });
    expect(build).toThrow(/Mutation\.both/);
  });

  it.each([
    ['a role as a string', '@auth(roles: "ADMIN")'],
    ['null roles', '@auth(roles: null)'],
    ['an empty list of roles', '@auth(roles: [])'],
    ['an unknown role', '@auth(roles: [ADMN])'],
    ['an unknown role among known ones', '@auth(roles: [CASEWORKER, SUPERUSER])'],
  ])('with %s, rather than letting any signed-in user in', (_label, directive) => {
    const build = buildWith(`extend type Query { guarded: String ${directive} }`, { Query: { guarded: () => 'x' } });
    expect(build).toThrow(/Query\.guarded/);
  });

  it('with a declared field that has no resolver', () => {
    expect(buildWith('extend type Query { orphan: String @auth }', {})).toThrow(/Query\.orphan has no resolver/);
  });
});

describe('what a declaration means', () => {
  function ruleOf(directive: string) {
    const schema = buildSchema({
      typeDefs: [...loadTypeDefs(), `extend type Query { probe: String ${directive} }`],
      resolvers: [...MODULE_RESOLVERS, { Query: { probe: () => 'x' } }],
    });
    return fieldRule(schema.getQueryType()!.getFields().probe!);
  }

  it.each([
    ['@public', { kind: 'public' }],
    ['@auth', { kind: 'auth', roles: [] }],
    ['@auth(roles: [ADMIN])', { kind: 'auth', roles: ['ADMIN'] }],
    ['@auth(roles: [AUDITOR, ADMIN])', { kind: 'auth', roles: ['AUDITOR', 'ADMIN'] }],
    // GraphQL coerces a lone value to a list of one; it must not widen to "any signed-in user".
    ['@auth(roles: ADMIN)', { kind: 'auth', roles: ['ADMIN'] }],
  ])('%s', (directive, rule) => {
    expect(ruleOf(directive)).toEqual(rule);
  });
});

// Every string that reaches a resolver is well-formed Unicode without NUL. A lone UTF-16
// surrogate has no UTF-8 form (SQLite stores it as U+FFFD, so what is stored differs from what
// was given), and NUL is refused by PostgreSQL and needed by no field. Both are refused at the
// edge, before anything runs, with BAD_USER_INPUT naming the field: in variables (nested input
// objects, lists and object keys included) and in the literal arguments of the document.
// Everything else (RTL marks, emoji, non-characters, any script) passes through as given.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type ValueNode } from 'graphql';
import { badInput } from '../core/errors.js';
import { illFormedReason } from '../core/validation.js';

export { illFormedReason };
import type { TGraphQLContext } from './types.js';

type TFinding = { field: string; reason: string };

/** The first refused string in a JSON value (e.g. the request's variables), with its path. */
export function findIllFormedValue(value: unknown, path: string): TFinding | null {
  if (typeof value === 'string') {
    const reason = illFormedReason(value);
    return reason ? { field: path, reason } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findIllFormedValue(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const keyReason = illFormedReason(key);
      // The key itself cannot be shown (it is the bad text): the object holding it is named.
      if (keyReason) return { field: path, reason: `has a field name that ${keyReason}` };
      const found = findIllFormedValue(inner, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

function findInLiteral(node: ValueNode, path: string): TFinding | null {
  switch (node.kind) {
    case Kind.STRING: {
      const reason = illFormedReason(node.value);
      return reason ? { field: path, reason } : null;
    }
    case Kind.LIST:
      for (let i = 0; i < node.values.length; i += 1) {
        const found = findInLiteral(node.values[i]!, `${path}.${i}`);
        if (found) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const found = findInLiteral(field.value, `${path}.${field.name.value}`);
        if (found) return found;
      }
      return null;
    default:
      return null;
  }
}

/** The first refused string literal in a document: arguments of fields and directives, and variable defaults. */
export function findIllFormedLiteral(document: DocumentNode): TFinding | null {
  let finding: TFinding | null = null;
  const visit = (node: unknown): void => {
    if (finding || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const n = node as { kind?: string } & Record<string, unknown>;
    if (n.kind === Kind.ARGUMENT) {
      const arg = node as { name: { value: string }; value: ValueNode };
      finding = findInLiteral(arg.value, arg.name.value);
      return;
    }
    if (n.kind === Kind.VARIABLE_DEFINITION) {
      const definition = node as { variable: { name: { value: string } }; defaultValue?: ValueNode };
      if (definition.defaultValue) finding = findInLiteral(definition.defaultValue, definition.variable.name.value);
      if (finding) return;
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc') visit(value);
  };
  visit(document);
  return finding;
}

/** Variables are named as the field at fault is everywhere else: `input.subject.name`, `ids.3`. */
export function findInVariables(variables: Record<string, unknown>): TFinding | null {
  for (const [name, value] of Object.entries(variables)) {
    const keyReason = illFormedReason(name);
    if (keyReason) return { field: 'variables', reason: `has a variable name that ${keyReason}` };
    const found = findIllFormedValue(value, name);
    if (found) return found;
  }
  return null;
}

// A document's literals are the same every time it is sent: each document is walked once. Apollo
// keeps one parsed document per query text (its document store), so it is the key; a document it
// no longer keeps is dropped from here with it.
const literalFindings = new WeakMap<DocumentNode, TFinding | null>();

function findIllFormedLiteralOnce(document: DocumentNode): TFinding | null {
  let finding = literalFindings.get(document);
  if (finding === undefined) {
    finding = findIllFormedLiteral(document);
    literalFindings.set(document, finding);
  }
  return finding;
}

/** Refuses the request before execution when any input string is not acceptable. */
export const wellFormedInputPlugin: ApolloServerPlugin<TGraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const found = findInVariables(request.variables ?? {}) ?? findIllFormedLiteralOnce(document);
        if (!found) return;
        const error = badInput(found.field, `"${found.field}" ${found.reason}`, 'ILL_FORMED_TEXT');
        // Answered 400, like any other refused input that never reached a resolver.
        throw new GraphQLError(error.message, { originalError: error, extensions: { code: 'BAD_USER_INPUT', field: found.field, rule: 'ILL_FORMED_TEXT', http: { status: 400 } } });
      },
    };
  },
};

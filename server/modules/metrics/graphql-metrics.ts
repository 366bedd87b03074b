// The GraphQL request metrics: one Apollo plugin that times a request (from Apollo receiving it to
// its answer) and attributes the time to each root field the operation selects, and counts the
// answer's errors by code. No hook on every field (willResolveField wraps each resolved field and
// cost more than it measured): two hooks per request, and the root fields of a parsed operation
// are worked out once per document (Apollo keeps parsed documents), not per request.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { countedErrorCode, type TMetrics } from '../../core/metrics.js';

type TObserve = (seconds: number) => void;

/**
 * The names of the root fields an operation selects (through inline fragments and fragment
 * spreads at the root too), each once, and only those the schema's root type has: `__typename`
 * and anything a client could make up never become a label value.
 */
export function rootFieldNames(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const root = schema.getRootType(operation.operation);
  if (!root) return [];
  const fields = root.getFields();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const names = new Set<string>();
  const seenFragments = new Set<string>();
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (Object.hasOwn(fields, selection.name.value)) names.add(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seenFragments.has(name)) {
          seenFragments.add(name);
          walk(fragment.selectionSet);
        }
      }
    }
  };
  walk(operation.selectionSet);
  return [...names];
}

export function graphqlMetricsPlugin<TContext extends BaseContext>(metrics: TMetrics): ApolloServerPlugin<TContext> {
  // One bound observer per (operation type, root field): a bounded set, the schema's fields.
  const observers = new Map<string, TObserve>();
  const observerOf = (operation: string, field: string): TObserve => {
    const key = `${operation} ${field}`;
    let observe = observers.get(key);
    if (!observe) {
      observe = metrics.graphqlRequestDuration.labels({ operation, field }).observe;
      observers.set(key, observe);
    }
    return observe;
  };
  // An operation node is the same object for every request of the same document (Apollo's document store).
  const byOperation = new WeakMap<OperationDefinitionNode, TObserve[]>();

  return {
    async requestDidStart() {
      const started = performance.now();
      let observe: TObserve[] | undefined;
      return {
        async didResolveOperation({ operation, document, schema }) {
          if (!operation) return;
          observe = byOperation.get(operation);
          if (!observe) {
            observe = rootFieldNames(schema, document, operation).map((field) => observerOf(operation.operation, field));
            byOperation.set(operation, observe);
          }
        },
        async willSendResponse({ response }) {
          if (observe) {
            const seconds = (performance.now() - started) / 1000;
            for (const fn of observe) fn(seconds);
          }
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors) for (const error of errors) metrics.graphqlErrors.inc({ code: countedErrorCode(error.extensions?.code) });
        },
      };
    },
  };
}

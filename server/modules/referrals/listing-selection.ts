// Which personal data classes a listing's document selects of every referral it returns, so the
// listing reads them with its page and records them in its search record (ADR 0022, decision 33).
import { getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { TReferralData } from '../../core/access.js';

/** The personal fields of a listed referral (`Referral`, and `subject` on it) and the data class each reads. */
const REFERRAL_FIELDS: Readonly<Record<string, TReferralData>> = { narrative: 'NARRATIVE', indicators: 'NARRATIVE', location: 'WHEREABOUTS' };
const SUBJECT_FIELDS: Readonly<Record<string, TReferralData>> = { identity: 'IDENTITY', contact: 'CONTACT', whereabouts: 'WHEREABOUTS' };

type TFragments = GraphQLResolveInfo['fragments'];
type TVariables = GraphQLResolveInfo['variableValues'];

function included(node: { directives?: readonly unknown[] }, variables: TVariables): boolean {
  if (!node.directives || node.directives.length === 0) return true;
  const n = node as Parameters<typeof getDirectiveValues>[1];
  return getDirectiveValues(GraphQLSkipDirective, n, variables)?.if !== true && getDirectiveValues(GraphQLIncludeDirective, n, variables)?.if !== false;
}

/**
 * The fields selected by these selection sets, by name, fragments spread and @skip/@include
 * applied. Every fragment here is on the object type the sets select from (validation allows no
 * other on an object type), so none is left out for its type condition.
 */
function fieldsOf(sets: readonly SelectionSetNode[], fragments: TFragments, variables: TVariables, into = new Map<string, FieldNode[]>()): Map<string, FieldNode[]> {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (!included(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const list = into.get(selection.name.value);
        if (list) list.push(selection);
        else into.set(selection.name.value, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        fieldsOf([selection.selectionSet], fragments, variables, into);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment) fieldsOf([fragment.selectionSet], fragments, variables, into);
      }
    }
  }
  return into;
}

function subselections(fields: readonly FieldNode[] | undefined): SelectionSetNode[] {
  return (fields ?? []).flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
}

/** The personal data classes selected of `edges { node { … } }` under the field being resolved (a ReferralConnection). */
export function personalDataSelected(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>): TReferralData[] {
  const { fragments, variableValues: variables } = info;
  const connection = fieldsOf(subselections(info.fieldNodes), fragments, variables);
  const edge = fieldsOf(subselections(connection.get('edges')), fragments, variables);
  const node = fieldsOf(subselections(edge.get('node')), fragments, variables);
  const classes = new Set<TReferralData>();
  for (const [name, data] of Object.entries(REFERRAL_FIELDS)) if (node.has(name)) classes.add(data);
  const subject = fieldsOf(subselections(node.get('subject')), fragments, variables);
  for (const [name, data] of Object.entries(SUBJECT_FIELDS)) if (subject.has(name)) classes.add(data);
  return [...classes];
}

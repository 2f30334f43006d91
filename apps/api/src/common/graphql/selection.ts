import { getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type Selected = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>;

/** Whether graphql-js will execute this selection (its @skip / @include, as graphql-js's collectFields decides). */
function included(node: Parameters<typeof getDirectiveValues>[1], variables: Selected['variableValues']): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/** The fields named `name` of selection sets, through fragments and inline fragments, skipping what @skip/@include leave out. */
function fieldsNamed(sets: readonly SelectionSetNode[], name: string, info: Selected, out: FieldNode[] = []): FieldNode[] {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (!included(selection, info.variableValues)) continue;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) out.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        fieldsNamed([selection.selectionSet], name, info, out);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) fieldsNamed([fragment.selectionSet], name, info, out);
      }
    }
  }
  return out;
}

/**
 * Whether the field being resolved selects `path` below it (e.g. ['edges', 'node', 'applicant']) under
 * any alias, through fragments, and not left out by @skip/@include: what graphql-js will resolve. A
 * read path uses it to do, in its own statement, work a nested field would otherwise trigger (type
 * conditions are not checked: a fragment on another type counts, erring towards "selected").
 */
export function selectsPath(info: Selected, path: readonly string[]): boolean {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    fields = fieldsNamed(fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : [])), name, info);
    if (fields.length === 0) return false;
  }
  return true;
}

import { getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type Selected = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>;

/** Whether graphql-js will execute this selection (its @skip / @include, as graphql-js's collectFields decides). */
function included(node: Parameters<typeof getDirectiveValues>[1], variables: Selected['variableValues']): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/** The fields of selection sets by name (every alias of a name together), through fragments and inline fragments, skipping what @skip/@include leave out. */
function collect(sets: readonly SelectionSetNode[], info: Selected, out: Map<string, FieldNode[]>): Map<string, FieldNode[]> {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (!included(selection, info.variableValues)) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const known = out.get(name);
        if (known) known.push(selection);
        else out.set(name, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect([selection.selectionSet], info, out);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) collect([fragment.selectionSet], info, out);
      }
    }
  }
  return out;
}

/**
 * The fields selected below `fields` (e.g. the nodes of `fieldsAt`), by name, under any alias, through
 * fragments, and not left out by @skip/@include: what graphql-js will resolve (type conditions are not
 * checked: a fragment on another type counts, erring towards "selected").
 */
export function subfields(info: Selected, fields: readonly FieldNode[]): Map<string, FieldNode[]> {
  return collect(
    fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : [])),
    info,
    new Map(),
  );
}

/** The nodes of the fields at `path` below the field being resolved (e.g. ['edges', 'node']), every alias; empty when not selected. */
export function fieldsAt(info: Selected, path: readonly string[]): readonly FieldNode[] {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    fields = subfields(info, fields).get(name) ?? [];
    if (fields.length === 0) return fields;
  }
  return fields;
}

/**
 * Whether the field being resolved selects `path` below it (e.g. ['edges', 'node', 'applicant']): what
 * graphql-js will resolve (see subfields). A read path uses it to do, in its own statement, work a nested
 * field would otherwise trigger.
 */
export function selectsPath(info: Selected, path: readonly string[]): boolean {
  return fieldsAt(info, path).length > 0;
}

import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface OperationLimits {
  /** Deepest selection: in `{ a { b { c } } }`, `c` is at level 3. */
  maxDepth: number;
  /** Aliased fields, counted as often as their fragments are spread. */
  maxAliases: number;
  /** Fields at the top of an operation (each alias counts), through fragments. */
  maxRootFields: number;
  /** Selections (fields, fragment spreads, inline fragments) once fragments are expanded. */
  maxSelections: number;
  /**
   * Where introspection is served (development), `__schema`/`__type` count one level whatever
   * their depth: GraphiQL's own schema query is 15 levels deep. Their selections still count.
   */
  introspectionDepthExempt?: boolean;
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * Selections an operation may have once its fragments are expanded: the portal's largest has 53;
 * this bounds the work of the complexity estimator, which expands fragments at every spread.
 */
export const MAX_SELECTIONS = 2000;

/** Root fields that must be alone in their operation: each runs a password hash. */
const ALONE_AT_ROOT = new Set(['login']);

/** What one selection set asks for, fragments expanded. */
interface Shape {
  depth: number;
  aliases: number;
  /** Fields at this selection set's own level (inline fragments and spreads add no level). */
  fields: number;
  selections: number;
}

const EMPTY: Shape = { depth: 0, aliases: 0, fields: 0, selections: 0 };

function refuse(context: ValidationContext, operation: OperationDefinitionNode, message: string): void {
  context.reportError(new GraphQLError(message, { nodes: [operation], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
}

/**
 * Refuses, before anything runs, operations that are too deep, too large once their fragments are
 * expanded, use too many aliases or root fields,
 * put `login` beside other fields, or are of a kind the schema does not serve (subscriptions).
 *
 * Each fragment is measured once and the result reused wherever it is spread, so a chain of
 * fragments that each spread the next one twice costs its length, not 2^length. Counts multiply
 * by the number of spreads: what execution would really be asked to do. Cycles are left to
 * graphql-js's NoFragmentCyclesRule (a fragment being measured counts as empty meanwhile).
 */
export function operationLimitsRule(limits: OperationLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const measured = new Map<string, Shape>();

    const fragmentShape = (name: string): Shape => {
      const known = measured.get(name);
      if (known) return known;
      const fragment = fragments.get(name);
      if (!fragment) return EMPTY; // unknown: KnownFragmentNamesRule reports it
      measured.set(name, EMPTY); // a cycle back to this fragment adds nothing
      const shape = shapeOf(fragment.selectionSet);
      measured.set(name, shape);
      return shape;
    };

    const shapeOf = (selectionSet: SelectionSetNode): Shape => {
      const shape = { depth: 0, aliases: 0, fields: 0, selections: selectionSet.selections.length };
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const below = selection.selectionSet ? shapeOf(selection.selectionSet) : EMPTY;
          const exempt = limits.introspectionDepthExempt && INTROSPECTION_ROOTS.has(selection.name.value);
          shape.depth = Math.max(shape.depth, 1 + (exempt ? 0 : below.depth));
          shape.aliases += below.aliases + (selection.alias ? 1 : 0);
          shape.fields += 1;
          shape.selections += below.selections;
        } else {
          const inner = selection.kind === Kind.INLINE_FRAGMENT ? shapeOf(selection.selectionSet) : fragmentShape(selection.name.value);
          shape.depth = Math.max(shape.depth, inner.depth);
          shape.aliases += inner.aliases;
          shape.fields += inner.fields;
          shape.selections += inner.selections;
        }
      }
      return shape;
    };

    const rootFieldNames = (selectionSet: SelectionSetNode, names = new Set<string>(), seen = new Set<string>()): Set<string> => {
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) names.add(selection.name.value);
        else if (selection.kind === Kind.INLINE_FRAGMENT) rootFieldNames(selection.selectionSet, names, seen);
        else if (!seen.has(selection.name.value)) {
          seen.add(selection.name.value);
          const fragment = fragments.get(selection.name.value);
          if (fragment) rootFieldNames(fragment.selectionSet, names, seen);
        }
      }
      return names;
    };

    return {
      OperationDefinition(operation) {
        if (!context.getSchema().getRootType(operation.operation)) {
          refuse(context, operation, `This API serves no ${operation.operation} operations.`);
          return;
        }
        const shape = shapeOf(operation.selectionSet);
        if (shape.depth > limits.maxDepth) {
          refuse(context, operation, `Query is too deep: ${shape.depth} levels, at most ${limits.maxDepth}.`);
        }
        if (shape.aliases > limits.maxAliases) {
          refuse(context, operation, `Too many aliases: ${shape.aliases}, at most ${limits.maxAliases} in one operation.`);
        }
        if (shape.selections > limits.maxSelections) {
          refuse(context, operation, `Too many selections: ${shape.selections} once fragments are expanded, at most ${limits.maxSelections}.`);
        }
        if (shape.fields > limits.maxRootFields) {
          refuse(context, operation, `Too many root fields: ${shape.fields}, at most ${limits.maxRootFields} in one operation.`);
        }
        if (shape.fields > 1) {
          for (const name of rootFieldNames(operation.selectionSet)) {
            if (ALONE_AT_ROOT.has(name)) refuse(context, operation, `${name} must be the only field of its operation.`);
          }
        }
      },
    };
  };
}

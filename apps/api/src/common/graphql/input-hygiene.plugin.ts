import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { AppError, ErrorCode, type FieldError } from '../errors/app-error';
import { unsafeText } from '../validation/text-hygiene';

/** Enough to show what is wrong without echoing a whole hostile payload back. */
const MAX_REPORTED = 20;

/** `input.name.ar` → `name.ar`, as the other field errors are written (relative to an `input` argument). */
function fieldName(path: readonly string[]): string {
  return (path[0] === 'input' && path.length > 1 ? path.slice(1) : path).join('.');
}

/**
 * Every string of a request that could reach a resolver (inline argument literals, variable
 * defaults, variables), checked with `unsafeText`. Variables are named by where they are used:
 * `$s` in `organizations(filter: { search: $s })` is `filter.search`. The document's own part is
 * worked out once per document (Apollo's document cache gives the same DocumentNode for the same text).
 */
export function unsafeTextInRequest(document: DocumentNode, variables: Record<string, unknown>): FieldError[] {
  const { problems: inDocument, usedAt } = unsafeTextInDocument(document);
  const problems = [...inDocument];
  const walkJson = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') {
      const problem = problems.length < MAX_REPORTED ? unsafeText(value) : null;
      if (problem) problems.push({ field: fieldName(path), ...problem });
    } else if (Array.isArray(value)) value.forEach((item, index) => walkJson(item, [...path, String(index)]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walkJson(item, [...path, key]);
    }
  };
  for (const [name, value] of Object.entries(variables)) walkJson(value, usedAt.get(name) ?? [name]);
  return problems;
}

/** What a document itself says (its literals' problems, where each variable is used), worked out once per document. */
const documents = new WeakMap<DocumentNode, { problems: FieldError[]; usedAt: Map<string, string[]> }>();

function unsafeTextInDocument(document: DocumentNode): { problems: FieldError[]; usedAt: Map<string, string[]> } {
  const known = documents.get(document);
  if (known) return known;
  const problems: FieldError[] = [];
  const usedAt = new Map<string, string[]>();
  const check = (text: string, path: string[]) => {
    const problem = problems.length < MAX_REPORTED ? unsafeText(text) : null;
    if (problem) problems.push({ field: fieldName(path), ...problem });
  };
  const walkLiteral = (node: ValueNode, path: string[]): void => {
    if (node.kind === Kind.STRING) check(node.value, path);
    else if (node.kind === Kind.LIST) node.values.forEach((value, index) => walkLiteral(value, [...path, String(index)]));
    else if (node.kind === Kind.OBJECT) node.fields.forEach((field) => walkLiteral(field.value, [...path, field.name.value]));
    else if (node.kind === Kind.VARIABLE && !usedAt.has(node.name.value)) usedAt.set(node.name.value, path);
  };
  const defaults: Array<[string, ValueNode]> = [];
  visit(document, {
    Argument(node) {
      walkLiteral(node.value, [node.name.value]);
      return false;
    },
    VariableDefinition(node) {
      if (node.defaultValue) defaults.push([node.variable.name.value, node.defaultValue]);
      return false;
    },
  });
  for (const [name, value] of defaults) walkLiteral(value, usedAt.get(name) ?? [name]);
  const worked = { problems, usedAt };
  documents.set(document, worked);
  return worked;
}

/**
 * Refuses, before any resolver runs, text that PostgreSQL cannot store (NUL) or that would reorder
 * what the portal shows (bidirectional controls), wherever it is in the request.
 */
export function inputHygienePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const fieldErrors = unsafeTextInRequest(document, request.variables ?? {});
          if (fieldErrors.length === 0) return;
          const message = `Invalid input: ${fieldErrors.map((error) => `${error.field}: ${error.message}`).join('; ')}`;
          throw new AppError(ErrorCode.BAD_USER_INPUT, message, { fieldErrors, http: { status: 400 } });
        },
      };
    },
  };
}

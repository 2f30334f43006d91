import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { printServedSchema } from '../../src/schema/print-schema';

const ROOT = join(__dirname, '../../../..');
const CONTRACT = join(ROOT, 'docs/api/contract.graphql');
const CHECKED_IN = join(ROOT, 'apps/api/schema.graphql');

/**
 * Parts of the public contract that later issues serve. Each issue removes what it serves; the
 * last one empties the list. A name here is a type (`Applicant`) or a field (`Query.applicants`).
 */
const NOT_YET_SERVED = new Set<string>([]);

/** Every part of the contract schema as `name → shape`, e.g. `Query.organizations(first)` → `Int`. */
function parts(schema: GraphQLSchema): Map<string, string> {
  const found = new Map<string, string>();
  const add = (type: GraphQLNamedType) => {
    if (type.name.startsWith('__')) return;
    found.set(type.name, type.constructor.name);
    if (isEnumType(type)) for (const value of type.getValues()) found.set(`${type.name}.${value.name}`, 'enum value');
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        found.set(`${type.name}.${field.name}`, String(field.type));
        for (const arg of 'args' in field ? field.args : []) {
          found.set(`${type.name}.${field.name}(${arg.name})`, `${String(arg.type)}${arg.defaultValue !== undefined ? ` = ${JSON.stringify(arg.defaultValue)}` : ''}`);
        }
      }
    }
  };
  Object.values(schema.getTypeMap()).forEach(add);
  return found;
}

const isDeferred = (name: string) => {
  const [typeAndField] = name.split('(');
  const [type] = typeAndField.split('.');
  return NOT_YET_SERVED.has(type) || NOT_YET_SERVED.has(typeAndField);
};

describe('the public GraphQL contract', () => {
  let served: string;
  beforeAll(async () => {
    served = await printServedSchema();
  });

  it('apps/api/schema.graphql is the schema the resolvers build (run `npm run schema` after changing them)', () => {
    expect(readFileSync(CHECKED_IN, 'utf8')).toBe(served);
  });

  it('serves every type, field, argument and enum value of the contract with the same shape', () => {
    const contract = parts(buildSchema(readFileSync(CONTRACT, 'utf8')));
    const actual = parts(buildSchema(served));
    const problems: string[] = [];
    for (const [name, shape] of contract) {
      if (isDeferred(name)) continue;
      if (!actual.has(name)) problems.push(`missing: ${name}`);
      else if (actual.get(name) !== shape) problems.push(`different: ${name} is ${actual.get(name)}, the contract says ${shape}`);
    }
    expect(problems).toEqual([]);
  });

  it('lists as not yet served only what is really missing', () => {
    const actual = parts(buildSchema(served));
    const servedAlready = [...NOT_YET_SERVED].filter((name) => actual.has(name));
    expect(servedAlready).toEqual([]);
  });
});

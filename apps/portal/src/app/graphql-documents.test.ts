import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as generated from '../gql/graphql';
import { documentExportName, graphqlDocumentsPlugin } from '../../graphql-documents-plugin';

const src = path.resolve(__dirname, '..');
const gqlDir = `${path.join(src, 'gql')}/`;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return `${full}/` === gqlDir ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const plugin = graphqlDocumentsPlugin(gqlDir);
const context = { error: (message: string) => { throw new Error(message); }, addWatchFile: () => undefined };
const transform = (code: string, id: string) => (plugin.transform as Hook).call(context, code, id) as { code: string } | null;
const resolve = (id: string) => (plugin.resolveId as Hook).call(context, id) as string;
const load = (id: string) => (plugin.load as Hook).call(context, id) as string;

describe('graphql() documents, one module each (the build plugin)', () => {
  it('names documents as the codegen client preset does', () => {
    expect(documentExportName('query Me { me { id } }')).toBe('MeDocument');
    expect(documentExportName('mutation Login($input: LoginInput!) { login(input: $input) { user { id } } }')).toBe('LoginDocument');
    expect(documentExportName('fragment CurrentUserFields on User { id }')).toBe('CurrentUserFieldsFragmentDoc');
  });

  it('replaces every graphql() call of the portal by the generated document it names, keeping the lines', () => {
    let calls = 0;
    for (const file of sourceFiles(src)) {
      const code = readFileSync(file, 'utf8');
      const result = transform(code, file);
      const count = code.match(/\bgraphql\(\s*`/g)?.length ?? 0;
      calls += count;
      if (count === 0) continue;
      expect(result?.code, file).not.toMatch(/\bgraphql\(\s*`/);
      expect(result!.code.split('\n').slice(0, code.split('\n').length).length).toBe(code.split('\n').length);
      for (const [, name] of result!.code.matchAll(/import \{ (\w+) \} from 'virtual:shuraka-gql\/\w+';/g)) {
        const module = load(resolve(`virtual:shuraka-gql/${name}`));
        const literal = module.replace(/^export const \w+ = /, '').replace(/;\n$/, '');
        expect(JSON.parse(literal), name).toEqual((generated as Record<string, unknown>)[name]);
      }
    }
    expect(calls).toBeGreaterThan(100);
  });

  it('fails the build on a document codegen has not generated', () => {
    expect(() => transform('export const X = graphql(`query NoSuchQuery { me { id } }`);', path.join(src, 'x.ts'))).toThrow(
      /NoSuchQueryDocument is not in .*npm run codegen/,
    );
  });
});

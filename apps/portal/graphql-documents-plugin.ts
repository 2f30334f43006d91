import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import type { Plugin } from 'vite';

const VIRTUAL = 'virtual:shuraka-gql/';
/** One generated document: `export const MeDocument = {…json…} as unknown as DocumentNode<MeQuery, MeQueryVariables>;` */
const DOCUMENT_LINE = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/**
 * What the codegen client preset's babel plugin does, for Vite, one step further: each `graphql(`…`)` call becomes
 * an import of a module holding only the document it names (`MeDocument`, `CurrentUserFieldsFragmentDoc`), taken
 * from the generated `gql/graphql.ts`. Without it, `graphql()` looks documents up in `gql/gql.ts`'s map of every
 * document of the portal; and importing from `graphql.ts` itself would still put every document any page uses
 * into one module, so into the first download.
 */
export function graphqlDocumentsPlugin(gqlDir: string): Plugin {
  const generated = path.join(gqlDir, 'graphql.ts');
  let documents: Map<string, string> | undefined;
  const generatedDocuments = () =>
    (documents ??= new Map([...readFileSync(generated, 'utf8').matchAll(DOCUMENT_LINE)].map((match) => [match[1], match[2]])));
  return {
    name: 'shuraka:graphql-documents',
    enforce: 'pre',
    // Production builds only: dev and tests use gql.ts's map (tests also hold documents that codegen leaves out).
    apply: 'build',
    buildStart() {
      documents = undefined;
      this.addWatchFile(generated);
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return null;
      const name = id.slice(VIRTUAL.length + 1);
      return `export const ${name} = ${generatedDocuments().get(name)};\n`;
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/\.tsx?$/.test(file) || file.startsWith(gqlDir) || !/\bgraphql\(\s*`/.test(code)) return null;
      const names = new Set<string>();
      const transformed = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call, body: string) => {
        const name = documentExportName(body);
        if (!generatedDocuments().has(name)) this.error(`${file}: ${name} is not in ${generated}; run npm run codegen`);
        names.add(name);
        // Same line count, so the (hidden) source maps still point at the right lines.
        return name + '\n'.repeat(call.split('\n').length - 1);
      });
      if (names.size === 0) return null;
      // At the end (imports are hoisted) so that no line moves.
      const imports = [...names].map((name) => `import { ${name} } from '${VIRTUAL}${name}';`).join('\n');
      return { code: `${transformed}\n${imports}\n`, map: null };
    },
  };
}

/** The client preset's names: `query Me` → MeDocument, `fragment UserFields` → UserFieldsFragmentDoc. */
export function documentExportName(body: string): string {
  const [first] = parse(body).definitions;
  if (first?.kind === 'OperationDefinition' && first.name) return `${first.name.value}Document`;
  if (first?.kind === 'FragmentDefinition') return `${first.name.value}FragmentDoc`;
  throw new Error(`A graphql() document must start with a named operation or fragment:\n${body}`);
}

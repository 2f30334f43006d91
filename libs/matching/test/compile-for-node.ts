import path from 'node:path';
import ts from 'typescript';

/** The repository root (libs/matching/test/../../..). */
export const REPOSITORY_ROOT = path.resolve(__dirname, '../../..');

/**
 * Compiles `sources` like the API build does (tsc, CommonJS for Node) into `outDir`, keeping their
 * paths below the repository root, so that a test can load only the emitted .js files from plain
 * Node. Returns the compiler's messages (none expected). `@shuraka/domain` resolves to its sources
 * for types.
 */
export function compileForNode(sources: string[], outDir: string): string[] {
  const program = ts.createProgram(sources, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    types: ['node'],
    rootDir: REPOSITORY_ROOT,
    outDir,
    paths: { '@shuraka/domain': [path.join(REPOSITORY_ROOT, 'libs/domain/src/index.ts')] },
  });
  const emitted = program.emit();
  return [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** Where `directory` (a source folder) lands in `outDir`. */
export function compiledPath(outDir: string, directory: string): string {
  return path.join(outDir, path.relative(REPOSITORY_ROOT, directory));
}

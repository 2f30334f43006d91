import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the workspace root: the Nx target runs codegen from there.
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.graphql',
  // Tests reuse the app's documents, so test-only operations never reach the bundle.
  documents: [
    'apps/portal/src/**/*.{ts,tsx}',
    '!apps/portal/src/gql/**/*',
    '!apps/portal/src/**/*.test.{ts,tsx}',
    '!apps/portal/src/test/**/*',
  ],
  ignoreNoDocuments: false,
  generates: {
    'apps/portal/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: false,
        skipTypeNameForRoot: true,
        defaultScalarType: 'unknown',
        scalars: { ID: 'string', Date: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;

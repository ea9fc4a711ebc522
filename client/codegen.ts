import type { CodegenConfig } from '@graphql-codegen/cli';

// Operations are typed from the committed schema, so the portal breaks at compile time when the
// server's contract changes, not at run time in a mentor's browser.
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  // Tests build throw-away documents (urql's gql) with names the real ones use; they are not operations.
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;

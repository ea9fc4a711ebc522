import { GraphQLError, type ValidationRule } from 'graphql';

const SUGGESTION = /\s*Did you mean .*\?$/s;

/**
 * Drops graphql-js's "Did you mean …?" from validation errors. With introspection off in
 * production, the suggestions would still spell out the schema field by field to anyone probing it.
 * It does not check anything itself: it wraps the context's reporter, which every other rule of
 * the same validation calls, before any of them visits the document.
 */
export const noFieldSuggestions: ValidationRule = (context) => {
  const report = context.reportError.bind(context);
  context.reportError = (error: GraphQLError) => {
    if (!SUGGESTION.test(error.message)) return report(error);
    report(
      new GraphQLError(error.message.replace(SUGGESTION, ''), {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        path: error.path,
        originalError: error.originalError,
        extensions: error.extensions,
      }),
    );
  };
  return {};
};

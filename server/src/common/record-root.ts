import { createParameterDecorator } from 'type-graphql';
import type { AppContext } from './context.js';

/**
 * The parent record of a field resolver, as it came: an entity or a row (common/plain-rows.ts).
 * type-graphql's own `@Root()` copies a parent that is not an instance of the parameter's class
 * into a new instance of it, which for an entity class means a new (unmanaged) entity per field:
 * wrong for a row, and costly. Every field resolver of a type that may be read as rows takes its
 * parent with this instead.
 */
export function RecordRoot() {
  return createParameterDecorator<AppContext>(({ root }) => root);
}

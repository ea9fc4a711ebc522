import type { GraphQLResolveInfo } from 'graphql';
import { canReadField, subjectOf } from './authz.js';
import { OPERATION_DECISIONS, STRUCTURAL_TYPES, identityFields, isSubjectType } from './decisions.js';
import { forbidden, unauthenticated } from './errors.js';
import { type FieldMiddleware, whenResolved } from './field-guard.js';

/** The type owning the field that produced the current object (skipping list indexes). */
function holderType(info: GraphQLResolveInfo): string | undefined {
  let p = info.path.prev;
  while (p && typeof p.key === 'number') p = p.prev;
  return p?.typename;
}

function reachedThroughRelation(info: GraphQLResolveInfo): boolean {
  const holder = holderType(info);
  if (!holder || holder === 'Query' || holder === 'Mutation') return false;
  return !holder.endsWith('Edge') && !holder.endsWith('Connection');
}

/**
 * One global middleware for every field: operations need a decision, subject fields need the
 * viewer's read permission on that record and field (a denied field resolves to null, its
 * content never leaves the server), structural types need a declaration. Anything else is refused.
 */
export const authorizationMiddleware: FieldMiddleware = ({ root, info, context }, next) => {
  const parent = info.parentType.name;
  if (parent === 'Query' || parent === 'Mutation') {
    const decision = OPERATION_DECISIONS.get(info.fieldName);
    if (!decision) throw forbidden();
    if (decision !== 'public' && !context.viewer) throw unauthenticated();
    // A one-time password is for choosing one's own: nothing else until then (me says so).
    if (decision === 'viewer' && context.viewer?.mustChangePassword) throw forbidden('PASSWORD_CHANGE_REQUIRED');
    // Mutations run one after another and change records: judge each one's result afresh.
    if (parent === 'Mutation') {
      context.subjects = new WeakMap();
      context.loaders.rows.clear();
    }
    return next();
  }
  if (isSubjectType(parent)) {
    if (canReadField(context, parent, root as object, info.fieldName)) {
      // Reads of confidential content are traced (buffered, written once per record per request).
      return whenResolved(next(), (value) => {
        context.reads.noteFieldRead(parent, subjectOf(context, parent, root as object), info.fieldName, value);
        return value;
      });
    }
    // The people and units a readable record names are shown by name, nothing more.
    if (identityFields(parent).includes(info.fieldName) && reachedThroughRelation(info)) return next();
    // Null where the schema allows it. A non-null field cannot be null: refusing it with a coded
    // error keeps the answer honest (null would fail as an internal error at the parent).
    // (Read from the type's name: type-graphql builds with graphql's CommonJS copy, so instanceof
    // checks against this module's copy would not hold.)
    if (String(info.returnType).endsWith('!')) throw forbidden();
    return null;
  }
  if (STRUCTURAL_TYPES.has(parent)) return next();
  throw forbidden();
};

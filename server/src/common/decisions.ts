import { IDENTITY_FIELDS, SUBJECTS, type SubjectName } from '@tongxin/schema';

/**
 * Deny by default. Every Query and Mutation field needs an explicit decision (public, or for a
 * logged-in viewer with the fine-grained check in its service), and every object type is either a
 * CASL subject (fields checked against the viewer's rules) or a structural type whose content is
 * guarded by the record or list that leads to it. A test walks the schema to prove it.
 */
export type OperationDecision = 'public' | 'viewer' | 'account';
export const OPERATION_DECISIONS = new Map<string, OperationDecision>();
export const STRUCTURAL_TYPES = new Map<string, string>();

function decide(decision: OperationDecision): MethodDecorator {
  return (_target, key) => {
    OPERATION_DECISIONS.set(String(key), decision);
  };
}

/** Anyone may call it (login, me). */
export const Public = () => decide('public');
/** A logged-in viewer may call it; its service checks the action against the viewer's rules. */
export const ForViewer = () => decide('viewer');
/**
 * Any logged-in account may call it, even one that must first replace its one-time password
 * (changePassword, logout): every `viewer` operation refuses such an account.
 */
export const ForAccount = () => decide('account');

/** Declare a type whose fields are guarded by what leads to it; `why` documents the decision. */
export function guardedByParent(typeName: string, why: string) {
  STRUCTURAL_TYPES.set(typeName, why);
}

const subjectSet = new Set<string>(SUBJECTS);
export const isSubjectType = (name: string): name is SubjectName => subjectSet.has(name);
export const identityFields = (name: SubjectName) => IDENTITY_FIELDS[name] ?? [];

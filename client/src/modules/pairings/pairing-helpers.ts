import type { FormInstance } from 'antd';
import type { SubjectRecord } from '@tongxin/schema';
import type { CombinedError } from 'urql';
import { i18n } from '../../i18n/i18n';
import { firstRefusal, reasonMessage } from '../api/server-error';

/**
 * A pairing as the shared CASL rules see it: relations as numeric ids, like the server's view.
 * GraphQL ids are strings, the rules compare numbers.
 */
export function pairingSubject(
  p: { id: string; status: string; branch: { id: string }; mentee: { id: string } },
  bureauId: string,
): SubjectRecord {
  return {
    __typename: 'Pairing',
    id: Number(p.id),
    status: p.status,
    branch: Number(p.branch.id),
    mentee: Number(p.mentee.id),
    bureau: Number(bureauId),
  };
}

export interface ServerError {
  code?: string;
  field?: string;
  message: string;
}

/** The first coded error, its reason in the given language. */
export function serverError(error: CombinedError | undefined, language: string): ServerError | null {
  if (!error) return null;
  const refusal = firstRefusal(error);
  if (!refusal) return { code: 'NETWORK', message: '' };
  return { code: refusal.code, field: refusal.field, message: reasonMessage(refusal, i18n.getFixedT(language)) };
}

/**
 * Shows a server refusal at the form field it names. Returns false when the error names no field
 * of this form, so the caller shows it elsewhere.
 */
export function showAtField(form: FormInstance, err: ServerError | null, fields: readonly string[]): boolean {
  if (!err?.field) return false;
  const name = err.field.replace(/^input\./, '');
  if (!fields.includes(name)) return false;
  form.setFields([{ name, errors: [err.message] }]);
  form.scrollToField(name);
  return true;
}

/** "1+1" with no supporting mentor, "1+X" with one or more. */
export const pairingTypeOf = (supportCount: number) => (supportCount > 0 ? 'ONE_PLUS_X' : 'ONE_PLUS_ONE');

import type { CombinedError } from 'urql';
import { i18n } from '../../i18n/i18n';
import { firstRefusal, reasonMessage } from '../api/server-error';

export interface FieldError {
  code?: string;
  field?: string;
  message?: string;
}

/** The coded error the server sent (extensions.code / field), with its reason in the given language. */
export function firstError(error: CombinedError | undefined, language: string): FieldError | null {
  if (!error) return null;
  const refusal = firstRefusal(error);
  if (!refusal) return { code: 'NETWORK' };
  return { code: refusal.code, field: refusal.field, message: reasonMessage(refusal, i18n.getFixedT(language)) };
}

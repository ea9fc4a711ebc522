import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { firstRefusal, reasonMessage, userMessage } from './server-error';

/**
 * Shows a failed mutation where it belongs: under the form field the refusal names when the form
 * has it, otherwise as one sentence the caller shows above the form. Returns that sentence or null.
 */
export function showRefusal<T>(
  form: FormInstance<T>,
  error: CombinedError | undefined,
  fields: readonly string[],
  t: TFunction,
): string | null {
  const refusal = firstRefusal(error);
  const field = refusal?.field && fields.includes(refusal.field) ? refusal.field : null;
  if (refusal && field) {
    form.setFields([{ name: field as never, errors: [reasonMessage(refusal, t)] }]);
    return null;
  }
  return userMessage(error, t);
}

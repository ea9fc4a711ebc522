import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { firstRefusal, reasonMessage, userMessage } from '../api/server-error';

/**
 * A refused save shown under the field the server named (`input.email` → `email`), or as one
 * message when no field of this form is named.
 */
export function showFieldRefusal<T>(
  form: FormInstance<T>,
  error: CombinedError | undefined,
  fields: readonly string[],
  t: TFunction,
  show: (text: string) => void,
) {
  const refusal = firstRefusal(error);
  const name = refusal?.field?.split('.').pop();
  if (refusal && name && fields.includes(name))
    form.setFields([{ name: name as never, errors: [reasonMessage(refusal, t)] }]);
  else show(userMessage(error, t));
}

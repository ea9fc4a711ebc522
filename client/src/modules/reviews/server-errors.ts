import type { CombinedError } from 'urql';

export interface FieldError {
  code?: string;
  field?: string;
  message?: string;
}

/** The coded error the server sent (extensions.code / field), with its message in the viewer's language. */
export function firstError(error: CombinedError | undefined, language: string): FieldError | null {
  const e = error?.graphQLErrors[0];
  if (!e) return error ? { code: 'NETWORK' } : null;
  const code = typeof e.extensions?.code === 'string' ? e.extensions.code : undefined;
  const field = typeof e.extensions?.field === 'string' ? e.extensions.field : undefined;
  // Server messages are "中文 / English".
  const [zh, en] = e.message.split(' / ');
  return { code, field, message: language.startsWith('zh') ? zh : (en ?? zh) };
}

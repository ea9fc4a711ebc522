import type { ReactNode } from 'react';
import { useViewer } from '../auth';
import { AntdScope } from '../../ui/antd-scope';
import { lazyNamed } from '../../ui/lazy-named';

// Only accounts holding a one-time password see it: its code (antd's form) is not part of
// everyone's first load.
const ForcedPasswordPage = lazyNamed(() => import('./forced-password-page'), 'ForcedPasswordPage');

/**
 * Someone still holding a one-time password sees only this page, whatever address they typed:
 * the server refuses everything else (PASSWORD_CHANGE_REQUIRED) until the password is theirs, so
 * the shell would show nothing but refusals. Once the server accepts the new password the session
 * is asked again and the page they asked for opens.
 */
export function PasswordGate({ children }: { children: ReactNode }) {
  const me = useViewer();
  if (!me.mustChangePassword) return <>{children}</>;
  return (
    <AntdScope>
      <ForcedPasswordPage />
    </AntdScope>
  );
}

import { Suspense, type ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession, useViewer } from '../auth';
import { LanguageSwitch } from '../shell/language-switch';
import { LogoutButton } from '../shell/logout-button';
import { FullPageSpinner } from '../../ui/full-page-spinner';
import { lazyNamed } from '../../ui/lazy-named';

// Only accounts holding a one-time password see it: its code is not part of everyone's first load.
const ChangePasswordForm = lazyNamed(() => import('./change-password-form'), 'ChangePasswordForm');

/**
 * Someone still holding a one-time password sees only this page, whatever address they typed:
 * the server refuses everything else (PASSWORD_CHANGE_REQUIRED) until the password is theirs, so
 * the shell would show nothing but refusals. Once the server accepts the new password the session
 * is asked again and the page they asked for opens.
 */
export function PasswordGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useViewer();
  const { refreshSession } = useSession();
  if (!me.mustChangePassword) return <>{children}</>;
  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', padding: 16 }} data-testid="page-change-password">
      <Card style={{ width: '100%', maxWidth: 440 }}>
        <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 8 }}>
          <Typography.Text strong data-testid="viewer-name">
            {me.officer.name}
          </Typography.Text>
          <Flex gap={4}>
            <LanguageSwitch compact />
            <LogoutButton compact />
          </Flex>
        </Flex>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('password.forcedTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('password.forcedHint')}</Typography.Paragraph>
        <Suspense fallback={<FullPageSpinner />}>
          <ChangePasswordForm onChanged={refreshSession} />
        </Suspense>
      </Card>
    </Flex>
  );
}

import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession, useViewer } from '../auth';
import { LanguageSwitch } from '../shell/language-switch';
import { LogoutButton } from '../shell/logout-button';
import { ChangePasswordForm } from './change-password-form';

/** The one page an account holding a one-time password sees (password-gate.tsx), loaded on demand. */
export function ForcedPasswordPage() {
  const { t } = useTranslation();
  const me = useViewer();
  const { refreshSession } = useSession();
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
        <ChangePasswordForm onChanged={refreshSession} />
      </Card>
    </Flex>
  );
}

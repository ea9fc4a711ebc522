import { Alert, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useApiControls } from '../modules/api/api-provider';
import { useSession, type LoginRedirectState } from '../modules/auth';
import { LoginForm } from '../modules/auth/login-form';
import { LanguageSwitch } from '../modules/shell/language-switch';

// Only paths inside the portal: an attacker-supplied absolute URL must not become a redirect.
function safeTarget(from: unknown): string {
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login' ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { me, refreshSession } = useSession();
  const { sessionExpired, clearSessionExpired } = useApiControls();
  const target = safeTarget((location.state as LoginRedirectState | null)?.from);

  if (me) return <Navigate to={target} replace />;

  async function onLoggedIn() {
    // The cached `me` still says "nobody"; ask again so the shell sees the new session at once.
    await refreshSession();
    clearSessionExpired();
    navigate(target, { replace: true });
  }

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }} data-testid="page-login">
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Flex justify="flex-end" style={{ marginTop: -8, marginInlineEnd: -8 }}>
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 0 }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        {sessionExpired && (
          <Alert
            type="info"
            showIcon
            title={t('shell.sessionExpired')}
            style={{ marginBottom: 16 }}
            data-testid="session-expired"
          />
        )}
        <LoginForm onLoggedIn={onLoggedIn} />
      </Card>
    </Flex>
  );
}

import { InfoCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useApiControls } from '../modules/api/api-provider';
import { useSession, type LoginRedirectState } from '../modules/auth';
import { LoginForm } from '../modules/auth/login-form';
import { LanguageSwitch } from '../modules/shell/language-switch';
import { LightAlert, LightCard } from '../ui/light-ui';

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

  // Plain markup, not antd: this page is the first thing a phone loads (ui/light-ui.tsx).
  return (
    <div
      className="tx-stack"
      style={{
        alignItems: 'center',
        justifyContent: 'center',
        minHeight: '100vh',
        padding: 16,
        boxSizing: 'border-box',
      }}
      data-testid="page-login"
    >
      <LightCard large style={{ width: '100%', maxWidth: 380, boxSizing: 'border-box' }}>
        <div className="tx-row" style={{ justifyContent: 'flex-end', marginTop: -8, marginInlineEnd: -8 }}>
          <LanguageSwitch />
        </div>
        <h2 className="tx-h2">{t('app.title')}</h2>
        <p className="tx-secondary" style={{ margin: '0 0 1em' }}>
          {t('login.subtitle')}
        </p>
        {sessionExpired && (
          <LightAlert
            tone="info"
            icon={<InfoCircleFilled />}
            style={{ marginBottom: 16 }}
            data-testid="session-expired"
          >
            {t('shell.sessionExpired')}
          </LightAlert>
        )}
        <LoginForm onLoggedIn={onLoggedIn} />
      </LightCard>
    </div>
  );
}

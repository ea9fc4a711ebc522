import { useState } from 'react';
import { App, Button } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { errorCode } from '../api/create-api-client';
import { useApiControls } from '../api/api-provider';
import { LogoutMutationDocument } from '../auth';

export function LogoutButton({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { resetClient } = useApiControls();
  const [, logout] = useMutation(LogoutMutationDocument);
  const [busy, setBusy] = useState(false);

  async function onClick() {
    if (busy) return;
    setBusy(true);
    const result = await logout({});
    // A session the server no longer knows is as logged out as it gets.
    if (result.error && errorCode(result.error) !== 'UNAUTHENTICATED') {
      setBusy(false);
      message.error(t('shell.logoutFailed'));
      return;
    }
    navigate('/login', { replace: true });
    resetClient();
  }

  return (
    <Button
      data-testid="logout"
      type="text"
      icon={<LogoutOutlined />}
      loading={busy}
      aria-label={t('shell.logout')}
      title={t('shell.logout')}
      onClick={() => void onClick()}
    >
      {compact ? null : t('shell.logout')}
    </Button>
  );
}

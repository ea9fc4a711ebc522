import { useState } from 'react';
import { App, Button, type ButtonProps } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { errorCode } from '../api/create-api-client';
import { useApiControls } from '../api/api-provider';
import { LogoutMutationDocument, useViewer } from '../auth';
import { clearAccountData } from '../auth/clear-account-data';
import { readOutbox } from '../outbox/outbox-storage';

/**
 * Logs out. Drafts, unsent records and the answers kept for offline reading can hold confidential
 * content and the computer may be a shared one, so logging out deletes every one the account left on
 * this device, after asking when unsent records would be lost.
 */
export function LogoutButton({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { resetClient } = useApiControls();
  const account = useViewer().username;
  const [, logout] = useMutation(LogoutMutationDocument);
  const [busy, setBusy] = useState(false);

  async function logOut() {
    setBusy(true);
    const result = await logout({});
    // A session the server no longer knows is as logged out as it gets.
    if (result.error && errorCode(result.error) !== 'UNAUTHENTICATED') {
      setBusy(false);
      message.error(t('shell.logoutFailed'));
      return;
    }
    await clearAccountData(account, 'logout');
    navigate('/login', { replace: true });
    resetClient();
  }

  function onClick() {
    if (busy) return;
    const unsent = readOutbox(account).length;
    if (!unsent) return void logOut();
    modal.confirm({
      title: t('outbox.logoutTitle'),
      content: t('outbox.logoutBody', { count: unsent }),
      okText: t('outbox.logoutOk'),
      okButtonProps: { danger: true, 'data-testid': 'logout-confirm' } as ButtonProps,
      cancelText: t('outbox.logoutCancel'),
      cancelButtonProps: { 'data-testid': 'logout-cancel' } as ButtonProps,
      onOk: () => logOut(),
    });
  }

  return (
    <Button
      data-testid="logout"
      type="text"
      icon={<LogoutOutlined />}
      loading={busy}
      aria-label={t('shell.logout')}
      title={t('shell.logout')}
      onClick={onClick}
    >
      {compact ? null : t('shell.logout')}
    </Button>
  );
}

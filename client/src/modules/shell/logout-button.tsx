import { useState } from 'react';
import { LogoutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { toastError } from '../../ui/feedback';
import { LightButton } from '../../ui/light-ui';
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
  const navigate = useNavigate();
  const { resetClient } = useApiControls();
  const account = useViewer().username;
  const [, logout] = useMutation(LogoutMutationDocument);
  const [busy, setBusy] = useState(false);
  // The number of unsent records the viewer is asked about, while the question is open.
  const [asking, setAsking] = useState(0);

  async function logOut() {
    setAsking(0);
    setBusy(true);
    const result = await logout({});
    // A session the server no longer knows is as logged out as it gets.
    if (result.error && errorCode(result.error) !== 'UNAUTHENTICATED') {
      setBusy(false);
      toastError(t('shell.logoutFailed'));
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
    setAsking(unsent);
  }

  return (
    <>
      <LightButton
        data-testid="logout"
        variant="text"
        icon={<LogoutOutlined />}
        loading={busy}
        aria-label={t('shell.logout')}
        title={t('shell.logout')}
        onClick={onClick}
      >
        {compact ? null : t('shell.logout')}
      </LightButton>
      {asking > 0 && (
        <ConfirmDialog
          title={t('outbox.logoutTitle')}
          okText={t('outbox.logoutOk')}
          cancelText={t('outbox.logoutCancel')}
          danger
          onOk={() => void logOut()}
          onCancel={() => setAsking(0)}
          okTestId="logout-confirm"
          cancelTestId="logout-cancel"
        >
          {t('outbox.logoutBody', { count: asking })}
        </ConfirmDialog>
      )}
    </>
  );
}

import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export interface OneTimePassword {
  username: string;
  password: string;
}

/**
 * The one-time password, this once: the server keeps only its hash, so closing the dialog loses
 * it for good (a new reset is the only way back). It lives in the page's state only, never in the
 * URL, the cache or storage.
 */
export function OneTimePasswordModal({ shown, onClose }: { shown: OneTimePassword | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  async function copy(password: string) {
    try {
      await navigator.clipboard.writeText(password);
      void message.success(t('accounts.copied'));
    } catch {
      void message.error(t('accounts.copyFailed'));
    }
  }

  // Unmounted, not hidden, once closed: no closing animation keeps the password in the page.
  if (!shown) return null;
  return (
    <Modal
      open
      title={t('accounts.oneTimeTitle')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="one-time-close">
          {t('accounts.close')}
        </Button>
      }
    >
      <Flex vertical gap={12} data-testid="one-time-password-dialog">
        <Alert type="warning" showIcon title={t('accounts.oneTimeWarning')} />
        <Typography.Text>{t('accounts.oneTimeFor', { username: shown.username })}</Typography.Text>
        <Flex gap={8} align="center" wrap>
          <Typography.Text code style={{ fontSize: 18 }} data-testid="one-time-password">
            {shown.password}
          </Typography.Text>
          <Button icon={<CopyOutlined />} onClick={() => void copy(shown.password)} data-testid="one-time-copy">
            {t('accounts.copy')}
          </Button>
        </Flex>
      </Flex>
    </Modal>
  );
}

import { useEffect } from 'react';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { onUpdateReady } from './update-events';

const KEY = 'tongxin-update';

/**
 * "新版本可用 · 刷新": shown, and kept until answered, when a new version of the portal is installed
 * and waiting. Reloading is the person's choice, never automatic, so nothing typed is lost to it;
 * "later" leaves the running version until the next load.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const { notification } = App.useApp();

  useEffect(
    () =>
      onUpdateReady((apply) => {
        notification.info({
          key: KEY,
          title: t('pwa.updateTitle'),
          description: t('pwa.updateBody'),
          duration: false,
          actions: (
            <Space>
              <Button size="small" onClick={() => notification.destroy(KEY)}>
                {t('pwa.later')}
              </Button>
              <Button type="primary" size="small" data-testid="pwa-reload" onClick={() => void apply()}>
                {t('pwa.reload')}
              </Button>
            </Space>
          ),
        });
      }),
    [notification, t],
  );

  return null;
}

import { useSyncExternalStore } from 'react';
import { DisconnectOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { offlineStatus, subscribeOfflineStatus } from './offline-answers';

function subscribeOnline(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

const browserOffline = () => globalThis.navigator?.onLine === false;

/**
 * "离线 · 数据更新于 HH:mm": shown while the browser is offline or the server cannot be reached and
 * the portal shows what it kept on the device. Mounted inside the header, it hangs as a thin strip
 * just below it, so it takes no room from the header's row at 375 px and scrolls with the header.
 */
export function OfflineIndicator() {
  const { t } = useTranslation();
  const offline = useSyncExternalStore(subscribeOnline, browserOffline);
  const { fromDevice, syncedAt } = useSyncExternalStore(subscribeOfflineStatus, offlineStatus);
  if (!offline && !fromDevice) return null;
  return (
    <div
      role="status"
      data-testid="offline-indicator"
      style={{
        position: 'absolute',
        insetInline: 0,
        top: '100%',
        lineHeight: '24px',
        fontSize: 13,
        textAlign: 'center',
        color: 'var(--tx-warning-text)',
        background: 'var(--tx-warning-bg)',
        borderBottom: '1px solid var(--tx-warning-border)',
      }}
    >
      <DisconnectOutlined style={{ marginInlineEnd: 6 }} />
      {syncedAt ? t('offline.offlineSince', { time: dayjs(syncedAt).format('HH:mm') }) : t('offline.offline')}
    </div>
  );
}

import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { CountBadge, LightButton } from '../../ui/light-ui';
import { useNotificationCounts } from './use-notification-counts';

/** The header's bell: the viewer's unread reminders, opening the inbox. Mounted by the shell. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { counts, hidden } = useNotificationCounts();
  if (hidden) return null;
  const unread = counts?.unread ?? 0;
  return (
    <LightButton
      variant="text"
      aria-label={t('reminders.bell', { count: unread })}
      title={t('reminders.bell', { count: unread })}
      data-testid="notification-bell"
      onClick={() => navigate('/inbox')}
    >
      <CountBadge count={unread} data-testid="notification-bell-count">
        <BellOutlined style={{ fontSize: 18 }} />
      </CountBadge>
    </LightButton>
  );
}

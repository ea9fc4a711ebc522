import { Badge, Button } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useNotificationCounts } from './use-notification-counts';

/** The header's bell: the viewer's unread reminders, opening the inbox. Mounted by the shell. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { counts, hidden } = useNotificationCounts();
  if (hidden) return null;
  const unread = counts?.unread ?? 0;
  return (
    <Button
      type="text"
      aria-label={t('reminders.bell', { count: unread })}
      title={t('reminders.bell', { count: unread })}
      data-testid="notification-bell"
      onClick={() => navigate('/inbox')}
    >
      <Badge count={unread} size="small" offset={[4, -2]} data-testid="notification-bell-count">
        <BellOutlined style={{ fontSize: 18 }} />
      </Badge>
    </Button>
  );
}

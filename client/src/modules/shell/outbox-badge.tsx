import { Badge, Button, Dropdown } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../ui/dates';
import { useOutboxEntries } from '../outbox/use-outbox';
import type { OutboxEntry } from '../outbox/outbox-storage';

// Where a pending entry's form is: it shows the entry as waiting, and the entry's outcome.
function formPath(entry: OutboxEntry): string {
  if (entry.kind === 'visit') return `/visits/new?pairingId=${encodeURIComponent(entry.target)}`;
  if (entry.kind === 'forum') return '/forums/new';
  const [talkeeId, pairingId] = entry.target.split('/');
  if (entry.target === 'new' || !talkeeId) return '/talks/new';
  const query = new URLSearchParams({ talkeeId, ...(pairingId ? { pairingId } : {}) });
  return `/talks/new?${query.toString()}`;
}

/**
 * The header's count of the viewer's records waiting to be sent from this device (visits and
 * talks), visible on a phone too; its menu lists them and opens each one's form.
 */
export function OutboxBadge() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const entries = useOutboxEntries();
  if (!entries.length) return null;
  const items = entries.map((entry) => ({
    key: entry.clientKey,
    label: (
      <span data-testid="outbox-item">
        {t(`outbox.kind.${entry.kind}`)}
        {entry.label ? ` · ${entry.label}` : ''} · {t('outbox.queuedAt', { time: formatDateTime(entry.queuedAt) })}
      </span>
    ),
    onClick: () => navigate(formPath(entry)),
  }));
  return (
    <Dropdown menu={{ items }} trigger={['click']}>
      <Button
        type="text"
        aria-label={t('outbox.badge', { count: entries.length })}
        title={t('outbox.badge', { count: entries.length })}
        data-testid="outbox-badge"
      >
        <Badge count={entries.length} size="small" offset={[4, -2]} data-testid="outbox-badge-count">
          <CloudUploadOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Dropdown>
  );
}

import { Badge, Button, Dropdown } from 'antd';
import { CloudUploadOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../ui/dates';
import { reasonMessage } from '../api/server-error';
import { useOutboxEntries, useReturnedEntries } from '../outbox/use-outbox';
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
 * talks), and of those the server refused, visible on a phone too; its menu lists them (a refused
 * one with the reason) and opens each one's form, where the draft waits.
 */
export function OutboxBadge() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const entries = useOutboxEntries();
  const returned = useReturnedEntries();
  if (!entries.length && !returned.length) return null;
  const returnedItems = returned.map((entry) => ({
    key: `returned-${entry.clientKey}`,
    danger: true,
    icon: <ExclamationCircleOutlined />,
    label: (
      <span data-testid="outbox-returned-item">
        {t('outbox.returnedItem', { kind: t(`outbox.kind.${entry.kind}`), label: entry.label ?? '' })}
        <br />
        {reasonMessage(entry.refusal, t)}
      </span>
    ),
    onClick: () => navigate(formPath(entry)),
  }));
  const pendingItems = entries.map((entry) => ({
    key: entry.clientKey,
    label: (
      <span data-testid="outbox-item">
        {t(`outbox.kind.${entry.kind}`)}
        {entry.label ? ` · ${entry.label}` : ''} · {t('outbox.queuedAt', { time: formatDateTime(entry.queuedAt) })}
      </span>
    ),
    onClick: () => navigate(formPath(entry)),
  }));
  const title = [
    entries.length ? t('outbox.badge', { count: entries.length }) : '',
    returned.length ? t('outbox.returnedCount', { count: returned.length }) : '',
  ]
    .filter(Boolean)
    .join('，');
  return (
    <Dropdown menu={{ items: [...returnedItems, ...pendingItems] }} trigger={['click']}>
      <Button
        type="text"
        aria-label={title}
        title={title}
        data-testid="outbox-badge"
        data-returned={returned.length || undefined}
      >
        <Badge
          count={entries.length + returned.length}
          color={returned.length ? 'red' : undefined}
          size="small"
          offset={[4, -2]}
          data-testid="outbox-badge-count"
        >
          <CloudUploadOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Dropdown>
  );
}

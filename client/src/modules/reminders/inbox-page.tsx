import { App, Badge, Button, Card, Empty, Flex, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import type { NotificationKind, NotificationsQuery as Result } from '../../gql/graphql';
import { userMessage } from '../api/server-error';
import { LoadFailed } from '../../ui/load-failed';
import { PageHeader } from '../../ui/page-header';
import { DigestPreferenceCard } from './digest-preference-card';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  NotificationsQuery,
} from './reminders-documents';

type Entry = Result['notifications']['edges'][number]['node'];

// The order groups appear in: what is late and the viewer's own first, the digests last.
const KIND_ORDER: NotificationKind[] = [
  'CONTACT_DUE',
  'VISIT_TO_ACKNOWLEDGE',
  'ITEM_DUE',
  'VISIT_UNACKNOWLEDGED',
  'PAIRING_OVERDUE',
  'PLAN_ENDING',
  'REVIEW_WAITING',
  'ESCALATED',
  'BRANCH_OVERDUE',
  'PROBLEM_OVERDUE',
  'DIGEST',
];

/** Marking read changes the bell's count too: both queries are asked again. */
const REFRESH = { additionalTypenames: ['Notification', 'NotificationCounts'] };

function EntryDetail({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const parts: string[] = [];
  if (entry.kind === 'DIGEST') parts.push(t('reminders.digestItems', { count: entry.count ?? 0 }));
  else if (entry.kind === 'BRANCH_OVERDUE') parts.push(t('reminders.percentOverdue', { count: entry.count ?? 0 }));
  else if (entry.count != null) parts.push(t('reminders.overdueDays', { count: entry.count }));
  if (entry.dueDate && entry.kind !== 'DIGEST') parts.push(t('reminders.due', { date: entry.dueDate }));
  return (
    <Space size={4} wrap>
      {entry.overdue && <Tag color="red">{t('reminders.overdue')}</Tag>}
      <Typography.Text type="secondary">{parts.join(' · ')}</Typography.Text>
    </Space>
  );
}

/** 提醒: what is due for the viewer, grouped by kind, each linking to its record. */
export function InboxPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [{ data, error, fetching }, reload] = useQuery({
    query: NotificationsQuery,
    variables: { first: 100 },
    requestPolicy: 'cache-and-network',
  });
  const { hash } = useLocation();
  const loaded = data != null;
  // The home's 待办 links to a kind's group (/inbox#due-CONTACT_DUE): bring it into view once it is there.
  useEffect(() => {
    if (loaded && hash.startsWith('#due-')) document.getElementById(hash.slice(1))?.scrollIntoView?.();
  }, [loaded, hash]);
  const [, mark] = useMutation(MarkNotificationReadMutation);
  const [markingAll, markAll] = useMutation(MarkAllNotificationsReadMutation);
  if (error && !data) return <LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const entries = data?.notifications.edges.map((e) => e.node) ?? [];
  const unread = data?.notificationCounts.unread ?? 0;

  async function setRead(entry: Entry, read: boolean) {
    const result = await mark({ id: entry.id, read }, REFRESH);
    if (result.error) void message.error(userMessage(result.error, t));
  }

  async function open(entry: Entry) {
    if (!entry.read) await setRead(entry, true);
    if (entry.link !== '/inbox') navigate(entry.link);
  }

  const groups = KIND_ORDER.map((kind) => ({ kind, items: entries.filter((e) => e.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );

  return (
    <Flex vertical gap={16} data-testid="page-inbox">
      <PageHeader
        title={t('reminders.title')}
        extra={
          <Button
            onClick={async () => {
              const result = await markAll({}, REFRESH);
              if (result.error) void message.error(userMessage(result.error, t));
            }}
            disabled={unread === 0}
            loading={markingAll.fetching}
            data-testid="mark-all-read"
          >
            {t('reminders.markAllRead')}
          </Button>
        }
      />
      <Typography.Text type="secondary">{t('reminders.hint')}</Typography.Text>
      {!fetching && groups.length === 0 && <Empty description={t('reminders.empty')} data-testid="inbox-empty" />}
      {groups.map(({ kind, items }) => (
        <Card
          key={kind}
          id={`due-${kind}`}
          size="small"
          title={`${t(`reminders.kind.${kind}`)}（${items.length}）`}
          data-testid={`inbox-group-${kind}`}
        >
          <Flex vertical>
            {items.map((entry, i) => (
              <Flex
                key={entry.id}
                justify="space-between"
                align="center"
                gap={8}
                style={{ paddingBlock: 8, borderTop: i ? '1px solid rgba(5, 5, 5, 0.06)' : undefined }}
                data-testid="inbox-entry"
                data-read={entry.read}
              >
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Space size={6}>
                    {!entry.read && <Badge status="processing" aria-label={t('reminders.unread')} />}
                    {entry.link === '/inbox' ? (
                      <Typography.Text strong>{entry.label}</Typography.Text>
                    ) : (
                      <Link
                        to={entry.link}
                        onClick={(e) => {
                          e.preventDefault();
                          void open(entry);
                        }}
                        data-testid="inbox-entry-link"
                      >
                        {entry.label}
                      </Link>
                    )}
                  </Space>
                  <EntryDetail entry={entry} />
                </Flex>
                <Button size="small" type="link" onClick={() => void setRead(entry, !entry.read)}>
                  {entry.read ? t('reminders.markUnread') : t('reminders.markRead')}
                </Button>
              </Flex>
            ))}
          </Flex>
        </Card>
      ))}
      <DigestPreferenceCard />
    </Flex>
  );
}

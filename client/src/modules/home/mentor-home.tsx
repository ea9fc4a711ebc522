import { Alert, Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { CloudUploadOutlined, CommentOutlined, EditOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatDate, overdueDays, useRelativeDay } from '../../ui/dates';
import { LoadFailed } from '../../ui/load-failed';
import { useViewer } from '../auth';
import { useVisitOutbox } from '../visits/use-visit-outbox';
import { MentorHomeQuery } from '../visits/visit-documents';
import { useMentorOfflineSync } from './use-mentor-offline-sync';

/**
 * The mentor's home: each mentee with the last contact, when the next is due (overdue in red),
 * the last five visits and the open action items, and one tap to log a visit.
 */
export function MentorHome() {
  const { t } = useTranslation();
  const me = useViewer();
  const navigate = useNavigate();
  const relative = useRelativeDay();
  const { pending } = useVisitOutbox();
  const [{ data, fetching, error }, reload] = useQuery({
    query: MentorHomeQuery,
    variables: { mentorId: me.id },
    requestPolicy: 'cache-and-network',
  });
  const pairings = data?.pairings.edges.map((e) => e.node) ?? [];
  useMentorOfflineSync(data ? pairings : undefined);

  return (
    <Flex vertical gap={12} data-testid="mentor-home">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('visits.mentorHome.title')}
      </Typography.Title>
      {pending.length > 0 && (
        <Alert
          type="warning"
          showIcon
          icon={<CloudUploadOutlined />}
          title={t('visits.form.pendingCount', { count: pending.length })}
          data-testid="visit-outbox-pending"
        />
      )}
      {error && !data && <LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {!fetching && data && pairings.length === 0 && <Empty description={t('visits.mentorHome.empty')} />}
      {pairings.map((p) => (
        <Card
          key={p.id}
          size="small"
          data-testid={`mentee-card-${p.id}`}
          data-overdue={p.overdue}
          style={p.overdue ? { borderColor: 'var(--ant-color-error)' } : undefined}
          title={
            <Flex align="center" gap={8}>
              <Link to={`/pairings/${p.id}`} data-testid="mentee-name">
                {p.mentee.name}
              </Link>
              {p.overdue && (
                <Tag color="red" icon={<WarningOutlined />} data-testid="mentee-overdue">
                  {t('common.overdueDays', { count: Math.max(1, overdueDays(p.nextContactDue)) })}
                </Tag>
              )}
            </Flex>
          }
        >
          <Flex vertical gap={8}>
            <Flex justify="space-between" wrap gap={8}>
              <Typography.Text type="secondary">
                {t('visits.mentorHome.lastContact')}
                {t('common.colon')}
                <span data-testid="mentee-last-contact" title={p.lastContactAt ?? undefined}>
                  {p.lastContactAt ? relative(p.lastContactAt) : t('visits.mentorHome.never')}
                </span>
              </Typography.Text>
              <Typography.Text type={p.overdue ? 'danger' : 'secondary'} strong={p.overdue}>
                {t('visits.mentorHome.nextDue')}
                {t('common.colon')}
                <span data-testid="mentee-next-due">
                  {formatDate(p.nextContactDue)}
                  {p.nextContactDue && !p.overdue ? ` (${relative(p.nextContactDue)})` : ''}
                </span>
              </Typography.Text>
            </Flex>
            {p.visits.length > 0 && (
              <div data-testid="mentee-recent-visits">
                <Typography.Text strong>{t('visits.mentorHome.recentVisits')}</Typography.Text>
                <ul className="plain-list">
                  {p.visits.map((v) => (
                    <li key={v.id} data-testid={`recent-visit-${v.id}`}>
                      <Link to={`/visits/${v.id}`}>
                        {formatDate(v.occurredAt)} · {t(`visits.kind.${v.kind}`)}
                      </Link>
                      {!v.acknowledgedAt && (
                        <Tag style={{ marginInlineStart: 8 }}>{t('visits.mentorHome.unacknowledged')}</Tag>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <div data-testid="mentee-open-items">
              <Typography.Text strong>
                {t('visits.mentorHome.openItems')} ({p.actionItems.length})
              </Typography.Text>
              {p.actionItems.length === 0 ? (
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                  {t('visits.mentorHome.noOpenItems')}
                </Typography.Paragraph>
              ) : (
                <ul className="plain-list">
                  {p.actionItems.map((item) => (
                    <li key={item.id} data-testid={`open-item-${item.id}`}>
                      <span>{item.description}</span>
                      <Typography.Text
                        type={item.overdue ? 'danger' : 'secondary'}
                        style={{ display: 'block', fontSize: 12 }}
                      >
                        {t('actionItems.owner')}
                        {t('common.colon')}
                        {item.owner.name} · {t('actionItems.due', { date: item.dueDate })}
                        {item.overdue ? ` · ${t('common.overdueDays', { count: overdueDays(item.dueDate) })}` : ''}
                      </Typography.Text>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <Flex gap={8}>
              <Button
                type="primary"
                size="large"
                block
                icon={<EditOutlined />}
                onClick={() => navigate(`/visits/new?pairingId=${p.id}`)}
                data-testid={`log-visit-${p.id}`}
              >
                {t('visits.logVisit')}
              </Button>
              <Button
                size="large"
                block
                icon={<CommentOutlined />}
                onClick={() => navigate(`/talks/new?talkeeId=${p.mentee.id}&pairingId=${p.id}`)}
                data-testid={`record-talk-${p.id}`}
              >
                {t('visits.mentorHome.recordTalk')}
              </Button>
            </Flex>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}

import { Button, Card, Collapse, Descriptions, Flex, Grid, Result, Skeleton, Statistic, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { LoadFailed } from '../../ui/load-failed';
import { PairingActions } from './pairing-actions';
import { PairingDetailDocument } from './pairing-documents';
import { localDay } from './pairing-helpers';
import { OverdueTag, ReasonTag, StatusTag, TypeTag } from './pairing-tags';
import { PairingTimelineView } from './pairing-timeline-view';

/** One pairing: who and how (header), what happened (timeline), what the viewer may do next. */
export function PairingDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  // On a phone the labels go above the values; side by side they would wrap a character a line.
  const wide = Grid.useBreakpoint().sm ?? true;
  const [{ data, fetching, error }, refetch] = useQuery({ query: PairingDetailDocument, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (fetching && !data) return <Skeleton active data-testid="page-loading" />;
  if (error && !data) return <LoadFailed onRetry={reload} />;
  const p = data?.pairing;
  if (!p) {
    return (
      <Result
        status="404"
        title={t('pairings.detail.notFound')}
        data-testid="pairing-not-found"
        extra={<Button onClick={() => navigate('/pairings')}>{t('pairings.detail.back')}</Button>}
      />
    );
  }
  const ended = p.mentorHistory.filter((m) => m.endedAt);
  return (
    <Flex vertical gap={16} data-testid="pairing-detail" data-pairing-id={p.id} data-status={p.status}>
      <Card>
        <Flex vertical gap={12}>
          <Flex gap={8} align="center" wrap>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="pairing-mentee">
              {p.mentee.name}
            </Typography.Title>
            <Typography.Text type="secondary">{p.mentee.badgeNumber}</Typography.Text>
            <StatusTag status={p.status} />
            <TypeTag type={p.pairingType} />
            <ReasonTag reason={p.reason} />
            <OverdueTag overdue={p.overdue} />
          </Flex>
          <PairingActions pairing={p} onChanged={reload} />
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 1, md: 2 }}
            bordered
            layout={wide ? 'horizontal' : 'vertical'}
          >
            <Descriptions.Item label={t('pairings.detail.mentors')}>
              <Flex gap={4} wrap data-testid="pairing-mentors">
                {p.mentors.map((m) => (
                  <Tag key={m.officer.id} color={m.role === 'LEAD' ? 'red' : 'default'} data-role={m.role}>
                    {t(`pairings.mentorRole.${m.role}`)}：{m.officer.name}
                  </Tag>
                ))}
              </Flex>
            </Descriptions.Item>
            <Descriptions.Item label={t('pairings.detail.cadence')}>
              {t('pairings.detail.cadenceDays', { count: p.contactIntervalDays })}
            </Descriptions.Item>
            <Descriptions.Item label={t('pairings.detail.period')}>
              {p.startDate} {t('pairings.detail.until')} {p.plannedEndDate}
            </Descriptions.Item>
            <Descriptions.Item label={t('pairings.detail.nextContact')}>
              <span data-testid="pairing-next-contact">{localDay(p.nextContactDue)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('pairings.detail.lastContact')}>
              {p.lastContactAt ? dayjs(p.lastContactAt).format('YYYY-MM-DD HH:mm') : t('pairings.detail.never')}
            </Descriptions.Item>
            <Descriptions.Item label={t('pairings.detail.goals')} span={2}>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{p.goals}</Typography.Paragraph>
            </Descriptions.Item>
            {p.riskNotes ? (
              <Descriptions.Item label={t('pairings.detail.riskNotes')} span={2}>
                <Typography.Text type="danger" data-testid="pairing-risk-notes">
                  {p.riskNotes}
                </Typography.Text>
              </Descriptions.Item>
            ) : null}
            {p.reviewSummary ? (
              <Descriptions.Item label={t('pairings.detail.reviewSummary')} span={2}>
                {p.reviewSummary}
              </Descriptions.Item>
            ) : null}
            {p.cancelReason ? (
              <Descriptions.Item label={t('pairings.detail.cancelReason')} span={2}>
                {p.cancelReason}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        </Flex>
      </Card>
      <Card size="small" title={t('pairings.detail.visitCounts')}>
        <Flex gap={24} wrap data-testid="pairing-visit-counts">
          {p.visitCounts.map((c) => (
            <Statistic key={c.kind} title={t(`pairings.timeline.visitKind.${c.kind}`)} value={c.count} />
          ))}
        </Flex>
      </Card>
      <Card size="small" title={t('pairings.detail.timeline')}>
        <PairingTimelineView entries={p.timeline} />
      </Card>
      {ended.length > 0 ? (
        <Collapse
          items={[
            {
              key: 'history',
              label: t('pairings.detail.history'),
              children: (
                <Flex vertical gap={4} data-testid="pairing-mentor-history">
                  {p.mentorHistory.map((m) => (
                    <Typography.Text key={`${m.officer.id}-${m.startedAt}`}>
                      {t(`pairings.mentorRole.${m.role}`)}：{m.officer.name}（{dayjs(m.startedAt).format('YYYY-MM-DD')}{' '}
                      {t('pairings.detail.until')}{' '}
                      {m.endedAt ? dayjs(m.endedAt).format('YYYY-MM-DD') : t('pairings.detail.now')}）
                    </Typography.Text>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      ) : null}
    </Flex>
  );
}

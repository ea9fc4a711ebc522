import { Button, Card, Collapse, Descriptions, Flex, Grid, Result, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatDate, RelativeDate } from '../../ui/dates';
import { LoadFailed } from '../../ui/load-failed';
import { PairingActions } from './pairing-actions';
import { PairingDetailDocument } from './pairing-documents';
import { PairingRecordActions } from './pairing-record-actions';
import { PairingSummaryTags } from './pairing-tags';
import { PairingTimelineView } from './pairing-timeline-view';

/**
 * One pairing: who and how (header), what happened (timeline), what the viewer may do next.
 * `/pairings/:id` names it in the address; an officer's own pairing is passed as `pairingId`.
 */
export function PairingDetail({ pairingId }: { pairingId?: string } = {}) {
  const params = useParams();
  const id = pairingId ?? params.id ?? '';
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
            <PairingSummaryTags pairing={p} />
          </Flex>
          <PairingActions pairing={p} onChanged={reload} />
          <PairingRecordActions pairing={p} />
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 1, md: 2 }}
            bordered
            layout={wide ? 'horizontal' : 'vertical'}
            items={[
              {
                key: 'mentors',
                label: t('pairings.detail.mentors'),
                children: (
                  <Flex gap={4} wrap data-testid="pairing-mentors">
                    {p.mentors.map((m) => (
                      <Tag key={m.officer.id} color={m.role === 'LEAD' ? 'red' : 'default'} data-role={m.role}>
                        {t(`pairings.mentorRole.${m.role}`)}
                        {t('common.colon')}
                        {m.officer.name}
                      </Tag>
                    ))}
                  </Flex>
                ),
              },
              {
                key: 'cadence',
                label: t('pairings.detail.cadence'),
                children: t('pairings.detail.cadenceDays', { count: p.contactIntervalDays }),
              },
              {
                key: 'period',
                label: t('pairings.detail.period'),
                children: `${p.startDate} ${t('pairings.detail.until')} ${p.plannedEndDate}`,
              },
              {
                key: 'next',
                label: t('pairings.detail.nextContact'),
                children: (
                  <Flex gap={8} wrap align="center" data-testid="pairing-next-contact">
                    {/* A closed pairing owes no contact; its old due date would mislead. */}
                    {p.nextContactDue ? (
                      <RelativeDate value={p.nextContactDue} />
                    ) : (
                      <Typography.Text type="secondary">{t('pairings.detail.noneOwed')}</Typography.Text>
                    )}
                  </Flex>
                ),
              },
              {
                key: 'last',
                label: t('pairings.detail.lastContact'),
                children: (
                  <span data-testid="pairing-last-contact">
                    {p.lastContactAt ? <RelativeDate value={p.lastContactAt} time /> : t('pairings.detail.never')}
                  </span>
                ),
              },
              {
                key: 'goals',
                label: t('pairings.detail.goals'),
                span: 'filled',
                children: (
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{p.goals}</Typography.Paragraph>
                ),
              },
              ...(p.riskNotes
                ? [
                    {
                      key: 'risk',
                      label: t('pairings.detail.riskNotes'),
                      span: 'filled' as const,
                      children: (
                        <Typography.Text type="danger" data-testid="pairing-risk-notes">
                          {p.riskNotes}
                        </Typography.Text>
                      ),
                    },
                  ]
                : []),
              ...(p.reviewSummary
                ? [
                    {
                      key: 'summary',
                      label: t('pairings.detail.reviewSummary'),
                      span: 'filled' as const,
                      children: p.reviewSummary,
                    },
                  ]
                : []),
              ...(p.cancelReason
                ? [
                    {
                      key: 'cancel',
                      label: t('pairings.detail.cancelReason'),
                      span: 'filled' as const,
                      children: p.cancelReason,
                    },
                  ]
                : []),
            ]}
          />
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
                      {t(`pairings.mentorRole.${m.role}`)}
                      {t('common.colon')}
                      {m.officer.name} · {formatDate(m.startedAt)} {t('pairings.detail.until')}{' '}
                      {m.endedAt ? formatDate(m.endedAt) : t('pairings.detail.now')}
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
